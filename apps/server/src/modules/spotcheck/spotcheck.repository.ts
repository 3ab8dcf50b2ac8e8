import type { ReinspectionStatus, SpotCheckLevel, SpotCheckMatch, SpotCheckResult } from '@gongzhi/contracts';
import { and, asc, desc, eq, gte, ilike, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import {
  type ColumnMapping,
  organisation,
  spotCheckImport,
  spotCheckLayout,
  spotCheckNotice,
  spotCheckReinspection,
  spotCheckResult,
} from '../../db/schema/index.js';
import { likeEscape, offsetOf, type PageRequest } from '../../kernel/pagination.js';
import { pgArray, queryRows } from '../../kernel/raw-sql.js';
import type { SpotCheckRowInput } from './spotcheck.parse.js';

// ------------------------------------------------------------ imports and layouts

export type ImportRow = typeof spotCheckImport.$inferSelect;

export async function insertImport(tx: Tx, row: typeof spotCheckImport.$inferInsert): Promise<void> {
  await tx.insert(spotCheckImport).values(row);
}

export async function findImport(tx: Tx, id: string): Promise<ImportRow | null> {
  const rows = await tx.select().from(spotCheckImport).where(eq(spotCheckImport.id, id));
  return rows[0] ?? null;
}

export async function updateImport(
  tx: Tx,
  id: string,
  changes: Partial<typeof spotCheckImport.$inferInsert>,
): Promise<void> {
  await tx.update(spotCheckImport).set(changes).where(eq(spotCheckImport.id, id));
}

export async function findLayout(tx: Tx, ownerId: string, signature: string): Promise<ColumnMapping | null> {
  const rows = await tx
    .select({ mapping: spotCheckLayout.mapping })
    .from(spotCheckLayout)
    .where(and(eq(spotCheckLayout.ownerId, ownerId), eq(spotCheckLayout.signature, signature)));
  return rows[0]?.mapping ?? null;
}

export async function rememberLayout(
  tx: Tx,
  row: { ownerId: string; signature: string; headers: string[]; mapping: ColumnMapping; updatedBy: string | null },
): Promise<void> {
  await tx
    .insert(spotCheckLayout)
    .values(row)
    .onConflictDoUpdate({
      target: [spotCheckLayout.ownerId, spotCheckLayout.signature],
      set: { mapping: row.mapping, headers: row.headers, updatedAt: new Date(), updatedBy: row.updatedBy },
    });
}

// ------------------------------------------------------------ matching

export interface RowMatch {
  rowNumber: number;
  enterpriseId: string | null;
  enterpriseName: string | null;
  match: SpotCheckMatch;
}

/**
 * How each row finds its enterprise: the credit code first, then the exact registered name when it
 * is unique among enterprises; otherwise unmatched. Runs as the system (matching sees every tenant).
 * The name is looked up only for rows the code did not match (its lateral's filter on the code's
 * result is a one-time filter), so a row with a known code costs one index probe, not two.
 */
function matchJoin(): SQL {
  return sql`LEFT JOIN LATERAL (
      SELECT o.id, o.name FROM organisation o
      WHERE r.credit_code IS NOT NULL AND o.credit_code = r.credit_code AND o.kind = 'enterprise'
    ) mc ON true
    LEFT JOIN LATERAL (
      SELECT (array_agg(o.id))[1] AS id, min(o.name) AS name
      FROM organisation o
      WHERE mc.id IS NULL AND o.kind = 'enterprise' AND o.name = r.enterprise_name
      HAVING count(*) = 1
    ) mn ON true
    CROSS JOIN LATERAL (
      SELECT coalesce(mc.id, mn.id) AS id, coalesce(mc.name, mn.name) AS name,
        CASE WHEN mc.id IS NOT NULL THEN 'credit_code' WHEN mn.id IS NOT NULL THEN 'name' END AS how
    ) m`;
}

export async function matchRows(tx: Tx, rows: readonly SpotCheckRowInput[]): Promise<Map<number, RowMatch>> {
  const out = new Map<number, RowMatch>();
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const found = await queryRows<{ row_number: number; id: string | null; name: string | null; how: string | null }>(
      tx,
      sql`SELECT r.row_number, m.id, m.name, m.how
          FROM unnest(${pgArray(chunk.map((r) => String(r.rowNumber)))}::int[],
                      ${pgArray(chunk.map((r) => r.creditCode ?? ''))},
                      ${pgArray(chunk.map((r) => r.enterpriseName))})
               AS u(row_number, code, enterprise_name),
          LATERAL (SELECT u.row_number, nullif(u.code, '') AS credit_code, u.enterprise_name) r
          ${matchJoin()}`,
    );
    for (const f of found) {
      out.set(Number(f.row_number), {
        rowNumber: Number(f.row_number),
        enterpriseId: f.id,
        enterpriseName: f.name,
        match: (f.how as SpotCheckMatch | null) ?? 'unmatched',
      });
    }
  }
  return out;
}

