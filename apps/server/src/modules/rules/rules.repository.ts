/** The SQL of rules, document versions, consultations and their comments. */
import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import {
  appUser,
  consultation,
  consultationComment,
  membership,
  organisation,
  ruleDocument,
  ruleDocumentVersion,
} from '../../db/schema/index.js';
import { countUpToCap, one } from '../../kernel/pagination.js';

export type DocumentRow = typeof ruleDocument.$inferSelect;
export type VersionRow = typeof ruleDocumentVersion.$inferSelect;
export type ConsultationRow = typeof consultation.$inferSelect;
export type CommentRow = typeof consultationComment.$inferSelect;

// ---------------------------------------------------------------- organisations and people

export async function organisationOf(tx: Tx, id: string) {
  const [row] = await tx
    .select({
      id: organisation.id,
      name: organisation.name,
      kind: organisation.kind,
      regionCode: organisation.regionCode,
    })
    .from(organisation)
    .where(eq(organisation.id, id))
    .limit(1);
  return row;
}

/** The associations in which any of the enterprises is an active member, and through which enterprise. */
export async function activeMembershipsOf(tx: Tx, enterpriseIds: readonly string[]) {
  if (enterpriseIds.length === 0) return [];
  return tx
    .select({ associationId: membership.associationId, enterpriseId: membership.enterpriseId })
    .from(membership)
    .where(and(inArray(membership.enterpriseId, [...enterpriseIds]), eq(membership.status, 'active')));
}

export async function activeMemberIds(tx: Tx, associationId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: membership.enterpriseId })
    .from(membership)
    .where(and(eq(membership.associationId, associationId), eq(membership.status, 'active')));
  return rows.map((r) => r.id);
}

/** Associations whose region code starts with the prefix (a regulator's region). */
export async function associationIdsInRegion(tx: Tx, prefix: string): Promise<string[]> {
  const rows = await tx
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.kind, 'industry_organisation'), sql`${organisation.regionCode} LIKE ${`${prefix}%`}`));
  return rows.map((r) => r.id);
}

// ---------------------------------------------------------------- documents

export async function insertDocument(tx: Tx, values: typeof ruleDocument.$inferInsert): Promise<DocumentRow> {
  const [row] = await tx.insert(ruleDocument).values(values).returning();
  return row as DocumentRow;
}

export async function documentById(tx: Tx, id: string): Promise<DocumentRow | undefined> {
  const [row] = await tx.select().from(ruleDocument).where(eq(ruleDocument.id, id)).limit(1);
  return row;
}

/** Updates the document when its row version still matches; undefined when it does not. */
export async function updateDocument(
  tx: Tx,
  id: string,
  expected: number,
  values: Partial<typeof ruleDocument.$inferInsert>,
): Promise<DocumentRow | undefined> {
  const [row] = await tx
    .update(ruleDocument)
    .set({ ...values, updatedAt: new Date(), version: sql`${ruleDocument.version} + 1` })
    .where(and(eq(ruleDocument.id, id), eq(ruleDocument.version, expected)))
    .returning();
  return row;
}

export interface DocumentFilter {
  /** the caller's own or regulated associations: everything; null: none */
  insiderOrgs: readonly string[];
  /** associations of which the caller is a member: their published member and public documents */
  memberOrgs: readonly string[];
  /** every published public document */
  anyPublic: boolean;
  kind?: string | undefined;
  visibility?: string | undefined;
  associationId?: string | undefined;
}

function documentWhere(f: DocumentFilter): SQL | undefined {
  const reach: SQL[] = [];
  if (f.insiderOrgs.length > 0) reach.push(inArray(ruleDocument.organisationId, [...f.insiderOrgs]));
  const published = sql`${ruleDocument.publishedVersionId} IS NOT NULL`;
  if (f.memberOrgs.length > 0) {
    reach.push(
      and(
        published,
        inArray(ruleDocument.organisationId, [...f.memberOrgs]),
        inArray(ruleDocument.visibility, ['members', 'public']),
      ) as SQL,
    );
  }
  if (f.anyPublic) reach.push(and(published, eq(ruleDocument.visibility, 'public')) as SQL);
  const parts: SQL[] = [reach.length > 0 ? (or(...reach) as SQL) : sql`false`];
  if (f.kind) parts.push(eq(ruleDocument.kind, f.kind as DocumentRow['kind']));
  if (f.visibility) parts.push(eq(ruleDocument.visibility, f.visibility as DocumentRow['visibility']));
  if (f.associationId) parts.push(eq(ruleDocument.organisationId, f.associationId));
  return and(...parts);
}

