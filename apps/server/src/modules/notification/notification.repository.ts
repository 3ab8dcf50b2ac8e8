import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appUser, notification, roleAssignment } from '../../db/schema/index.js';

/** Rows per INSERT: seven columns each, well under the 65,535 parameters of a statement. */
const INSERT_CHUNK = 5_000;

export async function insertNotifications(tx: Tx, values: (typeof notification.$inferInsert)[]): Promise<void> {
  for (let start = 0; start < values.length; start += INSERT_CHUNK) {
    await tx.insert(notification).values(values.slice(start, start + INSERT_CHUNK));
  }
}

export async function latestOf(tx: Tx, userId: string, limit: number) {
  return tx
    .select()
    .from(notification)
    .where(eq(notification.userId, userId))
    .orderBy(desc(notification.createdAt), desc(notification.id))
    .limit(limit);
}

export async function markRead(tx: Tx, userId: string, id: string): Promise<boolean> {
  const rows = await tx
    .update(notification)
    .set({ readAt: sql`coalesce(${notification.readAt}, now())` })
    .where(and(eq(notification.id, id), eq(notification.userId, userId)))
    .returning({ id: notification.id });
  return rows.length > 0;
}

export async function markAllRead(tx: Tx, userId: string): Promise<void> {
  await tx
    .update(notification)
    .set({ readAt: sql`now()` })
    .where(and(eq(notification.userId, userId), isNull(notification.readAt)));
}

/** Active accounts holding one of the roles in any of the organisations, with the organisation: one statement for many. */
export async function usersWithRolesIn(tx: Tx, organisationIds: readonly string[], roles: readonly string[]) {
  if (organisationIds.length === 0) return [];
  return tx
    .selectDistinct({
      organisationId: roleAssignment.organisationId,
      id: appUser.id,
      email: appUser.email,
      displayName: appUser.displayName,
    })
    .from(roleAssignment)
    .innerJoin(appUser, eq(appUser.id, roleAssignment.userId))
    .where(
      and(
        inArray(roleAssignment.organisationId, [...organisationIds]),
        inArray(roleAssignment.role, [...roles]),
        eq(appUser.status, 'active'),
      ),
    );
}

/** Active accounts holding one of the roles in the organisation (who is told). */
export async function usersWithRoles(tx: Tx, organisationId: string, roles: readonly string[]) {
  return tx
    .selectDistinct({ id: appUser.id, email: appUser.email, displayName: appUser.displayName })
    .from(roleAssignment)
    .innerJoin(appUser, eq(appUser.id, roleAssignment.userId))
    .where(
      and(
        eq(roleAssignment.organisationId, organisationId),
        inArray(roleAssignment.role, [...roles]),
        eq(appUser.status, 'active'),
      ),
    );
}
