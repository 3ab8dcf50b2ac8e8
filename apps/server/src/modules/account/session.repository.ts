import { createHash, randomBytes } from 'node:crypto';
import type { OrganisationKind, Role } from '@gongzhi/contracts';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appUser, organisation, roleAssignment, session } from '../../db/schema/index.js';
import type { RoleGrant } from '../../kernel/actor.js';
import { runPrepared } from '../../kernel/prepared.js';

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
  grants: RoleGrant[];
}

export async function findSession(tx: Tx, tokenHash: string): Promise<SessionRow | undefined> {
  const rows = await runPrepared(
    tx
      .select({
        tokenHash: session.tokenHash,
        userId: session.userId,
        username: appUser.username,
        userStatus: appUser.status,
        lastSeenAt: session.lastSeenAt,
        expiresAt: session.expiresAt,
        revokedAt: session.revokedAt,
        // The person's roles in the same statement: every signed-in request starts here.
        grants: sql<GrantJson[]>`(
        select coalesce(json_agg(json_build_object(
          'role', ra.role, 'organisationId', ra.organisation_id, 'organisationKind', o.kind, 'regionCode', o.region_code
        )), '[]'::json)
        from ${roleAssignment} ra left join ${organisation} o on o.id = ra.organisation_id
        where ra.user_id = ${session.userId})`,
      })
      .from(session)
      .innerJoin(appUser, eq(appUser.id, session.userId))
      .where(eq(session.tokenHash, tokenHash))
      .limit(1),
  );
  const row = rows[0];
  if (!row) return undefined;
  const grants = (typeof row.grants === 'string' ? JSON.parse(row.grants) : row.grants) as GrantJson[];
  return { ...row, grants: grants.map(toGrant) };
}

interface GrantJson {
  role: string;
  organisationId: string | null;
  organisationKind: string | null;
  regionCode: string | null;
}

function toGrant(r: GrantJson): RoleGrant {
  return {
    role: r.role as Role,
    organisationId: r.organisationId,
    organisationKind: (r.organisationKind as OrganisationKind | null) ?? null,
    regionCode: r.regionCode ?? null,
  };
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
