/** The only SQL of the work team (tables team_post, team_member, team_duty, team_document in db/schema/workspace.ts). */
import type { TeamRole } from '@gongzhi/contracts';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { organisation, teamDocument, teamDuty, teamMember, teamPost } from '../../db/schema/index.js';
import { pgArray, queryRows } from '../../kernel/raw-sql.js';

// ---------------------------------------------------------------- organisations and names (read as the system)

export interface OrgRow {
  id: string;
  name: string;
  kind: string;
  regionCode: string | null;
}

export async function organisationOf(tx: Tx, id: string): Promise<OrgRow | undefined> {
  const rows = await tx
    .select({
      id: organisation.id,
      name: organisation.name,
      kind: organisation.kind,
      regionCode: organisation.regionCode,
    })
    .from(organisation)
    .where(eq(organisation.id, id));
  return rows[0];
}

/** The active associations inside a region prefix, by name. */
export async function associationsIn(tx: Tx, regionPrefix: string): Promise<{ id: string; name: string }[]> {
  return queryRows<{ id: string; name: string }>(
    tx,
    sql`SELECT id, name FROM organisation
        WHERE kind = 'industry_organisation' AND status = 'active' AND region_code LIKE ${`${regionPrefix}%`}
        ORDER BY name`,
  );
}

/** Every active regulator whose region holds the organisation. */
export async function regulatorsCovering(tx: Tx, organisationId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`SELECT r.id FROM organisation a JOIN organisation r ON r.kind = 'regulator' AND r.status = 'active'
          AND a.region_code LIKE rtrim(rtrim(r.region_code, '0'), '0') || '%'
        WHERE a.id = ${organisationId}::uuid`,
  );
  return rows.map((r) => r.id);
}

// ---------------------------------------------------------------- posts

export type PostRow = typeof teamPost.$inferSelect;

export async function postsOf(tx: Tx, organisationId: string): Promise<PostRow[]> {
  return tx
    .select()
    .from(teamPost)
    .where(eq(teamPost.organisationId, organisationId))
    .orderBy(desc(teamPost.active), asc(teamPost.name));
}

export async function findPost(tx: Tx, id: string): Promise<PostRow | undefined> {
  const rows = await tx.select().from(teamPost).where(eq(teamPost.id, id));
  return rows[0];
}

