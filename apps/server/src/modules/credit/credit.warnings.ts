/**
 * Credit early warnings (R-CREDIT-3). Rules: a serious negative record, a failed spot check, N
 * justified complaints within M months (checked when a record is confirmed), and a fallen grade
 * (checked when grades are published, in credit.evaluation.ts). One warning per cause.
 */
import type { CreditProcedure, CreditWarningDto, CreditWarningLevel, CreditWarningRule } from '@gongzhi/contracts';
import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { asSystem, type Tx } from '../../db/client.js';
import { creditWarning, organisation } from '../../db/schema/index.js';
import { offsetOf, type PageRequest } from '../../kernel/pagination.js';
import { countRecordsSince } from './credit.repository.js';
import { addMonths } from './credit.workflow.js';

const association = alias(organisation, 'association');
const enterprise = alias(organisation, 'enterprise');

export type WarningRow = typeof creditWarning.$inferSelect & {
  associationName: string;
  enterpriseName: string;
  enterpriseCreditCode: string;
};

export interface WarningCause {
  rule: CreditWarningRule;
  level: CreditWarningLevel;
  params: Record<string, string | number>;
  causeKey: string;
}

/** The warnings a newly confirmed record calls for (pure, given the complaint count). */
export function warningsForRecord(
  record: { id: string; recordType: string; polarity: string; severity: string; title: string; occurredOn: string },
  justifiedComplaintsInWindow: number,
  procedure: CreditProcedure,
): WarningCause[] {
  const out: WarningCause[] = [];
  if (record.polarity !== 'negative') return out;
  if (record.recordType === 'spot_check') {
    out.push({
      rule: 'spot_check_failed',
      level: record.severity === 'serious' ? 'red' : 'orange',
      params: { recordTitle: record.title },
      causeKey: `spot_check_failed:${record.id}`,
    });
  } else if (record.severity === 'serious') {
    out.push({
      rule: 'serious_negative',
      level: 'red',
      params: { recordTitle: record.title },
      causeKey: `serious_negative:${record.id}`,
    });
  }
  if (record.recordType === 'justified_complaint' && justifiedComplaintsInWindow >= procedure.complaintWarningCount) {
    out.push({
      rule: 'complaints',
      level: justifiedComplaintsInWindow >= procedure.complaintWarningCount * 2 ? 'red' : 'orange',
      params: { count: justifiedComplaintsInWindow, months: procedure.complaintWarningMonths },
      causeKey: `complaints:${record.id}`,
    });
  }
  return out;
}

/** Issues the warnings a confirmed record calls for; returns the ids of those newly issued. */
export async function warnOnRecord(
  tx: Tx,
  record: {
    id: string;
    associationId: string;
    enterpriseId: string;
    recordType: string;
    polarity: string;
    severity: string;
    title: string;
    occurredOn: string;
  },
  procedure: CreditProcedure,
  today: string,
): Promise<string[]> {
  return asSystem(tx, async () => {
    const complaints =
      record.recordType === 'justified_complaint'
        ? await countRecordsSince(
            tx,
            record.associationId,
            record.enterpriseId,
            'justified_complaint',
            addMonths(today, -procedure.complaintWarningMonths),
          )
        : 0;
    const ids: string[] = [];
    for (const cause of warningsForRecord(record, complaints, procedure)) {
      const rows = await tx
        .insert(creditWarning)
        .values({
          associationId: record.associationId,
          enterpriseId: record.enterpriseId,
          rule: cause.rule,
          level: cause.level,
          params: cause.params,
          recordId: record.id,
          causeKey: cause.causeKey,
          status: 'issued',
        })
        .onConflictDoNothing()
        .returning({ id: creditWarning.id });
      if (rows[0]) ids.push(rows[0].id);
    }
    return ids;
  });
}

function warningQuery(tx: Tx) {
  return tx
    .select({
      warning: creditWarning,
      associationName: association.name,
      enterpriseName: enterprise.name,
      enterpriseCreditCode: enterprise.creditCode,
    })
    .from(creditWarning)
    .innerJoin(association, eq(association.id, creditWarning.associationId))
    .innerJoin(enterprise, eq(enterprise.id, creditWarning.enterpriseId));
}

type Joined = {
  warning: typeof creditWarning.$inferSelect;
  associationName: string;
  enterpriseName: string;
  enterpriseCreditCode: string;
};
const flatten = (r: Joined): WarningRow => ({
  ...r.warning,
  associationName: r.associationName,
  enterpriseName: r.enterpriseName,
  enterpriseCreditCode: r.enterpriseCreditCode,
});

export async function findWarnings(tx: Tx, ids: string[]): Promise<WarningRow[]> {
  if (!ids.length) return [];
  return (await warningQuery(tx).where(inArray(creditWarning.id, ids))).map(flatten);
}

export interface WarningFilter {
  associationIds?: string[];
  enterpriseIds?: string[];
  /** The regulator: warnings of associations in its region (by the association's region code prefix). */
  regionPrefix?: string;
  status?: string;
  publishedOnly?: boolean;
}

export async function listWarnings(tx: Tx, filter: WarningFilter, page: PageRequest) {
  const parts: SQL[] = [];
  const scope: SQL[] = [];
  if (filter.associationIds) scope.push(inArray(creditWarning.associationId, filter.associationIds));
  if (filter.enterpriseIds) scope.push(inArray(creditWarning.enterpriseId, filter.enterpriseIds));
  if (filter.regionPrefix !== undefined) scope.push(sql`${association.regionCode} LIKE ${`${filter.regionPrefix}%`}`);
  if (scope.length) parts.push(sql`(${sql.join(scope, sql` OR `)})`);
  if (filter.status) parts.push(sql`${creditWarning.status} = ${filter.status}`);
  if (filter.publishedOnly) parts.push(eq(creditWarning.status, 'published'));
  const rows = await warningQuery(tx)
    .where(parts.length ? and(...parts) : undefined)
    .orderBy(desc(creditWarning.createdAt), desc(creditWarning.id))
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return { rows: rows.slice(0, page.pageSize).map(flatten), hasMore: rows.length > page.pageSize };
}

export async function updateWarning(
  tx: Tx,
  id: string,
  version: number,
  changes: Partial<typeof creditWarning.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(creditWarning)
    .set({ ...changes, version: sql`${creditWarning.version} + 1` })
    .where(and(eq(creditWarning.id, id), eq(creditWarning.version, version)))
    .returning({ id: creditWarning.id });
  return rows.length > 0;
}

export function presentWarning(row: WarningRow): CreditWarningDto {
  return {
    id: row.id,
    associationId: row.associationId,
    associationName: row.associationName,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    enterpriseCreditCode: row.enterpriseCreditCode,
    rule: row.rule,
    level: row.level,
    params: row.params,
    recordId: row.recordId,
    runId: row.runId,
    status: row.status,
    liftReason: row.liftReason,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
  };
}
