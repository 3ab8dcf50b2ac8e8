/**
 * The spot-check scenario of `npm run bench` (issue #6), used by bench/run.ts
 * (`BENCH_SCENARIOS=spotcheck npm run bench`). PostgreSQL only.
 *
 * 1. **Import of a 100,000-row notice** through the real HTTP API of a server built in this process
 *    (`buildApp` on the bench database, listening on loopback), as a regulator: the upload
 *    (`POST /api/v1/spot-checks/imports`, the raw xlsx: read, checked, matched, previewed) and the
 *    commit (`POST …/imports/:id/commit`: read again, rows matched and inserted, credit records in
 *    every archive of every matched member, early warnings, notifications, audit). The rows are real
 *    bench enterprises: 80 % with their credit code, 10 % by exact name only, 10 % unknown; 10 %
 *    unqualified. Next to it, the **floor**: reading and checking the same file
 *    (`readSpotCheckFile` + `validateRows`) and ONE bare INSERT of the same rows (unnest arrays) into a
 *    scratch copy of `spot_check_result` with its indexes (no foreign keys, no row-level security,
 *    no matching, no credit). Every statement of both requests is captured from the `pg` driver,
 *    so the report can say where the time goes.
 * 2. **Analysis by product category** over five years of monthly notices (generated once: 60 months
 *    × 30 categories, about 120,000 result rows, plus the import above while it is in place):
 *    `GET /api/v1/spot-checks/analysis?by=category&from=…&to=…`, one request at a time, as the
 *    regulator (whole region), as the staff of an industry association (its members next to the
 *    region) and of the city-wide association (every enterprise a member). The ceiling: the bare
 *    grouped SELECT over the same rows through the same driver (and, for the members' columns, the
 *    same with a join to the association's memberships). EXPLAIN (ANALYZE, BUFFERS) of the
 *    statements as the server sends them.
 *
 * The import is removed at the end (its results, notice, credit records, warnings and notifications;
 * audit rows stay: the table refuses deletes), so the database is the same before and after a run.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { addDays, makeUscc } from '@gongzhi/contracts';
import type pg from 'pg';
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config.js';
import type { Database } from '../apps/server/src/db/client.js';
import { todayInShanghai } from '../apps/server/src/kernel/clock.js';
import {
  readSpotCheckFile,
  suggestMapping,
  validateRows,
} from '../apps/server/src/modules/spotcheck/spotcheck.parse.js';
import { type NoticeRow, noticeXlsx } from '../apps/server/test/spotcheck-files.js';
import { type Captured, captureStatements } from './statements.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Notices of the generated history. */
const HISTORY_PREFIX = 'BENCH-HIST-';
/** Notices imported by the scenario (removed at the end of the run). */
const IMPORT_PREFIX = 'BENCH-IMPORT-';
const IMPORT_FILE_PREFIX = 'bench-spotcheck-';
const HISTORY_MONTHS = 60;
const FLOOR_TABLE = 'bench_spotcheck_floor';
export const SPOTCHECK_TARGETS = { importRatio: 3, analysisP99Ms: 200 } as const;

/** 30 product categories of municipal spot checks, their usual share of unqualified batches, and failing items. */
const CATEGORIES: readonly [name: string, rate: number, items: string][] = [
  ['陶瓷砖', 0.06, '吸水率|破坏强度|尺寸偏差|放射性'],
  ['卫生陶瓷', 0.08, '用水量|冲洗功能|吸水率'],
  ['燃气灶具', 0.12, '热负荷准确度|熄火保护装置|一氧化碳含量'],
  ['家用燃气快速热水器', 0.1, '热效率|烟气中一氧化碳含量|防倒烟'],
  ['储水式电热水器', 0.07, '泄漏电流|接地措施|标志和说明'],
  ['电线电缆', 0.15, '导体电阻|绝缘厚度|老化后断裂伸长率'],
  ['建筑用铝合金型材', 0.05, '膜厚|壁厚|硬度'],
  ['塑料门窗', 0.06, '抗风压性能|气密性能'],
  ['木制家具', 0.09, '甲醛释放量|稳定性|表面理化性能'],
  ['儿童家具', 0.14, '警示标识|突出物|稳定性'],
  ['办公椅', 0.08, '稳定性|扶手强度|气弹簧'],
  ['灯具', 0.13, '标记|防触电保护|爬电距离和电气间隙'],
  ['LED照明产品', 0.11, '谐波电流|骚扰电压|光效'],
  ['插头插座', 0.16, '防触电保护|尺寸检查|耐热'],
  ['开关', 0.09, '通断能力|正常操作|温升'],
  ['电饭锅', 0.07, '输入功率和电流|发热|结构'],
  ['电风扇', 0.1, '机械危险|发热|标志和说明'],
  ['吸油烟机', 0.06, '风量|气味降低度|噪声'],
  ['不锈钢制品', 0.05, '铬含量|镍含量|锰含量'],
  ['五金工具', 0.07, '硬度|扭矩|标志'],
  ['水嘴', 0.08, '铅析出量|流量|密封性能'],
  ['建筑涂料', 0.06, '挥发性有机化合物|游离甲醛|耐洗刷性'],
  ['胶粘剂', 0.09, '苯|甲苯+二甲苯|总挥发性有机物'],
  ['塑料管材', 0.07, '静液压强度|纵向回缩率|维卡软化温度'],
  ['床上用品', 0.1, '纤维含量|pH值|色牢度'],
  ['儿童服装', 0.12, '绳带|pH值|纤维含量'],
  ['塑料包装容器', 0.04, '总迁移量|高锰酸钾消耗量|脱色试验'],
  ['电动自行车', 0.15, '最高车速|整车质量|防篡改'],
  ['玩具', 0.11, '小零件|可触及锐利边缘|增塑剂'],
  ['消防产品', 0.13, '灭火性能|喷射性能|标志'],
];

