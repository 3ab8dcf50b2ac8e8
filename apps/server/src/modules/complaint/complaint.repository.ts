import type { ComplaintStatus } from '@gongzhi/contracts';
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import {
  appUser,
  calendarYear,
  complaint,
  complaintAttachment,
  complaintEvent,
  complaintReferral,
  complaintTimeLimit,
  intakeRateLimit,
  membership,
  organisation,
} from '../../db/schema/index.js';
import { offsetOf, type PageRequest } from '../../kernel/pagination.js';
import { runPrepared } from '../../kernel/prepared.js';

export type ComplaintRow = typeof complaint.$inferSelect;
export type NewComplaint = typeof complaint.$inferInsert;
export type TimeLimitRow = typeof complaintTimeLimit.$inferSelect;
export type EventRow = typeof complaintEvent.$inferSelect & { actorUsername: string | null };
export type ReferralRow = typeof complaintReferral.$inferSelect & {
  trackingNo: string;
  associationName: string;
  regulatorName: string;
};

const association = alias(organisation, 'association');
const regulator = alias(organisation, 'regulator');

// ---------------------------------------------------------------- rate limits

/** Counts one hit on each key in its window; returns the hits now recorded per key. */
export async function hitRateLimits(tx: Tx, keys: string[], expiresAt: Date): Promise<Map<string, number>> {
  const rows = await runPrepared(
    tx
      .insert(intakeRateLimit)
      .values(keys.map((key) => ({ key, hits: 1, expiresAt })))
      .onConflictDoUpdate({ target: intakeRateLimit.key, set: { hits: sql`${intakeRateLimit.hits} + 1` } })
      .returning({ key: intakeRateLimit.key, hits: intakeRateLimit.hits }),
  );
  return new Map(rows.map((r) => [r.key, r.hits]));
}

export async function deleteExpiredRateLimits(tx: Tx): Promise<number> {
  const rows = await tx
    .delete(intakeRateLimit)
    .where(lte(intakeRateLimit.expiresAt, sql`now()`))
    .returning({ key: intakeRateLimit.key });
  return rows.length;
}

// ---------------------------------------------------------------- time limits

export async function currentTimeLimit(tx: Tx): Promise<TimeLimitRow> {
  const rows = await tx.select().from(complaintTimeLimit).orderBy(desc(complaintTimeLimit.version)).limit(1);
  const row = rows[0];
  if (!row) throw new Error('No complaint time limits configured (migration 0006 inserts version 1)');
  return row;
}

