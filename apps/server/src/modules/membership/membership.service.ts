import { randomUUID } from 'node:crypto';
import type { MembershipCreate, MembershipListQuery, MembershipStatus, MembershipUpdate } from '@gongzhi/contracts';
import { asSystem, type Tx } from '../../db/client.js';
import { type Actor, can, inRegion, scopeOf } from '../../kernel/actor.js';
import { AppError, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit, diff } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { pageOf, pageResult } from '../../kernel/pagination.js';
import { constraintOf, pgErrorCode, UNIQUE_VIOLATION } from '../../kernel/pg-errors.js';
import { canManageMembers, canRead } from '../organisation/organisation.policy.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import { duplicateCodeError, factsOf, referenceProblems } from '../organisation/organisation.service.js';
import { creditCodeProblem } from '../organisation/organisation.workflow.js';
import { presentMembership } from './membership.presenter.js';
import * as repo from './membership.repository.js';
import { nextMembershipDates } from './membership.workflow.js';

function canReadMembers(actor: Actor, association: { id: string; regionCode: string }): boolean {
  return (
    can(actor, 'membership.read') && (actor.orgIds.includes(association.id) || inRegion(actor, association.regionCode))
  );
}

export function membershipService(ctx: AppContext) {
  const { database } = ctx;

  /** The association, if the actor may see its member list; 404 otherwise (existence is not revealed). */
  async function readableAssociation(tx: Tx, actor: Actor, associationId: string) {
    const association = await orgRepo.findOrganisation(tx, associationId);
    if (association?.kind !== 'industry_organisation' || !canReadMembers(actor, association)) {
      throw notFound();
    }
    return association;
  }

  async function managedAssociation(tx: Tx, actor: Actor, associationId: string) {
    const association = await readableAssociation(tx, actor, associationId);
    if (!canManageMembers(actor, association)) throw new AppError('forbidden');
    return association;
  }

  async function list(actor: Actor, associationId: string, query: MembershipListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      await readableAssociation(tx, actor, associationId);
      const { rows, counted } = await repo.listMembers(tx, associationId, query, page);
      return pageResult(rows.map(presentMembership), page, counted);
    });
  }

  /** Finds the enterprise to add, registering it first when its credit code is new. */
  async function resolveEnterprise(tx: Tx, actor: Actor, input: MembershipCreate): Promise<string> {
    if (input.enterpriseId) {
      const existing = await orgRepo.findOrganisation(tx, input.enterpriseId);
      if (existing?.kind !== 'enterprise') throw AppError.validation('enterpriseId', 'not_an_enterprise');
      return existing.id;
    }
    const enterprise = input.enterprise;
    if (!enterprise) throw AppError.validation('enterpriseId', 'required');
    const { code, problem } = creditCodeProblem('enterprise.creditCode', enterprise.creditCode);
    if (problem) throw new AppError('validation_failed', [problem]);
    const problems = await referenceProblems(tx, enterprise, 'enterprise.');
    if (problems.length) throw new AppError('validation_failed', problems);
    // The registry is shared: an enterprise already registered (perhaps unpublished and so invisible
    // to this association) is linked, not registered twice.
    const existing = await asSystem(tx, () => orgRepo.findOrganisationByCreditCode(tx, code));
    if (existing) {
      if (existing.kind !== 'enterprise') throw AppError.validation('enterprise.creditCode', 'not_an_enterprise');
      return existing.id;
    }
    const id = randomUUID();
    await orgRepo.insertOrganisation(tx, {
      id,
      kind: 'enterprise',
      name: enterprise.name.trim(),
      creditCode: code,
      regionCode: enterprise.regionCode,
      industryCode: enterprise.industryCode ?? null,
      address: enterprise.address ?? null,
      contactPhone: enterprise.contactPhone ?? null,
      published: enterprise.published ?? false,
    });
    await audit(tx, actor, {
      action: 'organisation.created',
      targetType: 'organisation',
      targetId: id,
      organisationId: id,
      after: { creditCode: code, name: enterprise.name.trim(), kind: 'enterprise', regionCode: enterprise.regionCode },
    });
    return id;
  }

  async function create(actor: Actor, associationId: string, input: MembershipCreate) {
    if (input.enterpriseId && input.enterprise) throw AppError.validation('enterprise', 'unknown_field');
    const id = randomUUID();
    try {
      return await database.transaction(scopeOf(actor), async (tx) => {
        const association = await managedAssociation(tx, actor, associationId);
        const enterpriseId = await resolveEnterprise(tx, actor, input);
        await repo.insertMembership(tx, {
          id,
          associationId,
          enterpriseId,
          level: input.level,
          joinedOn: input.joinedOn,
          note: input.note ?? null,
        });
        const row = await repo.findMembership(tx, associationId, id);
        if (!row) throw notFound();
        await audit(tx, actor, {
          action: 'membership.created',
          targetType: 'membership',
          targetId: id,
          organisationId: association.id,
          after: presentMembership(row),
        });
        return presentMembership(row);
      });
    } catch (error) {
      if (pgErrorCode(error) === UNIQUE_VIOLATION && constraintOf(error) === 'membership_association_enterprise_key') {
        throw AppError.validation(
          input.enterpriseId ? 'enterpriseId' : 'enterprise.creditCode',
          'duplicate_membership',
        );
      }
      throw duplicateCodeError(error, 'enterprise.creditCode');
    }
  }

  async function update(actor: Actor, associationId: string, id: string, input: MembershipUpdate) {
    return database.transaction(scopeOf(actor), async (tx) => {
      await managedAssociation(tx, actor, associationId);
      const before = await repo.findMembership(tx, associationId, id);
      if (!before) throw notFound();
      if (before.version !== input.version) throw versionConflict();
      const { leftOn, problem } = nextMembershipDates(
        { status: before.status as MembershipStatus, joinedOn: before.joinedOn, leftOn: before.leftOn },
        input,
        todayInShanghai(),
      );
      if (problem) throw new AppError('validation_failed', [problem]);
      const changes = {
        ...(input.level !== undefined ? { level: input.level } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        leftOn,
      };
      if (!(await repo.updateMembership(tx, id, input.version, changes))) throw versionConflict();
      const after = await repo.findMembership(tx, associationId, id);
      if (!after) throw notFound();
      await audit(tx, actor, {
        action: 'membership.updated',
        targetType: 'membership',
        targetId: id,
        organisationId: associationId,
        ...diff(presentMembership(before), presentMembership(after)),
      });
      return presentMembership(after);
    });
  }

  /** The associations an organisation belongs to, for anyone who may read the organisation. */
  async function ofEnterprise(actor: Actor, enterpriseId: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await orgRepo.findOrganisation(tx, enterpriseId);
      if (!org || !canRead(actor, await factsOf(tx, actor, org))) throw notFound();
      return (await repo.membershipsOfEnterprise(tx, enterpriseId)).map(presentMembership);
    });
  }

  return { list, create, update, ofEnterprise };
}

export type MembershipService = ReturnType<typeof membershipService>;
