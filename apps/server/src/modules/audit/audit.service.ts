import type { AuditEventDto, AuditListQuery } from '@gongzhi/contracts';
import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { auditEvent } from '../../db/schema/index.js';
import { type Actor, isRegulator, scopeOf } from '../../kernel/actor.js';
import type { AppContext } from '../../kernel/context.js';
import { countUpToCap, offsetOf, one, pageOf, pageResult } from '../../kernel/pagination.js';

/**
 * The audit view. Regulators read their region's trail, administrators their own organisations'
 * (row-level security enforces the same); the trail itself can only be appended to.
 */
export function auditService(ctx: AppContext) {
  async function list(actor: Actor, query: AuditListQuery) {
    const page = pageOf(query);
    const conditions = [
      query.action ? eq(auditEvent.action, query.action) : undefined,
      query.targetType ? eq(auditEvent.targetType, query.targetType) : undefined,
      query.targetId ? eq(auditEvent.targetId, query.targetId) : undefined,
      query.actorUserId ? eq(auditEvent.actorUserId, query.actorUserId) : undefined,
      query.from ? gte(auditEvent.occurredAt, new Date(query.from)) : undefined,
      query.to ? lte(auditEvent.occurredAt, new Date(query.to)) : undefined,
      isRegulator(actor)
        ? undefined
        : sql`${auditEvent.organisationId} = ANY(${`{${actor.orgIds.join(',')}}`}::uuid[])`,
    ].filter((c): c is SQL => c !== undefined);
    const where = conditions.length ? and(...conditions) : undefined;
    return ctx.database.transaction(scopeOf(actor), async (tx) => {
      const rows = await tx
        .select()
        .from(auditEvent)
        .where(where)
        .orderBy(desc(auditEvent.occurredAt), desc(auditEvent.id))
        .limit(page.pageSize)
        .offset(offsetOf(page));
      const counted = await countUpToCap(tx, tx.select({ one }).from(auditEvent).where(where).$dynamic());
      const items: AuditEventDto[] = rows.map((r) => ({
        id: String(r.id),
        occurredAt: r.occurredAt.toISOString(),
        action: r.action,
        actorUserId: r.actorUserId,
        actorUsername: r.actorUsername,
        organisationId: r.organisationId,
        targetType: r.targetType,
        targetId: r.targetId,
        before: r.before,
        after: r.after,
        ip: r.ip,
      }));
      return pageResult(items, page, counted);
    });
  }
  return { list };
}

export type AuditService = ReturnType<typeof auditService>;
