import type { CreditMeasureKind, CreditMeasureList, CreditMeasureStatus } from '@gongzhi/contracts';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { creditGrade, creditMeasure, creditModel, creditRun, organisation } from '../../db/schema/index.js';
import { likeEscape, offsetOf, type PageRequest } from '../../kernel/pagination.js';
import { organisationSearch } from '../organisation/organisation.search.js';

const association = alias(organisation, 'association');
const enterprise = alias(organisation, 'enterprise');

export type MeasureRow = typeof creditMeasure.$inferSelect & {
  enterpriseName: string;
  enterpriseCreditCode: string;
  associationName: string;
};

function selectMeasures(tx: Tx) {
  return tx
    .select({
      measure: creditMeasure,
      enterpriseName: enterprise.name,
      enterpriseCreditCode: enterprise.creditCode,
      associationName: association.name,
    })
    .from(creditMeasure)
    .innerJoin(enterprise, eq(enterprise.id, creditMeasure.enterpriseId))
    .innerJoin(association, eq(association.id, creditMeasure.associationId));
}

function flatten(r: {
  measure: typeof creditMeasure.$inferSelect;
  enterpriseName: string;
  enterpriseCreditCode: string;
  associationName: string;
}): MeasureRow {
  return {
    ...r.measure,
    enterpriseName: r.enterpriseName,
    enterpriseCreditCode: r.enterpriseCreditCode,
    associationName: r.associationName,
  };
}

export async function findMeasure(tx: Tx, id: string): Promise<MeasureRow | null> {
  const rows = await selectMeasures(tx).where(eq(creditMeasure.id, id)).limit(1);
  return rows[0] ? flatten(rows[0]) : null;
}

/** In force on `today`: not ended and not past its last day (a measure without one runs until ended). */
const inForce = (today: string) =>
  sql`(${creditMeasure.status} = 'active' AND (${creditMeasure.validUntil} IS NULL OR ${creditMeasure.validUntil} >= ${today}))`;

/** 'ended' covers a measure ended by the association and one past its validUntil. */
export function statusCondition(status: CreditMeasureStatus, today: string): SQL {
  return status === 'active' ? inForce(today) : sql`NOT ${inForce(today)}`;
}

export interface MeasureScope {
  associationIds: string[];
  enterpriseIds: string[];
  /** Region prefix of a regulator ('' when none). */
  region: string;
}

function scopeCondition(scope: MeasureScope): SQL {
  const parts: SQL[] = [];
  if (scope.associationIds.length) parts.push(inArray(creditMeasure.associationId, scope.associationIds));
  if (scope.enterpriseIds.length) parts.push(inArray(creditMeasure.enterpriseId, scope.enterpriseIds));
  if (scope.region) parts.push(sql`${association.regionCode} LIKE ${`${likeEscape(scope.region)}%`}`);
  return parts.length ? (or(...parts) as SQL) : sql`false`;
}

export interface MeasureFilter {
  associationId?: string | undefined;
  enterpriseId?: string | undefined;
  list?: CreditMeasureList | undefined;
  status?: CreditMeasureStatus | undefined;
}

export async function listMeasures(
  tx: Tx,
  scope: MeasureScope,
  filter: MeasureFilter,
  today: string,
  page: PageRequest,
): Promise<{ rows: MeasureRow[]; hasMore: boolean }> {
  const rows = await selectMeasures(tx)
    .where(
      and(
        scopeCondition(scope),
        filter.associationId ? eq(creditMeasure.associationId, filter.associationId) : undefined,
        filter.enterpriseId ? eq(creditMeasure.enterpriseId, filter.enterpriseId) : undefined,
        filter.list ? eq(creditMeasure.list, filter.list) : undefined,
        filter.status ? statusCondition(filter.status, today) : undefined,
      ),
    )
    .orderBy(desc(creditMeasure.createdAt), asc(creditMeasure.id))
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return { rows: rows.slice(0, page.pageSize).map(flatten), hasMore: rows.length > page.pageSize };
}

/** Every measure applied to an enterprise (the archive), optionally only by some associations. */
export async function measuresOf(tx: Tx, enterpriseId: string, associationIds: string[] | null): Promise<MeasureRow[]> {
  const rows = await selectMeasures(tx)
    .where(
      and(
        eq(creditMeasure.enterpriseId, enterpriseId),
        associationIds ? inArray(creditMeasure.associationId, associationIds) : undefined,
      ),
    )
    .orderBy(desc(creditMeasure.createdAt), asc(creditMeasure.id));
  return rows.map(flatten);
}

/**
 * The public red or black list: measures in force on `today` (begun, not ended, not past their last
 * day) of enterprises the public may see; search by enterprise name (any length) or credit code.
 */
export async function listPublicMeasures(
  tx: Tx,
  filter: { list: CreditMeasureList; q?: string | undefined },
  today: string,
  page: PageRequest,
): Promise<{ rows: MeasureRow[]; hasMore: boolean }> {
  const rows = await selectMeasures(tx)
    .where(
      and(
        eq(creditMeasure.list, filter.list),
        inForce(today),
        sql`${creditMeasure.validFrom} <= ${today}`,
        organisationSearch(filter.q, enterprise),
      ),
    )
    .orderBy(desc(creditMeasure.validFrom), desc(creditMeasure.createdAt), asc(creditMeasure.id))
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return { rows: rows.slice(0, page.pageSize).map(flatten), hasMore: rows.length > page.pageSize };
}

/** A measure of this kind already in force for the member in this association. */
export async function measureInForce(
  tx: Tx,
  associationId: string,
  enterpriseId: string,
  kind: CreditMeasureKind,
  today: string,
): Promise<boolean> {
  const rows = await tx
    .select({ id: creditMeasure.id })
    .from(creditMeasure)
    .where(
      and(
        eq(creditMeasure.associationId, associationId),
        eq(creditMeasure.enterpriseId, enterpriseId),
        eq(creditMeasure.kind, kind),
        inForce(today),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export interface PublishedGrade {
  grade: string;
  runId: string;
  /** The grade codes of the model that produced it, best first. */
  modelGrades: string[];
}

/** The member's grade published now in the association, with the grades of the model behind it. */
export async function publishedGrade(
  tx: Tx,
  associationId: string,
  enterpriseId: string,
): Promise<PublishedGrade | null> {
  const rows = await tx
    .select({ grade: creditGrade.grade, runId: creditGrade.runId, definition: creditModel.definition })
    .from(creditGrade)
    .innerJoin(creditRun, eq(creditRun.id, creditGrade.runId))
    .innerJoin(creditModel, eq(creditModel.id, creditRun.modelId))
    .where(and(eq(creditGrade.associationId, associationId), eq(creditGrade.enterpriseId, enterpriseId)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  return { grade: row.grade, runId: row.runId, modelGrades: row.definition.grades.map((g) => g.code) };
}

export async function insertMeasure(tx: Tx, row: typeof creditMeasure.$inferInsert): Promise<void> {
  await tx.insert(creditMeasure).values(row);
}

export async function updateMeasure(
  tx: Tx,
  id: string,
  version: number,
  changes: Partial<typeof creditMeasure.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(creditMeasure)
    .set({ ...changes, version: sql`${creditMeasure.version} + 1` })
    .where(and(eq(creditMeasure.id, id), eq(creditMeasure.version, version)))
    .returning({ id: creditMeasure.id });
  return rows.length > 0;
}