/** Post names by id, in one statement. */
export async function postNames(tx: Tx, ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await tx
    .select({ id: teamPost.id, name: teamPost.name })
    .from(teamPost)
    .where(inArray(teamPost.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function postNameTaken(tx: Tx, organisationId: string, name: string, exceptId?: string): Promise<boolean> {
  const rows = await tx
    .select({ id: teamPost.id })
    .from(teamPost)
    .where(
      and(
        eq(teamPost.organisationId, organisationId),
        eq(teamPost.name, name),
        exceptId ? ne(teamPost.id, exceptId) : undefined,
      ),
    );
  return rows.length > 0;
}

export async function insertPost(tx: Tx, values: typeof teamPost.$inferInsert): Promise<PostRow> {
  const rows = await tx.insert(teamPost).values(values).returning();
  return rows[0] as PostRow;
}

export async function updatePost(
  tx: Tx,
  id: string,
  version: number,
  values: Pick<PostRow, 'name' | 'description' | 'holderUserId' | 'active' | 'updatedBy'>,
): Promise<PostRow | undefined> {
  const rows = await tx
    .update(teamPost)
    .set({ ...values, updatedAt: new Date(), version: sql`${teamPost.version} + 1` })
    .where(and(eq(teamPost.id, id), eq(teamPost.version, version)))
    .returning();
  return rows[0];
}

// ---------------------------------------------------------------- members

export type MemberRow = typeof teamMember.$inferSelect;

export async function membersOf(tx: Tx, organisationId: string): Promise<MemberRow[]> {
  return tx
    .select()
    .from(teamMember)
    .where(eq(teamMember.organisationId, organisationId))
    .orderBy(desc(teamMember.active), desc(teamMember.since), asc(teamMember.createdAt));
}

export async function findMember(tx: Tx, id: string): Promise<MemberRow | undefined> {
  const rows = await tx.select().from(teamMember).where(eq(teamMember.id, id));
  return rows[0];
}

export async function activeWithRole(tx: Tx, organisationId: string, role: TeamRole): Promise<MemberRow[]> {
  return tx
    .select()
    .from(teamMember)
    .where(and(eq(teamMember.organisationId, organisationId), eq(teamMember.role, role), eq(teamMember.active, true)));
}

export async function insertMember(tx: Tx, values: typeof teamMember.$inferInsert): Promise<MemberRow> {
  const rows = await tx.insert(teamMember).values(values).returning();
  return rows[0] as MemberRow;
}

/** Ends an active appointment if its version still matches. */
export async function endMember(
  tx: Tx,
  id: string,
  version: number,
  until: string,
  updatedBy: string | null,
): Promise<MemberRow | undefined> {
  const rows = await tx
    .update(teamMember)
    .set({ active: false, until, updatedBy, updatedAt: new Date(), version: sql`${teamMember.version} + 1` })
    .where(and(eq(teamMember.id, id), eq(teamMember.version, version), eq(teamMember.active, true)))
    .returning();
  return rows[0];
}

// ---------------------------------------------------------------- duties

export type DutyRow = typeof teamDuty.$inferSelect;

export async function dutiesOf(tx: Tx, organisationId: string): Promise<DutyRow[]> {
  return tx
    .select()
    .from(teamDuty)
    .where(eq(teamDuty.organisationId, organisationId))
    .orderBy(desc(teamDuty.active), asc(teamDuty.createdAt));
}

export async function findDuty(tx: Tx, id: string): Promise<DutyRow | undefined> {
  const rows = await tx.select().from(teamDuty).where(eq(teamDuty.id, id));
  return rows[0];
}

export async function insertDuty(tx: Tx, values: typeof teamDuty.$inferInsert): Promise<DutyRow> {
  const rows = await tx.insert(teamDuty).values(values).returning();
  return rows[0] as DutyRow;
}

export async function deactivateDuty(
  tx: Tx,
  id: string,
  version: number,
  updatedBy: string | null,
): Promise<DutyRow | undefined> {
  const rows = await tx
    .update(teamDuty)
    .set({ active: false, updatedBy, updatedAt: new Date(), version: sql`${teamDuty.version} + 1` })
    .where(and(eq(teamDuty.id, id), eq(teamDuty.version, version)))
    .returning();
  return rows[0];
}

// ---------------------------------------------------------------- documents (never the bytes, except for a download)

const documentColumns = {
  id: teamDocument.id,
  organisationId: teamDocument.organisationId,
  kind: teamDocument.kind,
  title: teamDocument.title,
  documentNumber: teamDocument.documentNumber,
  issuedOn: teamDocument.issuedOn,
  body: teamDocument.body,
  addresseeId: teamDocument.addresseeId,
  fileName: teamDocument.fileName,
  size: teamDocument.size,
  createdAt: teamDocument.createdAt,
};
export type DocumentRow = Omit<typeof teamDocument.$inferSelect, 'content' | 'mimeType' | 'createdBy'>;

export async function documentsOf(tx: Tx, organisationId: string): Promise<DocumentRow[]> {
  return tx
    .select(documentColumns)
    .from(teamDocument)
    .where(and(eq(teamDocument.organisationId, organisationId), ne(teamDocument.kind, 'guidance')))
    .orderBy(desc(teamDocument.issuedOn), desc(teamDocument.createdAt));
}

/** Guidance that reaches an association: addressed to it, or to all of the region of a regulator covering it. */
export async function guidanceFor(
  tx: Tx,
  associationId: string,
  coveringRegulators: readonly string[],
): Promise<DocumentRow[]> {
  return tx
    .select(documentColumns)
    .from(teamDocument)
    .where(
      and(
        eq(teamDocument.kind, 'guidance'),
        sql`(${teamDocument.addresseeId} = ${associationId}::uuid
          OR (${teamDocument.addresseeId} IS NULL AND ${teamDocument.organisationId} = ANY (${pgArray(coveringRegulators, 'uuid')})))`,
      ),
    )
    .orderBy(desc(teamDocument.issuedOn), desc(teamDocument.createdAt));
}

export async function guidanceIssuedBy(tx: Tx, regulatorId: string): Promise<DocumentRow[]> {
  return tx
    .select(documentColumns)
    .from(teamDocument)
    .where(and(eq(teamDocument.kind, 'guidance'), eq(teamDocument.organisationId, regulatorId)))
    .orderBy(desc(teamDocument.issuedOn), desc(teamDocument.createdAt));
}

export async function findDocument(tx: Tx, id: string): Promise<DocumentRow | undefined> {
  const rows = await tx.select(documentColumns).from(teamDocument).where(eq(teamDocument.id, id));
  return rows[0];
}

/** Team document titles by id, in one statement. */
export async function documentTitles(tx: Tx, ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await tx
    .select({ id: teamDocument.id, title: teamDocument.title })
    .from(teamDocument)
    .where(inArray(teamDocument.id, list));
  return new Map(rows.map((r) => [r.id, r.title]));
}

export async function documentFile(tx: Tx, id: string) {
  const rows = await tx
    .select({ fileName: teamDocument.fileName, mimeType: teamDocument.mimeType, content: teamDocument.content })
    .from(teamDocument)
    .where(eq(teamDocument.id, id));
  return rows[0];
}

export async function insertDocument(tx: Tx, values: typeof teamDocument.$inferInsert): Promise<DocumentRow> {
  const rows = await tx.insert(teamDocument).values(values).returning(documentColumns);
  return rows[0] as DocumentRow;
}
