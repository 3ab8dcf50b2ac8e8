import { randomUUID } from 'node:crypto';
import type {
  CreditMeasureCreate,
  CreditMeasureDto,
  CreditMeasureListQuery,
  CreditMeasureStatus,
  CreditReasonBody,
  PublicCreditMeasureDto,
  PublicMeasureListQuery,
} from '@gongzhi/contracts';
import { PUBLIC_SCOPE, type Tx } from '../../db/client.js';
import { type Actor, scopeOf } from '../../kernel/actor.js';
import { AppError, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit, diff } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { lookAheadResult, pageOf } from '../../kernel/pagination.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import { assertFilterVisible, consoleScope, sees } from './commitment.service.js';
import { keptAssociations } from './credit.policy.js';
import * as creditRepo from './credit.repository.js';
import { eligibleGrades, measureList } from './credit.workflow.js';
import * as repo from './measure.repository.js';

/** 'ended' when the association ended it or its last day has passed (Asia/Shanghai). */
export function measureStatus(
  row: { status: CreditMeasureStatus; validUntil: string | null },
  today: string,
): CreditMeasureStatus {
  return row.status === 'active' && (row.validUntil === null || row.validUntil >= today) ? 'active' : 'ended';
}

export function presentMeasure(row: repo.MeasureRow, today: string): CreditMeasureDto {
  return {
    id: row.id,
    associationId: row.associationId,
    associationName: row.associationName,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    enterpriseCreditCode: row.enterpriseCreditCode,
    kind: row.kind,
    list: row.list,
    grade: row.grade,
    runId: row.runId,
    reason: row.reason,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    status: measureStatus(row, today),
    endReason: row.endReason,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function presentPublicMeasure(row: repo.MeasureRow): PublicCreditMeasureDto {
  return {
    id: row.id,
    associationName: row.associationName,
    enterpriseName: row.enterpriseName,
    creditCode: row.enterpriseCreditCode,
    kind: row.kind,
    list: row.list,
    grade: row.grade,
    reason: row.reason,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
  };
}

/** Incentives and constraints (R-CREDIT-4): applied to a member only when its published grade allows them. */
export function measureService(ctx: AppContext) {
  const { database } = ctx;

  async function mustFind(tx: Tx, id: string) {
    const row = await repo.findMeasure(tx, id);
    if (!row) throw notFound();
    return row;
  }

  async function list(actor: Actor, query: CreditMeasureListQuery) {
    const page = pageOf(query);
    const today = todayInShanghai();
    const scope = consoleScope(actor);
    return database.transaction(scopeOf(actor), async (tx) => {
      await assertFilterVisible(tx, actor, scope, query);
      const { rows, hasMore } = await repo.listMeasures(tx, scope, query, today, page);
      return lookAheadResult(
        rows.map((r) => presentMeasure(r, today)),
        page,
        hasMore,
      );
    });
  }

  async function listPublic(query: PublicMeasureListQuery) {
    const page = pageOf(query);
    const today = todayInShanghai();
    return database.read(PUBLIC_SCOPE, async (tx) => {
      const { rows, hasMore } = await repo.listPublicMeasures(tx, query, today, page);
      return lookAheadResult(rows.map(presentPublicMeasure), page, hasMore);
    });
  }

  async function apply(actor: Actor, input: CreditMeasureCreate): Promise<CreditMeasureDto> {
    const today = todayInShanghai();
    return database.transaction(scopeOf(actor), async (tx) => {
      if (!keptAssociations(actor).includes(input.associationId)) {
        const org = await orgRepo.findOrganisation(tx, input.associationId);
        throw org ? new AppError('forbidden') : notFound();
      }
      if (input.validUntil !== undefined && input.validUntil < input.validFrom) {
        throw AppError.validation('validUntil', 'date_order');
      }
      if (!(await creditRepo.isActiveMember(tx, input.associationId, input.enterpriseId))) {
        throw AppError.validation('enterpriseId', 'not_a_member_of_association');
      }
      const published = await repo.publishedGrade(tx, input.associationId, input.enterpriseId);
      if (!published) throw AppError.validation('enterpriseId', 'no_published_grade');
      const allowed = eligibleGrades(input.kind, published.modelGrades);
      if (!allowed.includes(published.grade)) {
        throw AppError.validation('kind', 'grade_not_eligible', { grade: published.grade, allowed: allowed.join('/') });
      }
      if (await repo.measureInForce(tx, input.associationId, input.enterpriseId, input.kind, today)) {
        throw new AppError('duplicate');
      }
      const id = randomUUID();
      await repo.insertMeasure(tx, {
        id,
        associationId: input.associationId,
        enterpriseId: input.enterpriseId,
        kind: input.kind,
        list: measureList(input.kind),
        grade: published.grade,
        runId: published.runId,
        reason: input.reason.trim(),
        validFrom: input.validFrom,
        validUntil: input.validUntil ?? null,
        status: 'active',
        createdBy: actor.userId,
      });
      const dto = presentMeasure(await mustFind(tx, id), today);
      await audit(tx, actor, {
        action: 'credit_measure.applied',
        targetType: 'credit_measure',
        targetId: id,
        organisationId: input.associationId,
        after: dto,
      });
      return dto;
    });
  }

  async function end(actor: Actor, id: string, body: CreditReasonBody): Promise<CreditMeasureDto> {
    const today = todayInShanghai();
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = await mustFind(tx, id);
      if (!keptAssociations(actor).includes(row.associationId)) {
        throw (await sees(tx, actor, row)) ? new AppError('forbidden') : notFound();
      }
      const status = measureStatus(row, today);
      if (status !== 'active') throw new AppError('transition_not_allowed', [], { status, allowed: '—' });
      if (row.version !== body.version) throw versionConflict();
      const changed = await repo.updateMeasure(tx, id, body.version, {
        status: 'ended',
        endReason: body.reason.trim(),
        endedAt: new Date(),
      });
      if (!changed) throw versionConflict();
      const after = await mustFind(tx, id);
      await audit(tx, actor, {
        action: 'credit_measure.ended',
        targetType: 'credit_measure',
        targetId: id,
        organisationId: row.associationId,
        ...diff(presentMeasure(row, today), presentMeasure(after, today)),
      });
      return presentMeasure(after, today);
    });
  }

  return { list, listPublic, apply, end };
}

export type MeasureService = ReturnType<typeof measureService>;
