import type { CreditRecordStatus, CreditRecordType } from '@gongzhi/contracts';
import { and, asc, desc, eq, inArray, lte, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import {
  creditAttachment,
  creditObjection,
  creditRecord,
  creditRepair,
  creditWarning,
  membership,
  organisation,
} from '../../db/schema/index.js';
import { offsetOf, type PageRequest } from '../../kernel/pagination.js';

const association = alias(organisation, 'association');
const enterprise = alias(organisation, 'enterprise');

const recordColumns = {
  record: creditRecord,
  associationName: association.name,
  enterpriseName: enterprise.name,
  enterpriseCreditCode: enterprise.creditCode,
};

export type RecordRow = typeof creditRecord.$inferSelect & {
  associationName: string;
  enterpriseName: string;
  enterpriseCreditCode: string;
};

function flatten(r: {
  record: typeof creditRecord.$inferSelect;
  associationName: string;
  enterpriseName: string;
  enterpriseCreditCode: string;
}): RecordRow {
  return {
    ...r.record,
    associationName: r.associationName,
    enterpriseName: r.enterpriseName,
    enterpriseCreditCode: r.enterpriseCreditCode,
  };
}

function recordQuery(tx: Tx) {
  return tx
    .select(recordColumns)
    .from(creditRecord)
    .innerJoin(association, eq(association.id, creditRecord.associationId))
    .innerJoin(enterprise, eq(enterprise.id, creditRecord.enterpriseId));
}

export async function findRecord(tx: Tx, id: string): Promise<RecordRow | null> {
  const rows = await recordQuery(tx).where(eq(creditRecord.id, id));
  return rows[0] ? flatten(rows[0]) : null;
}

export async function findRecordForUpdate(tx: Tx, id: string) {
  const rows = await tx.select().from(creditRecord).where(eq(creditRecord.id, id)).for('update');
  return rows[0] ?? null;
}

export interface RecordFilter {
  associationIds?: string[];
  enterpriseIds?: string[];
  status?: CreditRecordStatus;
  statuses?: CreditRecordStatus[];
  recordType?: CreditRecordType;
  polarity?: string;
  /** Hide drafts (the enterprise and the regulator never see them). */
  excludeDrafts?: boolean;
}

function recordWhere(filter: RecordFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.associationIds) parts.push(inArray(creditRecord.associationId, filter.associationIds));
  if (filter.enterpriseIds) parts.push(inArray(creditRecord.enterpriseId, filter.enterpriseIds));
  if (filter.status) parts.push(eq(creditRecord.status, filter.status));
  if (filter.statuses) parts.push(inArray(creditRecord.status, filter.statuses));
  if (filter.recordType) parts.push(eq(creditRecord.recordType, filter.recordType));
  if (filter.polarity) parts.push(eq(creditRecord.polarity, filter.polarity as 'positive'));
  if (filter.excludeDrafts) parts.push(sql`${creditRecord.status} <> 'draft'`);
  return parts.length ? and(...parts) : undefined;
}

export async function listRecords(tx: Tx, filter: RecordFilter, page: PageRequest) {
  const rows = await recordQuery(tx)
    .where(recordWhere(filter))
    .orderBy(desc(creditRecord.occurredOn), desc(creditRecord.createdAt), asc(creditRecord.id))
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return { rows: rows.slice(0, page.pageSize).map(flatten), hasMore: rows.length > page.pageSize };
}

export async function allRecordsOf(tx: Tx, enterpriseId: string, associationIds: string[] | null) {
  const rows = await recordQuery(tx)
    .where(
      and(
        eq(creditRecord.enterpriseId, enterpriseId),
        associationIds ? inArray(creditRecord.associationId, associationIds) : undefined,
      ),
    )
    .orderBy(desc(creditRecord.occurredOn), desc(creditRecord.createdAt));
  return rows.map(flatten);
}

export async function insertRecord(tx: Tx, row: typeof creditRecord.$inferInsert) {
  const rows = await tx.insert(creditRecord).values(row).onConflictDoNothing().returning({ id: creditRecord.id });
  return rows[0]?.id ?? null;
}

export async function updateRecord(
  tx: Tx,
  id: string,
  version: number,
  changes: Partial<typeof creditRecord.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(creditRecord)
    .set({ ...changes, version: sql`${creditRecord.version} + 1`, updatedAt: new Date() })
    .where(and(eq(creditRecord.id, id), eq(creditRecord.version, version)))
    .returning({ id: creditRecord.id });
  return rows.length > 0;
}