/** The import's notice and the products of its rows. */
const IMPORT_CATEGORY = '陶瓷砖';
const IMPORT_PRODUCTS: readonly [product: string, model: string, failing: string][] = [
  ['陶瓷砖', '800mm×800mm', '吸水率；破坏强度'],
  ['陶瓷砖', '600mm×1200mm', '尺寸偏差'],
  ['陶瓷砖', '300mm×600mm', '破坏强度'],
  ['釉面砖', '400mm×800mm', '吸水率'],
  ['陶瓷板', '1200mm×2400mm', '断裂模数；放射性'],
];
const DISTRICT_NAMES: Record<string, string> = {
  '440604': '禅城区',
  '440605': '南海区',
  '440606': '顺德区',
  '440607': '三水区',
  '440608': '高明区',
};

export interface SpotcheckOptions {
  root: string;
  open: () => Promise<Database>;
  ensureUser: (
    database: Database,
    username: string,
    role: string,
    organisationId: string,
  ) => Promise<{ username: string; userId: string }>;
  login: (base: string, username: string) => Promise<string>;
  /** Rows of the imported notice (default 100,000). */
  rows: number;
  /** Analysis requests measured per series, after a tenth as many of warm-up (default 200)… */
  requests: number;
  /** …or as many as fit in this many seconds (default 30). */
  seconds: number;
  log: (message: string) => void;
}

export interface StatementGroup {
  statement: string;
  count: number;
  ms: number;
}

interface Timed {
  ms: number;
  /** CPU of this process (the server and the client), ms. */
  cpuMs: number;
  load: string;
}

export interface FloorTiming {
  readMs: number;
  validateMs: number;
  insertMs: number;
  totalMs: number;
}

export interface ImportTiming {
  /** One bare INSERT … SELECT of the commit's credit records into credit_record (rolled back). */
  creditFloorMs: number;
  upload: Timed & { statements: StatementGroup[]; statementMs: number; statementCount: number };
  commit: Timed & { statements: StatementGroup[]; statementMs: number; statementCount: number };
  counts: Record<string, number>;
  cleanRows: number;
  creditRecords: number;
  warnings: number;
  notifications: number;
}

export interface LatencySeries {
  label: string;
  target: 'Gongzhi' | 'ceiling';
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** What the response held (rows, and the inspected batches of the region / the members). */
  detail: string;
}

export interface SpotcheckReport {
  fileBytes: number;
  fileRows: number;
  fileBuildMs: number | null;
  history: { notices: number; results: number; generatedMs: number | null; from: string; to: string };
  floors: FloorTiming[];
  import: ImportTiming;
  analysis: { from: string; to: string; rows: number; series: LatencySeries[] };
  associations: { industry: { name: string; members: number }; city: { name: string; members: number } | null };
  plans: { label: string; sql: string; plan: string }[];
  cleanup: { ms: number; creditRecords: number; results: number };
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const loadAvg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

// ---------------------------------------------------------------- statements

/** Statements grouped by their first 100 characters (same shape, different sizes), the costliest first. */
function groupStatements(statements: Captured[]): StatementGroup[] {
  const groups = new Map<string, StatementGroup>();
  for (const s of statements) {
    const key = s.text.replace(/\s+/g, ' ').trim().slice(0, 100);
    const g = groups.get(key) ?? { statement: key, count: 0, ms: 0 };
    g.count += 1;
    g.ms += s.ms;
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ ...g, ms: round(g.ms, 1) })).sort((a, b) => b.ms - a.ms);
}

// ---------------------------------------------------------------- HTTP

interface Response<T> {
  status: number;
  body: T;
  ms: number;
}

