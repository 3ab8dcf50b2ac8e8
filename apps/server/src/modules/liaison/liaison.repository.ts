/** The only SQL of the liaison channel and of notices to members (tables in db/schema/workspace.ts). */
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import {
  liaisonAttachment,
  liaisonMessage,
  liaisonThread,
  memberNotice,
  memberNoticeRead,
  organisation,
} from '../../db/schema/index.js';
import { likeEscape } from '../../kernel/pagination.js';
import { pgArray, queryRows } from '../../kernel/raw-sql.js';

const iso = (v: unknown): string => new Date(v as string).toISOString();
const pattern = (q: string | undefined) => (q?.trim() ? `%${likeEscape(q.trim())}%` : null);

// ---------------------------------------------------------------- names (read as the system by the caller)

export interface OrgFacts {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  status: string;
}

export async function organisationFacts(tx: Tx, id: string): Promise<OrgFacts | undefined> {
  const rows = await tx
    .select({
      id: organisation.id,
      name: organisation.name,
      kind: organisation.kind,
      regionCode: organisation.regionCode,
      status: organisation.status,
    })
    .from(organisation)
    .where(eq(organisation.id, id));
  return rows[0];
}

/** The active regulators whose region holds the organisation, most local first. */
export async function regulatorsCovering(tx: Tx, organisationId: string) {
  return queryRows<{ id: string; name: string }>(
    tx,
    sql`SELECT r.id, r.name FROM organisation a JOIN organisation r ON r.kind = 'regulator' AND r.status = 'active'
          AND a.region_code LIKE rtrim(rtrim(r.region_code, '0'), '0') || '%'
        WHERE a.id = ${organisationId}::uuid
        ORDER BY length(rtrim(r.region_code, '0')) DESC, r.name`,
  );
}

/** The active associations inside a region prefix, by name. */
export async function associationsIn(tx: Tx, regionPrefix: string) {
  return queryRows<{ id: string; name: string }>(
    tx,
    sql`SELECT id, name FROM organisation
        WHERE kind = 'industry_organisation' AND status = 'active' AND region_code LIKE ${`${regionPrefix}%`}
        ORDER BY name`,
  );
}

// ---------------------------------------------------------------- threads

export type ThreadRow = typeof liaisonThread.$inferSelect;

export async function findThread(tx: Tx, id: string): Promise<ThreadRow | undefined> {
  const rows = await tx.select().from(liaisonThread).where(eq(liaisonThread.id, id));
  return rows[0];
}

export interface ThreadListRow {
  id: string;
  organisationId: string;
  regulatorId: string;
  subject: string;
  createdAt: string;
  lastMessageAt: string;
  messageCount: number;
  unread: number;
  lastAuthorUserId: string | null;
  lastAuthorOrganisationId: string | null;
  lastBody: string | null;
}

