import { randomUUID } from 'node:crypto';
import type {
  CommitmentBreach,
  CommitmentCreate,
  CommitmentDto,
  CommitmentListQuery,
  CommitmentStatus,
  CreditReasonBody,
  PublicCommitmentDto,
  PublicCommitmentListQuery,
} from '@gongzhi/contracts';
import { asSystem, PUBLIC_SCOPE, type Tx } from '../../db/client.js';
import { type Actor, can, inRegion, orgIdsOfKind, scopeOf } from '../../kernel/actor.js';
import { AppError, type FieldProblem, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit, diff } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { lookAheadResult, pageOf } from '../../kernel/pagination.js';
import type { Mail, Mailer } from '../notification/mailer.js';
import { notify } from '../notification/notification.service.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import * as repo from './commitment.repository.js';
import { recordCreditInformation } from './credit.intake.js';
import { brokenCommitmentTitle } from './credit.labels.js';
import { keptAssociations, objectingEnterprises } from './credit.policy.js';
import * as creditRepo from './credit.repository.js';

const ENTERPRISE_ROLES = ['enterprise_admin', 'chief_quality_officer'] as const;

/** 'expired' is derived: an active commitment past its last valid day (Asia/Shanghai). */
export function commitmentStatus(row: { status: CommitmentStatus; validUntil: string }, today: string) {
  return row.status === 'active' && row.validUntil < today ? 'expired' : row.status;
}

export function presentCommitment(row: repo.CommitmentRow, today: string): CommitmentDto {
  return {
    id: row.id,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    enterpriseCreditCode: row.enterpriseCreditCode,
    associationId: row.associationId,
    associationName: row.associationName,
    kind: row.kind,
    content: row.content,
    scope: row.scope,
    returnDays: row.returnDays,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    signedByName: row.signedByName,
    signedAt: row.signedAt.toISOString(),
    status: commitmentStatus(row, today),
    endReason: row.endReason,
    brokenRecordId: row.brokenRecordId,
    version: row.version,
  };
}

export function presentPublicCommitment(row: repo.CommitmentRow): PublicCommitmentDto {
  return {
    id: row.id,
    associationName: row.associationName,
    enterpriseName: row.enterpriseName,
    creditCode: row.enterpriseCreditCode,
    kind: row.kind,
    content: row.content,
    scope: row.scope,
    returnDays: row.returnDays,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    signedAt: row.signedAt.toISOString(),
  };
}

/** Enterprises the person signs and withdraws commitments for (the same who may object). */
const signingEnterprises = objectingEnterprises;

/** What the person sees of commitments and measures in the console. */
export function consoleScope(actor: Actor): repo.CommitmentScope {
  if (!can(actor, 'credit.read')) return { associationIds: [], enterpriseIds: [], region: '' };
  return {
    associationIds: orgIdsOfKind(actor, 'industry_organisation'),
    enterpriseIds: orgIdsOfKind(actor, 'enterprise'),
    region: actor.regionPrefix,
  };
}

export async function regionOf(tx: Tx, organisationId: string): Promise<string | null> {
  const org = await asSystem(tx, () => orgRepo.findOrganisation(tx, organisationId));
  return org?.regionCode ?? null;
}

/** The person may see this commitment or measure in the console. */
export async function sees(
  tx: Tx,
  actor: Actor,
  row: { associationId: string; enterpriseId: string },
): Promise<boolean> {
  const scope = consoleScope(actor);
  if (scope.associationIds.includes(row.associationId) || scope.enterpriseIds.includes(row.enterpriseId)) return true;
  if (!scope.region) return false;
  const region = await regionOf(tx, row.associationId);
  return region !== null && inRegion(actor, region);
}

/**
 * A list filtered by an association or an enterprise the person may not see: 404 (the list itself is
 * limited to the person's scope in SQL either way).
 */
export async function assertFilterVisible(
  tx: Tx,
  actor: Actor,
  scope: repo.CommitmentScope,
  filter: { associationId?: string | undefined; enterpriseId?: string | undefined },
): Promise<void> {
  if (filter.associationId && !scope.associationIds.includes(filter.associationId)) {
    const org = await orgRepo.findOrganisation(tx, filter.associationId);
    // An enterprise may narrow its own list to one association; others only see associations they regulate.
    const visible =
      org?.kind === 'industry_organisation' && (scope.enterpriseIds.length > 0 || inRegion(actor, org.regionCode));
    if (!visible) throw notFound();
  }
  if (filter.enterpriseId && !scope.enterpriseIds.includes(filter.enterpriseId)) {
    const org = await orgRepo.findOrganisation(tx, filter.enterpriseId);
    const visible =
      org?.kind === 'enterprise' &&
      (inRegion(actor, org.regionCode) || (await repo.isMemberOfAny(tx, scope.associationIds, org.id)));
    if (!visible) throw notFound();
  }
}