export async function timeLimitsById(tx: Tx, ids: string[]): Promise<Map<string, TimeLimitRow>> {
  if (!ids.length) return new Map();
  const rows = await tx.select().from(complaintTimeLimit).where(inArray(complaintTimeLimit.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function listTimeLimits(tx: Tx): Promise<TimeLimitRow[]> {
  return tx.select().from(complaintTimeLimit).orderBy(desc(complaintTimeLimit.version));
}

export async function insertTimeLimit(tx: Tx, values: typeof complaintTimeLimit.$inferInsert): Promise<void> {
  await tx.insert(complaintTimeLimit).values(values);
}

// ---------------------------------------------------------------- intake

/** Published, active associations: who a consumer can turn to, with their hotline. */
export async function publishedAssociations(tx: Tx) {
  return tx
    .select({
      id: organisation.id,
      name: organisation.name,
      hotline: organisation.contactPhone,
      regionCode: organisation.regionCode,
    })
    .from(organisation)
    .where(
      and(
        eq(organisation.kind, 'industry_organisation'),
        eq(organisation.published, true),
        eq(organisation.status, 'active'),
      ),
    )
    .orderBy(asc(organisation.name));
}

export async function loadedYears(tx: Tx): Promise<number[]> {
  const rows = await tx.select({ year: calendarYear.year }).from(calendarYear).orderBy(asc(calendarYear.year));
  return rows.map((r) => r.year);
}

/**
 * An organisation and the associations it is an active member of, in one statement (published or not:
 * the consumer chose it by name). Empty when the organisation does not exist.
 */
export async function organisationWithAssociations(tx: Tx, organisationId: string) {
  const rows = await runPrepared(
    tx
      .select({
        name: organisation.name,
        kind: organisation.kind,
        associationId: association.id,
        associationName: association.name,
      })
      .from(organisation)
      .leftJoin(membership, and(eq(membership.enterpriseId, organisation.id), eq(membership.status, 'active')))
      .leftJoin(association, eq(association.id, membership.associationId))
      .where(eq(organisation.id, organisationId))
      .orderBy(asc(association.name)),
  );
  const first = rows[0];
  if (!first) return undefined;
  return {
    name: first.name,
    kind: first.kind,
    associations: rows.flatMap((r) =>
      r.associationId ? [{ id: r.associationId, name: r.associationName as string }] : [],
    ),
  };
}

/** Serialises submissions with the same fingerprint for the rest of the transaction. */
export async function lockFingerprint(tx: Tx, fingerprint: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${fingerprint}, 0))`);
}

export async function recentByFingerprint(tx: Tx, fingerprint: string, since: Date): Promise<ComplaintRow | undefined> {
  const rows = await runPrepared(
    tx
      .select()
      .from(complaint)
      .where(and(eq(complaint.fingerprint, fingerprint), gt(complaint.receivedAt, since)))
      .orderBy(desc(complaint.receivedAt))
      .limit(1),
  );
  return rows[0];
}

export async function insertComplaint(tx: Tx, values: NewComplaint & { id: string }): Promise<void> {
  await runPrepared(tx.insert(complaint).values(values));
}

export async function insertAttachments(tx: Tx, values: (typeof complaintAttachment.$inferInsert)[]): Promise<void> {
  if (values.length) await tx.insert(complaintAttachment).values(values);
}

// ---------------------------------------------------------------- cases

export async function findComplaint(tx: Tx, id: string): Promise<ComplaintRow | undefined> {
  const rows = await tx.select().from(complaint).where(eq(complaint.id, id)).limit(1);
  return rows[0];
}

export async function findByTrackingNo(tx: Tx, trackingNo: string): Promise<ComplaintRow | undefined> {
  const rows = await tx.select().from(complaint).where(eq(complaint.trackingNo, trackingNo)).limit(1);
  return rows[0];
}

export async function organisationName(tx: Tx, id: string): Promise<string | undefined> {
  const rows = await tx.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, id));
  return rows[0]?.name;
}

export type ComplaintChanges = Partial<Omit<NewComplaint, 'id' | 'version'>>;

/** Optimistic: false when someone else changed the case since `version`. */
export async function updateComplaint(
  tx: Tx,
  id: string,
  version: number,
  changes: ComplaintChanges,
): Promise<boolean> {
  const rows = await tx
    .update(complaint)
    .set({ ...changes, version: sql`${complaint.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(complaint.id, id), eq(complaint.version, version)))
    .returning({ id: complaint.id });
  return rows.length > 0;
}

export async function insertEvent(tx: Tx, values: typeof complaintEvent.$inferInsert): Promise<void> {
  await runPrepared(tx.insert(complaintEvent).values(values));
}

export async function eventsOf(tx: Tx, complaintId: string, publicOnly: boolean): Promise<EventRow[]> {
  return tx
    .select({
      id: complaintEvent.id,
      complaintId: complaintEvent.complaintId,
      occurredAt: complaintEvent.occurredAt,
      actorUserId: complaintEvent.actorUserId,
      actorSide: complaintEvent.actorSide,
      action: complaintEvent.action,
      fromStatus: complaintEvent.fromStatus,
      toStatus: complaintEvent.toStatus,
      note: complaintEvent.note,
      data: complaintEvent.data,
      public: complaintEvent.public,
      actorUsername: appUser.username,
    })
    .from(complaintEvent)
    .leftJoin(appUser, eq(appUser.id, complaintEvent.actorUserId))
    .where(and(eq(complaintEvent.complaintId, complaintId), publicOnly ? eq(complaintEvent.public, true) : undefined))
    .orderBy(asc(complaintEvent.id));
}

export async function attachmentsOf(tx: Tx, complaintId: string) {
  return tx
    .select({
      id: complaintAttachment.id,
      filename: complaintAttachment.filename,
      mediaType: complaintAttachment.mediaType,
      sizeBytes: complaintAttachment.sizeBytes,
      uploadedBySide: complaintAttachment.uploadedBySide,
      createdAt: complaintAttachment.createdAt,
    })
    .from(complaintAttachment)
    .where(eq(complaintAttachment.complaintId, complaintId))
    .orderBy(asc(complaintAttachment.createdAt));
}

export async function findAttachment(tx: Tx, complaintId: string, id: string) {
  const rows = await tx
    .select()
    .from(complaintAttachment)
    .where(and(eq(complaintAttachment.id, id), eq(complaintAttachment.complaintId, complaintId)))
    .limit(1);
  return rows[0];
}