export async function listDocuments(tx: Tx, f: DocumentFilter, limit: number, offset: number) {
  const where = documentWhere(f);
  const rows = await tx
    .select()
    .from(ruleDocument)
    .where(where)
    .orderBy(asc(ruleDocument.kind), desc(ruleDocument.updatedAt), asc(ruleDocument.id))
    .limit(limit)
    .offset(offset);
  const total = await countUpToCap(tx, tx.select({ one }).from(ruleDocument).where(where).$dynamic());
  return { rows, total };
}

/** For each document: the newest version's number and status, and the number of the version in force. */
export async function versionHeads(tx: Tx, documentIds: readonly string[]) {
  if (documentIds.length === 0) return new Map<string, { latestNumber: number; latestStatus: VersionRow['status'] }>();
  const rows = await tx
    .selectDistinctOn([ruleDocumentVersion.documentId], {
      documentId: ruleDocumentVersion.documentId,
      number: ruleDocumentVersion.number,
      status: ruleDocumentVersion.status,
    })
    .from(ruleDocumentVersion)
    .where(inArray(ruleDocumentVersion.documentId, [...documentIds]))
    .orderBy(ruleDocumentVersion.documentId, desc(ruleDocumentVersion.number));
  return new Map(rows.map((r) => [r.documentId, { latestNumber: r.number, latestStatus: r.status }]));
}

export async function versionNumbers(tx: Tx, versionIds: readonly string[]): Promise<Map<string, number>> {
  if (versionIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: ruleDocumentVersion.id, number: ruleDocumentVersion.number })
    .from(ruleDocumentVersion)
    .where(inArray(ruleDocumentVersion.id, [...versionIds]));
  return new Map(rows.map((r) => [r.id, r.number]));
}

// ---------------------------------------------------------------- versions

export async function insertVersion(tx: Tx, values: typeof ruleDocumentVersion.$inferInsert): Promise<VersionRow> {
  const [row] = await tx.insert(ruleDocumentVersion).values(values).returning();
  return row as VersionRow;
}

export async function versionById(tx: Tx, id: string): Promise<VersionRow | undefined> {
  const [row] = await tx.select().from(ruleDocumentVersion).where(eq(ruleDocumentVersion.id, id)).limit(1);
  return row;
}

export async function versionsOf(tx: Tx, documentId: string): Promise<VersionRow[]> {
  return tx
    .select()
    .from(ruleDocumentVersion)
    .where(eq(ruleDocumentVersion.documentId, documentId))
    .orderBy(desc(ruleDocumentVersion.number));
}

export async function updateVersion(
  tx: Tx,
  id: string,
  expected: number,
  values: Partial<typeof ruleDocumentVersion.$inferInsert>,
): Promise<VersionRow | undefined> {
  const [row] = await tx
    .update(ruleDocumentVersion)
    .set({ ...values, updatedAt: new Date(), version: sql`${ruleDocumentVersion.version} + 1` })
    .where(and(eq(ruleDocumentVersion.id, id), eq(ruleDocumentVersion.version, expected)))
    .returning();
  return row;
}

/** Marks the document's published versions superseded (before another is published). */
export async function supersedePublished(tx: Tx, documentId: string, userId: string | null): Promise<number> {
  const rows = await tx
    .update(ruleDocumentVersion)
    .set({
      status: 'superseded',
      updatedAt: new Date(),
      updatedBy: userId,
      version: sql`${ruleDocumentVersion.version} + 1`,
    })
    .where(and(eq(ruleDocumentVersion.documentId, documentId), eq(ruleDocumentVersion.status, 'published')))
    .returning({ id: ruleDocumentVersion.id });
  return rows.length;
}

// ---------------------------------------------------------------- consultations

export async function insertConsultation(tx: Tx, values: typeof consultation.$inferInsert): Promise<ConsultationRow> {
  const [row] = await tx.insert(consultation).values(values).returning();
  return row as ConsultationRow;
}

export async function consultationById(tx: Tx, id: string): Promise<ConsultationRow | undefined> {
  const [row] = await tx.select().from(consultation).where(eq(consultation.id, id)).limit(1);
  return row;
}

export async function consultationsOfDocument(tx: Tx, documentId: string): Promise<ConsultationRow[]> {
  return tx
    .select()
    .from(consultation)
    .where(eq(consultation.documentId, documentId))
    .orderBy(desc(consultation.opensAt));
}

/** The latest consultation held on a version. */
export async function consultationOfVersion(tx: Tx, versionId: string): Promise<ConsultationRow | undefined> {
  const [row] = await tx
    .select()
    .from(consultation)
    .where(eq(consultation.versionId, versionId))
    .orderBy(desc(consultation.opensAt))
    .limit(1);
  return row;
}