const CHUNK = 20_000;
/** Keeps a list out of a text array: the unit separator never appears in a cell. */
const ITEM_SEPARATOR = '\u001f';

export interface InsertedResult {
  id: string;
  rowNumber: number;
  enterpriseId: string | null;
  result: SpotCheckResult;
  productName: string;
  modelSpec: string;
  batch: string;
  failingItems: string[];
}

/** Inserts every row of a notice (matched in the same statement), in chunks; returns the matched ones. */
export async function insertResults(
  tx: Tx,
  notice: { id: string; ownerId: string; publishedOn: string; productCategory: string },
  rows: readonly SpotCheckRowInput[],
): Promise<{ matched: InsertedResult[]; unmatched: number }> {
  const matched: InsertedResult[] = [];
  let unmatched = 0;
  const col = (chunk: readonly SpotCheckRowInput[], pick: (r: SpotCheckRowInput) => string) => pgArray(chunk.map(pick));
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const inserted = await queryRows<{
      id: string;
      row_number: number;
      enterprise_id: string | null;
      result: SpotCheckResult;
      product_name: string;
      model_spec: string;
      batch: string;
      failing_items: string[] | string;
    }>(
      tx,
      sql`INSERT INTO spot_check_result (notice_id, owner_id, row_number, enterprise_id, match, enterprise_name,
            credit_code, district, product_name, product_category, trademark, model_spec, batch, production_date,
            check_category, inspection_body, result, failing_items, checked_on, final_result, matched_at)
          SELECT ${notice.id}::uuid, ${notice.ownerId}::uuid, r.row_number, m.id, coalesce(m.how, 'unmatched'),
            r.enterprise_name, r.credit_code, nullif(r.district, ''), r.product_name, ${notice.productCategory},
            r.trademark, r.model_spec, r.batch, nullif(r.production_date, '')::date, r.check_category,
            r.inspection_body, r.result, CASE WHEN r.failing = '' THEN '{}'::text[] ELSE string_to_array(r.failing, ${ITEM_SEPARATOR}) END,
            ${notice.publishedOn}::date, r.result, CASE WHEN m.id IS NOT NULL THEN now() END
          FROM unnest(
            ${col(chunk, (r) => String(r.rowNumber))}::int[], ${col(chunk, (r) => r.enterpriseName)},
            ${col(chunk, (r) => r.creditCode ?? '')}, ${col(chunk, (r) => r.district ?? '')},
            ${col(chunk, (r) => r.productName)}, ${col(chunk, (r) => r.trademark)}, ${col(chunk, (r) => r.modelSpec)},
            ${col(chunk, (r) => r.batch)}, ${col(chunk, (r) => r.productionDate ?? '')},
            ${col(chunk, (r) => r.checkCategory)}, ${col(chunk, (r) => r.inspectionBody)},
            ${col(chunk, (r) => r.result)}, ${col(chunk, (r) => r.failingItems.join(ITEM_SEPARATOR))}
          ) AS u(row_number, enterprise_name, code, district, product_name, trademark, model_spec, batch,
                 production_date, check_category, inspection_body, result, failing),
          LATERAL (SELECT u.*, nullif(u.code, '') AS credit_code) r
          ${matchJoin()}
          RETURNING id, row_number, enterprise_id, result, product_name, model_spec, batch,
            CASE WHEN enterprise_id IS NULL THEN '{}'::text[] ELSE failing_items END AS failing_items`,
    );
    for (const row of inserted) {
      if (!row.enterprise_id) {
        unmatched += 1;
        continue;
      }
      matched.push({
        id: row.id,
        rowNumber: Number(row.row_number),
        enterpriseId: row.enterprise_id,
        result: row.result,
        productName: row.product_name,
        modelSpec: row.model_spec,
        batch: row.batch,
        failingItems: textArray(row.failing_items),
      });
    }
  }
  return { matched, unmatched };
}

