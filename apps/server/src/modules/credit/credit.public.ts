/**
 * What anyone may read about credit: published grades, published records within their window,
 * published early warnings. Only published organisations; nothing private. The page by credit code
 * is one prepared statement on the public read pool.
 */
import type { PublicCreditListItemDto, PublicCreditListQuery, PublicCreditWarningDto } from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { PUBLIC_SCOPE, type Tx } from '../../db/client.js';
import { organisation } from '../../db/schema/index.js';
import { notFound } from '../../kernel/app-error.js';
import type { AppContext } from '../../kernel/context.js';
import { likeEscape, lookAheadResult, offsetOf, pageOf } from '../../kernel/pagination.js';
import { queryRows } from '../../kernel/raw-sql.js';

/** Aliased: the correlated subqueries name its columns as o.* (drizzle leaves them unqualified). */
const _o = alias(organisation, 'o');
const iso = (column: string) => sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/**
 * The page as JSON text, built by an owner-rights function that returns only public data (migration
 * 0010): one prepared statement, no row-level security to pay for, and the text goes out as it is.
 */
function pageQuery(tx: Tx) {
  return tx
    .select({ page: sql<string | null>`gongzhi_public_credit_page(${sql.placeholder('code')})::text` })
    .from(sql`(VALUES (1)) AS one(x)`)
    .prepare('public_credit_page');
}

const prepared = new WeakMap<Tx, ReturnType<typeof pageQuery>>();

export function creditPublicService(ctx: AppContext) {
  const { database } = ctx;

  /** The public credit page as JSON text (the statement's own output, checked against PublicCreditPageDto by the tests). */
  async function page(creditCode: string): Promise<string> {
    const code = creditCode.trim().toUpperCase();
    const json = await database.read(PUBLIC_SCOPE, async (tx) => {
      let query = prepared.get(tx);
      if (!query) {
        query = pageQuery(tx);
        prepared.set(tx, query);
      }
      return (await query.execute({ code }))[0]?.page ?? null;
    });
    if (!json) throw notFound();
    return json;
  }

  async function list(query: PublicCreditListQuery) {
    const p = pageOf(query);
    const term = query.q?.trim() ?? '';
    const conditions = [sql`e.published`, sql`a.published`];
    if (term) {
      const upper = term.toUpperCase();
      conditions.push(
        /^[0-9A-Z]{2,18}$/.test(upper)
          ? sql`(e.credit_code LIKE ${`${likeEscape(upper)}%`} OR lower(e.name) LIKE ${`%${likeEscape(term.toLowerCase())}%`})`
          : sql`lower(e.name) LIKE ${`%${likeEscape(term.toLowerCase())}%`}`,
      );
    }
    if (query.grade) conditions.push(sql`g.grade = ${query.grade}`);
    if (query.associationId) conditions.push(sql`g.association_id = ${query.associationId}::uuid`);
    const rows = await database.read(PUBLIC_SCOPE, (tx) =>
      queryRows<{
        enterprise_name: string;
        credit_code: string;
        association_name: string;
        grade: string;
        as_of: string;
        label: PublicCreditListItemDto['gradeLabel'] | null;
      }>(
        tx,
        sql`
        SELECT e.name AS enterprise_name, e.credit_code, a.name AS association_name, g.grade, g.as_of::text AS as_of,
          (SELECT x->'label' FROM credit_run r JOIN credit_model m ON m.id = r.model_id,
                  jsonb_array_elements(m.definition->'grades') x
           WHERE r.id = g.run_id AND x->>'code' = g.grade LIMIT 1) AS label
        FROM credit_grade g
        JOIN organisation e ON e.id = g.enterprise_id
        JOIN organisation a ON a.id = g.association_id
        WHERE ${sql.join(conditions, sql` AND `)}
        ORDER BY e.name, a.name, g.id
        LIMIT ${p.pageSize + 1} OFFSET ${offsetOf(p)}`,
      ),
    );
    const items: PublicCreditListItemDto[] = rows.slice(0, p.pageSize).map((r) => ({
      enterpriseName: r.enterprise_name,
      creditCode: r.credit_code,
      associationName: r.association_name,
      grade: r.grade,
      gradeLabel: r.label ?? { 'zh-CN': r.grade, 'en-US': r.grade },
      asOf: r.as_of,
    }));
    return lookAheadResult(items, p, rows.length > p.pageSize);
  }

  async function warnings(query: { page?: number; pageSize?: number }) {
    const p = pageOf(query);
    const rows = await database.read(PUBLIC_SCOPE, (tx) =>
      queryRows<{
        id: string;
        association_name: string;
        enterprise_name: string;
        credit_code: string;
        rule: PublicCreditWarningDto['rule'];
        level: PublicCreditWarningDto['level'];
        params: Record<string, string | number>;
        published_at: string;
      }>(
        tx,
        sql`
        SELECT w.id, a.name AS association_name, e.name AS enterprise_name, e.credit_code, w.rule, w.level, w.params,
               ${iso('w.published_at')} AS published_at
        FROM credit_warning w
        JOIN organisation e ON e.id = w.enterprise_id
        JOIN organisation a ON a.id = w.association_id
        WHERE w.status = 'published' AND e.published AND a.published
        ORDER BY w.published_at DESC, w.id
        LIMIT ${p.pageSize + 1} OFFSET ${offsetOf(p)}`,
      ),
    );
    const items: PublicCreditWarningDto[] = rows.slice(0, p.pageSize).map((r) => ({
      id: r.id,
      associationName: r.association_name,
      enterpriseName: r.enterprise_name,
      creditCode: r.credit_code,
      rule: r.rule,
      level: r.level,
      params: r.params,
      publishedAt: r.published_at,
    }));
    return lookAheadResult(items, p, rows.length > p.pageSize);
  }

  return { page, list, warnings };
}

export type CreditPublicService = ReturnType<typeof creditPublicService>;
