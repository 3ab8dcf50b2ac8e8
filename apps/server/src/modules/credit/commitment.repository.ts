import type { CommitmentKind, CommitmentStatus } from '@gongzhi/contracts';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { appUser, commitment, creditRecord, membership, organisation } from '../../db/schema/index.js';
import { likeEscape, offsetOf, type PageRequest } from '../../kernel/pagination.js';
import { organisationSearch } from '../organisation/organisation.search.js';

const association = alias(organisation, 'association');
const enterprise = alias(organisation, 'enterprise');

export type CommitmentRow = typeof commitment.$inferSelect & {
  enterpriseName: string;
  enterpriseCreditCode: string;
  associationName: string;
};

function selectCommitments(tx: Tx) {
  return tx
    .select({
      commitment,
      enterpriseName: enterprise.name,
      enterpriseCreditCode: enterprise.creditCode,
      associationName: association.name,
    })
    .from(commitment)
    .innerJoin(enterprise, eq(enterprise.id, commitment.enterpriseId))
    .innerJoin(association, eq(association.id, commitment.associationId));
}

function flatten(r: {
  commitment: typeof commitment.$inferSelect;
  enterpriseName: string;
  enterpriseCreditCode: string;
  associationName: string;
}): CommitmentRow {
  return {
    ...r.commitment,
    enterpriseName: r.enterpriseName,
    enterpriseCreditCode: r.enterpriseCreditCode,
    associationName: r.associationName,
  };
}

export async function findCommitment(tx: Tx, id: string): Promise<CommitmentRow | null> {
  const rows = await selectCommitments(tx).where(eq(commitment.id, id)).limit(1);
  return rows[0] ? flatten(rows[0]) : null;
}

/** Locks the row for the rest of the transaction (a second breach of the same version waits, then conflicts). */
export async function lockCommitment(tx: Tx, id: string) {
  const rows = await tx.select().from(commitment).where(eq(commitment.id, id)).for('update');
  return rows[0] ?? null;
}

/**
 * Who sees which commitments in the console: associations those made to them, enterprises their
 * own, a regulator those made to associations in its region. No part given: nothing.
 */
export interface CommitmentScope {
  associationIds: string[];
  enterpriseIds: string[];
  /** Region prefix of a regulator ('' when none). */
  region: string;
}

/** 'expired' is not stored: an active commitment whose validUntil is before `today`. */
export function statusCondition(status: CommitmentStatus, today: string): SQL {
  if (status === 'expired') return sql`(${commitment.status} = 'active' AND ${commitment.validUntil} < ${today})`;
  if (status === 'active') return sql`(${commitment.status} = 'active' AND ${commitment.validUntil} >= ${today})`;
  return eq(commitment.status, status);
}

function scopeCondition(scope: CommitmentScope): SQL {
  const parts: SQL[] = [];
  if (scope.associationIds.length) parts.push(inArray(commitment.associationId, scope.associationIds));
  if (scope.enterpriseIds.length) parts.push(inArray(commitment.enterpriseId, scope.enterpriseIds));
  if (scope.region) parts.push(sql`${association.regionCode} LIKE ${`${likeEscape(scope.region)}%`}`);
  return parts.length ? (or(...parts) as SQL) : sql`false`;
}

export interface CommitmentFilter {
  associationId?: string | undefined;
  enterpriseId?: string | undefined;
  status?: CommitmentStatus | undefined;
}

export async function listCommitments(
  tx: Tx,
  scope: CommitmentScope,
  filter: CommitmentFilter,
  today: string,
  page: PageRequest,
): Promise<{ rows: CommitmentRow[]; hasMore: boolean }> {
  const rows = await selectCommitments(tx)
    .where(
      and(
        scopeCondition(scope),
        filter.associationId ? eq(commitment.associationId, filter.associationId) : undefined,
        filter.enterpriseId ? eq(commitment.enterpriseId, filter.enterpriseId) : undefined,
        filter.status ? statusCondition(filter.status, today) : undefined,
      ),
    )
    .orderBy(desc(commitment.signedAt), asc(commitment.id))
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return { rows: rows.slice(0, page.pageSize).map(flatten), hasMore: rows.length > page.pageSize };
}

/** Every commitment of an enterprise (the archive), optionally only those made to some associations. */
export async function commitmentsOf(
  tx: Tx,
  enterpriseId: string,
  associationIds: string[] | null,
): Promise<CommitmentRow[]> {
  const rows = await selectCommitments(tx)
    .where(
      and(
        eq(commitment.enterpriseId, enterpriseId),
        associationIds ? inArray(commitment.associationId, associationIds) : undefined,
      ),
    )
    .orderBy(desc(commitment.signedAt), asc(commitment.id));
  return rows.map(flatten);
}

/**
 * The public notice board: active commitments in their validity period on `today`, of enterprises
 * the public may see, newest first; search by enterprise name (any length) or credit code.
 */
export async function listPublicCommitments(
  tx: Tx,
  filter: { q?: string | undefined; kind?: CommitmentKind | undefined },
  today: string,
  page: PageRequest,
): Promise<{ rows: CommitmentRow[]; hasMore: boolean }> {
  const rows = await selectCommitments(tx)
    .where(
      and(
        eq(commitment.status, 'active'),
        sql`${commitment.validFrom} <= ${today}`,
        sql`${commitment.validUntil} >= ${today}`,
        filter.kind ? eq(commitment.kind, filter.kind) : undefined,
        organisationSearch(filter.q, enterprise),
      ),
    )
    .orderBy(desc(commitment.signedAt), asc(commitment.id))
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return { rows: rows.slice(0, page.pageSize).map(flatten), hasMore: rows.length > page.pageSize };
}

export async function insertCommitment(tx: Tx, row: typeof commitment.$inferInsert): Promise<void> {
  await tx.insert(commitment).values(row);
}

export async function updateCommitment(
  tx: Tx,
  id: string,
  version: number,
  changes: Partial<typeof commitment.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(commitment)
    .set({ ...changes, version: sql`${commitment.version} + 1` })
    .where(and(eq(commitment.id, id), eq(commitment.version, version)))
    .returning({ id: commitment.id });
  return rows.length > 0;
}

export async function displayNameOf(tx: Tx, userId: string): Promise<string | null> {
  const rows = await tx.select({ name: appUser.displayName }).from(appUser).where(eq(appUser.id, userId)).limit(1);
  return rows[0]?.name ?? null;
}

/** The record an automatic source already produced in an archive (`commitment:<id>`). */
export async function recordIdBySource(tx: Tx, associationId: string, sourceRef: string): Promise<string | null> {
  const rows = await tx
    .select({ id: creditRecord.id })
    .from(creditRecord)
    .where(and(eq(creditRecord.associationId, associationId), eq(creditRecord.sourceRef, sourceRef)))
    .limit(1);
  return rows[0]?.id ?? null;
}

export { usersWithRoles } from '../notification/notification.repository.js';

/** The enterprise is or was a member of one of the associations. */
export async function isMemberOfAny(tx: Tx, associationIds: string[], enterpriseId: string): Promise<boolean> {
  if (!associationIds.length) return false;
  const rows = await tx
    .select({ id: membership.id })
    .from(membership)
    .where(and(inArray(membership.associationId, associationIds), eq(membership.enterpriseId, enterpriseId)))
    .limit(1);
  return rows.length > 0;
}