/** node-postgres parses text[]; PGlite may hand back the literal. */
export function textArray(value: string[] | string | null): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  if (!inner) return [];
  return (inner.match(/"((?:[^"\\]|\\.)*)"|[^,]+/g) ?? []).map((part) =>
    part.startsWith('"') ? part.slice(1, -1).replace(/\\(.)/g, '$1') : part,
  );
}

// ------------------------------------------------------------ notices

const owner = alias(organisation, 'owner');

export type NoticeRow = typeof spotCheckNotice.$inferSelect & { ownerName: string; unmatchedCount: number };

function noticeQuery(tx: Tx) {
  return tx
    .select({
      notice: spotCheckNotice,
      ownerName: owner.name,
      unmatchedCount: sql<number>`(SELECT count(*)::int FROM spot_check_result u
        WHERE u.notice_id = ${spotCheckNotice.id} AND u.enterprise_id IS NULL)`,
    })
    .from(spotCheckNotice)
    .innerJoin(owner, eq(owner.id, spotCheckNotice.ownerId));
}

const flattenNotice = (r: {
  notice: typeof spotCheckNotice.$inferSelect;
  ownerName: string;
  unmatchedCount: number;
}) => ({
  ...r.notice,
  ownerName: r.ownerName,
  unmatchedCount: Number(r.unmatchedCount),
});

export async function findNotice(tx: Tx, id: string): Promise<NoticeRow | null> {
  const rows = await noticeQuery(tx).where(eq(spotCheckNotice.id, id));
  return rows[0] ? flattenNotice(rows[0]) : null;
}

export async function findNoticeByNumberOrContent(
  tx: Tx,
  ownerId: string,
  noticeNo: string,
  contentSha256: string,
): Promise<NoticeRow[]> {
  const rows = await noticeQuery(tx).where(
    and(
      eq(spotCheckNotice.ownerId, ownerId),
      or(eq(spotCheckNotice.noticeNo, noticeNo), eq(spotCheckNotice.contentSha256, contentSha256)),
    ),
  );
  return rows.map(flattenNotice);
}

export async function insertNotice(tx: Tx, row: typeof spotCheckNotice.$inferInsert): Promise<void> {
  await tx.insert(spotCheckNotice).values(row);
}

