import { and, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appUser, organisation, roleAssignment } from '../../db/schema/index.js';
import { countUpToCap, likeEscape, offsetOf, one, type PageRequest } from '../../kernel/pagination.js';

export type UserRow = typeof appUser.$inferSelect;

export interface UserRoleRow {
  userId: string;
  role: string;
  organisationId: string | null;
  organisationName: string | null;
}

export async function findUserByUsername(tx: Tx, username: string): Promise<UserRow | undefined> {
  const rows = await tx.select().from(appUser).where(sql`lower(${appUser.username}) = lower(${username})`).limit(1);
  return rows[0];
}

export async function findUser(tx: Tx, id: string): Promise<UserRow | undefined> {
  const rows = await tx.select().from(appUser).where(eq(appUser.id, id)).limit(1);
  return rows[0];
}

export async function rolesOfUsers(tx: Tx, userIds: string[]): Promise<UserRoleRow[]> {
  if (userIds.length === 0) return [];
  return tx
    .select({
      userId: roleAssignment.userId,
      role: roleAssignment.role,
      organisationId: roleAssignment.organisationId,
      organisationName: organisation.name,
    })
    .from(roleAssignment)
    .leftJoin(organisation, eq(organisation.id, roleAssignment.organisationId))
    .where(inArray(roleAssignment.userId, userIds));
}

/** Atomic increment; returns the new count. */
export async function recordFailedLogin(tx: Tx, userId: string): Promise<number> {
  const rows = await tx
    .update(appUser)
    .set({ failedLoginCount: sql`${appUser.failedLoginCount} + 1` })
    .where(eq(appUser.id, userId))
    .returning({ count: appUser.failedLoginCount });
  return rows[0]?.count ?? 0;
}

export async function lockUser(tx: Tx, userId: string, minutes: number): Promise<Date> {
  const rows = await tx
    .update(appUser)
    .set({ lockedUntil: sql`now() + make_interval(mins => ${minutes})`, failedLoginCount: 0 })
    .where(eq(appUser.id, userId))
    .returning({ lockedUntil: appUser.lockedUntil });
  return rows[0]?.lockedUntil ?? new Date();
}

export async function recordSuccessfulLogin(tx: Tx, userId: string): Promise<void> {
  await tx
    .update(appUser)
    .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: sql`now()` })
    .where(eq(appUser.id, userId));
}

export async function setPassword(tx: Tx, userId: string, passwordHash: string): Promise<void> {
  await tx
    .update(appUser)
    .set({
      passwordHash,
      passwordChangedAt: sql`now()`,
      failedLoginCount: 0,
      lockedUntil: null,
      version: sql`${appUser.version} + 1`,
    })
    .where(eq(appUser.id, userId));
}

export async function insertUser(
  tx: Tx,
  values: {
    id: string;
    username: string;
    displayName: string;
    email: string | null;
    passwordHash: string;
    homeOrganisationId: string | null;
  },
): Promise<void> {
  await tx.insert(appUser).values(values);
}

/** An administrative status change without a version check (the command line). */
export async function setUserStatus(tx: Tx, userId: string, status: 'active' | 'disabled'): Promise<void> {
  await tx
    .update(appUser)
    .set({ status, version: sql`${appUser.version} + 1` })
    .where(eq(appUser.id, userId));
}

export async function insertRole(tx: Tx, userId: string, role: string, organisationId: string | null): Promise<void> {
  await tx.insert(roleAssignment).values({ userId, role, organisationId });
}

export async function updateUser(
  tx: Tx,
  id: string,
  version: number,
  changes: Partial<Pick<UserRow, 'displayName' | 'email' | 'status'>>,
): Promise<UserRow | undefined> {
  const rows = await tx
    .update(appUser)
    .set({ ...changes, version: sql`${appUser.version} + 1` })
    .where(and(eq(appUser.id, id), eq(appUser.version, version)))
    .returning();
  return rows[0];
}

export interface UserFilter {
  q?: string | undefined;
  organisationId?: string | undefined;
  /** Restrict to these home organisations; undefined: no restriction beyond row-level security. */
  homeOrganisationIds?: string[] | undefined;
}

export async function listUsers(
  tx: Tx,
  filter: UserFilter,
  page: PageRequest,
): Promise<{ rows: UserRow[]; counted: number }> {
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = `%${likeEscape(filter.q)}%`;
    const match = or(ilike(appUser.username, pattern), ilike(appUser.displayName, pattern));
    if (match) conditions.push(match);
  }
  if (filter.organisationId) conditions.push(eq(appUser.homeOrganisationId, filter.organisationId));
  if (filter.homeOrganisationIds) {
    conditions.push(
      filter.homeOrganisationIds.length > 0
        ? inArray(appUser.homeOrganisationId, filter.homeOrganisationIds)
        : sql`false`,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await tx
    .select()
    .from(appUser)
    .where(where)
    .orderBy(appUser.username)
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const counted = await countUpToCap(tx, tx.select({ one }).from(appUser).where(where).$dynamic());
  return { rows, counted };
}

/** Display names of users by id, in one statement (callers read them as the system when needed). */
export async function userNames(tx: Tx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: appUser.id, name: appUser.displayName })
    .from(appUser)
    .where(inArray(appUser.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