export async function updateConsultation(
  tx: Tx,
  id: string,
  expected: number,
  values: Partial<typeof consultation.$inferInsert>,
): Promise<ConsultationRow | undefined> {
  const [row] = await tx
    .update(consultation)
    .set({ ...values, updatedAt: new Date(), version: sql`${consultation.version} + 1` })
    .where(and(eq(consultation.id, id), eq(consultation.version, expected)))
    .returning();
  return row;
}

export interface ConsultationFilter {
  insiderOrgs: readonly string[];
  /** associations of which the caller is a member: every consultation (members or public) */
  memberOrgs: readonly string[];
  anyPublic: boolean;
  status?: string | undefined;
  associationId?: string | undefined;
}

function consultationWhere(f: ConsultationFilter): SQL | undefined {
  const reach: SQL[] = [];
  if (f.insiderOrgs.length > 0) reach.push(inArray(consultation.organisationId, [...f.insiderOrgs]));
  if (f.memberOrgs.length > 0) reach.push(inArray(consultation.organisationId, [...f.memberOrgs]));
  if (f.anyPublic) reach.push(eq(consultation.audience, 'public'));
  const parts: SQL[] = [reach.length > 0 ? (or(...reach) as SQL) : sql`false`];
  if (f.status) parts.push(eq(consultation.status, f.status as ConsultationRow['status']));
  if (f.associationId) parts.push(eq(consultation.organisationId, f.associationId));
  return and(...parts);
}

export async function listConsultations(tx: Tx, f: ConsultationFilter, limit: number, offset: number) {
  const where = consultationWhere(f);
  const rows = await tx
    .select()
    .from(consultation)
    .where(where)
    .orderBy(asc(consultation.status), desc(consultation.deadline), asc(consultation.id))
    .limit(limit)
    .offset(offset);
  const total = await countUpToCap(tx, tx.select({ one }).from(consultation).where(where).$dynamic());
  return { rows, total };
}

/** Comments and unanswered comments per consultation. */
export async function commentCounts(tx: Tx, consultationIds: readonly string[]) {
  if (consultationIds.length === 0) return new Map<string, { comments: number; unanswered: number }>();
  const rows = await tx
    .select({
      id: consultationComment.consultationId,
      comments: count(),
      unanswered: sql<number>`count(*) FILTER (WHERE ${consultationComment.answer} IS NULL)::int`,
    })
    .from(consultationComment)
    .where(inArray(consultationComment.consultationId, [...consultationIds]))
    .groupBy(consultationComment.consultationId);
  return new Map(rows.map((r) => [r.id, { comments: Number(r.comments), unanswered: Number(r.unanswered) }]));
}

export async function documentsByIds(tx: Tx, ids: readonly string[]): Promise<Map<string, DocumentRow>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(ruleDocument)
    .where(inArray(ruleDocument.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

// ---------------------------------------------------------------- comments

export async function insertComment(tx: Tx, values: typeof consultationComment.$inferInsert): Promise<CommentRow> {
  const [row] = await tx.insert(consultationComment).values(values).returning();
  return row as CommentRow;
}

export async function commentsOf(tx: Tx, consultationId: string): Promise<CommentRow[]> {
  return tx
    .select()
    .from(consultationComment)
    .where(eq(consultationComment.consultationId, consultationId))
    .orderBy(asc(consultationComment.createdAt), asc(consultationComment.id));
}

export async function commentById(tx: Tx, consultationId: string, id: string): Promise<CommentRow | undefined> {
  const [row] = await tx
    .select()
    .from(consultationComment)
    .where(and(eq(consultationComment.id, id), eq(consultationComment.consultationId, consultationId)))
    .limit(1);
  return row;
}

export async function updateComment(
  tx: Tx,
  id: string,
  expected: number,
  values: Partial<typeof consultationComment.$inferInsert>,
): Promise<CommentRow | undefined> {
  const [row] = await tx
    .update(consultationComment)
    .set({ ...values, version: sql`${consultationComment.version} + 1` })
    .where(and(eq(consultationComment.id, id), eq(consultationComment.version, expected)))
    .returning();
  return row;
}

/** An account's address for a notice (active accounts only). */
export async function activeUser(tx: Tx, id: string) {
  const [row] = await tx
    .select({ id: appUser.id, email: appUser.email })
    .from(appUser)
    .where(and(eq(appUser.id, id), eq(appUser.status, 'active')))
    .limit(1);
  return row;
}