export async function listNotices(
  tx: Tx,
  filter: {
    q?: string | undefined;
    level?: SpotCheckLevel | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
  page: PageRequest,
) {
  const where: SQL[] = [];
  if (filter.q) {
    const term = `%${likeEscape(filter.q.trim())}%`;
    const match = or(
      ilike(spotCheckNotice.title, term),
      ilike(spotCheckNotice.noticeNo, term),
      ilike(spotCheckNotice.productCategory, term),
    );
    if (match) where.push(match);
  }
  if (filter.level) where.push(eq(spotCheckNotice.level, filter.level));
  if (filter.from) where.push(gte(spotCheckNotice.publishedOn, filter.from));
  if (filter.to) where.push(lte(spotCheckNotice.publishedOn, filter.to));
  const rows = await noticeQuery(tx)
    .where(and(...where))
    .orderBy(desc(spotCheckNotice.publishedOn), desc(spotCheckNotice.createdAt))
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return { rows: rows.slice(0, page.pageSize).map(flattenNotice), hasMore: rows.length > page.pageSize };
}

// ------------------------------------------------------------ results

export type ResultRow = typeof spotCheckResult.$inferSelect & {
  noticeNo: string;
  noticeTitle: string;
  level: SpotCheckLevel;
  enterpriseRegisteredName: string | null;
  enterpriseCreditCode: string | null;
};

const matchedEnterprise = alias(organisation, 'matched_enterprise');

function resultQuery(tx: Tx) {
  return tx
    .select({
      result: spotCheckResult,
      noticeNo: spotCheckNotice.noticeNo,
      noticeTitle: spotCheckNotice.title,
      level: spotCheckNotice.level,
      enterpriseRegisteredName: matchedEnterprise.name,
      enterpriseCreditCode: matchedEnterprise.creditCode,
    })
    .from(spotCheckResult)
    .innerJoin(spotCheckNotice, eq(spotCheckNotice.id, spotCheckResult.noticeId))
    .leftJoin(matchedEnterprise, eq(matchedEnterprise.id, spotCheckResult.enterpriseId));
}

type JoinedResult = {
  result: typeof spotCheckResult.$inferSelect;
  noticeNo: string;
  noticeTitle: string;
  level: SpotCheckLevel;
  enterpriseRegisteredName: string | null;
  enterpriseCreditCode: string | null;
};
const flattenResult = (r: JoinedResult): ResultRow => ({
  ...r.result,
  failingItems: textArray(r.result.failingItems as string[] | string),
  noticeNo: r.noticeNo,
  noticeTitle: r.noticeTitle,
  level: r.level,
  enterpriseRegisteredName: r.enterpriseRegisteredName,
  enterpriseCreditCode: r.enterpriseCreditCode,
});

export async function findResult(tx: Tx, id: string): Promise<ResultRow | null> {
  const rows = await resultQuery(tx).where(eq(spotCheckResult.id, id));
  return rows[0] ? flattenResult(rows[0]) : null;
}

export interface ResultFilter {
  noticeId?: string | undefined;
  enterpriseIds?: string[] | undefined;
  memberOf?: string[] | undefined;
  result?: SpotCheckResult | undefined;
  category?: string | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  unmatchedOf?: string[] | undefined;
}

export async function listResults(tx: Tx, filter: ResultFilter, page: PageRequest) {
  const where: SQL[] = [];
  if (filter.noticeId) where.push(eq(spotCheckResult.noticeId, filter.noticeId));
  if (filter.enterpriseIds) where.push(inArray(spotCheckResult.enterpriseId, filter.enterpriseIds));
  if (filter.memberOf) {
    where.push(sql`EXISTS (SELECT 1 FROM membership ms WHERE ms.enterprise_id = ${spotCheckResult.enterpriseId}
      AND ms.association_id = ANY (${pgArray(filter.memberOf, 'uuid')}) AND ms.status = 'active')`);
  }
  if (filter.unmatchedOf) {
    where.push(isNull(spotCheckResult.enterpriseId), inArray(spotCheckResult.ownerId, filter.unmatchedOf));
  }
  if (filter.result) where.push(eq(spotCheckResult.finalResult, filter.result));
  if (filter.category) where.push(eq(spotCheckResult.productCategory, filter.category));
  if (filter.from) where.push(gte(spotCheckResult.checkedOn, filter.from));
  if (filter.to) where.push(lte(spotCheckResult.checkedOn, filter.to));
  if (filter.q) {
    const term = `%${likeEscape(filter.q.trim())}%`;
    const match = or(ilike(spotCheckResult.enterpriseName, term), ilike(spotCheckResult.productName, term));
    if (match) where.push(match);
  }
  const rows = await resultQuery(tx)
    .where(and(...where))
    .orderBy(desc(spotCheckResult.checkedOn), asc(spotCheckResult.noticeId), asc(spotCheckResult.rowNumber))
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return { rows: rows.slice(0, page.pageSize).map(flattenResult), hasMore: rows.length > page.pageSize };
}

export async function setResultEnterprise(
  tx: Tx,
  id: string,
  enterpriseId: string,
  userId: string | null,
): Promise<boolean> {
  const rows = await tx
    .update(spotCheckResult)
    .set({ enterpriseId, match: 'manual', matchedAt: new Date(), matchedBy: userId })
    .where(and(eq(spotCheckResult.id, id), isNull(spotCheckResult.enterpriseId)))
    .returning({ id: spotCheckResult.id });
  return rows.length > 0;
}

export async function setResultReinspection(
  tx: Tx,
  id: string,
  reinspection: ReinspectionStatus,
  finalResult?: SpotCheckResult,
): Promise<void> {
  await tx
    .update(spotCheckResult)
    .set({ reinspection, ...(finalResult ? { finalResult } : {}) })
    .where(eq(spotCheckResult.id, id));
}

// ------------------------------------------------------------ re-inspections

export type ReinspectionRow = typeof spotCheckReinspection.$inferSelect & {
  noticeNo: string;
  enterpriseName: string;
  productName: string;
  failingItems: string[];
};

const reinspectedEnterprise = alias(organisation, 'reinspected_enterprise');

function reinspectionQuery(tx: Tx) {
  return tx
    .select({
      reinspection: spotCheckReinspection,
      noticeNo: spotCheckNotice.noticeNo,
      enterpriseName: reinspectedEnterprise.name,
      productName: spotCheckResult.productName,
      failingItems: spotCheckResult.failingItems,
    })
    .from(spotCheckReinspection)
    .innerJoin(spotCheckResult, eq(spotCheckResult.id, spotCheckReinspection.resultId))
    .innerJoin(spotCheckNotice, eq(spotCheckNotice.id, spotCheckResult.noticeId))
    .innerJoin(reinspectedEnterprise, eq(reinspectedEnterprise.id, spotCheckReinspection.enterpriseId));
}

type JoinedReinspection = {
  reinspection: typeof spotCheckReinspection.$inferSelect;
  noticeNo: string;
  enterpriseName: string;
  productName: string;
  failingItems: string[];
};
const flattenReinspection = (r: JoinedReinspection): ReinspectionRow => ({
  ...r.reinspection,
  noticeNo: r.noticeNo,
  enterpriseName: r.enterpriseName,
  productName: r.productName,
  failingItems: textArray(r.failingItems as string[] | string),
});

export async function insertReinspection(tx: Tx, row: typeof spotCheckReinspection.$inferInsert) {
  const rows = await tx
    .insert(spotCheckReinspection)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: spotCheckReinspection.id });
  return rows[0]?.id ?? null;
}