export function signProblems(input: CommitmentCreate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.kind === 'offline_no_reason_return') {
    if (!input.scope?.trim()) problems.push({ field: 'scope', issue: 'return_days_required' });
    if (input.returnDays === undefined) problems.push({ field: 'returnDays', issue: 'return_days_required' });
  }
  if (input.validUntil <= input.validFrom) problems.push({ field: 'validUntil', issue: 'date_order' });
  return problems;
}

export function breachProblems(
  row: { validFrom: string; validUntil: string },
  body: CommitmentBreach,
  today: string,
): FieldProblem[] {
  if (body.occurredOn > today) return [{ field: 'occurredOn', issue: 'future_date' }];
  if (body.occurredOn < row.validFrom) {
    return [{ field: 'occurredOn', issue: 'too_small', params: { limit: row.validFrom } }];
  }
  if (body.occurredOn > row.validUntil) {
    return [{ field: 'occurredOn', issue: 'too_large', params: { limit: row.validUntil } }];
  }
  return [];
}

export function commitmentService(ctx: AppContext, mailer: Mailer) {
  const { database, config } = ctx;

  async function mustFind(tx: Tx, id: string) {
    const row = await repo.findCommitment(tx, id);
    if (!row) throw notFound();
    return row;
  }

  /** Not this person's to act on: 403 when they can see it, 404 when they cannot. */
  async function refuse(tx: Tx, actor: Actor, row: repo.CommitmentRow): Promise<never> {
    throw (await sees(tx, actor, row)) ? new AppError('forbidden') : notFound();
  }

  async function list(actor: Actor, query: CommitmentListQuery) {
    const page = pageOf(query);
    const today = todayInShanghai();
    const scope = consoleScope(actor);
    return database.transaction(scopeOf(actor), async (tx) => {
      await assertFilterVisible(tx, actor, scope, query);
      const { rows, hasMore } = await repo.listCommitments(tx, scope, query, today, page);
      return lookAheadResult(
        rows.map((r) => presentCommitment(r, today)),
        page,
        hasMore,
      );
    });
  }

  async function listPublic(query: PublicCommitmentListQuery) {
    const page = pageOf(query);
    const today = todayInShanghai();
    return database.read(PUBLIC_SCOPE, async (tx) => {
      const { rows, hasMore } = await repo.listPublicCommitments(tx, query, today, page);
      return lookAheadResult(rows.map(presentPublicCommitment), page, hasMore);
    });
  }

  async function sign(actor: Actor, input: CommitmentCreate): Promise<CommitmentDto> {
    const today = todayInShanghai();
    return database.transaction(scopeOf(actor), async (tx) => {
      if (!signingEnterprises(actor).includes(input.enterpriseId)) {
        const org = await orgRepo.findOrganisation(tx, input.enterpriseId);
        throw org ? new AppError('forbidden') : notFound();
      }
      const problems = signProblems(input);
      if (problems.length) throw new AppError('validation_failed', problems);
      if (!(await creditRepo.isActiveMember(tx, input.associationId, input.enterpriseId))) {
        throw AppError.validation('associationId', 'not_a_member_of_association');
      }
      const id = randomUUID();
      const offlineReturn = input.kind === 'offline_no_reason_return';
      await repo.insertCommitment(tx, {
        id,
        enterpriseId: input.enterpriseId,
        associationId: input.associationId,
        kind: input.kind,
        content: input.content.trim(),
        scope: input.scope?.trim() || null,
        // The return period belongs to the offline no-reason return pledge only.
        returnDays: offlineReturn ? (input.returnDays ?? null) : null,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        signedBy: actor.userId,
        signedByName: (actor.userId && (await repo.displayNameOf(tx, actor.userId))) || actor.username || '',
        status: 'active',
      });
      const row = await mustFind(tx, id);
      const dto = presentCommitment(row, today);
      await audit(tx, actor, {
        action: 'credit_commitment.signed',
        targetType: 'commitment',
        targetId: id,
        organisationId: input.enterpriseId,
        after: dto,
      });
      return dto;
    });
  }

  async function withdraw(actor: Actor, id: string, body: CreditReasonBody): Promise<CommitmentDto> {
    const today = todayInShanghai();
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = await mustFind(tx, id);
      if (!signingEnterprises(actor).includes(row.enterpriseId)) await refuse(tx, actor, row);
      const status = commitmentStatus(row, today);
      if (status !== 'active') throw new AppError('transition_not_allowed', [], { status, allowed: '—' });
      if (row.version !== body.version) throw versionConflict();
      const changed = await repo.updateCommitment(tx, id, body.version, {
        status: 'withdrawn',
        endReason: body.reason.trim(),
      });
      if (!changed) throw versionConflict();
      const after = await mustFind(tx, id);
      await audit(tx, actor, {
        action: 'credit_commitment.withdrawn',
        targetType: 'commitment',
        targetId: id,
        organisationId: row.enterpriseId,
        ...diff(presentCommitment(row, today), presentCommitment(after, today)),
      });
      return presentCommitment(after, today);
    });
  }

  /**
   * The association finds a commitment broken: the commitment is marked broken, a confirmed
   * `commitment_broken` record enters its archive (one per commitment, whatever the retries), and
   * the enterprise's managers are told in-app and, once committed, by e-mail.
   */
  async function breach(actor: Actor, id: string, body: CommitmentBreach): Promise<CommitmentDto> {
    const today = todayInShanghai();
    let mails: Mail[] = [];
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const row = await mustFind(tx, id);
      if (!keptAssociations(actor).includes(row.associationId)) await refuse(tx, actor, row);
      // An expired commitment may still be found broken for what happened while it was valid.
      if (row.status !== 'active') {
        throw new AppError('transition_not_allowed', [], { status: row.status, allowed: '—' });
      }
      if (row.version !== body.version) throw versionConflict();
      const problems = breachProblems(row, body, today);
      if (problems.length) throw new AppError('validation_failed', problems);
      if (!(await creditRepo.isActiveMember(tx, row.associationId, row.enterpriseId))) {
        throw AppError.validation('enterpriseId', 'not_a_member_of_association');
      }
      // Hold the row: a concurrent second finding waits here and then meets a new version.
      const locked = await repo.lockCommitment(tx, id);
      if (locked?.version !== body.version || locked.status !== 'active') throw versionConflict();
      const sourceRef = `commitment:${id}`;
      const created = await recordCreditInformation(tx, actor, {
        associationId: row.associationId,
        enterpriseId: row.enterpriseId,
        recordType: 'commitment_broken',
        severity: body.severity,
        title: brokenCommitmentTitle(row.kind),
        description: body.reason.trim(),
        occurredOn: body.occurredOn,
        sourceOrganisationId: row.associationId,
        sourceName: row.associationName,
        sourceRef,
        status: 'confirmed',
      });
      const recordId = created[0] ?? (await repo.recordIdBySource(tx, row.associationId, sourceRef));
      const changed = await repo.updateCommitment(tx, id, body.version, {
        status: 'broken',
        endReason: body.reason.trim(),
        brokenRecordId: recordId,
      });
      if (!changed) throw versionConflict();
      const after = await mustFind(tx, id);
      await audit(tx, actor, {
        action: 'credit_commitment.broken',
        targetType: 'commitment',
        targetId: id,
        organisationId: row.associationId,
        before: { status: row.status },
        after: { status: after.status, endReason: after.endReason, brokenRecordId: recordId, severity: body.severity },
      });
      // Notices go to other people's inboxes: written as the system, in this transaction.
      mails = await asSystem(tx, async () =>
        notify(
          tx,
          await repo.usersWithRoles(tx, row.enterpriseId, ENTERPRISE_ROLES),
          {
            kind: 'credit.commitment_broken',
            params: {
              enterpriseName: row.enterpriseName,
              associationName: row.associationName,
              commitmentKind: row.kind,
            },
            link: '/console/credit/commitments',
          },
          { publicUrl: config.publicUrl },
        ),
      );
      return presentCommitment(after, today);
    });
    await mailer.send(mails);
    return result;
  }

  return { list, listPublic, sign, withdraw, breach };
}

export type CommitmentService = ReturnType<typeof commitmentService>;
