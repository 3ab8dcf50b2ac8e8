/**
 * Resources of the association (issue #7, §8.3): the infrastructure register (R-RES-1), the five
 * human-resource pools (R-RES-2; contact details masked in lists, shown in full in an audited read) and
 * policy information with the organisation's feedback (R-RES-4; a submitted feedback is kept as it was,
 * the regulator of the region reads it).
 */
import {
  type FeedbackCreate,
  type FeedbackReceivedQuery,
  type FeedbackUpdate,
  type InfrastructureCreate,
  type InfrastructureDto,
  type InfrastructureListQuery,
  type InfrastructureUpdate,
  maskEmail,
  maskPhone,
  type PageOf,
  type PolicyCreate,
  type PolicyDetailDto,
  type PolicyDto,
  type PolicyFeedbackDto,
  type PolicyListQuery,
  type PolicyUpdate,
  type ReceivedFeedbackDto,
  TALENT_POOLS,
  type TalentCreate,
  type TalentEntryDto,
  type TalentListDto,
  type TalentListQuery,
  type TalentUpdate,
} from '@gongzhi/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { infrastructureItem, policyFeedback, policyInfo, talentPoolEntry } from '../../db/schema/index.js';
import { type Actor, isRegulator, scopeOf } from '../../kernel/actor.js';
import { AppError, forbidden, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit, diff } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { offsetOf, pageOf, pageResult } from '../../kernel/pagination.js';
import { managedWorkspace, readableWorkspace } from '../workspace/workspace.policy.js';
import * as repo from './resources.repository.js';
import { sortPolicies } from './resources.workflow.js';

function infrastructureDto(r: repo.InfrastructureRow): InfrastructureDto {
  return {
    id: r.id,
    organisationId: r.organisationId,
    scope: r.scope,
    kind: r.kind,
    name: r.name,
    provider: r.provider,
    description: r.description,
    url: r.url,
    contact: r.contact,
    active: r.active,
    version: r.version,
  };
}

function talentDto(r: repo.TalentRow, masked: boolean): TalentEntryDto {
  return {
    id: r.id,
    organisationId: r.organisationId,
    pool: r.pool,
    name: r.name,
    affiliation: r.affiliation,
    title: r.title,
    specialties: r.specialties,
    phone: masked && r.phone ? maskPhone(r.phone.replace(/\s/g, '')) : r.phone,
    email: masked ? maskEmail(r.email) : r.email,
    masked,
    userId: r.userId,
    note: r.note,
    active: r.active,
    version: r.version,
  };
}

function policyDto(r: repo.PolicyRow, today: string, counts?: { submitted: number; drafts: number }): PolicyDto {
  return {
    id: r.id,
    organisationId: r.organisationId,
    kind: r.kind,
    title: r.title,
    issuer: r.issuer,
    documentNumber: r.documentNumber,
    issuedOn: r.issuedOn,
    effectiveOn: r.effectiveOn,
    deadline: r.deadline,
    open: r.kind === 'project_call' && r.deadline !== null && r.deadline >= today,
    url: r.url,
    summary: r.summary,
    feedbackSubmitted: counts?.submitted ?? 0,
    feedbackDrafts: counts?.drafts ?? 0,
    version: r.version,
  };
}

