/** The SQL of the funds: sources with what their lines hold, lines, expenditures, the report's sums. */
import type { FundKind, FundPurpose } from '@gongzhi/contracts';
import { and, asc, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { budgetLine, expenditure, fundSource, planTask } from '../../db/schema/index.js';
import { queryRows } from '../../kernel/raw-sql.js';

/** numeric text → whole fen */
export const fenOf = (v: unknown): number => Math.round(Number(v ?? 0) * 100);

export type SourceRow = typeof fundSource.$inferSelect;
export type LineRow = typeof budgetLine.$inferSelect & {
  fundSourceName: string;
  fundKind: FundKind;
  allowedPurposes: FundPurpose[];
};
export type ExpenditureRow = typeof expenditure.$inferSelect & {
  budgetLineName: string;
  fundSourceName: string;
  fundKind: FundKind;
};

/** Per source: what its lines hold and have spent (fen). */
export async function sourceTotals(
  tx: Tx,
  organisationId: string,
): Promise<Map<string, { budgeted: number; spent: number }>> {
  const rows = await queryRows<{ id: string; budgeted: string; spent: string }>(
    tx,
    sql`SELECT fund_source_id AS id, coalesce(sum(amount), 0)::text AS budgeted, coalesce(sum(spent), 0)::text AS spent
        FROM budget_line WHERE organisation_id = ${organisationId}::uuid GROUP BY fund_source_id`,
  );
  return new Map(rows.map((r) => [r.id, { budgeted: fenOf(r.budgeted), spent: fenOf(r.spent) }]));
}

export async function sources(tx: Tx, organisationId: string, year?: number): Promise<SourceRow[]> {
  const where = [eq(fundSource.organisationId, organisationId)];
  if (year !== undefined) where.push(eq(fundSource.year, year));
  return tx
    .select()
    .from(fundSource)
    .where(and(...where))
    .orderBy(desc(fundSource.year), asc(fundSource.kind), asc(fundSource.name));
}

export async function sourceById(tx: Tx, id: string, organisationId: string, lock = false): Promise<SourceRow | null> {
  const query = tx
    .select()
    .from(fundSource)
    .where(and(eq(fundSource.id, id), eq(fundSource.organisationId, organisationId)));
  const rows = lock ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** What the source's lines hold (fen), optionally leaving one line out. */
export async function budgetedFen(tx: Tx, sourceId: string, exceptLineId?: string): Promise<number> {
  const rows = await queryRows<{ total: string }>(
    tx,
    sql`SELECT coalesce(sum(amount), 0)::text AS total FROM budget_line
        WHERE fund_source_id = ${sourceId}::uuid ${exceptLineId ? sql`AND id <> ${exceptLineId}::uuid` : sql``}`,
  );
  return fenOf(rows[0]?.total);
}

const lineColumns = {
  line: budgetLine,
  fundSourceName: fundSource.name,
  fundKind: fundSource.kind,
  allowedPurposes: fundSource.purposes,
};
const flattenLine = (r: {
  line: typeof budgetLine.$inferSelect;
  fundSourceName: string;
  fundKind: FundKind;
  allowedPurposes: FundPurpose[];
}): LineRow => ({
  ...r.line,
  fundSourceName: r.fundSourceName,
  fundKind: r.fundKind,
  allowedPurposes: r.allowedPurposes,
});

export async function lines(
  tx: Tx,
  organisationId: string,
  filter: { year?: number | undefined; fundSourceId?: string | undefined; fromYear?: number; toYear?: number },
): Promise<LineRow[]> {
  const where = [eq(budgetLine.organisationId, organisationId)];
  if (filter.year !== undefined) where.push(eq(budgetLine.year, filter.year));
  if (filter.fundSourceId) where.push(eq(budgetLine.fundSourceId, filter.fundSourceId));
  if (filter.fromYear !== undefined) where.push(gte(budgetLine.year, filter.fromYear));
  if (filter.toYear !== undefined) where.push(lte(budgetLine.year, filter.toYear));
  const rows = await tx
    .select(lineColumns)
    .from(budgetLine)
    .innerJoin(fundSource, eq(fundSource.id, budgetLine.fundSourceId))
    .where(and(...where))
    .orderBy(desc(budgetLine.year), asc(fundSource.name), asc(budgetLine.name));
  return rows.map(flattenLine);
}

export async function lineById(tx: Tx, id: string, organisationId: string, lock = false): Promise<LineRow | null> {
  const query = tx
    .select(lineColumns)
    .from(budgetLine)
    .innerJoin(fundSource, eq(fundSource.id, budgetLine.fundSourceId))
    .where(and(eq(budgetLine.id, id), eq(budgetLine.organisationId, organisationId)));
  // Only the line is locked: two spends on one line queue here, and the second sees the first's `spent`.
  const rows = lock ? await query.for('update', { of: budgetLine }) : await query;
  return rows[0] ? flattenLine(rows[0]) : null;
}

export async function taskInOrganisation(tx: Tx, taskId: string, organisationId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: planTask.id })
    .from(planTask)
    .where(and(eq(planTask.id, taskId), eq(planTask.organisationId, organisationId)));
  return rows.length > 0;
}

