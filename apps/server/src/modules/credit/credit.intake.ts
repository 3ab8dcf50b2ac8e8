/**
 * The one door other modules use to put credit information into archives: complaints found
 * justified, broken commitments, spot-check results (issue #6). Runs in the caller's transaction,
 * writes as the system (the caller may be an enterprise or the regulator), is idempotent per source
 * and archive (`sourceRef`), and audits each record it creates.
 */

import { randomUUID } from 'node:crypto';
import type { CreditPolarity, CreditRecordType, CreditSeverity } from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
import { asSystem, type Tx } from '../../db/client.js';
import type { Actor } from '../../kernel/actor.js';
import { audit } from '../../kernel/audit.js';
import { pgArray, queryRows } from '../../kernel/raw-sql.js';
import * as repo from './credit.repository.js';
import { defaultPolarity, defaultPublishUntil } from './credit.workflow.js';

export interface CreditInformation {
  /** The archive to write to; absent: every association the enterprise is an active member of. */
  associationId?: string;
  enterpriseId: string;
  recordType: CreditRecordType;
  severity: CreditSeverity;
  polarity?: CreditPolarity;
  title: string;
  description?: string;
  occurredOn: string;
  sourceOrganisationId?: string | null;
  sourceName: string;
  /** Stable reference of the source, e.g. `complaint:TS20261127ABCDEFGH`; a second call with it is a no-op. */
  sourceRef: string;
  publishUntil?: string;
  specialSector?: boolean;
  /**
   * 'draft' (default): the association reviews it before it counts; 'confirmed': the fact is already
   * established by the one calling (e.g. the association itself found a commitment broken).
   */
  status?: 'draft' | 'confirmed';
}

/** Returns the ids of the records created (none when every archive already had this source). */
export async function recordCreditInformation(tx: Tx, actor: Actor | null, info: CreditInformation): Promise<string[]> {
  return asSystem(tx, async () => {
    const archives = info.associationId
      ? (await repo.isActiveMember(tx, info.associationId, info.enterpriseId))
        ? [info.associationId]
        : []
      : await repo.activeAssociationsOf(tx, info.enterpriseId);
    const created: string[] = [];
    const status = info.status ?? 'draft';
    for (const associationId of archives) {
      const id = await repo.insertRecord(tx, {
        id: randomUUID(),
        associationId,
        enterpriseId: info.enterpriseId,
        recordType: info.recordType,
        polarity: info.polarity ?? defaultPolarity(info.recordType, info.severity),
        severity: info.severity,
        title: info.title,
        description: info.description ?? '',
        occurredOn: info.occurredOn,
        sourceOrganisationId: info.sourceOrganisationId ?? null,
        sourceName: info.sourceName,
        sourceRef: info.sourceRef,
        publishUntil: info.publishUntil ?? defaultPublishUntil(info.recordType, info.severity, info.occurredOn),
        specialSector: info.specialSector ?? false,
        status,
        confirmedAt: status === 'confirmed' ? new Date() : null,
        createdBy: actor?.userId ?? null,
      });
      if (!id) continue;
      created.push(id);
      await audit(tx, actor, {
        action: 'credit_record.created',
        targetType: 'credit_record',
        targetId: id,
        organisationId: associationId,
        after: { recordType: info.recordType, severity: info.severity, sourceRef: info.sourceRef, status },
      });
    }
    return created;
  });
}

/** One piece of a bulk intake: the fields that vary per record. */
export interface BulkCreditItem {
  enterpriseId: string;
  recordType: CreditRecordType;
  severity: CreditSeverity;
  polarity: CreditPolarity;
  title: string;
  description: string;
  occurredOn: string;
  sourceRef: string;
}

export interface BulkCreditSource {
  sourceOrganisationId: string | null;
  sourceName: string;
  status: 'draft' | 'confirmed';
}

/**
 * The same door for many records at once (a spot-check notice of 100,000 rows): one statement per
 * chunk writes every record into every archive the enterprise is an active member of, its audit
 * event, and — for confirmed negative information — the early warning `warnOnRecord` would issue
 * (a failed spot check: orange, red when serious; any other serious negative record: red).
 * Idempotent per source and archive. Returns how many records were created and the new warnings.
 */
