/**
 * The machine's ceilings: bare Fastify and one statement per request (no auth, no transaction, no
 * row-level security, no drizzle, no schema validation).
 *
 *   DATABASE_URL=postgres://…/gongzhi_bench PORT=3101 node --import tsx bench/ceiling.ts
 *   DATA_DIR=.bench/pglite PORT=3101 node --import tsx bench/ceiling.ts
 *
 * GET /ceiling/by-credit-code/:code → the published organisation's row as JSON, or 404 (one indexed select).
 * POST /ceiling/complaints → 201 and a receipt: one INSERT of the row the public intake would file
 *   (same columns and sizes) into bench_ceiling_complaint, a scratch copy of complaint with its
 *   indexes and foreign keys but without row-level security or any of the steps around the insert
 *   (rate limits, duplicate check, membership, timeline, audit). The table is created anew when the
 *   server starts.
 * GET /ceiling/credit/:code → the public credit page (the enterprise, its published grades, its published
 *   records within their window, published warnings, active measures and commitments), or 404: the
 *   statement of the public credit page (modules/credit/credit.public.ts) as one raw query, prepared
 *   (named) on PostgreSQL as the server's is.
 * GET /ceiling/health → { ok: true }.
 */
import { createHash, randomInt, randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { openDatabase } from '../apps/server/src/db/client.js';

/** The row the public endpoint returns, with its region and industry names: one statement. */
export const CEILING_SQL = `select o.id, o.kind, o.name, o.name_en, o.credit_code, o.region_code, o.industry_code,
  o.address, o.contact_phone, o.website, o.description, o.published, o.status, o.version, o.created_at, o.updated_at,
  d.name as region_name, i.name as industry_name
  from organisation o
  left join division d on d.code = o.region_code
  left join industry i on i.code = o.industry_code
  where o.credit_code = $1`;

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;

/** The public credit page of a published enterprise: the server's statement, written out (one statement). */
export const CEILING_CREDIT_SQL = `SELECT o.name, o.credit_code,
  (SELECT d.name FROM division d WHERE d.code = o.region_code) AS region_name,
  (SELECT i.name FROM industry i WHERE i.code = o.industry_code) AS industry_name,
  json_build_object(
    'grades', coalesce((
      SELECT json_agg(json_build_object(
        'associationName', a.name, 'grade', g.grade, 'asOf', g.as_of, 'publishedAt', ${ISO('g.published_at')},
        'gradeLabel', coalesce((
          SELECT x->'label' FROM credit_run r JOIN credit_model m ON m.id = r.model_id,
                 jsonb_array_elements(m.definition->'grades') x
          WHERE r.id = g.run_id AND x->>'code' = g.grade LIMIT 1),
          json_build_object('zh-CN', g.grade, 'en-US', g.grade)::jsonb)
      ) ORDER BY a.name)
      FROM credit_grade g JOIN organisation a ON a.id = g.association_id
      WHERE g.enterprise_id = o.id AND a.published), '[]'::json),
    'records', coalesce((
      SELECT json_agg(json_build_object(
        'id', c.id, 'associationName', a.name, 'recordType', c.record_type, 'polarity', c.polarity,
        'severity', c.severity, 'title', c.title, 'description', c.description, 'occurredOn', c.occurred_on,
        'sourceName', c.source_name, 'publishUntil', c.publish_until
      ) ORDER BY c.occurred_on DESC, c.id)
      FROM credit_record c JOIN organisation a ON a.id = c.association_id
      WHERE c.enterprise_id = o.id AND c.status = 'published' AND c.publish_until >= ${TODAY}), '[]'::json),
    'warnings', coalesce((
      SELECT json_agg(json_build_object(
        'id', w.id, 'associationName', a.name, 'enterpriseName', o.name, 'creditCode', o.credit_code,
        'rule', w.rule, 'level', w.level, 'params', w.params, 'publishedAt', ${ISO('w.published_at')}
      ) ORDER BY w.published_at DESC)
      FROM credit_warning w JOIN organisation a ON a.id = w.association_id
      WHERE w.enterprise_id = o.id AND w.status = 'published'), '[]'::json),
    'measures', coalesce((
      SELECT json_agg(json_build_object(
        'id', cm.id, 'associationName', a.name, 'enterpriseName', o.name, 'creditCode', o.credit_code,
        'kind', cm.kind, 'list', cm.list, 'grade', cm.grade, 'reason', cm.reason,
        'validFrom', cm.valid_from, 'validUntil', cm.valid_until
      ) ORDER BY cm.valid_from DESC)
      FROM credit_measure cm JOIN organisation a ON a.id = cm.association_id
      WHERE cm.enterprise_id = o.id AND cm.status = 'active'
        AND (cm.valid_until IS NULL OR cm.valid_until >= ${TODAY})), '[]'::json),
    'commitments', coalesce((
      SELECT json_agg(json_build_object(
        'id', k.id, 'associationName', a.name, 'enterpriseName', o.name, 'creditCode', o.credit_code,
        'kind', k.kind, 'content', k.content, 'scope', k.scope, 'returnDays', k.return_days,
        'validFrom', k.valid_from, 'validUntil', k.valid_until, 'signedAt', ${ISO('k.signed_at')}
      ) ORDER BY k.signed_at DESC)
      FROM commitment k JOIN organisation a ON a.id = k.association_id
      WHERE k.enterprise_id = o.id AND k.status = 'active' AND k.valid_until >= ${TODAY}
        AND k.valid_from <= ${TODAY}), '[]'::json)
  ) AS page
  FROM organisation o
  WHERE o.credit_code = $1 AND o.kind = 'enterprise' AND o.published
  LIMIT 1`;

/** The intake's scratch table: complaint's columns, defaults, indexes and foreign keys; no RLS. */
export const CEILING_COMPLAINT_TABLE = 'bench_ceiling_complaint';

const CEILING_INSERT = `insert into ${CEILING_COMPLAINT_TABLE} (id, tracking_no, kind, association_id, enterprise_id,
  respondent_name, respondent_address, complainant_name, complainant_phone, complainant_address, category, product_name,
  facts, request, consent_share_contact, status, time_limit_id, received_on, acceptance_due, due_on, due_kind, fingerprint)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'received', $16, $17, $18, $18, 'acceptance', $19)`;

interface IntakeBody {
  kind?: string;
  associationId?: string;
  enterpriseId?: string;
  respondentName?: string;
  respondentAddress?: string;
  complainantName?: string;
  complainantPhone?: string;
  complainantAddress?: string;
  category?: string;
  productName?: string;
  facts?: string;
  request?: string;
  consentShareContact?: boolean;
}

const shanghaiDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Nine calendar days on (seven working days on a plain week): the ceiling does not count working days. */
function plusDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function intakeValues(body: IntakeBody, timeLimitId: string): unknown[] {
  const today = shanghaiDay.format(new Date());
  let suffix = '';
  // Eight characters (the server's have six): no unique-key collision among the bench's tens of thousands of rows.
  for (let i = 0; i < 8; i++) suffix += '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'[randomInt(32)];
  const phone = (body.complainantPhone ?? '').replace(/[\s-]/g, '');
  const fingerprint = createHash('sha256')
    .update([phone, body.enterpriseId ?? '', body.facts ?? ''].join('\u0000'))
    .digest('hex');
  return [
    randomUUID(),
    `TS${today.replaceAll('-', '')}${suffix}`,
    body.kind ?? 'complaint',
    body.associationId ?? body.enterpriseId,
    body.enterpriseId ?? null,
    body.respondentName ?? '',
    body.respondentAddress ?? null,
    body.complainantName ?? '',
    phone,
    body.complainantAddress ?? '',
    body.category ?? 'other',
    body.productName ?? null,
    body.facts ?? '',
    body.request ?? null,
    body.consentShareContact === true,
    timeLimitId,
    today,
    plusDays(today, 9),
    fingerprint,
  ];
}

export interface CeilingOptions {
  /** postgres://… ; otherwise PGlite in dataDir. */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** PostgreSQL pool size; the Gongzhi server uses 10. */
  poolSize?: number;
}

export async function buildCeiling(options: CeilingOptions): Promise<FastifyInstance> {
  let run: (text: string, values: unknown[], name?: string) => Promise<Record<string, unknown>[]>;
  let close: () => Promise<void>;
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // A name makes it a prepared statement, planned once per connection (as the server's hot statements are).
    run = async (text, values, name) => (await pool.query(name ? { name, text, values } : { text, values })).rows;
    close = () => pool.end();
  } else {
    if (!options.dataDir) throw new Error('give DATABASE_URL or DATA_DIR');
    // openDatabase only for PGlite's data-directory lock and extensions; the queries go to PGlite directly.
    const database = await openDatabase({ dataDir: path.resolve(options.dataDir) });
    const client = database.pglite;
    if (!client) throw new Error('expected a PGlite database');
    run = async (text, values) => (await client.query<Record<string, unknown>>(text, values)).rows;
    close = () => database.close();
  }
  const query = (code: string) => run(CEILING_SQL, [code]);
  // The intake's scratch table, empty at every start (only where complaints exist: migration 0005).
  let timeLimitId: string | undefined;
  const hasComplaints = await run(`select to_regclass('complaint') is not null as present`, []);
  if (hasComplaints[0]?.present) {
    // A new copy at every start: complaint's columns, defaults, indexes and foreign keys (the same checks
    // an INSERT into complaint makes), none of its row-level security.
    await run(`drop table if exists ${CEILING_COMPLAINT_TABLE}`, []);
    await run(`create table ${CEILING_COMPLAINT_TABLE} (like complaint including defaults including indexes)`, []);
    const foreignKeys = await run(
      `select pg_get_constraintdef(oid) as definition from pg_constraint
       where conrelid = 'complaint'::regclass and contype = 'f' order by conname`,
      [],
    );
    for (const fk of foreignKeys) await run(`alter table ${CEILING_COMPLAINT_TABLE} add ${String(fk.definition)}`, []);
    const limits = await run('select id from complaint_time_limit order by version desc limit 1', []);
    timeLimitId = limits[0]?.id as string | undefined;
  }
  const app = Fastify({ logger: false });
  app.get('/ceiling/health', async () => ({ ok: true }));
  app.get<{ Params: { code: string } }>('/ceiling/by-credit-code/:code', async (req, reply) => {
    const row = (await query(req.params.code.trim().toUpperCase()))[0];
    if (!row?.published) return reply.status(404).send({ error: { code: 'not_found' } });
    return row;
  });
  app.get<{ Params: { code: string } }>('/ceiling/credit/:code', async (req, reply) => {
    const row = (await run(CEILING_CREDIT_SQL, [req.params.code.trim().toUpperCase()], 'ceiling_credit_page'))[0];
    if (!row) return reply.status(404).send({ error: { code: 'not_found' } });
    const page = row.page as Record<string, unknown>;
    return {
      enterprise: {
        name: row.name,
        creditCode: row.credit_code,
        regionName: row.region_name,
        industryName: row.industry_name,
      },
      ...page,
    };
  });
  app.post<{ Body: IntakeBody }>('/ceiling/complaints', async (req, reply) => {
    if (!timeLimitId) return reply.status(500).send({ error: { code: 'no_complaint_tables' } });
    const values = intakeValues(req.body, timeLimitId);
    await run(CEILING_INSERT, values);
    return reply.status(201).send({
      trackingNo: values[1],
      status: 'received',
      receivedOn: values[16],
      dueOn: values[17],
      dueKind: 'acceptance',
      dueProvisional: false,
      duplicate: false,
    });
  });
  app.addHook('onClose', async () => close());
  return app;
}

async function main(): Promise<void> {
  const app = await buildCeiling({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR });
  const shutdown = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: Number(process.env.PORT ?? 3101), host: process.env.HOST ?? '127.0.0.1' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(`ceiling: ${(error as Error).message}`);
    process.exit(1);
  });
}