/** One request over a keep-alive connection (no time limit: a commit of 100,000 rows takes a while). */
function send<T>(
  agent: http.Agent,
  url: string,
  options: { method?: string; body?: Buffer | string; contentType?: string; cookie?: string } = {},
): Promise<Response<T>> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        agent,
        method: options.method ?? 'GET',
        headers: {
          ...(options.contentType ? { 'content-type': options.contentType } : {}),
          ...(options.body === undefined ? {} : { 'content-length': Buffer.byteLength(options.body) }),
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body: body as T, ms: performance.now() - started });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function expectStatus<T>(res: Response<T>, status: number, what: string): T {
  if (res.status !== status) throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 600)}`);
  return res.body;
}

// ---------------------------------------------------------------- data

/** Five years of monthly notices, 30 categories (one notice per category and month), generated once. */
async function ensureHistory(
  database: Database,
  regulatorId: string,
  log: (m: string) => void,
): Promise<SpotcheckReport['history']> {
  const pool = database.pool;
  if (!pool) throw new Error('spotcheck: PostgreSQL only');
  const present = async () => {
    const [row] = await database.query<{ notices: number; rows: number; results: number; from: string | null }>(
      `select count(*)::int as notices, coalesce(sum(row_count), 0)::int as rows,
         (select count(*)::int from spot_check_result r join spot_check_notice n on n.id = r.notice_id
           where n.notice_no like '${HISTORY_PREFIX}%') as results,
         to_char(date_trunc('month', min(published_on)), 'YYYY-MM-DD') as "from"
       from spot_check_notice where notice_no like '${HISTORY_PREFIX}%'`,
    );
    return row;
  };
  const today = todayInShanghai();
  let row = await present();
  let generatedMs: number | null = null;
  if (!row || row.notices !== HISTORY_MONTHS * CATEGORIES.length || row.results !== row.rows) {
    const started = performance.now();
    const firstMonth = `${addMonthsToMonth(today.slice(0, 7), -HISTORY_MONTHS)}-01`;
    log(
      `  generating ${HISTORY_MONTHS} months × ${CATEGORIES.length} categories of spot-check notices from ${firstMonth}`,
    );
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(
        `delete from spot_check_result where notice_id in (select id from spot_check_notice where notice_no like '${HISTORY_PREFIX}%')`,
      );
      await client.query(`delete from spot_check_notice where notice_no like '${HISTORY_PREFIX}%'`);
      await client.query(
        `create temp table bench_sc_enterprise on commit drop as
         select (row_number() over (order by o.id) - 1)::int as n, o.id, o.name, o.credit_code, d.name as district
         from organisation o left join division d on d.code = o.region_code where o.kind = 'enterprise'`,
      );
      await client.query('alter table bench_sc_enterprise add primary key (n)');
      const [{ count = 0 } = {}] = (
        await client.query<{ count: number }>('select count(*)::int as count from bench_sc_enterprise')
      ).rows;
      const categories = CATEGORIES.map((c) => c[0]);
      const rates = CATEGORIES.map((c) => c[1]);
      const items = CATEGORIES.map((c) => c[2]);
      // One notice per category and month: 30–104 rows (mean 67), a level, published in that month.
      await client.query(
        `insert into spot_check_notice (owner_id, notice_no, title, level, published_on, product_category, standards,
           batches_sampled, batches_inspected, batches_unqualified, refusals, content_sha256, row_count, created_at)
         select $1::uuid, '${HISTORY_PREFIX}' || to_char(m.mon, 'YYYYMM') || '-' || lpad(c.k::text, 2, '0'),
           to_char(m.mon, 'YYYY') || '年' || extract(month from m.mon)::int || '月佛山市' || c.name || '产品质量监督抽查结果',
           (array['municipal', 'municipal', 'municipal', 'district', 'district', 'provincial', 'provincial', 'national'])[1 + h.h % 8],
           (m.mon + ((h.h / 8) % 25) * interval '1 day')::date, c.name, '', s.n + h.h % 3, s.n, 0, (h.h / 200) % 3,
           md5('${HISTORY_PREFIX}' || m.mon::text || c.name), s.n, m.mon + ((h.h / 8) % 25 + 1) * interval '1 day'
         from generate_series($2::date, $2::date + interval '${HISTORY_MONTHS - 1} months', interval '1 month') as m(mon)
         cross join unnest($3::text[]) with ordinality as c(name, k)
         cross join lateral (select (hashint8(extract(epoch from m.mon)::bigint * 64 + c.k) & 2147483647)::bigint as h) h
         cross join lateral (select (30 + h.h % 75)::int as n) s`,
        [regulatorId, firstMonth, categories],
      );
      // Rows: 80 % matched by credit code, 10 % by name, 10 % unknown; unqualified around the category's
      // rate, which drifts from notice to notice (×0.5–1.5); one or two failing items.
      await client.query(
        `insert into spot_check_result (notice_id, owner_id, row_number, enterprise_id, match, enterprise_name, credit_code,
           district, product_name, product_category, trademark, model_spec, batch, production_date, check_category,
           inspection_body, result, failing_items, checked_on, final_result, matched_at)
         select n.id, n.owner_id, g.i + 2, case when x.how <> 'unmatched' then e.id end, x.how,
           case when x.how = 'unmatched' then '佛山市未登记' || c.name || '厂' || (h.h % 100000) else e.name end,
           case when x.how = 'credit_code' then e.credit_code end,
           case when x.how = 'unmatched' then null else '佛山市' || e.district end,
           c.name, n.product_category, '', '', 'H' || lpad(g.i::text, 4, '0'),
           n.published_on - (30 + h.h % 300)::int, case when h.h % 3 = 0 then '流通领域' else '生产领域' end,
           '广东省佛山市质量计量监督检测中心', x.result,
           case when x.result = 'unqualified' then
             case when h.h % 4 = 0 then array[c.items[1 + h.h % cardinality(c.items)], c.items[1 + (h.h + 1) % cardinality(c.items)]]
                  else array[c.items[1 + h.h % cardinality(c.items)]] end
             else '{}'::text[] end,
           n.published_on, x.result, case when x.how <> 'unmatched' then n.created_at end
         from spot_check_notice n
         join (select name, rate, string_to_array(items, '|') as items
               from unnest($1::text[], $2::float8[], $3::text[]) as u(name, rate, items)) c on c.name = n.product_category
         cross join generate_series(1, n.row_count) as g(i)
         cross join lateral (select (hashint8(hashtext(n.notice_no)::bigint * 1000 + g.i) & 2147483647)::bigint as h) h
         cross join lateral (
           select case when h.h % 100 < 80 then 'credit_code' when h.h % 100 < 90 then 'name' else 'unmatched' end as how,
             case when (h.h / 100) % 10000 < c.rate * 10000 * (0.5 + (hashtext(n.notice_no) & 1023) / 1023.0)
               then 'unqualified' else 'qualified' end as result
         ) x
         left join bench_sc_enterprise e on e.n = (h.h / 1000000 + g.i * 7919) % $4::int
         where n.notice_no like '${HISTORY_PREFIX}%'`,
        [categories, rates, items, count],
      );
      await client.query(
        `update spot_check_notice n set batches_unqualified = u.k
         from (select notice_id, count(*) filter (where result = 'unqualified')::int as k from spot_check_result group by 1) u
         where u.notice_id = n.id and n.notice_no like '${HISTORY_PREFIX}%'`,
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
    await database.query('vacuum (analyze) spot_check_notice');
    await database.query('vacuum (analyze) spot_check_result');
    generatedMs = performance.now() - started;
    row = await present();
    log(`  ${row?.results.toLocaleString('en')} result rows in ${round(generatedMs / 1000, 1)} s`);
  } else {
    log(`  ${row.results.toLocaleString('en')} generated spot-check results already loaded: skipped`);
  }
  return {
    notices: row?.notices ?? 0,
    results: row?.results ?? 0,
    generatedMs,
    from: row?.from ?? today,
    to: today,
  };
}

/** 'YYYY-MM' plus `months`. */
function addMonthsToMonth(month: string, months: number): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The import's rows: real bench enterprises, deterministic (the same file every run). */
async function importRows(database: Database, count: number): Promise<NoticeRow[]> {
  const enterprises = await database.query<{ name: string; credit_code: string; region_code: string }>(
    `select name, credit_code, region_code from organisation where kind = 'enterprise'
     order by hashtext(credit_code), credit_code limit $1`,
    [count],
  );
  if (enterprises.length < count)
    throw new Error(`spotcheck: ${count} enterprises wanted, ${enterprises.length} found`);
  const rows: NoticeRow[] = [];
  enterprises.forEach((e, i) => {
    const [productName, modelSpec, failing] = IMPORT_PRODUCTS[i % IMPORT_PRODUCTS.length] ?? ['陶瓷砖', '', ''];
    const unqualified = i % 10 === 4;
    const how = i % 10 < 8 ? 'code' : i % 10 === 8 ? 'name' : 'unknown';
    const district = DISTRICT_NAMES[e.region_code] ?? '禅城区';
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    rows.push({
      enterpriseName: how === 'unknown' ? `佛山市${district}未登记陶瓷厂${i}号` : e.name,
      ...(how === 'code' ? { creditCode: e.credit_code } : {}),
      // Unknown producers: half without a code, half with an individual business's code not in the registry.
      ...(how === 'unknown' && i % 20 === 9
        ? { creditCode: makeUscc('92', e.region_code, String(30_000_000 + i)) }
        : {}),
      district: `佛山市${district}`,
      productName,
      trademark: `牌${i % 97}`,
      modelSpec,
      productionDate: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      batch: `P${String(i + 1).padStart(6, '0')}`,
      checkCategory: i % 3 === 0 ? '流通领域' : '生产领域',
      inspectionBody: '广东省佛山市质量计量监督检测中心',
      result: unqualified ? '不合格' : '合格',
      failingItems: unqualified ? failing : '/',
    });
  });
  return rows;
}

/** The xlsx of `rows` (the tests' builder: merged title, bordered table), cached in .bench/ by content. */
async function importFile(root: string, rows: NoticeRow[], log: (m: string) => void) {
  const digest = createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
  const file = path.join(root, '.bench', `spotcheck-import-${rows.length}-${digest}.xlsx`);
  if (fs.existsSync(file)) return { content: fs.readFileSync(file), buildMs: null };
  log(
    `  building the ${rows.length.toLocaleString('en')}-row notice file (once; cached in ${path.relative(root, file)})`,
  );
  const started = performance.now();
  const content = await noticeXlsx(rows, { title: `${new Date().getFullYear()}年佛山市陶瓷砖产品质量监督抽查结果` });
  const buildMs = performance.now() - started;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return { content, buildMs };
}

/**
 * The credit records written for the matched rows `results` (id, enterprise_id): looked up through
 * the archives of the enterprise's associations by the unique (association_id, source_ref) index,
 * one probe per record (OFFSET 0 keeps the planner from scanning the partial index by source_ref alone).
 */
function creditRecordsOf(results: string): string {
  return `select c.id from (${results}) r
    join membership m on m.enterprise_id = r.enterprise_id
    cross join lateral (
      select c.id from credit_record c
      where c.association_id = m.association_id and c.source_ref = 'spotcheck:' || r.id::text offset 0
    ) c`;
}

/**
 * Removes every import of the scenario: its credit records and their warnings, the warnings'
 * notifications, its results, notices and uploads (audit rows stay).
 */
async function removeImports(database: Database): Promise<SpotcheckReport['cleanup']> {
  const started = performance.now();
  const imported = `select r.id, r.enterprise_id from spot_check_result r join spot_check_notice n on n.id = r.notice_id
    where n.notice_no like '${IMPORT_PREFIX}%' and r.enterprise_id is not null`;
  const [records] = await database.query<{ n: number }>(
    `with c as (${creditRecordsOf(imported)}), w as (
       delete from credit_warning where record_id in (select id from c) returning 1
     ), d as (
       delete from credit_record where id in (select id from c) returning 1
     )
     select (select count(*) from d)::int as n`,
  );
  await database.query(
    `delete from notification where kind = 'credit.warning' and params->>'recordTitle' like '${IMPORT_PREFIX}%'`,
  );
  const [results] = await database.query<{ n: number }>(
    `with d as (
       delete from spot_check_result where notice_id in (select id from spot_check_notice where notice_no like '${IMPORT_PREFIX}%')
       returning 1
     ) select count(*)::int as n from d`,
  );
  await database.query(`delete from spot_check_notice where notice_no like '${IMPORT_PREFIX}%'`);
  await database.query(`delete from spot_check_import where file_name like '${IMPORT_FILE_PREFIX}%'`);
  return {
    ms: round(performance.now() - started, 0),
    creditRecords: Number(records?.n ?? 0),
    results: Number(results?.n ?? 0),
  };
}

// ---------------------------------------------------------------- the floor

const ITEM_SEPARATOR = '\u001f';

/** Reading and checking the file, then one bare INSERT of its rows into a copy of spot_check_result. */
async function floor(database: Database, content: Buffer, fileName: string, ownerId: string): Promise<FloorTiming> {
  await database.query(`drop table if exists ${FLOOR_TABLE}`);
  await database.query(`create table ${FLOOR_TABLE} (like spot_check_result including defaults including indexes)`);
  try {
    const started = performance.now();
    const sheet = await readSpotCheckFile(content, fileName);
    const read = performance.now();
    const { rows, problems } = validateRows(sheet, suggestMapping(sheet.headers));
    const validated = performance.now();
    if (problems.length > 0)
      throw new Error(`spotcheck floor: ${problems.length} problems, e.g. ${problems[0]?.issue}`);
    const col = (pick: (r: (typeof rows)[number]) => string | number | null) => rows.map(pick);
    await database.query(
      `insert into ${FLOOR_TABLE} (notice_id, owner_id, row_number, match, enterprise_name, credit_code, district,
         product_name, product_category, trademark, model_spec, batch, production_date, check_category, inspection_body,
         result, failing_items, checked_on, final_result)
       select gen_random_uuid(), $1::uuid, u.row_number, 'unmatched', u.enterprise_name, u.credit_code, u.district,
         u.product_name, $2, u.trademark, u.model_spec, u.batch, u.production_date, u.check_category, u.inspection_body,
         u.result, case when u.failing = '' then '{}'::text[] else string_to_array(u.failing, $3) end, $4::date, u.result
       from unnest($5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
                   $13::date[], $14::text[], $15::text[], $16::text[], $17::text[])
         as u(row_number, enterprise_name, credit_code, district, product_name, trademark, model_spec, batch,
              production_date, check_category, inspection_body, result, failing)`,
      [
        ownerId,
        IMPORT_CATEGORY,
        ITEM_SEPARATOR,
        todayInShanghai(),
        col((r) => r.rowNumber),
        col((r) => r.enterpriseName),
        col((r) => r.creditCode),
        col((r) => r.district),
        col((r) => r.productName),
        col((r) => r.trademark),
        col((r) => r.modelSpec),
        col((r) => r.batch),
        col((r) => r.productionDate),
        col((r) => r.checkCategory),
        col((r) => r.inspectionBody),
        col((r) => r.result),
        col((r) => r.failingItems.join(ITEM_SEPARATOR)),
      ],
    );
    const inserted = performance.now();
    return {
      readMs: round(read - started, 0),
      validateMs: round(validated - read, 0),
      insertMs: round(inserted - validated, 0),
      totalMs: round(inserted - started, 0),
    };
  } finally {
    await database.query(`drop table if exists ${FLOOR_TABLE}`);
  }
}

/**
 * The credit records the commit wrote (one per matched row and active membership), written again
 * by one bare INSERT … SELECT into credit_record as the table owner, and rolled back: what writing
 * into the archive costs by itself (its indexes, no audit, no warnings).
 */
async function creditFloor(database: Database, noticeId: string): Promise<number> {
  const pool = database.pool;
  if (!pool) return 0;
  const client = await pool.connect();
  try {
    await client.query('begin');
    const started = performance.now();
    await client.query(
      `insert into credit_record (association_id, enterprise_id, record_type, polarity, severity, title, description,
         occurred_on, source_organisation_id, source_name, source_ref, publish_until, special_sector, status, confirmed_at)
       select m.association_id, r.enterprise_id, 'spot_check',
         case when r.result = 'unqualified' then 'negative' else 'positive' end,
         case when r.result = 'unqualified' then 'general' else 'minor' end,
         r.product_name, '', r.checked_on, r.owner_id, 'floor', 'floor:' || r.id::text, r.checked_on + 1095, false,
         'confirmed', now()
       from spot_check_result r join membership m on m.enterprise_id = r.enterprise_id and m.status = 'active'
       where r.notice_id = $1::uuid and r.enterprise_id is not null`,
      [noticeId],
    );
    return performance.now() - started;
  } finally {
    await client.query('rollback');
    client.release();
  }
}

// ---------------------------------------------------------------- the scenario

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number; load: string }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, ms, cpuMs: round((used.user + used.system) / 1000, 0), load: loadAvg() };
}

async function series(
  label: string,
  target: LatencySeries['target'],
  budget: { requests: number; seconds: number },
  once: () => Promise<string>,
): Promise<LatencySeries> {
  const warmup = Math.max(5, Math.round(budget.requests / 10));
  let detail = '';
  for (let i = 0; i < warmup; i++) detail = await once();
  const times: number[] = [];
  const until = performance.now() + budget.seconds * 1000;
  while (times.length < budget.requests && (times.length < 20 || performance.now() < until)) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const s: LatencySeries = {
    label,
    target,
    requests: times.length,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    max: round(times.at(-1) ?? 0),
    mean: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)),
    detail,
  };
  return s;
}

interface AnalysisBody {
  rows: { key: string; region: { inspected: number }; members: { inspected: number } | null }[];
  totals: { region: { inspected: number; unqualified: number }; members: { inspected: number } | null };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the captured SELECTs after the captured scope statement, warm, rolled back. */
async function explainCaptured(database: Database, statements: Captured[]): Promise<{ sql: string; plan: string }[]> {
  const pool = database.pool;
  if (!pool) return [];
  const scope = statements.filter((s) => s.text.includes("set_config('role'")).at(-1);
  const selects = statements.filter(
    (s) => /^\s*(select|with)\b/i.test(s.text) && s !== scope && /spot_check_result/.test(s.text),
  );
  if (!scope || selects.length === 0) return [];
  const client = await pool.connect();
  const out: { sql: string; plan: string }[] = [];
  try {
    for (const statement of selects) {
      let plan = '';
      for (let run = 0; run < 2; run++) {
        await client.query('begin');
        await client.query(scope.text, scope.values);
        const rows = await client.query<{ 'QUERY PLAN': string }>(
          `explain (analyze, buffers) ${statement.text}`,
          statement.values,
        );
        await client.query('rollback');
        plan = rows.rows.map((r) => r['QUERY PLAN']).join('\n');
      }
      out.push({ sql: statement.text, plan });
    }
  } finally {
    client.release();
  }
  return out;
}

export async function spotcheckScenario(options: SpotcheckOptions): Promise<SpotcheckReport> {
  const { log } = options;
  const database = await options.open();
  if (database.backend !== 'postgres') {
    await database.close();
    throw new Error('spotcheck: PostgreSQL only');
  }
  try {
    log('Spot checks (issue #6):');
    const [regulator] = await database.query<{ id: string }>(
      `select id from organisation where kind = 'regulator' order by credit_code limit 1`,
    );
    if (!regulator) throw new Error('spotcheck: no regulator');
    // The association with the most members is the city-wide one when the credit data is loaded (every enterprise).
    const associations = await database.query<{ id: string; name: string; members: number }>(
      `select o.id, o.name, count(*)::int as members from organisation o
       join membership m on m.association_id = o.id and m.status = 'active'
       where o.kind = 'industry_organisation'
       group by o.id, o.name order by count(*) desc, o.id limit 2`,
    );
    const [enterprises] = await database.query<{ n: number }>(
      `select count(*)::int as n from organisation where kind = 'enterprise'`,
    );
    const first = associations[0];
    const second = associations[1];
    const cityWide = first && first.members >= 0.9 * Number(enterprises?.n ?? 0) ? first : null;
    const typical = cityWide ? second : first;
    if (!typical) throw new Error('spotcheck: no association with members');
    const users = {
      regulator: await options.ensureUser(database, 'bench.spotcheck.regulator', 'regulator_staff', regulator.id),
      association: await options.ensureUser(database, 'bench.spotcheck.association', 'association_staff', typical.id),
      city: cityWide
        ? await options.ensureUser(database, 'bench.spotcheck.city', 'association_staff', cityWide.id)
        : null,
    };
    const leftover = await removeImports(database);
    if (leftover.results > 0) log(`  removed an earlier run's import (${leftover.results.toLocaleString('en')} rows)`);
    const history = await ensureHistory(database, regulator.id, log);

    const rows = await importRows(database, options.rows);
    const file = await importFile(options.root, rows, log);
    const fileName = `${IMPORT_FILE_PREFIX}${options.rows}.xlsx`;
    log(`  notice file: ${rows.length.toLocaleString('en')} rows, ${(file.content.length / 2 ** 20).toFixed(1)} MiB`);

    // The floor, twice (the first also warms up the reader, which the server in this process shares).
    const floors: FloorTiming[] = [];
    for (let i = 0; i < 2; i++) {
      const f = await floor(database, file.content, fileName, regulator.id);
      floors.push(f);
      log(
        `  floor ${i + 1}: read ${f.readMs} ms + check ${f.validateMs} ms + one INSERT ${f.insertMs} ms = ${f.totalMs} ms`,
      );
    }

    // The server in this process, on the same database.
    const config = loadConfig(
      { JOBS: 'false', LOG_LEVEL: 'warn' },
      { webDist: path.join(options.root, '.bench/no-web-dist') },
    );
    const { app } = await buildApp(config, { database, logger: false });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let report: SpotcheckReport;
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const regulatorCookie = await options.login(base, users.regulator.username);

      // 1. Import: upload, then commit.
      const upload = await timed(() =>
        captureStatements(() =>
          send<{ id: string; cleanRows: number; counts: Record<string, number>; problems: unknown[] }>(
            agent,
            `${base}/api/v1/spot-checks/imports?fileName=${encodeURIComponent(fileName)}`,
            { method: 'POST', body: file.content, contentType: XLSX, cookie: regulatorCookie },
          ),
        ),
      );
      const preview = expectStatus(upload.result.result, 201, 'spot-check upload');
      log(
        `  upload: ${round(upload.ms / 1000)} s, ${preview.cleanRows.toLocaleString('en')} clean rows, ${JSON.stringify(preview.counts)}`,
      );
      const noticeNo = `${IMPORT_PREFIX}${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
      const commit = await timed(() =>
        captureStatements(() =>
          send<{ id: string; rowCount: number; unmatchedCount: number }>(
            agent,
            `${base}/api/v1/spot-checks/imports/${preview.id}/commit`,
            {
              method: 'POST',
              contentType: 'application/json',
              cookie: regulatorCookie,
              body: JSON.stringify({
                notice: {
                  noticeNo,
                  title: `佛山市陶瓷砖产品质量监督抽查结果（${noticeNo}）`,
                  level: 'municipal',
                  publishedOn: addDays(todayInShanghai(), -1),
                  productCategory: IMPORT_CATEGORY,
                  standards: 'GB/T 4100-2015',
                  batchesSampled: preview.cleanRows,
                  batchesInspected: preview.cleanRows,
                  batchesUnqualified: preview.counts.unqualified ?? 0,
                  refusals: 0,
                },
              }),
            },
          ),
        ),
      );
      const notice = expectStatus(commit.result.result, 201, 'spot-check commit');
      log(`  commit: ${round(commit.ms / 1000)} s; its costliest statements (count, ms):`);
      for (const g of groupStatements(commit.result.statements).slice(0, 8)) {
        log(`    ${g.count} × ${g.ms} ms  ${g.statement.slice(0, 90)}`);
      }
      await database.query('analyze spot_check_result');
      const [effects] = await database.query<{ records: number; warnings: number; notifications: number }>(
        `with c as (${creditRecordsOf(
          'select r.id, r.enterprise_id from spot_check_result r where r.notice_id = $1::uuid and r.enterprise_id is not null',
        )})
         select (select count(*)::int from c) as records,
           (select count(*)::int from credit_warning where record_id in (select id from c)) as warnings,
           (select count(*)::int from notification where kind = 'credit.warning' and params->>'recordTitle' like $2 || '%') as notifications`,
        [notice.id, noticeNo],
      );
      log(
        `  committed ${notice.rowCount.toLocaleString('en')} rows (${notice.unmatchedCount.toLocaleString('en')} unmatched), ` +
          `${effects?.records.toLocaleString('en')} credit records, ${effects?.warnings.toLocaleString('en')} warnings`,
      );
      // The credit archive's own floor: the same records by one bare INSERT … SELECT, as the owner, rolled back.
      const creditFloorMs = await creditFloor(database, notice.id);
      log(`  credit floor (the same records, one bare INSERT, rolled back): ${round(creditFloorMs / 1000)} s`);
      const phase = (t: typeof upload | typeof commit) => ({
        ms: round(t.ms, 0),
        cpuMs: t.cpuMs,
        load: t.load,
        statements: groupStatements(t.result.statements),
        statementMs: round(
          t.result.statements.reduce((sum, s) => sum + s.ms, 0),
          0,
        ),
        statementCount: t.result.statements.length,
      });

      // 2. Analysis by category, whole window.
      const [window] = await database.query<{ rows: number }>(
        `select count(*)::int as rows from spot_check_result where checked_on between $1::date and $2::date`,
        [history.from, history.to],
      );
      const measured: LatencySeries[] = [];
      const plans: SpotcheckReport['plans'] = [];
      if (options.requests > 0) {
        const analysisPath = `/api/v1/spot-checks/analysis?by=category&from=${history.from}&to=${history.to}`;
        const analysisOnce = (cookie: string) => async () => {
          const res = await send<AnalysisBody>(agent, base + analysisPath, { cookie });
          const body = expectStatus(res, 200, 'analysis');
          return (
            `${body.rows.length} categories; region ${body.totals.region.inspected.toLocaleString('en')} inspected` +
            (body.totals.members ? `, members ${body.totals.members.inspected.toLocaleString('en')}` : '')
          );
        };
        const roles: { label: string; username: string }[] = [
          { label: 'regulator, whole region', username: users.regulator.username },
          {
            label: `association staff (${typical.members.toLocaleString('en')} members) + region`,
            username: users.association.username,
          },
          ...(users.city && cityWide
            ? [
                {
                  label: `city-wide association staff (${cityWide.members.toLocaleString('en')} members) + region`,
                  username: users.city.username,
                },
              ]
            : []),
        ];
        const budget = { requests: options.requests, seconds: options.seconds };
        for (const role of roles) {
          const cookie =
            role.username === users.regulator.username ? regulatorCookie : await options.login(base, role.username);
          const s = await series(role.label, 'Gongzhi', budget, analysisOnce(cookie));
          measured.push(s);
          log(`  analysis, ${s.label}: p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms (${s.detail})`);
          const captured = await captureStatements(() => analysisOnce(cookie)(), true);
          for (const p of await explainCaptured(database, captured.statements)) plans.push({ label: role.label, ...p });
        }
        // Ceilings: the bare grouped statements, as the table owner, through the same driver.
        const ceilingSql = `select product_category, count(*) as inspected,
            count(*) filter (where final_result = 'unqualified') as unqualified
          from spot_check_result where checked_on >= $1::date and checked_on <= $2::date
          group by 1 order by 1`;
        const ceiling = await series('bare GROUP BY category', 'ceiling', budget, async () => {
          const r = await database.query(ceilingSql, [history.from, history.to]);
          return `${r.length} categories`;
        });
        measured.push(ceiling);
        log(`  ceiling, ${ceiling.label}: p50 ${ceiling.p50} ms, p99 ${ceiling.p99} ms`);
        // The same without parallel workers (on a small, busy machine starting them can cost more than they save).
        const serial = await (database.pool as pg.Pool).connect();
        try {
          await serial.query('set max_parallel_workers_per_gather = 0');
          const s = await series('bare GROUP BY category, no parallel workers', 'ceiling', budget, async () => {
            const r = await serial.query(ceilingSql, [history.from, history.to]);
            return `${r.rows.length} categories`;
          });
          measured.push(s);
          log(`  ceiling, ${s.label}: p50 ${s.p50} ms, p99 ${s.p99} ms`);
        } finally {
          await serial.query('reset max_parallel_workers_per_gather');
          serial.release();
        }
        const membersSql = `select r.product_category, count(*) as inspected,
            count(*) filter (where r.final_result = 'unqualified') as unqualified,
            count(m.enterprise_id) as members_inspected,
            count(m.enterprise_id) filter (where r.final_result = 'unqualified') as members_unqualified
          from spot_check_result r
          left join membership m on m.enterprise_id = r.enterprise_id and m.association_id = $3::uuid and m.status = 'active'
          where r.checked_on >= $1::date and r.checked_on <= $2::date
          group by 1 order by 1`;
        for (const a of [typical, ...(cityWide ? [cityWide] : [])]) {
          const s = await series(
            `bare GROUP BY category + members (join, ${a.members.toLocaleString('en')} members)`,
            'ceiling',
            budget,
            async () => {
              const r = await database.query(membersSql, [history.from, history.to, a.id]);
              return `${r.length} categories`;
            },
          );
          measured.push(s);
          log(`  ceiling, ${s.label}: p50 ${s.p50} ms, p99 ${s.p99} ms`);
        }
      }
      report = {
        fileBytes: file.content.length,
        fileRows: rows.length,
        fileBuildMs: file.buildMs === null ? null : round(file.buildMs, 0),
        history,
        floors,
        import: {
          creditFloorMs: round(creditFloorMs, 0),
          upload: phase(upload),
          commit: phase(commit),
          counts: preview.counts,
          cleanRows: preview.cleanRows,
          creditRecords: Number(effects?.records ?? 0),
          warnings: Number(effects?.warnings ?? 0),
          notifications: Number(effects?.notifications ?? 0),
        },
        analysis: { from: history.from, to: history.to, rows: Number(window?.rows ?? 0), series: measured },
        associations: {
          industry: { name: typical.name, members: typical.members },
          city: cityWide ? { name: cityWide.name, members: cityWide.members } : null,
        },
        plans,
        cleanup: { ms: 0, creditRecords: 0, results: 0 },
      };
    } finally {
      agent.destroy();
      await app.close();
    }
    report.cleanup = await removeImports(database);
    log(
      `  removed the import: ${report.cleanup.results.toLocaleString('en')} rows, ${report.cleanup.creditRecords.toLocaleString('en')} credit records (${round(report.cleanup.ms / 1000, 1)} s)`,
    );
    return report;
  } finally {
    await database.close();
  }
}

// ---------------------------------------------------------------- report

const s = (ms: number) => (ms / 1000).toFixed(2);

export function spotcheckMarkdown(backend: string, r: SpotcheckReport): string[] {
  const lines: string[] = [];
  const floor = Math.min(...r.floors.map((f) => f.totalMs));
  const total = r.import.upload.ms + r.import.commit.ms;
  const ratio = total / Math.max(1, floor);
  lines.push(
    `## ${backend}: spot checks — import of a ${r.fileRows.toLocaleString('en')}-row notice, analysis over five years`,
    '',
    `Data: ${r.history.notices.toLocaleString('en')} generated notices (${HISTORY_MONTHS} months × ${CATEGORIES.length} categories, ` +
      `${r.history.results.toLocaleString('en')} result rows from ${r.history.from}` +
      (r.history.generatedMs === null ? ', already loaded' : `, generated in ${s(r.history.generatedMs)} s`) +
      `). The notice file: ${r.fileRows.toLocaleString('en')} rows of bench enterprises (80 % with their credit code, 10 % by name only, ` +
      `10 % unknown; 10 % unqualified), xlsx of ${(r.fileBytes / 2 ** 20).toFixed(1)} MiB` +
      (r.fileBuildMs === null ? ' (cached).' : ` (built in ${s(r.fileBuildMs)} s).`),
    '',
    '| import step | s | CPU of this process (server + client), s | statements | of which in the database, s | load avg |',
    '|---|---:|---:|---:|---:|---|',
    `| upload (\`POST /api/v1/spot-checks/imports\`: read, check, match, preview) | ${s(r.import.upload.ms)} | ${s(r.import.upload.cpuMs)} | ${r.import.upload.statementCount.toLocaleString('en')} | ${s(r.import.upload.statementMs)} | ${r.import.upload.load} |`,
    `| commit (\`POST …/imports/:id/commit\`) | ${s(r.import.commit.ms)} | ${s(r.import.commit.cpuMs)} | ${r.import.commit.statementCount.toLocaleString('en')} | ${s(r.import.commit.statementMs)} | ${r.import.commit.load} |`,
    `| **total** | **${s(total)}** | ${s(r.import.upload.cpuMs + r.import.commit.cpuMs)} | | ${s(r.import.upload.statementMs + r.import.commit.statementMs)} | |`,
    '',
    `Preview counts: ${JSON.stringify(r.import.counts)}; committed ${r.import.cleanRows.toLocaleString('en')} rows, ` +
      `${r.import.creditRecords.toLocaleString('en')} credit records, ${r.import.warnings.toLocaleString('en')} warnings, ` +
      `${r.import.notifications.toLocaleString('en')} notifications.`,
    '',
    '| floor run | read the file (s) | check the rows (s) | one INSERT (s) | total (s) |',
    '|---:|---:|---:|---:|---:|',
    ...r.floors.map(
      (f, i) => `| ${i + 1} | ${s(f.readMs)} | ${s(f.validateMs)} | ${s(f.insertMs)} | ${s(f.totalMs)} |`,
    ),
    '',
    `**Import total / floor (best): ${ratio.toFixed(2)}** — ${ratio <= SPOTCHECK_TARGETS.importRatio ? 'met' : 'missed'} (target ≤ ${SPOTCHECK_TARGETS.importRatio}).`,
    '',
    `The credit archive by itself: the commit's ${r.import.creditRecords.toLocaleString('en')} credit records written again by one bare ` +
      `INSERT … SELECT into credit_record (as the owner, no audit, no warnings; rolled back) took ${s(r.import.creditFloorMs)} s, ` +
      `${(r.import.creditFloorMs / Math.max(1, floor)).toFixed(2)} × the floor; import total / (floor + that): ` +
      `${(total / Math.max(1, floor + r.import.creditFloorMs)).toFixed(2)}.`,
    '',
  );
  for (const [label, phase] of [
    ['upload', r.import.upload],
    ['commit', r.import.commit],
  ] as const) {
    lines.push(
      `Statements of the ${label}, grouped by their first 100 characters, costliest first (ms from sending to the result):`,
      '',
      '| statement | count | ms |',
      '|---|---:|---:|',
      ...phase.statements
        .slice(0, 10)
        .map((g) => `| \`${g.statement.replaceAll('|', '\\|')}\` | ${g.count.toLocaleString('en')} | ${g.ms} |`),
      '',
    );
  }
  lines.push(
    `Analysis by category, ${r.analysis.from} – ${r.analysis.to} (${r.analysis.rows.toLocaleString('en')} result rows in the window), ` +
      'one request at a time over a keep-alive connection, after a tenth as many of warm-up:',
    '',
    '| series | server | requests | p50 ms | p95 ms | p99 ms | max ms | target | response |',
    '|---|---|---:|---:|---:|---:|---:|---|---|',
    ...r.analysis.series.map((x) => {
      const target =
        x.target === 'Gongzhi'
          ? `${x.p99 <= SPOTCHECK_TARGETS.analysisP99Ms ? 'met' : 'missed'} (p99 ≤ ${SPOTCHECK_TARGETS.analysisP99Ms})`
          : '';
      return `| ${x.label} | ${x.target} | ${x.requests} | ${x.p50} | ${x.p95} | ${x.p99} | ${x.max} | ${target} | ${x.detail} |`;
    }),
    '',
    `Associations: ${r.associations.industry.name} (${r.associations.industry.members.toLocaleString('en')} active members)` +
      (r.associations.city
        ? `; the city-wide ${r.associations.city.name} (${r.associations.city.members.toLocaleString('en')}).`
        : '.'),
    '',
    `Removed after the run: ${r.cleanup.results.toLocaleString('en')} imported rows and ${r.cleanup.creditRecords.toLocaleString('en')} credit records (${s(r.cleanup.ms)} s).`,
    '',
  );
  for (const p of r.plans) {
    lines.push(
      `### ${backend}: EXPLAIN (ANALYZE, BUFFERS) of the analysis, ${p.label}`,
      '',
      '```sql',
      p.sql,
      '```',
      '',
      '```',
      p.plan,
      '```',
      '',
    );
  }
  return lines;
}