/** Every record fed in from one source (`spotcheck:<result id>`), in any archive. */
export async function recordsBySource(tx: Tx, sourceRef: string) {
  return tx
    .select({
      id: creditRecord.id,
      associationId: creditRecord.associationId,
      enterpriseId: creditRecord.enterpriseId,
      status: creditRecord.status,
      version: creditRecord.version,
    })
    .from(creditRecord)
    .where(eq(creditRecord.sourceRef, sourceRef));
}

/** The warnings a record raised are lifted when the record is withdrawn. */
export async function liftWarningsOfRecord(tx: Tx, recordId: string, reason: string): Promise<void> {
  await tx
    .update(creditWarning)
    .set({ status: 'lifted', liftedAt: new Date(), liftReason: reason, version: sql`${creditWarning.version} + 1` })
    .where(and(eq(creditWarning.recordId, recordId), ne(creditWarning.status, 'lifted')));
}

/** Active member of the association on the platform. */
export async function isActiveMember(tx: Tx, associationId: string, enterpriseId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: membership.id })
    .from(membership)
    .where(
      and(
        eq(membership.associationId, associationId),
        eq(membership.enterpriseId, enterpriseId),
        eq(membership.status, 'active'),
      ),
    );
  return rows.length > 0;
}

export async function activeAssociationsOf(tx: Tx, enterpriseId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: membership.associationId })
    .from(membership)
    .where(and(eq(membership.enterpriseId, enterpriseId), eq(membership.status, 'active')));
  return rows.map((r) => r.id);
}

/** Justified-complaint records of an enterprise in an archive that count, occurred on or after `since`. */
export async function countRecordsSince(
  tx: Tx,
  associationId: string,
  enterpriseId: string,
  recordType: CreditRecordType,
  since: string,
): Promise<number> {
  const rows = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(creditRecord)
    .where(
      and(
        eq(creditRecord.associationId, associationId),
        eq(creditRecord.enterpriseId, enterpriseId),
        eq(creditRecord.recordType, recordType),
        inArray(creditRecord.status, ['confirmed', 'published', 'objected']),
        sql`${creditRecord.occurredOn} >= ${since}`,
      ),
    );
  return rows[0]?.n ?? 0;
}

// ---------------------------------------------------------------- attachments

export async function insertAttachments(tx: Tx, rows: (typeof creditAttachment.$inferInsert)[]) {
  if (rows.length) await tx.insert(creditAttachment).values(rows);
}

const attachmentColumns = {
  id: creditAttachment.id,
  recordId: creditAttachment.recordId,
  objectionId: creditAttachment.objectionId,
  repairId: creditAttachment.repairId,
  purpose: creditAttachment.purpose,
  filename: creditAttachment.filename,
  mediaType: creditAttachment.mediaType,
  sizeBytes: creditAttachment.sizeBytes,
  createdAt: creditAttachment.createdAt,
};
export type AttachmentRow = {
  id: string;
  recordId: string;
  objectionId: string | null;
  repairId: string | null;
  purpose: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: Date;
};

export async function attachmentsOfRecords(tx: Tx, recordIds: string[]): Promise<AttachmentRow[]> {
  if (!recordIds.length) return [];
  return tx
    .select(attachmentColumns)
    .from(creditAttachment)
    .where(inArray(creditAttachment.recordId, recordIds))
    .orderBy(asc(creditAttachment.createdAt), asc(creditAttachment.id));
}

export async function findAttachment(tx: Tx, recordId: string, id: string) {
  const rows = await tx
    .select()
    .from(creditAttachment)
    .where(and(eq(creditAttachment.recordId, recordId), eq(creditAttachment.id, id)));
  return rows[0] ?? null;
}

// ---------------------------------------------------------------- objections and repairs

const objectionColumns = {
  objection: creditObjection,
  recordTitle: creditRecord.title,
  enterpriseName: enterprise.name,
};
export type ObjectionRow = typeof creditObjection.$inferSelect & { recordTitle: string; enterpriseName: string };
const repairColumns = { repair: creditRepair, recordTitle: creditRecord.title, enterpriseName: enterprise.name };
export type RepairRow = typeof creditRepair.$inferSelect & { recordTitle: string; enterpriseName: string };

export interface CaseFilter {
  associationIds?: string[];
  enterpriseIds?: string[];
  recordIds?: string[];
  status?: string;
  /** Open and due before this day. */
  overdueBefore?: string;
  ids?: string[];
}

