import { randomUUID } from 'node:crypto';
import {
  fieldMessage,
  type OrganisationCreate,
  type OrganisationListQuery,
  type OrganisationUpdate,
} from '@gongzhi/contracts';
import { SYSTEM_SCOPE, type Tx } from '../../db/client.js';
import { type Actor, can, isRegulator, orgIdsOfKind, scopeOf } from '../../kernel/actor.js';
import { AppError, type FieldProblem, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit, diff } from '../../kernel/audit.js';
import type { AppContext } from '../../kernel/context.js';
import { pageOf, pageResult } from '../../kernel/pagination.js';
import { constraintOf, pgErrorCode, UNIQUE_VIOLATION } from '../../kernel/pg-errors.js';
import * as policy from './organisation.policy.js';
import { auditableOrganisation, presentOrganisation } from './organisation.presenter.js';
import * as repo from './organisation.repository.js';
import { creditCodeProblem, pilotCodeAcceptable } from './organisation.workflow.js';

/** Reference checks shared by every form that registers or edits an organisation. */
export async function referenceProblems(
  tx: Tx,
  input: { kind?: string | undefined; regionCode?: string | undefined; industryCode?: string | null | undefined },
  prefix = '',
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (input.regionCode !== undefined && !(await repo.divisionExists(tx, input.regionCode))) {
    problems.push({ field: `${prefix}regionCode`, issue: 'unknown_division', params: { code: input.regionCode } });
  }
  if (input.industryCode && !(await repo.industryExists(tx, input.industryCode))) {
    problems.push({ field: `${prefix}industryCode`, issue: 'unknown_industry', params: { code: input.industryCode } });
  }
  if (input.kind === 'industry_organisation' && input.industryCode === null) {
    problems.push({ field: `${prefix}industryCode`, issue: 'industry_required' });
  }
  return problems;
}

/** Translate a unique violation on the credit code into the field error a form can show. */
export function duplicateCodeError(error: unknown, field: string): unknown {
  if (pgErrorCode(error) === UNIQUE_VIOLATION && constraintOf(error) === 'organisation_credit_code_key') {
    return AppError.validation(field, 'duplicate_credit_code');
  }
  return error;
}

export async function factsOf(tx: Tx, actor: Actor, row: repo.OrganisationRow): Promise<policy.OrganisationFacts> {
  const associations = orgIdsOfKind(actor, 'industry_organisation');
  return {
    id: row.id,
    kind: row.kind,
    regionCode: row.regionCode,
    memberOfActor: row.kind === 'enterprise' && (await repo.isMemberOfAny(tx, row.id, associations)),
  };
}

