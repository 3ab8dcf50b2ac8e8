/** The SQL of the resources: infrastructure, human-resource pools, policy information and feedback. */
import type { PolicyKind, TalentPool } from '@gongzhi/contracts';
import { and, asc, desc, eq, isNotNull, like, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import {
  appUser,
  infrastructureItem,
  organisation,
  policyFeedback,
  policyInfo,
  talentPoolEntry,
} from '../../db/schema/index.js';

export type InfrastructureRow = typeof infrastructureItem.$inferSelect;
export type TalentRow = typeof talentPoolEntry.$inferSelect;
export type PolicyRow = typeof policyInfo.$inferSelect;
export type FeedbackRow = typeof policyFeedback.$inferSelect & { authorName: string | null };

export async function infrastructure(
  tx: Tx,
  organisationId: string,
  f: { scope?: 'internal' | 'external' | undefined; active?: boolean | undefined },
): Promise<InfrastructureRow[]> {
  const where = [eq(infrastructureItem.organisationId, organisationId)];
  if (f.scope) where.push(eq(infrastructureItem.scope, f.scope));
  if (f.active !== undefined) where.push(eq(infrastructureItem.active, f.active));
  return tx
    .select()
    .from(infrastructureItem)
    .where(and(...where))
    .orderBy(desc(infrastructureItem.active), asc(infrastructureItem.scope), asc(infrastructureItem.name));
}

export async function infrastructureById(
  tx: Tx,
  id: string,
  organisationId: string,
): Promise<InfrastructureRow | null> {
  const rows = await tx
    .select()
    .from(infrastructureItem)
    .where(and(eq(infrastructureItem.id, id), eq(infrastructureItem.organisationId, organisationId)));
  return rows[0] ?? null;
}

export async function talent(
  tx: Tx,
  organisationId: string,
  f: { pool?: TalentPool | undefined; active?: boolean | undefined },
): Promise<TalentRow[]> {
  const where = [eq(talentPoolEntry.organisationId, organisationId)];
  if (f.pool) where.push(eq(talentPoolEntry.pool, f.pool));
  if (f.active !== undefined) where.push(eq(talentPoolEntry.active, f.active));
  return tx
    .select()
    .from(talentPoolEntry)
    .where(and(...where))
    .orderBy(asc(talentPoolEntry.pool), desc(talentPoolEntry.active), asc(talentPoolEntry.name));
}

export async function talentCounts(tx: Tx, organisationId: string): Promise<Map<TalentPool, number>> {
  const rows = await tx
    .select({ pool: talentPoolEntry.pool, n: sql<number>`count(*)::int` })
    .from(talentPoolEntry)
    .where(and(eq(talentPoolEntry.organisationId, organisationId), eq(talentPoolEntry.active, true)))
    .groupBy(talentPoolEntry.pool);
  return new Map(rows.map((r) => [r.pool, Number(r.n)]));
}

export async function talentById(tx: Tx, id: string, organisationId?: string): Promise<TalentRow | null> {
  const where = [eq(talentPoolEntry.id, id)];
  if (organisationId) where.push(eq(talentPoolEntry.organisationId, organisationId));
  const rows = await tx
    .select()
    .from(talentPoolEntry)
    .where(and(...where));
  return rows[0] ?? null;
}

export async function policies(tx: Tx, organisationId: string, kind?: PolicyKind): Promise<PolicyRow[]> {
  const where = [eq(policyInfo.organisationId, organisationId)];
  if (kind) where.push(eq(policyInfo.kind, kind));
  return tx
    .select()
    .from(policyInfo)
    .where(and(...where))
    .orderBy(desc(policyInfo.issuedOn));
}

export async function policyById(tx: Tx, id: string): Promise<PolicyRow | null> {
  const rows = await tx.select().from(policyInfo).where(eq(policyInfo.id, id));
  return rows[0] ?? null;
}

export async function feedbackCounts(
  tx: Tx,
  organisationId: string,
): Promise<Map<string, { submitted: number; drafts: number }>> {
  const rows = await tx
    .select({
      policyId: policyFeedback.policyId,
      submitted: sql<number>`count(*) FILTER (WHERE ${policyFeedback.submittedAt} IS NOT NULL)::int`,
      drafts: sql<number>`count(*) FILTER (WHERE ${policyFeedback.submittedAt} IS NULL)::int`,
    })
    .from(policyFeedback)
    .where(eq(policyFeedback.organisationId, organisationId))
    .groupBy(policyFeedback.policyId);
  return new Map(rows.map((r) => [r.policyId, { submitted: Number(r.submitted), drafts: Number(r.drafts) }]));
}

const feedbackColumns = { f: policyFeedback, authorName: appUser.displayName };

export async function feedbackOf(tx: Tx, policyId: string, submittedOnly: boolean): Promise<FeedbackRow[]> {
  const where = [eq(policyFeedback.policyId, policyId)];
  if (submittedOnly) where.push(isNotNull(policyFeedback.submittedAt));
  const rows = await tx
    .select(feedbackColumns)
    .from(policyFeedback)
    .leftJoin(appUser, eq(appUser.id, policyFeedback.createdBy))
    .where(and(...where))
    .orderBy(desc(policyFeedback.createdAt));
  return rows.map((r) => ({ ...r.f, authorName: r.authorName }));
}

export async function feedbackById(tx: Tx, id: string, organisationId: string): Promise<FeedbackRow | null> {
  const rows = await tx
    .select(feedbackColumns)
    .from(policyFeedback)
    .leftJoin(appUser, eq(appUser.id, policyFeedback.createdBy))
    .where(and(eq(policyFeedback.id, id), eq(policyFeedback.organisationId, organisationId)));
  const r = rows[0];
  return r ? { ...r.f, authorName: r.authorName } : null;
}

/** Submitted feedback of the associations in a region (prefix of the division code). */
export async function feedbackReceived(
  tx: Tx,
  regionPrefix: string,
  f: { associationId?: string | undefined; kind?: PolicyKind | undefined },
  page: { limit: number; offset: number },
) {
  const where = [
    isNotNull(policyFeedback.submittedAt),
    like(organisation.regionCode, `${regionPrefix}%`),
    eq(organisation.kind, 'industry_organisation'),
  ];
  if (f.associationId) where.push(eq(policyFeedback.organisationId, f.associationId));
  if (f.kind) where.push(eq(policyInfo.kind, f.kind));
  const rows = await tx
    .select({
      ...feedbackColumns,
      associationName: organisation.name,
      policyTitle: policyInfo.title,
      policyKind: policyInfo.kind,
    })
    .from(policyFeedback)
    .innerJoin(policyInfo, eq(policyInfo.id, policyFeedback.policyId))
    .innerJoin(organisation, eq(organisation.id, policyFeedback.organisationId))
    .leftJoin(appUser, eq(appUser.id, policyFeedback.createdBy))
    .where(and(...where))
    .orderBy(desc(policyFeedback.submittedAt))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(policyFeedback)
    .innerJoin(policyInfo, eq(policyInfo.id, policyFeedback.policyId))
    .innerJoin(organisation, eq(organisation.id, policyFeedback.organisationId))
    .where(and(...where));
  return { rows, total: Number(counted?.n ?? 0) };
}