function feedbackDto(r: repo.FeedbackRow): PolicyFeedbackDto {
  return {
    id: r.id,
    policyId: r.policyId,
    organisationId: r.organisationId,
    effect: r.effect,
    suggestions: r.suggestions,
    demands: r.demands,
    status: r.submittedAt ? 'submitted' : 'draft',
    submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null,
    authorName: r.authorName,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

const trimmed = (v: string | undefined) => (v ?? '').trim();
const orNull = (v: string | null | undefined) => (v ? v.trim() || null : null);

export function resourcesService(ctx: AppContext) {
  const { database } = ctx;

  // ------------------------------------------------------------ infrastructure (R-RES-1)

  async function listInfrastructure(actor: Actor, query: InfrastructureListQuery): Promise<InfrastructureDto[]> {
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, query.organisationId);
      return (await repo.infrastructure(tx, org.id, query)).map(infrastructureDto);
    });
  }

  const infrastructureValues = (input: InfrastructureCreate) => ({
    scope: input.scope,
    kind: input.kind,
    name: input.name.trim(),
    provider: trimmed(input.provider),
    description: trimmed(input.description),
    url: orNull(input.url),
    contact: trimmed(input.contact),
  });

  async function createInfrastructure(actor: Actor, input: InfrastructureCreate): Promise<InfrastructureDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      const values = infrastructureValues(input);
      const [row] = await tx
        .insert(infrastructureItem)
        .values({ organisationId: org.id, ...values, createdBy: actor.userId, updatedBy: actor.userId })
        .returning();
      if (!row) throw new Error('infrastructure item not stored');
      await audit(tx, actor, {
        action: 'infrastructure_item.created',
        targetType: 'infrastructure_item',
        targetId: row.id,
        organisationId: org.id,
        after: values,
      });
      return infrastructureDto(row);
    });
  }

  async function updateInfrastructure(actor: Actor, id: string, input: InfrastructureUpdate) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      const before = await repo.infrastructureById(tx, id, org.id);
      if (!before) throw notFound();
      const values = { ...infrastructureValues(input), active: input.active };
      const [row] = await tx
        .update(infrastructureItem)
        .set({
          ...values,
          updatedBy: actor.userId,
          updatedAt: new Date(),
          version: sql`${infrastructureItem.version} + 1`,
        })
        .where(and(eq(infrastructureItem.id, id), eq(infrastructureItem.version, input.version)))
        .returning();
      if (!row) throw versionConflict();
      const change = diff(infrastructureDto(before) as unknown as Record<string, unknown>, values);
      await audit(tx, actor, {
        action: before.active && !input.active ? 'infrastructure_item.deactivated' : 'infrastructure_item.updated',
        targetType: 'infrastructure_item',
        targetId: id,
        organisationId: org.id,
        ...change,
      });
      return infrastructureDto(row);
    });
  }

  // ------------------------------------------------------------ human-resource pools (R-RES-2)

  async function listTalent(actor: Actor, query: TalentListQuery): Promise<TalentListDto> {
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, query.organisationId);
      const rows = await repo.talent(tx, org.id, query);
      const counts = await repo.talentCounts(tx, org.id);
      return {
        counts: TALENT_POOLS.map((pool) => ({ pool, active: counts.get(pool) ?? 0 })),
        items: rows.map((r) => talentDto(r, true)),
      };
    });
  }

  /** The full entry (phone and e-mail unmasked): the read itself is audited. */
  async function getTalent(actor: Actor, id: string): Promise<TalentEntryDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = await repo.talentById(tx, id);
      if (!row) throw notFound();
      await readableWorkspace(tx, actor, row.organisationId);
      await audit(tx, actor, {
        action: 'talent_pool_entry.viewed',
        targetType: 'talent_pool_entry',
        targetId: id,
        organisationId: row.organisationId,
      });
      return talentDto(row, false);
    });
  }

  const talentValues = (input: TalentCreate) => ({
    pool: input.pool,
    name: input.name.trim(),
    affiliation: trimmed(input.affiliation),
    title: trimmed(input.title),
    specialties: [...new Set((input.specialties ?? []).map((s) => s.trim()).filter(Boolean))],
    phone: orNull(input.phone),
    email: orNull(input.email),
    note: trimmed(input.note),
  });
  /** Contact details are not copied into the audit trail in clear. */
  const auditable = (v: ReturnType<typeof talentValues> & { active?: boolean }) => ({
    ...v,
    phone: v.phone ? maskPhone(v.phone) : null,
    email: maskEmail(v.email),
  });

  async function createTalent(actor: Actor, input: TalentCreate): Promise<TalentEntryDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      const values = talentValues(input);
      const [row] = await tx
        .insert(talentPoolEntry)
        .values({ organisationId: org.id, ...values, createdBy: actor.userId, updatedBy: actor.userId })
        .returning();
      if (!row) throw new Error('talent entry not stored');
      await audit(tx, actor, {
        action: 'talent_pool_entry.created',
        targetType: 'talent_pool_entry',
        targetId: row.id,
        organisationId: org.id,
        after: auditable(values),
      });
      return talentDto(row, false);
    });
  }

  async function updateTalent(actor: Actor, id: string, input: TalentUpdate): Promise<TalentEntryDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      const before = await repo.talentById(tx, id, org.id);
      if (!before) throw notFound();
      const values = { ...talentValues(input), active: input.active };
      const [row] = await tx
        .update(talentPoolEntry)
        .set({
          ...values,
          updatedBy: actor.userId,
          updatedAt: new Date(),
          version: sql`${talentPoolEntry.version} + 1`,
        })
        .where(and(eq(talentPoolEntry.id, id), eq(talentPoolEntry.version, input.version)))
        .returning();
      if (!row) throw versionConflict();
      const old = {
        pool: before.pool,
        name: before.name,
        affiliation: before.affiliation,
        title: before.title,
        specialties: before.specialties,
        phone: before.phone,
        email: before.email,
        note: before.note,
        active: before.active,
      };
      const change = diff(auditable(old), auditable(values));
      await audit(tx, actor, {
        action: before.active && !input.active ? 'talent_pool_entry.deactivated' : 'talent_pool_entry.updated',
        targetType: 'talent_pool_entry',
        targetId: id,
        organisationId: org.id,
        ...change,
      });
      return talentDto(row, false);
    });
  }

  // ------------------------------------------------------------ policy information and feedback (R-RES-4)

  async function listPolicies(actor: Actor, query: PolicyListQuery): Promise<PolicyDto[]> {
    const today = todayInShanghai();
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, query.organisationId);
      const rows = await repo.policies(tx, org.id, query.kind);
      const counts = await repo.feedbackCounts(tx, org.id);
      const own = actor.orgIds.includes(org.id);
      return sortPolicies(
        rows.map((r) => {
          const c = counts.get(r.id);
          // A regulator sees only what was submitted to it.
          return policyDto(r, today, c && !own ? { submitted: c.submitted, drafts: 0 } : c);
        }),
      );
    });
  }

  async function policyWithAccess(tx: Tx, actor: Actor, id: string) {
    const row = await repo.policyById(tx, id);
    if (!row) throw notFound();
    await readableWorkspace(tx, actor, row.organisationId);
    return row;
  }

  async function getPolicy(actor: Actor, id: string): Promise<PolicyDetailDto> {
    return database.read(scopeOf(actor), async (tx) => {
      const row = await policyWithAccess(tx, actor, id);
      const own = actor.orgIds.includes(row.organisationId);
      const feedback = await repo.feedbackOf(tx, id, !own);
      const counts = {
        submitted: feedback.filter((f) => f.submittedAt).length,
        drafts: feedback.filter((f) => !f.submittedAt).length,
      };
      return { policy: policyDto(row, todayInShanghai(), counts), feedback: feedback.map(feedbackDto) };
    });
  }

  function policyValues(input: PolicyCreate) {
    if (input.effectiveOn && input.effectiveOn < input.issuedOn) {
      throw AppError.validation('effectiveOn', 'date_order');
    }
    if (input.kind === 'project_call' && !input.deadline) throw AppError.validation('deadline', 'required');
    return {
      kind: input.kind,
      title: input.title.trim(),
      issuer: input.issuer.trim(),
      documentNumber: trimmed(input.documentNumber),
      issuedOn: input.issuedOn,
      effectiveOn: input.effectiveOn ?? null,
      deadline: input.deadline ?? null,
      url: orNull(input.url),
      summary: trimmed(input.summary),
    };
  }

  async function createPolicy(actor: Actor, input: PolicyCreate): Promise<PolicyDto> {
    const values = policyValues(input);
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      const [row] = await tx
        .insert(policyInfo)
        .values({ organisationId: org.id, ...values, createdBy: actor.userId, updatedBy: actor.userId })
        .returning();
      if (!row) throw new Error('policy not stored');
      await audit(tx, actor, {
        action: 'policy_info.created',
        targetType: 'policy_info',
        targetId: row.id,
        organisationId: org.id,
        after: values,
      });
      return policyDto(row, todayInShanghai());
    });
  }

  async function updatePolicy(actor: Actor, id: string, input: PolicyUpdate): Promise<PolicyDto> {
    const values = policyValues(input);
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      const before = await repo.policyById(tx, id);
      if (!before || before.organisationId !== org.id) throw notFound();
      const [row] = await tx
        .update(policyInfo)
        .set({ ...values, updatedBy: actor.userId, updatedAt: new Date(), version: sql`${policyInfo.version} + 1` })
        .where(and(eq(policyInfo.id, id), eq(policyInfo.version, input.version)))
        .returning();
      if (!row) throw versionConflict();
      const {
        id: _id,
        organisationId: _o,
        version: _v,
        createdAt: _c,
        updatedAt: _u,
        createdBy: _cb,
        updatedBy: _ub,
        ...old
      } = before;
      await audit(tx, actor, {
        action: 'policy_info.updated',
        targetType: 'policy_info',
        targetId: id,
        organisationId: org.id,
        ...diff(old as Record<string, unknown>, values),
      });
      const counts = (await repo.feedbackCounts(tx, org.id)).get(id);
      return policyDto(row, todayInShanghai(), counts);
    });
  }

  async function createFeedback(actor: Actor, policyId: string, input: FeedbackCreate): Promise<PolicyFeedbackDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      const policy = await repo.policyById(tx, policyId);
      if (!policy || policy.organisationId !== org.id) throw notFound();
      const values = {
        effect: input.effect.trim(),
        suggestions: input.suggestions.trim(),
        demands: input.demands.trim(),
      };
      if (input.submit && !values.effect && !values.suggestions && !values.demands) {
        throw AppError.validation('effect', 'required');
      }
      const [row] = await tx
        .insert(policyFeedback)
        .values({
          organisationId: org.id,
          policyId,
          ...values,
          submittedAt: input.submit ? new Date() : null,
          createdBy: actor.userId,
          updatedBy: actor.userId,
        })
        .returning({ id: policyFeedback.id });
      if (!row) throw new Error('feedback not stored');
      await audit(tx, actor, {
        action: input.submit ? 'policy_feedback.submitted' : 'policy_feedback.created',
        targetType: 'policy_feedback',
        targetId: row.id,
        organisationId: org.id,
        after: { policyId, ...values, submitted: input.submit === true },
      });
      const stored = await repo.feedbackById(tx, row.id, org.id);
      if (!stored) throw notFound();
      return feedbackDto(stored);
    });
  }

  async function draftFeedback(tx: Tx, actor: Actor, id: string, version: number) {
    const org = await managedWorkspace(tx, actor);
    const before = await repo.feedbackById(tx, id, org.id);
    if (!before) throw notFound();
    // Submitted feedback stays as the regulator received it: a new feedback says more.
    if (before.submittedAt) throw new AppError('transition_not_allowed');
    if (before.version !== version) throw versionConflict();
    return { org, before };
  }

  async function updateFeedback(actor: Actor, id: string, input: FeedbackUpdate): Promise<PolicyFeedbackDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { org, before } = await draftFeedback(tx, actor, id, input.version);
      const values = {
        effect: input.effect.trim(),
        suggestions: input.suggestions.trim(),
        demands: input.demands.trim(),
      };
      const updated = await tx
        .update(policyFeedback)
        .set({ ...values, updatedBy: actor.userId, updatedAt: new Date(), version: sql`${policyFeedback.version} + 1` })
        .where(and(eq(policyFeedback.id, id), eq(policyFeedback.version, input.version)))
        .returning({ id: policyFeedback.id });
      if (updated.length === 0) throw versionConflict();
      await audit(tx, actor, {
        action: 'policy_feedback.updated',
        targetType: 'policy_feedback',
        targetId: id,
        organisationId: org.id,
        ...diff({ effect: before.effect, suggestions: before.suggestions, demands: before.demands }, values),
      });
      const stored = await repo.feedbackById(tx, id, org.id);
      if (!stored) throw notFound();
      return feedbackDto(stored);
    });
  }

  async function submitFeedback(actor: Actor, id: string, version: number): Promise<PolicyFeedbackDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { org, before } = await draftFeedback(tx, actor, id, version);
      if (!before.effect && !before.suggestions && !before.demands) throw AppError.validation('effect', 'required');
      const updated = await tx
        .update(policyFeedback)
        .set({
          submittedAt: new Date(),
          updatedBy: actor.userId,
          updatedAt: new Date(),
          version: sql`${policyFeedback.version} + 1`,
        })
        .where(and(eq(policyFeedback.id, id), eq(policyFeedback.version, version)))
        .returning({ id: policyFeedback.id });
      if (updated.length === 0) throw versionConflict();
      await audit(tx, actor, {
        action: 'policy_feedback.submitted',
        targetType: 'policy_feedback',
        targetId: id,
        organisationId: org.id,
        before: { status: 'draft' },
        after: { status: 'submitted' },
      });
      const stored = await repo.feedbackById(tx, id, org.id);
      if (!stored) throw notFound();
      return feedbackDto(stored);
    });
  }

  /** The regulator's view: feedback its region's associations submitted. */
  async function feedbackReceived(actor: Actor, query: FeedbackReceivedQuery): Promise<PageOf<ReceivedFeedbackDto>> {
    if (!isRegulator(actor)) throw forbidden();
    const p = pageOf(query);
    return database.read(scopeOf(actor), async (tx) => {
      if (query.associationId) await readableWorkspace(tx, actor, query.associationId);
      const { rows, total } = await repo.feedbackReceived(tx, actor.regionPrefix, query, {
        limit: p.pageSize,
        offset: offsetOf(p),
      });
      return pageResult(
        rows.map((r) => ({
          feedback: feedbackDto({ ...r.f, authorName: r.authorName }),
          associationId: r.f.organisationId,
          associationName: r.associationName,
          policyId: r.f.policyId,
          policyTitle: r.policyTitle,
          policyKind: r.policyKind,
        })),
        p,
        total,
      );
    });
  }

  return {
    listInfrastructure,
    createInfrastructure,
    updateInfrastructure,
    listTalent,
    getTalent,
    createTalent,
    updateTalent,
    listPolicies,
    getPolicy,
    createPolicy,
    updatePolicy,
    createFeedback,
    updateFeedback,
    submitFeedback,
    feedbackReceived,
  };
}

export type ResourcesService = ReturnType<typeof resourcesService>;
