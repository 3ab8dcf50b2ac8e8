import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { division, industry, membership, organisation, organisationDirectory } from '../../db/schema/index.js';
import { type Counted, countUpToCap, offsetOf, one, type PageRequest } from '../../kernel/pagination.js';
import { queryRows } from '../../kernel/raw-sql.js';
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

/** Organisations with their region's and industry's names, plus any extra columns. */
function selectOrganisations<Extra extends Record<string, SQL.Aliased | SQL>>(
  source: Pick<Tx, 'select'>,
  extra?: Extra,
) {
  return source
    .select({ ...columns, ...(extra as Extra) })
    .from(organisation)
    .leftJoin(regionDivision, eq(regionDivision.code, organisation.regionCode))
    .leftJoin(industry, eq(industry.code, organisation.industryCode));
}

export async function findOrganisation(tx: Tx, id: string): Promise<OrganisationRow | undefined> {
  const rows = await selectOrganisations(tx).where(eq(organisation.id, id)).limit(1);
  return rows[0];
}

export type PublicAssociationRow = { id: string; name: string; level: string };

/**
 * A published organisation with its published associations (active memberships), in one statement:
 * the public lookup is the platform's hottest read.
 */
function publishedOrganisationQuery(tx: Tx, by: 'id' | 'creditCode') {
  const associations = sql<PublicAssociationRow[]>`coalesce((
    select json_agg(json_build_object('id', a.id, 'name', a.name, 'level', m.level) order by a.name)
    from ${membership} m join ${organisation} a on a.id = m.association_id
    where m.enterprise_id = ${organisation.id} and m.status = 'active' and a.published), '[]'::json)`;
  return selectOrganisations(tx, { associations })
    .where(
      and(
        by === 'id' ? eq(organisation.id, sql.placeholder('key')) : eq(organisation.creditCode, sql.placeholder('key')),
        eq(organisation.published, true),
      ),
    )
    .limit(1)
    .prepare(`public_organisation_by_${by}`);
}

/** Prepared once per connection pool (the public pool is long-lived); built afresh inside transactions. */
const preparedLookups = new WeakMap<Tx, Record<'id' | 'creditCode', ReturnType<typeof publishedOrganisationQuery>>>();

/**
 * A published organisation with its published associations (active memberships), in one statement:
 * the public lookup is the platform's hottest read.
 */
export async function findPublishedOrganisation(
  tx: Tx,
  by: { id: string } | { creditCode: string },
): Promise<(OrganisationRow & { associations: PublicAssociationRow[] }) | undefined> {
  let prepared = preparedLookups.get(tx);
  if (!prepared) {
    prepared = { id: publishedOrganisationQuery(tx, 'id'), creditCode: publishedOrganisationQuery(tx, 'creditCode') };
    preparedLookups.set(tx, prepared);
  }
  const rows =
    'id' in by ? await prepared.id.execute({ key: by.id }) : await prepared.creditCode.execute({ key: by.creditCode });
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

const directory = organisationDirectory;

/** The caller's scope as SQL over the directory (row-level security does not apply there). */
function scopeCondition(scope: ListScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'published':
      return sql`${directory.published}`;
    case 'region':
      return sql`${directory.regionCode} LIKE ${`${scope.prefix}%`}`;
    case 'own': {
      const own = scope.orgIds.length
        ? sql`${directory.id} = ANY(${`{${scope.orgIds.join(',')}}`}::uuid[])`
        : sql`false`;
      if (scope.associationIds.length === 0) return own;
      return sql`(${own} OR EXISTS (SELECT 1 FROM ${membership} m WHERE m.enterprise_id = ${directory.id} AND m.association_id = ANY(${`{${scope.associationIds.join(',')}}`}::uuid[])))`;
    }
  }
}

export interface OrganisationFilter {
  q?: string | undefined;
  kind?: string | undefined;
  regionCode?: string | undefined;
}

/**
 * Two phases: the page's ids come from the directory (indexes usable, the caller's scope in SQL);
 * the rows come from `organisation`, where row-level security still decides what is returned.
 *
 * Browsing (no search term) pages in name order with a count capped at 1,000. A search pages in id
 * order with one row of look-ahead instead of a count: names all start with 佛山市 + district, so in
 * name order a district's matches sit behind the others' and both the page and the count walked
 * hundreds of thousands of rows (bench, 1M enterprises). Each page is shown sorted by name.
 */
export async function listOrganisations(
  tx: Tx,
  scope: ListScope,
  filter: OrganisationFilter,
  page: PageRequest,
): Promise<{ rows: OrganisationRow[]; counted: Counted }> {
  const search = organisationSearch(filter.q, directory);
  const conditions = [
    scopeCondition(scope),
    search,
    filter.kind ? eq(directory.kind, filter.kind) : undefined,
    filter.regionCode ? eq(directory.regionCode, filter.regionCode) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const where = conditions.length ? and(...conditions) : undefined;
  if (search) {
    // One statement: the page's ids plus one of look-ahead in id order, then their rows.
    const ids = tx.$with('page_ids').as(
      tx
        .select({ id: directory.id })
        .from(directory)
        .where(where)
        .orderBy(directory.id)
        .limit(page.pageSize + 1)
        .offset(offsetOf(page)),
    );
    const found = await selectOrganisations(tx.with(ids), { found: sql<number>`(select count(*) from ${ids})::int` })
      .where(inArray(organisation.id, tx.select({ id: ids.id }).from(ids).orderBy(ids.id).limit(page.pageSize)))
      .orderBy(organisation.name, organisation.id);
    const rows = found.map(({ found: _found, ...row }) => row);
    const matched = found[0]?.found ?? 0;
    const seen = offsetOf(page) + Math.min(matched, page.pageSize);
    return { rows, counted: matched > page.pageSize ? { atLeast: seen + 1 } : seen };
  }

  const pageIds = tx
    .select({ id: directory.id })
    .from(directory)
    .where(where)
    .orderBy(directory.name, directory.id)
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const rows = await selectOrganisations(tx)
    .where(inArray(organisation.id, pageIds))
    .orderBy(organisation.name, organisation.id);
  const counted = await countUpToCap(tx, tx.select({ one }).from(directory).where(where).$dynamic());
  return { rows, counted };
}

/**
 * The regulator an organisation answers to: the most local active regulator whose region holds it
 * (a district's bureau before the city's). Reads every regulator, so call it as the system.
 */
export async function mostLocalRegulator(tx: Tx, organisationId: string): Promise<string | null> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`SELECT r.id FROM organisation a JOIN organisation r ON r.kind = 'regulator' AND r.status = 'active'
          AND a.region_code LIKE rtrim(rtrim(r.region_code, '0'), '0') || '%'
        WHERE a.id = ${organisationId}::uuid
        ORDER BY length(rtrim(r.region_code, '0')) DESC, r.id
        LIMIT 1`,
  );
  return rows[0]?.id ?? null;
}

/** Names of organisations by id, in one statement. */
export async function organisationNames(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(inArray(organisation.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
