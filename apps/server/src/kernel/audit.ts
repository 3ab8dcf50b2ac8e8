import type { Tx } from '../db/client.js';
import { auditEvent } from '../db/schema/index.js';
import type { Actor } from './actor.js';
import { runPrepared } from './prepared.js';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string | null;
  organisationId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes `<resource>.<verb>` in the caller's transaction: it commits or rolls back with the change. */
export async function audit(tx: Tx, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await runPrepared(
    tx.insert(auditEvent).values({
      action: entry.action,
      actorUserId: actor?.userId ?? null,
      actorUsername: actor?.username ?? null,
      organisationId: entry.organisationId,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      ip: actor?.ip ?? null,
      requestId: actor?.requestId ?? null,
    }),
  );
}

/** Only the fields that changed, for a compact before/after. */
export function diff<T extends Record<string, unknown>>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