export interface ExpenditureFilter {
  year?: number | undefined;
  fundSourceId?: string | undefined;
  budgetLineId?: string | undefined;
  purpose?: FundPurpose | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function expenditureWhere(organisationId: string, f: ExpenditureFilter): SQL | undefined {
  const where = [eq(expenditure.organisationId, organisationId)];
  if (f.year !== undefined) {
    where.push(gte(expenditure.spentOn, `${f.year}-01-01`), lte(expenditure.spentOn, `${f.year}-12-31`));
  }
  if (f.fundSourceId) where.push(eq(expenditure.fundSourceId, f.fundSourceId));
  if (f.budgetLineId) where.push(eq(expenditure.budgetLineId, f.budgetLineId));
  if (f.purpose) where.push(eq(expenditure.purpose, f.purpose));
  if (f.from) where.push(gte(expenditure.spentOn, f.from));
  if (f.to) where.push(lte(expenditure.spentOn, f.to));
  return and(...where);
}

export async function expenditures(
  tx: Tx,
  organisationId: string,
  f: ExpenditureFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: ExpenditureRow[]; total: number; sumFen: number }> {
  const where = expenditureWhere(organisationId, f);
  const rows = await tx
    .select({
      e: expenditure,
      budgetLineName: budgetLine.name,
      fundSourceName: fundSource.name,
      fundKind: fundSource.kind,
    })
    .from(expenditure)
    .innerJoin(budgetLine, eq(budgetLine.id, expenditure.budgetLineId))
    .innerJoin(fundSource, eq(fundSource.id, expenditure.fundSourceId))
    .where(where)
    .orderBy(desc(expenditure.spentOn), desc(expenditure.createdAt))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await tx
    .select({ n: sql<number>`count(*)::int`, sum: sql<string>`coalesce(sum(${expenditure.amount}), 0)::text` })
    .from(expenditure)
    .where(where);
  return {
    rows: rows.map((r) => ({
      ...r.e,
      budgetLineName: r.budgetLineName,
      fundSourceName: r.fundSourceName,
      fundKind: r.fundKind,
    })),
    total: Number(counted?.n ?? 0),
    sumFen: fenOf(counted?.sum),
  };
}

export async function expenditureById(tx: Tx, id: string): Promise<ExpenditureRow | null> {
  const rows = await tx
    .select({
      e: expenditure,
      budgetLineName: budgetLine.name,
      fundSourceName: fundSource.name,
      fundKind: fundSource.kind,
    })
    .from(expenditure)
    .innerJoin(budgetLine, eq(budgetLine.id, expenditure.budgetLineId))
    .innerJoin(fundSource, eq(fundSource.id, expenditure.fundSourceId))
    .where(eq(expenditure.id, id));
  const r = rows[0];
  return r
    ? { ...r.e, budgetLineName: r.budgetLineName, fundSourceName: r.fundSourceName, fundKind: r.fundKind }
    : null;
}

/** Spending in a period, per line and purpose (fen). */
export async function spentInPeriod(
  tx: Tx,
  organisationId: string,
  from: string,
  to: string,
): Promise<{ lineId: string; sourceId: string; purpose: FundPurpose; spent: number }[]> {
  const rows = await queryRows<{ line_id: string; source_id: string; purpose: FundPurpose; spent: string }>(
    tx,
    sql`SELECT budget_line_id AS line_id, fund_source_id AS source_id, purpose, sum(amount)::text AS spent
        FROM expenditure
        WHERE organisation_id = ${organisationId}::uuid AND spent_on BETWEEN ${from}::date AND ${to}::date
        GROUP BY budget_line_id, fund_source_id, purpose`,
  );
  return rows.map((r) => ({ lineId: r.line_id, sourceId: r.source_id, purpose: r.purpose, spent: fenOf(r.spent) }));
}