export async function findReinspection(tx: Tx, id: string): Promise<ReinspectionRow | null> {
  const rows = await reinspectionQuery(tx).where(eq(spotCheckReinspection.id, id));
  return rows[0] ? flattenReinspection(rows[0]) : null;
}

export async function listReinspections(
  tx: Tx,
  filter: {
    status?: ReinspectionStatus | undefined;
    ownerIds?: string[];
    enterpriseIds?: string[];
    memberOf?: string[];
  },
  page: PageRequest,
) {
  const where: SQL[] = [];
  const parties: SQL[] = [];
  if (filter.ownerIds?.length) parties.push(inArray(spotCheckReinspection.ownerId, filter.ownerIds));
  if (filter.enterpriseIds?.length) parties.push(inArray(spotCheckReinspection.enterpriseId, filter.enterpriseIds));
  if (filter.memberOf?.length) {
    parties.push(sql`EXISTS (SELECT 1 FROM membership ms WHERE ms.enterprise_id = ${spotCheckReinspection.enterpriseId}
      AND ms.association_id = ANY (${pgArray(filter.memberOf, 'uuid')}) AND ms.status = 'active')`);
  }
  const anyParty = or(...parties);
  where.push(anyParty ?? sql`false`);
  if (filter.status) where.push(eq(spotCheckReinspection.status, filter.status));
  const rows = await reinspectionQuery(tx)
    .where(and(...where))
    .orderBy(desc(spotCheckReinspection.requestedAt))
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return { rows: rows.slice(0, page.pageSize).map(flattenReinspection), hasMore: rows.length > page.pageSize };
}

export async function decideReinspection(
  tx: Tx,
  id: string,
  version: number,
  changes: { status: ReinspectionStatus; inspectionBody: string; decisionNote: string; decidedBy: string | null },
): Promise<boolean> {
  const rows = await tx
    .update(spotCheckReinspection)
    .set({ ...changes, decidedAt: new Date(), version: sql`${spotCheckReinspection.version} + 1` })
    .where(
      and(
        eq(spotCheckReinspection.id, id),
        eq(spotCheckReinspection.version, version),
        eq(spotCheckReinspection.status, 'requested'),
      ),
    )
    .returning({ id: spotCheckReinspection.id });
  return rows.length > 0;
}