function caseWhere(table: typeof creditObjection | typeof creditRepair, filter: CaseFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.associationIds) parts.push(inArray(table.associationId, filter.associationIds));
  if (filter.enterpriseIds) parts.push(inArray(table.enterpriseId, filter.enterpriseIds));
  if (filter.recordIds) parts.push(inArray(table.recordId, filter.recordIds));
  if (filter.ids) parts.push(inArray(table.id, filter.ids));
  if (filter.status) parts.push(sql`${table.status} = ${filter.status}`);
  if (filter.overdueBefore) {
    parts.push(sql`${table.status} = 'open'`);
    parts.push(sql`${table.dueOn} < ${filter.overdueBefore}`);
  }
  return parts.length ? and(...parts) : undefined;
}

export async function listObjections(tx: Tx, filter: CaseFilter, page?: PageRequest) {
  const query = tx
    .select(objectionColumns)
    .from(creditObjection)
    .innerJoin(creditRecord, eq(creditRecord.id, creditObjection.recordId))
    .innerJoin(enterprise, eq(enterprise.id, creditObjection.enterpriseId))
    .where(caseWhere(creditObjection, filter))
    .orderBy(
      sql`${creditObjection.status} <> 'open'`,
      asc(creditObjection.dueOn),
      desc(creditObjection.createdAt),
      asc(creditObjection.id),
    );
  const rows = page ? await query.limit(page.pageSize + 1).offset(offsetOf(page)) : await query;
  const limit = page?.pageSize ?? rows.length;
  return {
    rows: rows
      .slice(0, limit)
      .map((r) => ({ ...r.objection, recordTitle: r.recordTitle, enterpriseName: r.enterpriseName })),
    hasMore: rows.length > limit,
  };
}

export async function listRepairs(tx: Tx, filter: CaseFilter, page?: PageRequest) {
  const query = tx
    .select(repairColumns)
    .from(creditRepair)
    .innerJoin(creditRecord, eq(creditRecord.id, creditRepair.recordId))
    .innerJoin(enterprise, eq(enterprise.id, creditRepair.enterpriseId))
    .where(caseWhere(creditRepair, filter))
    .orderBy(
      sql`${creditRepair.status} <> 'open'`,
      asc(creditRepair.dueOn),
      desc(creditRepair.createdAt),
      asc(creditRepair.id),
    );
  const rows = page ? await query.limit(page.pageSize + 1).offset(offsetOf(page)) : await query;
  const limit = page?.pageSize ?? rows.length;
  return {
    rows: rows
      .slice(0, limit)
      .map((r) => ({ ...r.repair, recordTitle: r.recordTitle, enterpriseName: r.enterpriseName })),
    hasMore: rows.length > limit,
  };
}

export async function insertObjection(tx: Tx, row: typeof creditObjection.$inferInsert) {
  await tx.insert(creditObjection).values(row);
}

export async function insertRepair(tx: Tx, row: typeof creditRepair.$inferInsert) {
  await tx.insert(creditRepair).values(row);
}

export async function updateObjection(
  tx: Tx,
  id: string,
  version: number,
  changes: Partial<typeof creditObjection.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(creditObjection)
    .set({ ...changes, version: sql`${creditObjection.version} + 1` })
    .where(and(eq(creditObjection.id, id), eq(creditObjection.version, version), eq(creditObjection.status, 'open')))
    .returning({ id: creditObjection.id });
  return rows.length > 0;
}

export async function updateRepair(
  tx: Tx,
  id: string,
  version: number,
  changes: Partial<typeof creditRepair.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(creditRepair)
    .set({ ...changes, version: sql`${creditRepair.version} + 1` })
    .where(and(eq(creditRepair.id, id), eq(creditRepair.version, version), eq(creditRepair.status, 'open')))
    .returning({ id: creditRepair.id });
  return rows.length > 0;
}

/** Open objections and repairs due on or before a day (overdue lists, reminders). */
export async function openCasesDueBy(tx: Tx, day: string) {
  const objections = await tx
    .select({ id: creditObjection.id, associationId: creditObjection.associationId, dueOn: creditObjection.dueOn })
    .from(creditObjection)
    .where(and(eq(creditObjection.status, 'open'), lte(creditObjection.dueOn, day)));
  const repairs = await tx
    .select({ id: creditRepair.id, associationId: creditRepair.associationId, dueOn: creditRepair.dueOn })
    .from(creditRepair)
    .where(and(eq(creditRepair.status, 'open'), lte(creditRepair.dueOn, day)));
  return { objections, repairs };
}
