import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { division, industry, membership, organisation } from '../../db/schema/index.js';
import { countUpToCap, offsetOf, one, type PageRequest } from '../../kernel/pagination.js';
import { organisationSearch } from './organisation.search.js';

export type OrganisationRow = Omit<typeof organisation.$inferSelect, 'nameGrams'> & {
  regionName: string | null;
  industryName: string | null;
};

const regionDivision = alias(division, 'region_division');

const columns = {
  id: organisation.id,
  kind: organisation.kind,
  name: organisation.name,
  nameEn: organisation.nameEn,
  creditCode: organisation.creditCode,
  creditCodeOverride: organisation.creditCodeOverride,
  regionCode: organisation.regionCode,
  industryCode: organisation.industryCode,
  address: organisation.address,
  contactPhone: organisation.contactPhone,
  website: organisation.website,
  description: organisation.description,
  published: organisation.published,
  status: organisation.status,
  version: organisation.version,
  createdAt: organisation.createdAt,
  updatedAt: organisation.updatedAt,
  regionName: regionDivision.name,
  industryName: industry.name,
};

function selectOrganisations(tx: Tx) {
  return tx
    .select(columns)
    .from(organisation)
    .leftJoin(regionDivision, eq(regionDivision.code, organisation.regionCode))
    .leftJoin(industry, eq(industry.code, organisation.industryCode));
}

export async function findOrganisation(tx: Tx, id: string): Promise<OrganisationRow | undefined> {
  const rows = await selectOrganisations(tx).where(eq(organisation.id, id)).limit(1);
  return rows[0];
}

export async function findOrganisationByCreditCode(tx: Tx, code: string): Promise<OrganisationRow | undefined> {
  const rows = await selectOrganisations(tx).where(eq(organisation.creditCode, code)).limit(1);
  return rows[0];
}

/** Whether the enterprise is a member (any status) of one of these associations. */
export async function isMemberOfAny(tx: Tx, enterpriseId: string, associationIds: readonly string[]): Promise<boolean> {
  if (associationIds.length === 0) return false;
  const rows = await tx
    .select({ one: sql<number>`1` })
    .from(membership)
    .where(and(eq(membership.enterpriseId, enterpriseId), inArray(membership.associationId, [...associationIds])))
    .limit(1);
  return rows.length > 0;
}

/** Credit codes that exist, among the given ones (read as the system: uniqueness spans every tenant). */
export async function existingCreditCode(tx: Tx, code: string): Promise<string | undefined> {
  const rows = await tx
    .select({ id: organisation.id })
    .from(organisation)
    .where(eq(organisation.creditCode, code))
    .limit(1);
  return rows[0]?.id;
}

export async function divisionExists(tx: Tx, code: string): Promise<boolean> {
  return (await tx.select({ code: division.code }).from(division).where(eq(division.code, code)).limit(1)).length > 0;
}

export async function industryExists(tx: Tx, code: string): Promise<boolean> {
  return (await tx.select({ code: industry.code }).from(industry).where(eq(industry.code, code)).limit(1)).length > 0;
}

export type NewOrganisation = typeof organisation.$inferInsert;

/** No RETURNING: a new enterprise is not yet visible to the association that registers it. */
export async function insertOrganisation(tx: Tx, values: NewOrganisation & { id: string }): Promise<void> {
  await tx.insert(organisation).values(values);
}

export type OrganisationChanges = Partial<
  Pick<
    NewOrganisation,
    | 'name'
    | 'nameEn'
    | 'regionCode'
    | 'industryCode'
    | 'address'
    | 'contactPhone'
    | 'website'
    | 'description'
    | 'published'
    | 'status'
  >
>;

/** Optimistic concurrency: false when the version no longer matches. */
export async function updateOrganisation(
  tx: Tx,
  id: string,
  version: number,
  changes: OrganisationChanges,
): Promise<boolean> {
  const rows = await tx
    .update(organisation)
    .set({ ...changes, version: sql`${organisation.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(organisation.id, id), eq(organisation.version, version)))
    .returning({ id: organisation.id });
  return rows.length > 0;
}

export type ListScope =
  | { kind: 'all' }
  | { kind: 'region'; prefix: string }
  | { kind: 'own'; orgIds: string[]; associationIds: string[] }
  | { kind: 'published' };

function scopeCondition(scope: ListScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'published':
      return sql`${organisation.published}`;
    case 'region':
      return sql`${organisation.regionCode} LIKE ${`${scope.prefix}%`}`;
    case 'own': {
      const own = scope.orgIds.length
        ? sql`${organisation.id} = ANY(${`{${scope.orgIds.join(',')}}`}::uuid[])`
        : sql`false`;
      if (scope.associationIds.length === 0) return own;
      return sql`(${own} OR EXISTS (SELECT 1 FROM ${membership} m WHERE m.enterprise_id = ${organisation.id} AND m.association_id = ANY(${`{${scope.associationIds.join(',')}}`}::uuid[])))`;
    }
  }
}

export interface OrganisationFilter {
  q?: string | undefined;
  kind?: string | undefined;
  regionCode?: string | undefined;
}

export async function listOrganisations(
  tx: Tx,
  scope: ListScope,
  filter: OrganisationFilter,
  page: PageRequest,
): Promise<{ rows: OrganisationRow[]; counted: number }> {
  const conditions = [
    scopeCondition(scope),
    organisationSearch(filter.q),
    filter.kind ? eq(organisation.kind, filter.kind) : undefined,
    filter.regionCode ? eq(organisation.regionCode, filter.regionCode) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await selectOrganisations(tx)
    .where(where)
    .orderBy(organisation.name, organisation.id)
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const counted = await countUpToCap(tx, tx.select({ one }).from(organisation).where(where).$dynamic());
  return { rows, counted };
}

/** Associations (published, for the public) that an enterprise belongs to. */
export async function associationsOf(
  tx: Tx,
  enterpriseId: string,
): Promise<{ id: string; name: string; level: string; status: string; published: boolean }[]> {
  return tx
    .select({
      id: organisation.id,
      name: organisation.name,
      level: membership.level,
      status: membership.status,
      published: organisation.published,
    })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.associationId))
    .where(eq(membership.enterpriseId, enterpriseId))
    .orderBy(organisation.name);
}
