/**
 * What the public sees (issue #6): published notice summaries and the failing products of member
 * enterprises. Reads only what the regulator published; no unmatched rows, no reviewers' notes.
 */
import type {
  PublicFailingProductDto,
  PublicFailingQuery,
  PublicSpotCheckListQuery,
  PublicSpotCheckNoticeDto,
  ReinspectionStatus,
  SpotCheckLevel,
} from '@gongzhi/contracts';
import { type SQL, sql } from 'drizzle-orm';
import { PUBLIC_SCOPE } from '../../db/client.js';
import type { AppContext } from '../../kernel/context.js';
import { likeEscape, lookAheadResult, offsetOf, pageOf } from '../../kernel/pagination.js';
import { queryRows } from '../../kernel/raw-sql.js';
import { textArray } from './spotcheck.repository.js';
import { nonConformityRate } from './spotcheck.service.js';

const dateText = (value: string | Date): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

export function spotCheckPublicService(ctx: AppContext) {
  const { database } = ctx;

  async function listNotices(query: PublicSpotCheckListQuery) {
    const page = pageOf(query);
    const term = query.q?.trim() ? `%${likeEscape(query.q.trim())}%` : null;
    const where: SQL = term
      ? sql`(n.title ILIKE ${term} OR n.notice_no ILIKE ${term} OR n.product_category ILIKE ${term})`
      : sql`true`;
    return database.read(PUBLIC_SCOPE, async (tx) => {
      const rows = await queryRows<{
        id: string;
        owner_name: string;
        notice_no: string;
        title: string;
        level: SpotCheckLevel;
        published_on: string | Date;
        product_category: string;
        batches_inspected: number;
        batches_unqualified: number;
        refusals: number;
        member_failures: number | string;
      }>(
        tx,
        sql`SELECT n.id, o.name AS owner_name, n.notice_no, n.title, n.level, n.published_on, n.product_category,
              n.batches_inspected, n.batches_unqualified, n.refusals,
              (SELECT count(*) FROM spot_check_result r
                WHERE r.notice_id = n.id AND r.final_result = 'unqualified'
                  AND EXISTS (SELECT 1 FROM membership m WHERE m.enterprise_id = r.enterprise_id AND m.status = 'active')
              ) AS member_failures
            FROM spot_check_notice n JOIN organisation o ON o.id = n.owner_id
            WHERE ${where}
            ORDER BY n.published_on DESC, n.id
            LIMIT ${page.pageSize + 1} OFFSET ${offsetOf(page)}`,
      );
      const items: PublicSpotCheckNoticeDto[] = rows.slice(0, page.pageSize).map((r) => ({
        id: r.id,
        ownerName: r.owner_name,
        noticeNo: r.notice_no,
        title: r.title,
        level: r.level,
        publishedOn: dateText(r.published_on),
        productCategory: r.product_category,
        batchesInspected: Number(r.batches_inspected),
        batchesUnqualified: Number(r.batches_unqualified),
        refusals: Number(r.refusals),
        nonConformityRate: nonConformityRate(Number(r.batches_inspected), Number(r.batches_unqualified)),
        memberFailures: Number(r.member_failures),
      }));
      return lookAheadResult(items, page, rows.length > page.pageSize);
    });
  }

  async function listFailing(query: PublicFailingQuery) {
    const page = pageOf(query);
    const parts: SQL[] = [sql`r.final_result = 'unqualified'`];
    if (query.noticeId) parts.push(sql`r.notice_id = ${query.noticeId}::uuid`);
    if (query.q?.trim()) {
      const term = `%${likeEscape(query.q.trim())}%`;
      parts.push(sql`(e.name ILIKE ${term} OR r.product_name ILIKE ${term} OR r.trademark ILIKE ${term})`);
    }
    return database.read(PUBLIC_SCOPE, async (tx) => {
      const rows = await queryRows<{
        id: string;
        notice_no: string;
        published_on: string | Date;
        enterprise_name: string;
        credit_code: string | null;
        association_names: string[] | string;
        product_name: string;
        trademark: string;
        model_spec: string;
        batch: string;
        failing_items: string[] | string;
        inspection_body: string;
        reinspection: ReinspectionStatus | null;
      }>(
        tx,
        sql`SELECT r.id, n.notice_no, n.published_on, e.name AS enterprise_name, e.credit_code,
              a.names AS association_names, r.product_name, r.trademark, r.model_spec, r.batch, r.failing_items,
              r.inspection_body, r.reinspection
            FROM spot_check_result r
            JOIN spot_check_notice n ON n.id = r.notice_id
            JOIN organisation e ON e.id = r.enterprise_id
            JOIN LATERAL (
              SELECT array_agg(ao.name ORDER BY ao.name) AS names
              FROM membership m JOIN organisation ao ON ao.id = m.association_id
              WHERE m.enterprise_id = r.enterprise_id AND m.status = 'active'
            ) a ON a.names IS NOT NULL
            WHERE ${sql.join(parts, sql` AND `)}
            ORDER BY n.published_on DESC, r.id
            LIMIT ${page.pageSize + 1} OFFSET ${offsetOf(page)}`,
      );
      const items: PublicFailingProductDto[] = rows.slice(0, page.pageSize).map((r) => ({
        id: r.id,
        noticeNo: r.notice_no,
        publishedOn: dateText(r.published_on),
        enterpriseName: r.enterprise_name,
        creditCode: r.credit_code,
        associationNames: textArray(r.association_names),
        productName: r.product_name,
        trademark: r.trademark,
        modelSpec: r.model_spec,
        batch: r.batch,
        failingItems: textArray(r.failing_items),
        inspectionBody: r.inspection_body,
        reinspection: r.reinspection === 'requested' ? 'requested' : r.reinspection,
      }));
      return lookAheadResult(items, page, rows.length > page.pageSize);
    });
  }

  return { listNotices, listFailing };
}

export type SpotCheckPublicService = ReturnType<typeof spotCheckPublicService>;
