import { createHash, randomBytes } from 'node:crypto';
import type { OrganisationKind, Role } from '@gongzhi/contracts';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appUser, organisation, roleAssignment, session } from '../../db/schema/index.js';
import type { RoleGrant } from '../../kernel/actor.js';

export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionRow {
  tokenHash: string;
  userId: string;
  username: string;
  userStatus: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export async function findSession(tx: Tx, tokenHash: string): Promise<SessionRow | undefined> {
  const rows = await tx
    .select({
      tokenHash: session.tokenHash,
      userId: session.userId,
      username: appUser.username,
      userStatus: appUser.status,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
      revokedAt: session.revokedAt,
    })
    .from(session)
    .innerJoin(appUser, eq(appUser.id, session.userId))
    .where(eq(session.tokenHash, tokenHash))
    .limit(1);
  return rows[0];
}

export async function touchSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.update(session).set({ lastSeenAt: sql`now()` }).where(eq(session.tokenHash, tokenHash));
}

export async function createSession(
  tx: Tx,
  values: { tokenHash: string; userId: string; expiresAt: Date; ip: string | null; userAgent: string | null },
): Promise<void> {
  await tx.insert(session).values(values);
}

export async function revokeSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.update(session).set({ revokedAt: sql`now()` }).where(eq(session.tokenHash, tokenHash));
}

/** Revoke every live session of a user (disable, password reset), optionally sparing one. */
export async function revokeUserSessions(tx: Tx, userId: string, exceptTokenHash?: string): Promise<void> {
  const conditions = [eq(session.userId, userId), isNull(session.revokedAt)];
  if (exceptTokenHash) conditions.push(sql`${session.tokenHash} <> ${exceptTokenHash}`);
  await tx
    .update(session)
    .set({ revokedAt: sql`now()` })
    .where(and(...conditions));
}

export async function deleteExpiredSessions(tx: Tx, idleSeconds: number): Promise<number> {
  const result = await tx
    .delete(session)
    .where(
      or(
        lt(session.expiresAt, sql`now()`),
        lt(session.lastSeenAt, sql`now() - make_interval(secs => ${idleSeconds})`),
        lt(session.revokedAt, sql`now() - interval '1 day'`),
      ),
    )
    .returning({ tokenHash: session.tokenHash });
  return result.length;
}

export async function grantsOf(tx: Tx, userId: string): Promise<RoleGrant[]> {
  const rows = await tx
    .select({
      role: roleAssignment.role,
      organisationId: roleAssignment.organisationId,
      organisationKind: organisation.kind,
      regionCode: organisation.regionCode,
    })
    .from(roleAssignment)
    .leftJoin(organisation, eq(organisation.id, roleAssignment.organisationId))
    .where(eq(roleAssignment.userId, userId));
  return rows.map((r) => ({
    role: r.role as Role,
    organisationId: r.organisationId,
    organisationKind: (r.organisationKind as OrganisationKind | null) ?? null,
    regionCode: r.regionCode ?? null,
  }));
}