export function organisationService(ctx: AppContext) {
  const { database } = ctx;

  function present(actor: Actor, row: repo.OrganisationRow, facts: policy.OrganisationFacts) {
    return presentOrganisation(row, {
      update: policy.canUpdate(actor, facts),
      manageMembers: policy.canManageMembers(actor, facts),
    });
  }

  function listScope(actor: Actor): repo.ListScope {
    if (isRegulator(actor)) return { kind: 'region', prefix: actor.regionPrefix };
    return { kind: 'own', orgIds: actor.orgIds, associationIds: orgIdsOfKind(actor, 'industry_organisation') };
  }

  async function list(actor: Actor, query: OrganisationListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const scope = listScope(actor);
      const { rows, counted } = await repo.listOrganisations(tx, scope, query, page);
      const items = rows.map((row) => {
        // In the 'own' scope, a row that is not the actor's own organisation is one of its members.
        const memberOfActor = scope.kind === 'own' && row.kind === 'enterprise' && !actor.orgIds.includes(row.id);
        return present(actor, row, { id: row.id, kind: row.kind, regionCode: row.regionCode, memberOfActor });
      });
      return pageResult(items, page, counted);
    });
  }

  async function get(actor: Actor, id: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = await repo.findOrganisation(tx, id);
      if (!row) throw notFound();
      const facts = await factsOf(tx, actor, row);
      if (!policy.canRead(actor, facts)) throw notFound();
      return present(actor, row, facts);
    });
  }

  /** Validates a credit code for a form: the same rule and message as on save, plus whether it is taken. */
  async function checkCreditCode(actor: Actor, input: string) {
    const { code, problem } = creditCodeProblem('code', input);
    const registered = problem
      ? undefined
      : (await database.transaction(SYSTEM_SCOPE, (tx) => repo.findOrganisationByCreditCode(tx, code)))?.id;
    return {
      code,
      valid: problem === null,
      message: problem
        ? fieldMessage(actor.locale, problem.issue, problem.params)
        : registered
          ? fieldMessage(actor.locale, 'duplicate_credit_code')
          : null,
      registeredOrganisationId: registered ?? null,
    };
  }

  async function create(actor: Actor, input: OrganisationCreate) {
    const { code, problem } = creditCodeProblem('creditCode', input.creditCode);
    let override = false;
    if (problem) {
      const overridable = problem.issue === 'uscc_check_character' || problem.issue === 'uscc_org_code_check';
      if (!input.overrideCreditCodeCheck || !overridable || !pilotCodeAcceptable(code)) {
        throw new AppError('validation_failed', [problem]);
      }
      if (!can(actor, 'organisation.override_credit_code')) throw new AppError('forbidden');
      if (!input.overrideReason) {
        throw AppError.validation('overrideReason', 'too_short', { limit: 4 });
      }
      override = true;
    }
    const id = randomUUID();
    try {
      return await database.transaction(scopeOf(actor), async (tx) => {
        const problems = await referenceProblems(tx, {
          kind: input.kind,
          regionCode: input.regionCode,
          industryCode: input.kind === 'industry_organisation' ? (input.industryCode ?? null) : input.industryCode,
        });
        if (problems.length) throw new AppError('validation_failed', problems);
        if (!policy.canCreateIn(actor, input.regionCode)) throw new AppError('forbidden');
        await repo.insertOrganisation(tx, {
          id,
          kind: input.kind,
          name: input.name.trim(),
          nameEn: input.nameEn ?? null,
          creditCode: code,
          creditCodeOverride: override,
          regionCode: input.regionCode,
          industryCode: input.industryCode ?? null,
          address: input.address ?? null,
          contactPhone: input.contactPhone ?? null,
          website: input.website ?? null,
          description: input.description ?? null,
          published: input.published ?? false,
        });
        const row = await repo.findOrganisation(tx, id);
        if (!row) throw notFound();
        await audit(tx, actor, {
          action: 'organisation.created',
          targetType: 'organisation',
          targetId: id,
          organisationId: id,
          after: auditableOrganisation(row),
        });
        if (override) {
          await audit(tx, actor, {
            action: 'organisation.credit_code_override',
            targetType: 'organisation',
            targetId: id,
            organisationId: id,
            after: { creditCode: code, reason: input.overrideReason, problem: problem?.issue },
          });
        }
        return present(actor, row, await factsOf(tx, actor, row));
      });
    } catch (error) {
      throw duplicateCodeError(error, 'creditCode');
    }
  }

  async function update(actor: Actor, id: string, input: OrganisationUpdate) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const before = await repo.findOrganisation(tx, id);
      if (!before) throw notFound();
      const facts = await factsOf(tx, actor, before);
      if (!policy.canRead(actor, facts)) throw notFound();
      if (!policy.canUpdate(actor, facts)) throw new AppError('forbidden');
      if (
        input.regionCode !== undefined &&
        input.regionCode !== before.regionCode &&
        !policy.canCreateIn(actor, input.regionCode)
      ) {
        // Moving an organisation to another region is a regulator's decision.
        throw new AppError('forbidden');
      }
      const industryCode = input.industryCode === undefined ? before.industryCode : input.industryCode;
      const problems = await referenceProblems(tx, { kind: before.kind, regionCode: input.regionCode, industryCode });
      if (problems.length) throw new AppError('validation_failed', problems);
      if (before.version !== input.version) throw versionConflict();
      const { version: _version, ...changes } = input;
      if (changes.name !== undefined) changes.name = changes.name.trim();
      if (!(await repo.updateOrganisation(tx, id, input.version, changes))) throw versionConflict();
      const after = await repo.findOrganisation(tx, id);
      if (!after) throw notFound();
      const changed = diff(auditableOrganisation(before), auditableOrganisation(after));
      await audit(tx, actor, {
        action: 'organisation.updated',
        targetType: 'organisation',
        targetId: id,
        organisationId: id,
        ...changed,
      });
      return present(actor, after, facts);
    });
  }

  return { list, get, create, update, checkCreditCode };
}

export type OrganisationService = ReturnType<typeof organisationService>;