/** The threads one of my organisations is a party to, newest activity first; `q` searches subjects, bodies, file names. */
export async function listThreads(
  tx: Tx,
  filter: { orgIds: readonly string[]; userId: string; q?: string | undefined; limit: number; offset: number },
): Promise<{ rows: ThreadListRow[]; total: number }> {
  const mine = pgArray(filter.orgIds, 'uuid');
  const like = pattern(filter.q);
  const where = sql`(t.organisation_id = ANY (${mine}) OR t.regulator_id = ANY (${mine}))
    AND (${like}::text IS NULL OR t.subject ILIKE ${like}
      OR EXISTS (SELECT 1 FROM liaison_message m WHERE m.thread_id = t.id AND m.body ILIKE ${like})
      OR EXISTS (SELECT 1 FROM liaison_attachment f WHERE f.thread_id = t.id AND f.file_name ILIKE ${like}))`;
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`SELECT t.id, t.organisation_id, t.regulator_id, t.subject, t.created_at, t.last_message_at, t.message_count,
          (SELECT count(*) FROM liaison_message m
            WHERE m.thread_id = t.id AND NOT (m.author_organisation_id = ANY (${mine}))
              AND NOT EXISTS (SELECT 1 FROM liaison_receipt r WHERE r.message_id = m.id AND r.user_id = ${filter.userId}::uuid)
          )::int AS unread,
          lm.author_user_id AS last_author_user_id, lm.author_organisation_id AS last_author_organisation_id,
          lm.body AS last_body
        FROM liaison_thread t
        LEFT JOIN LATERAL (
          SELECT m.author_user_id, m.author_organisation_id, m.body FROM liaison_message m
          WHERE m.thread_id = t.id ORDER BY m.created_at DESC, m.id DESC LIMIT 1
        ) lm ON true
        WHERE ${where}
        ORDER BY t.last_message_at DESC, t.id
        LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  const counted = await queryRows<{ n: number }>(
    tx,
    sql`SELECT count(*)::int AS n FROM liaison_thread t WHERE ${where}`,
  );
  return {
    total: Number(counted[0]?.n ?? 0),
    rows: rows.map((r) => ({
      id: r.id as string,
      organisationId: r.organisation_id as string,
      regulatorId: r.regulator_id as string,
      subject: r.subject as string,
      createdAt: iso(r.created_at),
      lastMessageAt: iso(r.last_message_at),
      messageCount: Number(r.message_count),
      unread: Number(r.unread),
      lastAuthorUserId: (r.last_author_user_id as string | null) ?? null,
      lastAuthorOrganisationId: (r.last_author_organisation_id as string | null) ?? null,
      lastBody: (r.last_body as string | null) ?? null,
    })),
  };
}

export async function unreadIn(tx: Tx, threadId: string, orgIds: readonly string[], userId: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    tx,
    sql`SELECT count(*)::int AS n FROM liaison_message m
        WHERE m.thread_id = ${threadId}::uuid AND NOT (m.author_organisation_id = ANY (${pgArray(orgIds, 'uuid')}))
          AND NOT EXISTS (SELECT 1 FROM liaison_receipt r WHERE r.message_id = m.id AND r.user_id = ${userId}::uuid)`,
  );
  return Number(rows[0]?.n ?? 0);
}

export async function insertThread(tx: Tx, values: typeof liaisonThread.$inferInsert): Promise<void> {
  await tx.insert(liaisonThread).values(values);
}

export async function insertMessage(tx: Tx, values: typeof liaisonMessage.$inferInsert & { id: string }) {
  const rows = await tx.insert(liaisonMessage).values(values).returning({ createdAt: liaisonMessage.createdAt });
  await tx
    .update(liaisonThread)
    .set({
      lastMessageAt: sql`greatest(${liaisonThread.lastMessageAt}, ${rows[0]?.createdAt ?? new Date()})`,
      messageCount: sql`${liaisonThread.messageCount} + 1`,
    })
    .where(eq(liaisonThread.id, values.threadId));
}

export async function messagesOf(tx: Tx, threadId: string) {
  return tx
    .select({
      id: liaisonMessage.id,
      threadId: liaisonMessage.threadId,
      authorUserId: liaisonMessage.authorUserId,
      authorOrganisationId: liaisonMessage.authorOrganisationId,
      body: liaisonMessage.body,
      createdAt: liaisonMessage.createdAt,
    })
    .from(liaisonMessage)
    .where(eq(liaisonMessage.threadId, threadId))
    .orderBy(liaisonMessage.createdAt, liaisonMessage.id);
}

export async function findMessage(tx: Tx, id: string) {
  const rows = await tx.select().from(liaisonMessage).where(eq(liaisonMessage.id, id));
  return rows[0];
}

export async function attachmentsOf(tx: Tx, filter: { threadId?: string; messageId?: string }) {
  return tx
    .select({
      id: liaisonAttachment.id,
      messageId: liaisonAttachment.messageId,
      fileName: liaisonAttachment.fileName,
      mimeType: liaisonAttachment.mimeType,
      size: liaisonAttachment.size,
    })
    .from(liaisonAttachment)
    .where(
      filter.messageId
        ? eq(liaisonAttachment.messageId, filter.messageId)
        : eq(liaisonAttachment.threadId, filter.threadId as string),
    )
    .orderBy(liaisonAttachment.createdAt, liaisonAttachment.id);
}

export async function insertAttachment(tx: Tx, values: typeof liaisonAttachment.$inferInsert & { id: string }) {
  await tx.insert(liaisonAttachment).values(values);
}

export async function findAttachment(tx: Tx, id: string) {
  const rows = await tx.select().from(liaisonAttachment).where(eq(liaisonAttachment.id, id));
  return rows[0];
}

export async function receiptsOf(tx: Tx, threadId: string) {
  return queryRows<{ message_id: string; user_id: string; reader_organisation_id: string; read_at: unknown }>(
    tx,
    sql`SELECT r.message_id, r.user_id, r.reader_organisation_id, r.read_at FROM liaison_receipt r
        JOIN liaison_message m ON m.id = r.message_id
        WHERE m.thread_id = ${threadId}::uuid ORDER BY r.read_at, r.user_id`,
  );
}

/** A receipt for every message of the other side in the thread I have not read yet; returns how many. */
export async function recordReceipts(
  tx: Tx,
  thread: { id: string; organisationId: string },
  reader: { userId: string; organisationId: string },
): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO liaison_receipt (organisation_id, message_id, user_id, reader_organisation_id)
        SELECT ${thread.organisationId}::uuid, m.id, ${reader.userId}::uuid, ${reader.organisationId}::uuid
        FROM liaison_message m
        WHERE m.thread_id = ${thread.id}::uuid AND m.author_organisation_id <> ${reader.organisationId}::uuid
        ON CONFLICT (message_id, user_id) DO NOTHING
        RETURNING id`,
  );
  return rows.length;
}