// ---------------------------------------------------------------- queue

export interface QueueScope {
  associationIds: string[];
  /** Cases against these enterprises, once forwarded to them. */
  enterpriseIds: string[];
  regulatorIds: string[];
  /** A regulator's region prefix ('' none): every case handled by an association in the region. */
  region: string;
}

export interface QueueFilter {
  status?: ComplaintStatus | undefined;
  kind?: string | undefined;
  due?: 'open' | 'overdue' | 'due_soon' | undefined;
  trackingNo?: string | undefined;
  /** Due on or before this date (overdue: yesterday; due soon: the horizon). */
  dueBy?: string | undefined;
  dueAfter?: string | undefined;
}

export function scopeCondition(scope: QueueScope): SQL | undefined {
  const parts: SQL[] = [];
  const one = (column: typeof complaint.associationId | typeof complaint.regulatorId, ids: string[]) =>
    ids.length === 1 ? eq(column, ids[0] as string) : inArray(column, ids);
  if (scope.associationIds.length) parts.push(one(complaint.associationId, scope.associationIds));
  if (scope.enterpriseIds.length) {
    parts.push(
      and(
        scope.enterpriseIds.length === 1
          ? eq(complaint.enterpriseId, scope.enterpriseIds[0] as string)
          : inArray(complaint.enterpriseId, scope.enterpriseIds),
        isNotNull(complaint.forwardedOn),
      ) as SQL,
    );
  }
  if (scope.regulatorIds.length) parts.push(one(complaint.regulatorId, scope.regulatorIds));
  if (scope.region) {
    parts.push(
      sql`${complaint.associationId} in (select o.id from ${organisation} o where o.kind = 'industry_organisation' and o.region_code like ${`${scope.region}%`})`,
    );
  }
  if (!parts.length) return sql`false`;
  return parts.length === 1 ? parts[0] : (sql`(${sql.join(parts, sql` or `)})` as SQL);
}

const summaryColumns = {
  id: complaint.id,
  trackingNo: complaint.trackingNo,
  kind: complaint.kind,
  category: complaint.category,
  status: complaint.status,
  outcome: complaint.outcome,
  associationId: complaint.associationId,
  associationName: association.name,
  enterpriseId: complaint.enterpriseId,
  respondentName: complaint.respondentName,
  complainantName: complaint.complainantName,
  complainantPhone: complaint.complainantPhone,
  productName: complaint.productName,
  receivedOn: complaint.receivedOn,
  dueOn: complaint.dueOn,
  dueKind: complaint.dueKind,
  dueProvisional: complaint.dueProvisional,
  late: complaint.late,
  timeLimitId: complaint.timeLimitId,
  version: complaint.version,
};
export type SummaryRow = Pick<
  ComplaintRow,
  Exclude<keyof typeof summaryColumns, 'associationName'> & keyof ComplaintRow
> & { associationName: string };