export async function recordCreditInformationMany(
  tx: Tx,
  actor: Actor | null,
  source: BulkCreditSource,
  items: readonly BulkCreditItem[],
): Promise<{ created: number; warningIds: string[] }> {
  let created = 0;
  const warningIds: string[] = [];
  const column = <K extends keyof BulkCreditItem>(chunk: readonly BulkCreditItem[], key: K) =>
    pgArray(chunk.map((item) => String(item[key])));
  await asSystem(tx, async () => {
    for (let start = 0; start < items.length; start += BULK_CHUNK) {
      const chunk = items.slice(start, start + BULK_CHUNK);
      const publishUntil = chunk.map((item) => defaultPublishUntil(item.recordType, item.severity, item.occurredOn));
      const [row] = await queryRows<{ created: number; warning_ids: string[] | string }>(
        tx,
        sql`
          WITH input AS (
            SELECT * FROM unnest(
              ${column(chunk, 'enterpriseId')}::uuid[], ${column(chunk, 'recordType')}, ${column(chunk, 'severity')},
              ${column(chunk, 'polarity')}, ${column(chunk, 'title')}, ${column(chunk, 'description')},
              ${column(chunk, 'occurredOn')}::date[], ${column(chunk, 'sourceRef')}, ${pgArray(publishUntil)}::date[]
            ) AS i(enterprise_id, record_type, severity, polarity, title, description, occurred_on, source_ref, publish_until)
          ), inserted AS (
            INSERT INTO credit_record (association_id, enterprise_id, record_type, polarity, severity, title, description,
              occurred_on, source_organisation_id, source_name, source_ref, publish_until, special_sector, status,
              confirmed_at, created_by)
            SELECT m.association_id, i.enterprise_id, i.record_type, i.polarity, i.severity, i.title, i.description,
              i.occurred_on, ${source.sourceOrganisationId}::uuid, ${source.sourceName}, i.source_ref, i.publish_until, false,
              ${source.status}, CASE WHEN ${source.status} = 'confirmed' THEN now() END, ${actor?.userId ?? null}::uuid
            FROM input i
            JOIN membership m ON m.enterprise_id = i.enterprise_id AND m.status = 'active'
            ON CONFLICT (association_id, source_ref) WHERE source_ref IS NOT NULL DO NOTHING
            RETURNING id, association_id, enterprise_id, record_type, polarity, severity, title, source_ref, status
          ), audited AS (
            INSERT INTO audit_event (action, actor_user_id, actor_username, organisation_id, target_type, target_id, after, ip, request_id)
            SELECT 'credit_record.created', ${actor?.userId ?? null}::uuid, ${actor?.username ?? null}, association_id,
              'credit_record', id::text,
              jsonb_build_object('recordType', record_type, 'severity', severity, 'sourceRef', source_ref, 'status', status),
              ${actor?.ip ?? null}, ${actor?.requestId ?? null}
            FROM inserted
            RETURNING 1
          ), warned AS (
            INSERT INTO credit_warning (association_id, enterprise_id, rule, level, params, record_id, cause_key, status)
            SELECT association_id, enterprise_id, w.rule,
              CASE WHEN w.rule = 'spot_check_failed' AND severity <> 'serious' THEN 'orange' ELSE 'red' END,
              jsonb_build_object('recordTitle', title), id, w.rule || ':' || id, 'issued'
            FROM inserted,
              LATERAL (SELECT CASE WHEN record_type = 'spot_check' THEN 'spot_check_failed' ELSE 'serious_negative' END AS rule) w
            WHERE status = 'confirmed' AND polarity = 'negative' AND (record_type = 'spot_check' OR severity = 'serious')
            ON CONFLICT DO NOTHING
            RETURNING id
          )
          SELECT (SELECT count(*) FROM audited)::int AS created,
                 (SELECT coalesce(array_agg(id::text), '{}') FROM warned) AS warning_ids`,
      );
      if (!row) continue;
      created += Number(row.created);
      warningIds.push(...parseTextArray(row.warning_ids));
    }
  });
  return { created, warningIds };
}

/** Rows per statement: each column is one array parameter, so the limit is memory, not parameters. */
const BULK_CHUNK = 20_000;

/** node-postgres returns text[] as an array; PGlite may return the literal. */
function parseTextArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',').map((v) => v.replace(/^"|"$/g, '')) : [];
}