// ---------------------------------------------------------------- notices to members

export type NoticeRow = Omit<typeof memberNotice.$inferSelect, 'content'>;

const noticeColumns = {
  id: memberNotice.id,
  organisationId: memberNotice.organisationId,
  title: memberNotice.title,
  body: memberNotice.body,
  fileName: memberNotice.fileName,
  mimeType: memberNotice.mimeType,
  size: memberNotice.size,
  publishedAt: memberNotice.publishedAt,
  recipientCount: memberNotice.recipientCount,
  createdBy: memberNotice.createdBy,
  createdAt: memberNotice.createdAt,
};

export async function findNotice(tx: Tx, id: string): Promise<NoticeRow | undefined> {
  const rows = await tx.select(noticeColumns).from(memberNotice).where(eq(memberNotice.id, id));
  return rows[0];
}

export async function noticeFile(tx: Tx, id: string) {
  const rows = await tx
    .select({ fileName: memberNotice.fileName, mimeType: memberNotice.mimeType, content: memberNotice.content })
    .from(memberNotice)
    .where(eq(memberNotice.id, id));
  return rows[0];
}

export async function activeMemberIds(tx: Tx, associationId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`SELECT enterprise_id AS id FROM membership WHERE association_id = ${associationId}::uuid AND status = 'active'`,
  );
  return rows.map((r) => r.id);
}

export async function insertNotice(tx: Tx, values: typeof memberNotice.$inferInsert & { id: string }) {
  await tx.insert(memberNotice).values(values);
}

export interface NoticeListRow extends NoticeRow {
  readCount: number;
  readByMeAt: string | null;
}