/** One page of the queue, with one row of look-ahead instead of a count (the queue can hold a million cases). */
export async function listQueue(
  tx: Tx,
  scope: QueueScope,
  filter: QueueFilter,
  page: PageRequest,
): Promise<{ rows: SummaryRow[]; hasMore: boolean }> {
  const byDeadline = filter.due !== undefined;
  const conditions = [
    scopeCondition(scope),
    filter.status ? eq(complaint.status, filter.status) : undefined,
    filter.kind ? eq(complaint.kind, filter.kind as ComplaintRow['kind']) : undefined,
    filter.trackingNo ? eq(complaint.trackingNo, filter.trackingNo) : undefined,
    byDeadline ? isNull(complaint.closedOn) : undefined,
    filter.dueBy ? lte(complaint.dueOn, filter.dueBy) : undefined,
    filter.dueAfter ? gt(complaint.dueOn, filter.dueAfter) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const rows = await runPrepared(
    tx
      .select(summaryColumns)
      .from(complaint)
      .innerJoin(association, eq(association.id, complaint.associationId))
      .where(and(...conditions))
      .orderBy(
        ...(byDeadline
          ? [sql`${complaint.dueOn} asc nulls last`, asc(complaint.id)]
          : [desc(complaint.receivedOn), desc(complaint.id)]),
      )
      .limit(page.pageSize + 1)
      .offset(offsetOf(page)),
  );
  return { rows: rows.slice(0, page.pageSize) as SummaryRow[], hasMore: rows.length > page.pageSize };
}

// ---------------------------------------------------------------- referrals

const referralColumns = {
  id: complaintReferral.id,
  complaintId: complaintReferral.complaintId,
  associationId: complaintReferral.associationId,
  regulatorId: complaintReferral.regulatorId,
  kind: complaintReferral.kind,
  reason: complaintReferral.reason,
  evidence: complaintReferral.evidence,
  status: complaintReferral.status,
  feedback: complaintReferral.feedback,
  feedbackAt: complaintReferral.feedbackAt,
  feedbackBy: complaintReferral.feedbackBy,
  version: complaintReferral.version,
  createdAt: complaintReferral.createdAt,
  trackingNo: complaint.trackingNo,
  associationName: association.name,
  regulatorName: regulator.name,
};

function selectReferrals(tx: Tx) {
  return tx
    .select(referralColumns)
    .from(complaintReferral)
    .innerJoin(complaint, eq(complaint.id, complaintReferral.complaintId))
    .innerJoin(association, eq(association.id, complaintReferral.associationId))
    .innerJoin(regulator, eq(regulator.id, complaintReferral.regulatorId));
}

export async function referralsOf(tx: Tx, complaintId: string): Promise<ReferralRow[]> {
  return selectReferrals(tx)
    .where(eq(complaintReferral.complaintId, complaintId))
    .orderBy(asc(complaintReferral.createdAt));
}

export async function findReferral(tx: Tx, id: string): Promise<ReferralRow | undefined> {
  const rows = await selectReferrals(tx).where(eq(complaintReferral.id, id)).limit(1);
  return rows[0];
}

export async function listReferrals(
  tx: Tx,
  scope: { associationIds: string[]; regulatorIds: string[] },
  status: string | undefined,
  page: PageRequest,
): Promise<{ rows: ReferralRow[]; hasMore: boolean }> {
  const parts: SQL[] = [];
  if (scope.associationIds.length) parts.push(inArray(complaintReferral.associationId, scope.associationIds));
  if (scope.regulatorIds.length) parts.push(inArray(complaintReferral.regulatorId, scope.regulatorIds));
  const visible = parts.length ? (sql`(${sql.join(parts, sql` or `)})` as SQL) : sql`false`;
  const rows = await selectReferrals(tx)
    .where(and(visible, status ? eq(complaintReferral.status, status as ReferralRow['status']) : undefined))
    .orderBy(desc(complaintReferral.createdAt), desc(complaintReferral.id))
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return { rows: rows.slice(0, page.pageSize), hasMore: rows.length > page.pageSize };
}

export async function insertReferral(tx: Tx, values: typeof complaintReferral.$inferInsert): Promise<void> {
  await tx.insert(complaintReferral).values(values);
}

export async function answerReferral(
  tx: Tx,
  id: string,
  version: number,
  values: { feedback: string; feedbackBy: string | null },
): Promise<boolean> {
  const rows = await tx
    .update(complaintReferral)
    .set({
      ...values,
      status: 'answered',
      feedbackAt: sql`now()`,
      version: sql`${complaintReferral.version} + 1`,
    })
    .where(and(eq(complaintReferral.id, id), eq(complaintReferral.version, version)))
    .returning({ id: complaintReferral.id });
  return rows.length > 0;
}

// ---------------------------------------------------------------- people to tell

export { usersWithRoles } from '../notification/notification.repository.js';

// ---------------------------------------------------------------- deadlines

/** Open cases whose running deadline is on or before `horizon` (the reminder job's work list). */
export async function casesDueBy(tx: Tx, horizon: string, limit: number): Promise<ComplaintRow[]> {
  return tx
    .select()
    .from(complaint)
    .where(and(isNull(complaint.closedOn), isNotNull(complaint.dueOn), lte(complaint.dueOn, horizon)))
    .orderBy(asc(complaint.dueOn), asc(complaint.id))
    .limit(limit);
}

/** Open cases whose deadline was counted into a year not loaded then. */
export async function provisionalCases(tx: Tx): Promise<ComplaintRow[]> {
  return tx
    .select()
    .from(complaint)
    .where(and(isNull(complaint.closedOn), eq(complaint.dueProvisional, true)));
}

/** Records that a reminder or escalation went out (not a change of the case: the version stays). */
export async function markNotified(
  tx: Tx,
  id: string,
  changes: { remindedFor?: string; escalatedFor?: string; late?: boolean },
): Promise<void> {
  await tx.update(complaint).set(changes).where(eq(complaint.id, id));
}
