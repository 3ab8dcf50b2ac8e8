import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { membership, organisation } from '../../db/schema/index.js';
import { countUpToCap, offsetOf, one, type PageRequest } from '../../kernel/pagination.js';
import { organisationSearch } from '../organisation/organisation.search.js';

const association = alias(organisation, 'association');

const columns = {
  id: membership.id,
  associationId: membership.associationId,
  associationName: association.name,
  enterpriseId: membership.enterpriseId,
  enterpriseName: organisation.name,
  enterpriseCreditCode: organisation.creditCode,
  enterpriseRegionCode: organisation.regionCode,
  level: membership.level,
  status: membership.status,
  joinedOn: membership.joinedOn,
  leftOn: membership.leftOn,
  note: membership.note,
  version: membership.version,
};

export interface MembershipRow {
  id: string;
  associationId: string;
  associationName: string;
  enterpriseId: string;
  enterpriseName: string;
  enterpriseCreditCode: string;
  enterpriseRegionCode: string;
  level: string;
  status: string;
  joinedOn: string;
  leftOn: string | null;
  note: string | null;
  version: number;
}

function selectMemberships(tx: Tx) {
  return tx
    .select(columns)
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.enterpriseId))
    .innerJoin(association, eq(association.id, membership.associationId));
}

export async function findMembership(tx: Tx, associationId: string, id: string): Promise<MembershipRow | undefined> {
  const rows = await selectMemberships(tx)
    .where(and(eq(membership.id, id), eq(membership.associationId, associationId)))
    .limit(1);
  return rows[0];
}

export interface MembershipFilter {
  q?: string | undefined;
  status?: string | undefined;
  level?: string | undefined;
}

export async function listMembers(
  tx: Tx,
  associationId: string,
  filter: MembershipFilter,
  page: PageRequest,
): Promise<{ rows: MembershipRow[]; counted: number }> {
  const conditions = [
    eq(membership.associationId, associationId),
    organisationSearch(filter.q),
    filter.status ? eq(membership.status, filter.status) : undefined,
    filter.level ? eq(membership.level, filter.level) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const where = and(...conditions);
  const rows = await selectMemberships(tx)
    .where(where)
    .orderBy(organisation.name, membership.id)
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const counted = await countUpToCap(
    tx,
    tx
      .select({ one })
      .from(membership)
      .innerJoin(organisation, eq(organisation.id, membership.enterpriseId))
      .where(where)
      .$dynamic(),
  );
  return { rows, counted };
}

export async function membershipsOfEnterprise(tx: Tx, enterpriseId: string): Promise<MembershipRow[]> {
  return selectMemberships(tx).where(eq(membership.enterpriseId, enterpriseId)).orderBy(association.name);
}

export async function insertMembership(tx: Tx, values: typeof membership.$inferInsert & { id: string }): Promise<void> {
  await tx.insert(membership).values(values);
}

export async function updateMembership(
  tx: Tx,
  id: string,
  version: number,
  changes: Partial<Pick<typeof membership.$inferInsert, 'level' | 'status' | 'leftOn' | 'note'>>,
): Promise<boolean> {
  const rows = await tx
    .update(membership)
    .set({ ...changes, version: sql`${membership.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(membership.id, id), eq(membership.version, version)))
    .returning({ id: membership.id });
  return rows.length > 0;
}