/** Notices of the given associations (the caller's own, its region's, or those it is a member of). */
export async function listNotices(
  tx: Tx,
  filter: {
    associationIds: readonly string[] | null;
    regionPrefix: string | null;
    myEnterpriseIds: readonly string[];
    q?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: NoticeListRow[]; total: number }> {
  const like = pattern(filter.q);
  const mine = pgArray(filter.myEnterpriseIds, 'uuid');
  const scope =
    filter.associationIds !== null
      ? sql`n.organisation_id = ANY (${pgArray(filter.associationIds, 'uuid')})`
      : sql`n.organisation_id IN (SELECT id FROM organisation WHERE region_code LIKE ${`${filter.regionPrefix ?? ''}%`})`;
  const where = sql`${scope} AND (${like}::text IS NULL OR n.title ILIKE ${like} OR n.body ILIKE ${like}
    OR n.file_name ILIKE ${like})`;
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`SELECT n.id, n.organisation_id, n.title, n.body, n.file_name, n.mime_type, n.size, n.published_at,
          n.recipient_count, n.created_by, n.created_at,
          (SELECT count(*) FROM member_notice_read r WHERE r.notice_id = n.id)::int AS read_count,
          (SELECT min(r.read_at) FROM member_notice_read r WHERE r.notice_id = n.id AND r.enterprise_id = ANY (${mine}))
            AS read_by_me_at
        FROM member_notice n WHERE ${where}
        ORDER BY (cardinality(${mine}) > 0 AND NOT EXISTS (
            SELECT 1 FROM member_notice_read r WHERE r.notice_id = n.id AND r.enterprise_id = ANY (${mine}))) DESC,
          n.published_at DESC, n.id
        LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  const counted = await queryRows<{ n: number }>(
    tx,
    sql`SELECT count(*)::int AS n FROM member_notice n WHERE ${where}`,
  );
  return {
    total: Number(counted[0]?.n ?? 0),
    rows: rows.map((r) => ({
      id: r.id as string,
      organisationId: r.organisation_id as string,
      title: r.title as string,
      body: r.body as string,
      fileName: (r.file_name as string | null) ?? null,
      mimeType: (r.mime_type as string | null) ?? null,
      size: r.size === null ? null : Number(r.size),
      publishedAt: new Date(r.published_at as string),
      recipientCount: Number(r.recipient_count),
      createdBy: (r.created_by as string | null) ?? null,
      createdAt: new Date(r.created_at as string),
      readCount: Number(r.read_count),
      readByMeAt: r.read_by_me_at ? iso(r.read_by_me_at) : null,
    })),
  };
}

export async function readsOf(tx: Tx, noticeId: string) {
  return tx
    .select({
      enterpriseId: memberNoticeRead.enterpriseId,
      userId: memberNoticeRead.userId,
      readAt: memberNoticeRead.readAt,
    })
    .from(memberNoticeRead)
    .where(eq(memberNoticeRead.noticeId, noticeId));
}

/** The first open of a notice by an enterprise; later opens change nothing. Returns whether it was the first. */
export async function recordNoticeRead(
  tx: Tx,
  notice: { id: string; organisationId: string },
  reader: { enterpriseId: string; userId: string },
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO member_notice_read (organisation_id, notice_id, enterprise_id, user_id)
        VALUES (${notice.organisationId}::uuid, ${notice.id}::uuid, ${reader.enterpriseId}::uuid, ${reader.userId}::uuid)
        ON CONFLICT (notice_id, enterprise_id) DO NOTHING RETURNING id`,
  );
  return rows.length > 0;
}

export async function readCount(tx: Tx, noticeId: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    tx,
    sql`SELECT count(*)::int AS n FROM member_notice_read WHERE notice_id = ${noticeId}::uuid`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** The associations in which the enterprises are active members. */
export async function associationsOfMembers(tx: Tx, enterpriseIds: readonly string[]): Promise<string[]> {
  if (enterpriseIds.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`SELECT DISTINCT association_id AS id FROM membership
        WHERE enterprise_id = ANY (${pgArray(enterpriseIds, 'uuid')}) AND status = 'active'`,
  );
  return rows.map((r) => r.id);
}
