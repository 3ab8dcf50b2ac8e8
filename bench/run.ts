/**
 * `npm run bench`: loads a city-scale registry and its consumer complaints, starts the Gongzhi server
 * and a bare ceiling server as child processes, and drives the public lookup and search endpoints, the
 * public complaint intake and the staff queue with autocannon over loopback.
 * Writes a Markdown report to bench/results/latest.md (and prints it).
 *
 * Environment (all optional):
 *   BENCH_BACKENDS            postgres | pglite | postgres,pglite        (default postgres)
 *   BENCH_SCENARIOS           lookup,search,complaints,credit,spotcheck  (default all five; spotcheck: PostgreSQL only)
 *   BENCH_ENTERPRISES         enterprises on PostgreSQL                  (default 1000000)
 *   BENCH_PGLITE_ENTERPRISES  enterprises on PGlite                      (default 200000)
 *   BENCH_COMPLAINTS          complaints on PostgreSQL                   (default 1000000)
 *   BENCH_PGLITE_COMPLAINTS   complaints on PGlite                       (default 200000)
 *   BENCH_CREDIT_RECORDS      credit records of the city-wide archive    (default 10000000; + a tenth in other archives)
 *   BENCH_PGLITE_CREDIT_RECORDS  the same on PGlite                      (default 2000000)
 *   BENCH_CREDIT_RUNS         full re-evaluations and hand-written runs  (default 2 each; 0: the credit page only)
 *   BENCH_CREDIT_EXPLAIN      1: EXPLAIN (ANALYZE, BUFFERS) of both       (default off: each is one more full run)
 *   BENCH_SPOTCHECK_ROWS      rows of the imported spot-check notice     (default 100000)
 *   BENCH_SPOTCHECK_REQUESTS  analysis requests measured per series      (default 200)
 *   BENCH_SPOTCHECK_SECONDS   … or as many as fit in this many seconds   (default 30; at least 20)
 *   BENCH_DURATION            seconds measured per scenario              (default 15)
 *   BENCH_WARMUP              seconds of warm-up per scenario            (default 5)
 *   BENCH_CONNECTIONS         concurrent HTTP connections                (default 10)
 *   BENCH_PG_ADMIN_URL        an existing server (else scripts/pg-server.sh start)
 *   BENCH_DATABASE            database created on it                     (default gongzhi_bench)
 *   BENCH_PGLITE_DIR          PGlite data directory                      (default .bench/pglite)
 *   BENCH_OUT                 report file                                (default bench/results/latest.md)
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { CreditModelDefinition } from '@gongzhi/contracts';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config.js';
import { type Database, type DbScope, openDatabase, PUBLIC_SCOPE, SYSTEM_SCOPE } from '../apps/server/src/db/client.js';
import { ensureReferenceData } from '../apps/server/src/db/reference-data.js';
import { todayInShanghai } from '../apps/server/src/kernel/clock.js';
import * as accounts from '../apps/server/src/modules/account/account.repository.js';
import { passwordHasher } from '../apps/server/src/modules/account/password.js';
import {
  listQueue,
  type QueueFilter,
  type QueueScope,
} from '../apps/server/src/modules/complaint/complaint.repository.js';
import { listOrganisations } from '../apps/server/src/modules/organisation/organisation.repository.js';
import { CEILING_COMPLAINT_TABLE } from './ceiling.js';
import {
  compareWithRun,
  explainEvaluation,
  HAND_TABLE,
  type HandCheck,
  handWrittenStatement,
  requestJson,
} from './credit.js';
import {
  type ComplaintSummary,
  type CreditSummary,
  enterpriseAt,
  type GenerateSummary,
  generate,
  generateComplaints,
  generateCredit,
} from './generate.js';
import { type SpotcheckReport, spotcheckMarkdown, spotcheckScenario } from './spotcheck.js';
import { type Captured, captureStatements } from './statements.js';

const ROOT = path.resolve(import.meta.dirname, '..');

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name}: expected a whole number, got "${raw}"`);
  return n;
}

const settings = {
  backends: (process.env.BENCH_BACKENDS || 'postgres').split(',').map((b) => b.trim()),
  scenarios: new Set(
    (process.env.BENCH_SCENARIOS || 'lookup,search,complaints,credit,spotcheck').split(',').map((s) => s.trim()),
  ),
  pgEnterprises: envInt('BENCH_ENTERPRISES', 1_000_000),
  pgliteEnterprises: envInt('BENCH_PGLITE_ENTERPRISES', 200_000),
  pgComplaints: envInt('BENCH_COMPLAINTS', 1_000_000),
  pgliteComplaints: envInt('BENCH_PGLITE_COMPLAINTS', 200_000),
  pgCreditRecords: envInt('BENCH_CREDIT_RECORDS', 10_000_000),
  pgliteCreditRecords: envInt('BENCH_PGLITE_CREDIT_RECORDS', 2_000_000),
  creditRuns: envInt('BENCH_CREDIT_RUNS', 2),
  creditExplain: process.env.BENCH_CREDIT_EXPLAIN === '1',
  spotcheckRows: envInt('BENCH_SPOTCHECK_ROWS', 100_000),
  spotcheckRequests: envInt('BENCH_SPOTCHECK_REQUESTS', 200),
  spotcheckSeconds: envInt('BENCH_SPOTCHECK_SECONDS', 30),
  duration: envInt('BENCH_DURATION', 15),
  warmup: envInt('BENCH_WARMUP', 5),
  connections: envInt('BENCH_CONNECTIONS', 10),
  database: process.env.BENCH_DATABASE || 'gongzhi_bench',
  pgliteDir: path.resolve(ROOT, process.env.BENCH_PGLITE_DIR || '.bench/pglite'),
  out: path.resolve(ROOT, process.env.BENCH_OUT || 'bench/results/latest.md'),
};

const TARGETS = {
  lookupRatio: 0.85,
  searchP99Ms: 50,
  intakeRatio: 0.5,
  queueP99Ms: 50,
  /** Full re-evaluation time / the hand-written statement's. */
  evaluationRatio: 1.5,
  creditPageRatio: 0.85,
};

/** The load of data that an earlier run generated (this run found it in place). */
const earlierLoads: Record<string, GenerateSummary & { at: string }> = {};
const earlierComplaintLoads: Record<string, ComplaintSummary & { at: string }> = {};
const earlierCreditLoads: Record<string, CreditSummary & { at: string }> = {};

// ---------------------------------------------------------------- search terms

/** Real brand/product pairs of the generated registry: each matches a handful of names. */
function rareTerms(length: 2 | 3 | 4, n: number): string[] {
  const out: string[] = [];
  for (let serial = 4_242; out.length < n; serial += 104_729) {
    const e = enterpriseAt(serial);
    const term =
      length === 2
        ? e.brand
        : Array.from(e.brand + e.product)
            .slice(0, length)
            .join('');
    if (!out.includes(term)) out.push(term);
  }
  return out;
}

interface Term {
  q: string;
  kind: 'common' | 'rare' | 'none';
}

function interleave(common: string[], rare: string[], none: string[]): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < Math.max(common.length, rare.length); i++) {
    const c = common[i];
    const r = rare[i];
    if (c) out.push({ q: c, kind: 'common' });
    if (r) out.push({ q: r, kind: 'rare' });
  }
  for (const q of none) out.push({ q, kind: 'none' });
  return out;
}

/** 3–4 characters: pg_trgm path. Common: every name, a district, a product, a legal form; rare: brand + product. */
const SEARCH_LONG = interleave(
  ['有限公司', '南海区', '电线电缆', '股份有限', '燃气具', '顺德区', '科技有限', '卫浴洁具'],
  [...rareTerms(3, 4), ...rareTerms(4, 4)],
  ['钛合金', '航空航天'],
);
/** 2 characters: name_grams path. Common: 佛山/有限 are in every name; rare: brands (~250 names each). */
const SEARCH_SHORT = interleave(['佛山', '有限', '公司', '南海', '顺德', '陶瓷', '科技', '五金'], rareTerms(2, 8), [
  '鑫鑫',
  '航空',
]);

const searchPath = (q: string) => `/api/v1/public/organisations?q=${encodeURIComponent(q)}&pageSize=20`;

// ---------------------------------------------------------------- processes

interface Child {
  name: string;
  process: ChildProcess;
  output: string[];
  stop(): Promise<void>;
}

const children = new Set<Child>();

function startChild(name: string, args: string[], env: Record<string, string>): Child {
  const base = { ...process.env };
  for (const key of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'JOBS', 'LOG_LEVEL', 'WEB_DIST']) delete base[key];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const handle: Child = {
    name,
    process: child,
    output,
    async stop() {
      children.delete(handle);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  children.add(handle);
  return handle;
}

async function stopAll(): Promise<void> {
  await Promise.all([...children].map((c) => c.stop()));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitHealthy(child: Child, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) break;
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${child.name} did not become healthy at ${url}:\n${child.output.join('\n')}`);
}

// ---------------------------------------------------------------- load generation

interface Measurement {
  backend: string;
  scenario: string;
  target: string;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
  load: string;
  drainSeconds: number;
  /** CPU time per response of the server process and of its PostgreSQL backends (ms), null where not measured. */
  cpu: { server: number; database: number | null } | null;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** One request of a load run; a scenario hands out the next one each time autocannon asks. */
interface RequestSpec {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}
type NextRequest = () => RequestSpec;

/** GET requests rotating through `paths`. */
function rotate(paths: string[], headers?: Record<string, string>): NextRequest {
  let next = 0;
  return () => ({ path: paths[next++ % paths.length] ?? '/', ...(headers ? { headers } : {}) });
}

async function cannon(
  base: string,
  next: NextRequest,
  seconds: number,
): Promise<{ result: autocannon.Result; latencies: number[]; statuses: Record<string, number> }> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: settings.connections,
        duration: seconds,
        timeout: 10,
        requests: [
          {
            setupRequest: (request) => {
              const spec = next();
              return {
                ...request,
                method: spec.method ?? 'GET',
                path: spec.path,
                headers: { ...request.headers, ...spec.headers },
                ...(spec.body === undefined ? {} : { body: spec.body }),
              };
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies, statuses })),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}

/**
 * Requests that autocannon abandons (timeouts, end of run) keep running in the server and the
 * database; wait until they are done so they do not slow the next run down. `cpu` reads the CPU
 * time the server process and its PostgreSQL backends have used so far.
 */
type Drain = (() => Promise<number>) & { cpu?: () => Promise<CpuSnapshot> };

interface CpuSnapshot {
  server: number;
  /** Seconds by backend pid. */
  backends: Map<number, number> | null;
}

const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** CPU seconds (user + system) a process has used so far; 0 when it is gone or there is no /proc. */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (comm) ": field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** CPU ms per response between two snapshots; backends that exited in between are not counted. */
function cpuPerResponse(before: CpuSnapshot, after: CpuSnapshot, responses: number): Measurement['cpu'] {
  if (responses === 0) return null;
  let database: number | null = null;
  if (before.backends && after.backends) {
    database = 0;
    for (const [pid, seconds] of after.backends) database += seconds - (before.backends.get(pid) ?? 0);
  }
  return {
    server: round(((after.server - before.server) * 1000) / responses, 2),
    database: database === null ? null : round((database * 1000) / responses, 2),
  };
}

async function drive(
  backend: string,
  scenario: string,
  target: string,
  base: string,
  next: NextRequest | string[],
  drain: Drain,
): Promise<Measurement> {
  const nextRequest = Array.isArray(next) ? rotate(next) : next;
  if (settings.warmup > 0) {
    await cannon(base, nextRequest, settings.warmup);
    await drain();
  }
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const cpuBefore = await drain.cpu?.();
  const { result, latencies, statuses } = await cannon(base, nextRequest, settings.duration);
  const cpuAfter = await drain.cpu?.();
  const drained = await drain();
  const sorted = Float64Array.from(latencies).sort();
  const non2xx = Object.entries(statuses)
    .filter(([status]) => !status.startsWith('2'))
    .reduce((n, [, c]) => n + c, 0);
  const m: Measurement = {
    backend,
    scenario,
    target,
    rps: round(latencies.length / result.duration, 0),
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? 0),
    requests: latencies.length,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx,
    statuses,
    load,
    drainSeconds: round(drained, 1),
    cpu: cpuBefore && cpuAfter ? cpuPerResponse(cpuBefore, cpuAfter, latencies.length) : null,
  };
  console.log(
    `  ${scenario} on ${target}: ${m.rps} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.requests} responses, errors ${m.errors}, ` +
      `non-2xx ${m.non2xx}, CPU ms/response ${m.cpu ? `${m.cpu.server} server + ${m.cpu.database ?? '?'} database` : '?'} ` +
      `(load ${load}; drained in ${m.drainSeconds} s)`,
  );
  return m;
}

/** Until the server answers its health check promptly and (PostgreSQL) its connections are idle. */
function drainer(
  healthUrl: string,
  adminUrl: string | undefined,
  database: string,
  server?: { pid: number | undefined; appName: string },
): Drain {
  const drain: Drain = async () => {
    const started = performance.now();
    const deadline = Date.now() + 180_000;
    const admin = adminUrl ? new pg.Client({ connectionString: adminUrl }) : undefined;
    await admin?.connect();
    try {
      let calm = 0;
      while (Date.now() < deadline && calm < 2) {
        const t = performance.now();
        const healthy = await fetch(healthUrl).then(
          (r) => r.ok,
          () => false,
        );
        let active = 0;
        if (admin) {
          const rows = await admin.query<{ n: number }>(
            `select count(*)::int as n from pg_stat_activity
             where datname = $1 and application_name = any($2) and state = 'active'`,
            [database, [APP_NAMES.gongzhi, APP_NAMES.ceiling]],
          );
          active = rows.rows[0]?.n ?? 0;
        }
        calm = healthy && performance.now() - t < 200 && active === 0 ? calm + 1 : 0;
        if (calm < 2) await new Promise((r) => setTimeout(r, 250));
      }
      if (calm < 2) throw new Error(`the server under test did not become idle within 180 s (${healthUrl})`);
    } finally {
      await admin?.end();
    }
    return (performance.now() - started) / 1000;
  };
  const pid = server?.pid;
  if (pid !== undefined && fs.existsSync(`/proc/${pid}/stat`)) {
    drain.cpu = async () => {
      let backends: Map<number, number> | null = null;
      if (adminUrl && server) {
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        try {
          const rows = await admin.query<{ pid: number }>(
            'select pid from pg_stat_activity where datname = $1 and application_name = $2',
            [database, server.appName],
          );
          backends = new Map(rows.rows.map((r) => [r.pid, cpuSecondsOf(r.pid)]));
        } finally {
          await admin.end();
        }
      }
      return { server: cpuSecondsOf(pid), backends };
    };
  }
  return drain;
}

/** application_name of the bench's own servers, so that the drain looks at their connections only. */
const APP_NAMES = { gongzhi: 'gongzhi-bench-server', ceiling: 'gongzhi-bench-ceiling' };

interface Probe {
  q: string;
  kind: string;
  chars: number;
  matches: string;
  medianMs: number;
}

/** Each term alone (no concurrency): which terms are slow, and how many published names they match. */
async function probe(base: string, terms: Term[]): Promise<Probe[]> {
  const out: Probe[] = [];
  for (const term of terms) {
    const times: number[] = [];
    let matches = '';
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const res = await fetch(base + searchPath(term.q));
      const body = (await res.json()) as { total?: number; totalIsLowerBound?: boolean };
      times.push(performance.now() - started);
      if (!res.ok) throw new Error(`search "${term.q}": HTTP ${res.status} ${JSON.stringify(body)}`);
      matches = `${body.total}${body.totalIsLowerBound ? '+' : ''}`;
      if (times[0] !== undefined && times[0] > 2_000) break;
    }
    times.sort((a, b) => a - b);
    out.push({
      q: term.q,
      kind: term.kind,
      chars: Array.from(term.q).length,
      matches,
      medianMs: round(times[Math.floor(times.length / 2)] ?? 0, 1),
    });
  }
  return out;
}

// ---------------------------------------------------------------- databases

function pgAdminUrl(): string {
  if (process.env.BENCH_PG_ADMIN_URL) return process.env.BENCH_PG_ADMIN_URL;
  const result = spawnSync('bash', [path.join(ROOT, 'scripts/pg-server.sh'), 'start'], { encoding: 'utf8' });
  const url = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !url.startsWith('postgres')) {
    throw new Error(`scripts/pg-server.sh start failed:\n${result.stdout}\n${result.stderr}`);
  }
  return url;
}

async function ensurePgDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      await admin.query(
        `create database "${name}" template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`,
      );
    }
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function sampleCodes(database: Database, n: number): Promise<string[]> {
  const rows = await database.query<{ credit_code: string }>(
    `select credit_code from organisation where kind = 'enterprise' and published order by random() limit $1`,
    [n],
  );
  return rows.map((r) => r.credit_code);
}

type CapturedQuery = Captured;

/** Every statement that `work` sends through the pg driver, with its time and values. */
async function captureQueries(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
  return (await captureStatements(work, true)).statements;
}

/** The statements the public search sends. */
async function capturePublicSearch(database: Database, q: string): Promise<CapturedQuery[]> {
  return captureQueries(() =>
    database.transaction(PUBLIC_SCOPE, (tx) =>
      listOrganisations(tx, { kind: 'published' }, { q }, { page: 1, pageSize: 20 }),
    ),
  );
}

interface Plan {
  q: string;
  label: string;
  sql: string;
  plan: string;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of captured selects, each in a transaction after the captured
 * `set_config('role', …)` statement (so in the request's role and scope: row-level security applies).
 */
async function explainCaptured(database: Database, statements: CapturedQuery[]): Promise<Omit<Plan, 'q' | 'label'>[]> {
  const pool = database.pool;
  if (!pool) return [];
  const scope = statements.find((s) => s.text.includes("set_config('role'"));
  const selects = statements.filter((s) => /^\s*(select|with)\b/i.test(s.text) && s !== scope);
  if (!scope || selects.length === 0) throw new Error('could not capture the SQL to explain');
  const client = await pool.connect();
  const plans: Omit<Plan, 'q' | 'label'>[] = [];
  try {
    for (const statement of selects) {
      let plan = '';
      // Twice: the second run reports a warm cache, as in the load test.
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
      plans.push({ sql: statement.text, plan });
    }
  } finally {
    client.release();
  }
  return plans;
}

/** The list and count statements of the public search. */
async function explainSearch(database: Database, q: string): Promise<Plan[]> {
  if (!database.pool) return [];
  const plans = await explainCaptured(database, await capturePublicSearch(database, q));
  return plans.map((p, i) => ({
    ...p,
    q,
    label:
      plans.length === 1
        ? 'page of 20 with look-ahead (one statement)'
        : i === 0
          ? 'page of 20'
          : 'count (capped at 1001)',
  }));
}

// ---------------------------------------------------------------- complaints

/** Password of the bench's own staff accounts (created on the bench database only). */
const BENCH_PASSWORD = 'Bench#Gongzhi2026';
/** Marks the intake's test submissions, which are deleted after the run. */
const INTAKE_MARKER = '压测用户';
const OPEN_STATUSES = ['received', 'accepted', 'with_enterprise', 'enterprise_responded', 'mediating', 'paused'];
const ALL_STATUSES = [...OPEN_STATUSES, 'closed', 'refused', 'transferred'];

interface QueueAssociation {
  id: string;
  name: string;
  creditCode: string;
  regionCode: string;
  complaints: number;
  open: number;
  overdue: number;
  byStatus: Record<string, number>;
}

interface ComplaintBench {
  summary: ComplaintSummary;
  total: number;
  totalOpen: number;
  association: QueueAssociation;
  regulator: { id: string; name: string; regionCode: string };
  staff: { username: string; userId: string };
  regulatorStaff: { username: string; userId: string };
  /** Enterprises with exactly one active membership (the intake takes the association from it), not of the queue's association. */
  intakeEnterprises: string[];
}

interface IntakeStatement {
  statement: string;
  medianMs: number;
}

interface ComplaintReport {
  bench: ComplaintBench;
  /** The statements of one public intake, in order, with the median time of each over 20 intakes (one at a time). */
  intakeStatements: IntakeStatement[];
  intakeMedianMs: number;
  plans: Plan[];
}

async function ensureBenchUser(database: Database, username: string, role: string, organisationId: string) {
  const existing = await database.transaction(SYSTEM_SCOPE, (tx) => accounts.findUserByUsername(tx, username));
  if (existing) return { username, userId: existing.id };
  const config = loadConfig({});
  const passwordHash = await passwordHasher(config).hash(BENCH_PASSWORD);
  const userId = randomUUID();
  await database.transaction(SYSTEM_SCOPE, async (tx) => {
    await accounts.insertUser(tx, {
      id: userId,
      username,
      displayName: username,
      email: null,
      passwordHash,
      homeOrganisationId: organisationId,
    });
    await accounts.insertRole(tx, userId, role, organisationId);
  });
  return { username, userId };
}

/**
 * Deletes the intake's test submissions (and their events and rate-limit counters) and the ceiling's
 * scratch table; audit rows stay (append-only).
 */
async function cleanIntake(database: Database): Promise<number> {
  await database.query(`drop table if exists ${CEILING_COMPLAINT_TABLE}`);
  await database.query(
    `delete from complaint_event where complaint_id in (select id from complaint where complainant_name = $1)`,
    [INTAKE_MARKER],
  );
  const rows = await database.query<{ n: number }>(
    `with d as (delete from complaint where complainant_name = $1 returning 1) select count(*)::int as n from d`,
    [INTAKE_MARKER],
  );
  await database.query(`delete from intake_rate_limit where key like 'intake-%'`);
  return Number(rows[0]?.n ?? 0);
}

/** The association with the most complaints (its queue is measured), the regulator, the two accounts, intake enterprises. */
async function prepareComplaintBench(database: Database, summary: ComplaintSummary): Promise<ComplaintBench> {
  const removed = await cleanIntake(database);
  if (removed > 0) console.log(`  removed ${removed} test submissions left by an earlier run`);
  const today = todayInShanghai();
  const [totals] = await database.query<{ total: number; open: number }>(
    `select count(*)::int as total, count(*) filter (where closed_on is null)::int as open from complaint`,
  );
  const [top] = await database.query<{ id: string; complaints: number }>(
    `select association_id as id, count(*)::int as complaints from complaint group by 1 order by 2 desc limit 1`,
  );
  if (!top) throw new Error('no complaints to queue');
  const [org] = await database.query<{ name: string; credit_code: string; region_code: string }>(
    `select name, credit_code, region_code from organisation where id = $1`,
    [top.id],
  );
  const statusRows = await database.query<{ status: string; n: number; overdue: number }>(
    `select status, count(*)::int as n,
       count(*) filter (where closed_on is null and due_on < $2::date)::int as overdue
     from complaint where association_id = $1 group by 1`,
    [top.id, today],
  );
  const byStatus = Object.fromEntries(statusRows.map((r) => [r.status, r.n]));
  const association: QueueAssociation = {
    id: top.id,
    name: org?.name ?? '',
    creditCode: org?.credit_code ?? '',
    regionCode: org?.region_code ?? '',
    complaints: top.complaints,
    open: OPEN_STATUSES.reduce((n, s) => n + (byStatus[s] ?? 0), 0),
    overdue: statusRows.reduce((n, r) => n + r.overdue, 0),
    byStatus,
  };
  const [regulator] = await database.query<{ id: string; name: string; region_code: string }>(
    `select id, name, region_code from organisation where kind = 'regulator' order by created_at limit 1`,
  );
  if (!regulator) throw new Error('no regulator in the bench data');
  const staff = await ensureBenchUser(
    database,
    `bench.staff.${association.creditCode.toLowerCase()}`,
    'association_staff',
    association.id,
  );
  const regulatorStaff = await ensureBenchUser(database, 'bench.regulator', 'regulator_staff', regulator.id);
  const enterprises = await database.query<{ id: string }>(
    `select enterprise_id as id from membership where status = 'active'
     group by enterprise_id having count(*) = 1 and bool_and(association_id <> $1)
     order by min(hashtext(enterprise_id::text)) limit 2000`,
    [association.id],
  );
  return {
    summary,
    total: totals?.total ?? 0,
    totalOpen: totals?.open ?? 0,
    association,
    regulator: { id: regulator.id, name: regulator.name, regionCode: regulator.region_code },
    staff,
    regulatorStaff,
    intakeEnterprises: enterprises.map((e) => e.id),
  };
}

/** Public submissions, each with its own phone number and facts (no duplicate, no per-phone limit), optionally from many client IPs. */
function intakeRequests(path: string, enterprises: string[], tag: string, manyIps: boolean): NextRequest {
  let n = 0;
  const phoneBase = Math.floor(Math.random() * 50_000_000);
  return () => {
    const i = n++;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    // Spread over 65,536 addresses (the server trusts X-Forwarded-For in the bench, as behind a proxy).
    if (manyIps) headers['x-forwarded-for'] = `10.77.${(i >> 8) & 255}.${i & 255}`;
    return {
      method: 'POST',
      path,
      headers,
      body: JSON.stringify({
        kind: 'complaint',
        enterpriseId: enterprises[i % enterprises.length],
        complainantName: INTAKE_MARKER,
        complainantPhone: `139${String((phoneBase + i) % 100_000_000).padStart(8, '0')}`,
        complainantAddress: '广东省佛山市禅城区祖庙街道兴业路8号',
        category: 'quality',
        productName: '瓷砖',
        facts: `【${tag}-${i}】购买的瓷砖铺贴后出现大面积色差，商家以批次不同为由拒绝退换。`,
        request: '更换同批次合格产品',
        consentShareContact: true,
      }),
    };
  };
}

const queuePath = (query: string) => `/api/v1/complaints?${query}&pageSize=20`;

/** Signs in as a bench account; the session cookie. */
async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (!res.ok || !cookie) throw new Error(`login ${username}: HTTP ${res.status} ${await res.text()}`);
  return cookie;
}

async function checkOk(res: Response, what: string, status = 200): Promise<unknown> {
  const body = (await res.json()) as unknown;
  if (res.status !== status) {
    throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 400)}`);
  }
  return body;
}

/** Server settings for the complaint scenarios: rate limits out of the way, client IPs from X-Forwarded-For. */
const COMPLAINT_SERVER_ENV = {
  INTAKE_PER_IP_PER_HOUR: '1000000000',
  INTAKE_PER_PHONE_PER_HOUR: '1000000000',
  TRUST_PROXY: 'true',
};

/**
 * One public intake, 20 times one at a time, in this process (the server's own code through
 * `app.inject`): the statements it sends and the median time of each.
 */
async function intakeStatements(
  database: Database,
  bench: ComplaintBench,
): Promise<{ statements: IntakeStatement[]; medianMs: number }> {
  const config = loadConfig(
    { ...COMPLAINT_SERVER_ENV, JOBS: 'false', LOG_LEVEL: 'warn' },
    { webDist: path.join(ROOT, '.bench/no-web-dist') },
  );
  const { app } = await buildApp(config, { database, logger: false });
  const next = intakeRequests('/api/v1/public/complaints', bench.intakeEnterprises, `stmt${Date.now()}`, true);
  const runs: CapturedQuery[][] = [];
  const totals: number[] = [];
  try {
    for (let i = 0; i < 22; i++) {
      const spec = next();
      const started = performance.now();
      let status = 0;
      const statements = await captureQueries(async () => {
        const res = await app.inject({
          method: 'POST',
          url: spec.path,
          headers: spec.headers ?? {},
          payload: spec.body ?? '',
        });
        status = res.statusCode;
      });
      if (status !== 201) throw new Error(`in-process intake: HTTP ${status}`);
      // The first two warm up (prepared plans, the calendar cache).
      if (i >= 2) {
        runs.push(statements);
        totals.push(performance.now() - started);
      }
    }
  } finally {
    await app.close();
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)] ?? 0;
  };
  const first = runs[0] ?? [];
  const statements = first.map((s, i) => ({
    statement: s.text.replace(/\s+/g, ' ').trim(),
    medianMs: round(median(runs.map((r) => r[i]?.ms ?? 0)), 2),
  }));
  return { statements, medianMs: round(median(totals), 2) };
}

/** EXPLAIN of the queue statements as the server sends them, for the staff member and the regulator. */
async function explainQueue(database: Database, bench: ComplaintBench): Promise<Plan[]> {
  if (!database.pool) return [];
  const today = todayInShanghai();
  const staffScope: DbScope = { system: false, userId: bench.staff.userId, orgIds: [bench.association.id], region: '' };
  const staffQueue: QueueScope = {
    associationIds: [bench.association.id],
    enterpriseIds: [],
    regulatorIds: [],
    region: '',
  };
  const region = bench.regulator.regionCode.replace(/0+$/, '');
  const regulatorScope: DbScope = {
    system: false,
    userId: bench.regulatorStaff.userId,
    orgIds: [bench.regulator.id],
    region,
  };
  const regulatorQueue: QueueScope = {
    associationIds: [],
    enterpriseIds: [],
    regulatorIds: [bench.regulator.id],
    region,
  };
  const overdueBy = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const cases: [label: string, scope: DbScope, queue: QueueScope, filter: QueueFilter][] = [
    ['staff: open, by deadline (due=open)', staffScope, staffQueue, { due: 'open' }],
    [
      'staff: received, by deadline (status=received&due=open)',
      staffScope,
      staffQueue,
      { status: 'received', due: 'open' },
    ],
    [
      'staff: mediating, by deadline (status=mediating&due=open)',
      staffScope,
      staffQueue,
      { status: 'mediating', due: 'open' },
    ],
    ['staff: accepted, newest first (status=accepted)', staffScope, staffQueue, { status: 'accepted' }],
    ['staff: closed, newest first (status=closed)', staffScope, staffQueue, { status: 'closed' }],
    ['staff: overdue (due=overdue)', staffScope, staffQueue, { due: 'overdue', dueBy: overdueBy }],
    ['regulator, whole city: open, by deadline (due=open)', regulatorScope, regulatorQueue, { due: 'open' }],
  ];
  const plans: Plan[] = [];
  for (const [label, scope, queue, filter] of cases) {
    const statements = await captureQueries(() =>
      database.transaction(scope, (tx) => listQueue(tx, queue, filter, { page: 1, pageSize: 20 })),
    );
    const [plan] = await explainCaptured(
      database,
      statements.filter((s) => !/complaint_time_limit/.test(s.text)),
    );
    if (plan) plans.push({ ...plan, q: '', label });
  }
  return plans;
}

/** Queue and intake under load: the Gongzhi server, then the ceiling's single INSERT. */
async function complaintScenarios(
  backend: string,
  bench: ComplaintBench,
  withGongzhi: (work: (base: string, drain: Drain) => Promise<void>, env?: Record<string, string>) => Promise<void>,
  withCeiling: (work: (base: string, drain: Drain) => Promise<void>) => Promise<void>,
): Promise<Measurement[]> {
  const out: Measurement[] = [];
  const tag = `${backend}${Date.now().toString(36)}`;
  await withGongzhi(async (base, drain) => {
    const staff = { cookie: await login(base, bench.staff.username) };
    const first = (await checkOk(await fetch(base + queuePath('due=open'), { headers: staff }), 'staff queue')) as {
      items: unknown[];
    };
    if (first.items.length === 0) throw new Error('staff queue: no open case');
    out.push(
      await drive(
        backend,
        'staff queue: open, by deadline',
        'Gongzhi',
        base,
        rotate([queuePath('due=open')], staff),
        drain,
      ),
      await drive(
        backend,
        'staff queue: status filter, by deadline',
        'Gongzhi',
        base,
        rotate(
          OPEN_STATUSES.map((s) => queuePath(`status=${s}&due=open`)),
          staff,
        ),
        drain,
      ),
      await drive(
        backend,
        'staff queue: status filter, newest first',
        'Gongzhi',
        base,
        rotate(
          ALL_STATUSES.map((s) => queuePath(`status=${s}`)),
          staff,
        ),
        drain,
      ),
    );
    const regulator = { cookie: await login(base, bench.regulatorStaff.username) };
    await checkOk(await fetch(base + queuePath('due=open'), { headers: regulator }), 'regulator queue');
    out.push(
      await drive(
        backend,
        'regulator queue, whole city: open, by deadline',
        'Gongzhi',
        base,
        rotate([queuePath('due=open')], regulator),
        drain,
      ),
    );
    const intake = '/api/v1/public/complaints';
    const check = intakeRequests(intake, bench.intakeEnterprises, `${tag}c`, true)();
    await checkOk(
      await fetch(base + intake, { method: 'POST', headers: check.headers, body: check.body }),
      'intake',
      201,
    );
    out.push(
      await drive(
        backend,
        'complaint intake',
        'Gongzhi',
        base,
        intakeRequests(intake, bench.intakeEnterprises, `${tag}a`, true),
        drain,
      ),
      await drive(
        backend,
        'complaint intake, one client IP',
        'Gongzhi',
        base,
        intakeRequests(intake, bench.intakeEnterprises, `${tag}b`, false),
        drain,
      ),
    );
  }, COMPLAINT_SERVER_ENV);
  await withCeiling(async (base, drain) => {
    const path = '/ceiling/complaints';
    const check = intakeRequests(path, bench.intakeEnterprises, `${tag}d`, true)();
    await checkOk(
      await fetch(base + path, { method: 'POST', headers: check.headers, body: check.body }),
      'ceiling intake',
      201,
    );
    out.push(
      await drive(
        backend,
        'complaint intake',
        'ceiling',
        base,
        intakeRequests(path, bench.intakeEnterprises, `${tag}e`, true),
        drain,
      ),
    );
  });
  return out;
}

// ---------------------------------------------------------------- credit (issue #3)

interface CreditBench {
  summary: CreditSummary;
  /** Evaluates the city-wide association (association_staff of it only). */
  staff: { username: string; userId: string };
  /** Publishes the industry associations' first runs (association_staff of all of them). */
  industryStaff: { username: string; userId: string };
  /** Associations without a published official run (the city-wide one first): evaluated and published once. */
  unpublished: { id: string; name: string; members: number }[];
  /** The city-wide association's archive: all its records, and those in a counted status. */
  archive: { records: number; counted: number };
  otherArchives: { associations: number; records: number };
}

interface CreditTiming {
  /** The whole request or statement, as the client saw it. */
  ms: number;
  /** CPU of the server process (PGlite: it runs the database too) and of its PostgreSQL backends, ms; or of the hand statement's backend. */
  cpu: { server: number; database: number | null } | null;
  load: string;
}

interface CreditRunTiming extends CreditTiming {
  runId: string;
  /** The run's own duration (credit_run.duration_ms: its row, the statement and the distribution). */
  durationMs: number;
  enterpriseCount: number;
  distribution: Record<string, number>;
}

interface CreditReport {
  bench: CreditBench;
  asOf: string;
  /** First evaluation and publication of associations that had none (warm-up; only when they were missing). */
  setup: { name: string; members: number; evaluateMs: number; publishMs: number }[];
  production: CreditRunTiming[];
  hand: CreditTiming[];
  /** Storing the hand-written statement's rows in credit_result (empty explanations; rolled back): the floor of any evaluation that keeps its results. */
  storage: CreditTiming | null;
  handSql: string;
  check: HandCheck | null;
  plans: { label: string; plan: string }[];
}

/** The credit staff accounts, the associations to publish, the archive's size. */
async function prepareCreditBench(database: Database, summary: CreditSummary): Promise<CreditBench> {
  const staff = await ensureBenchUser(database, 'bench.credit.city', 'association_staff', summary.associationId);
  const industries = await database.query<{ id: string }>(
    `select id from organisation where kind = 'industry_organisation' and id <> $1::uuid order by credit_code`,
    [summary.associationId],
  );
  const first = industries[0]?.id;
  if (!first) throw new Error('no industry association in the bench data');
  const industryStaff = await ensureBenchUser(database, 'bench.credit.industry', 'association_staff', first);
  await database.query(
    `insert into role_assignment (user_id, role, organisation_id)
     select $1::uuid, 'association_staff', o.id from organisation o
     where o.kind = 'industry_organisation' and o.id <> $2::uuid
       and not exists (select 1 from role_assignment r where r.user_id = $1::uuid and r.organisation_id = o.id)`,
    [industryStaff.userId, summary.associationId],
  );
  const unpublished = await database.query<{ id: string; name: string; members: number }>(
    `select o.id, o.name,
       (select count(*)::int from membership m where m.association_id = o.id and m.status = 'active') as members
     from organisation o
     where o.kind = 'industry_organisation'
       and not exists (select 1 from credit_run r where r.association_id = o.id and r.kind = 'official' and r.status = 'published')
     order by o.id = $1::uuid desc, o.credit_code`,
    [summary.associationId],
  );
  const [archive] = await database.query<{ records: number; counted: number }>(
    `select count(*)::int as records,
       count(*) filter (where status in ('confirmed', 'published', 'objected'))::int as counted
     from credit_record where association_id = $1::uuid`,
    [summary.associationId],
  );
  const [other] = await database.query<{ associations: number; records: number }>(
    `select count(distinct association_id)::int as associations, count(*)::int as records
     from credit_record where association_id <> $1::uuid`,
    [summary.associationId],
  );
  return {
    summary,
    staff,
    industryStaff,
    unpublished,
    archive: { records: Number(archive?.records ?? 0), counted: Number(archive?.counted ?? 0) },
    otherArchives: { associations: Number(other?.associations ?? 0), records: Number(other?.records ?? 0) },
  };
}

interface RunDto {
  id: string;
  durationMs: number;
  enterpriseCount: number;
  distribution: Record<string, number>;
  status: string;
}

async function evaluateOverHttp(base: string, cookie: string, associationId: string) {
  const res = await requestJson<RunDto>(`${base}/api/v1/credit/evaluations`, {
    method: 'POST',
    cookie,
    body: { associationId, kind: 'official' },
  });
  if (res.status !== 201) throw new Error(`evaluation: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
  return res;
}

async function publishOverHttp(base: string, cookie: string, runId: string) {
  const res = await requestJson<RunDto>(`${base}/api/v1/credit/evaluations/${runId}/publish`, {
    method: 'POST',
    cookie,
  });
  if (res.status !== 200) throw new Error(`publication: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 400)}`);
  return res;
}

const loadNow = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/**
 * The full re-evaluation as the service does it (POST /api/v1/credit/evaluations of the city-wide
 * association: one transaction that inserts the run, runs the evaluation statement as the system and
 * stores the distribution), `settings.creditRuns` times; then the public credit page under load, on
 * Gongzhi and on the ceiling; then, with the server stopped, the hand-written statement as often, the
 * check that it gives every member the same score and grade as the last run, and (optionally) the plans.
 */
async function creditScenario(
  backend: string,
  bench: CreditBench,
  codes: string[],
  withGongzhi: (work: (base: string, drain: Drain) => Promise<void>) => Promise<void>,
  withCeiling: (work: (base: string, drain: Drain) => Promise<void>) => Promise<void>,
  openDb: () => Promise<Database>,
): Promise<{ measurements: Measurement[]; report: CreditReport }> {
  const measurements: Measurement[] = [];
  const city = bench.summary.associationId;
  const asOf = todayInShanghai();
  const report: CreditReport = {
    bench,
    asOf,
    setup: [],
    production: [],
    hand: [],
    storage: null,
    handSql: '',
    check: null,
    plans: [],
  };
  await withGongzhi(async (base, drain) => {
    const cityCookie = await login(base, bench.staff.username);
    const industryCookie = await login(base, bench.industryStaff.username);
    for (const a of bench.unpublished) {
      const cookie = a.id === city ? cityCookie : industryCookie;
      const run = await evaluateOverHttp(base, cookie, a.id);
      const published = await publishOverHttp(base, cookie, run.body.id);
      report.setup.push({
        name: a.name,
        members: a.members,
        evaluateMs: round(run.ms, 0),
        publishMs: round(published.ms, 0),
      });
      if (a.id === city || a.members > 10_000) {
        console.log(
          `  ${a.name} (${a.members.toLocaleString('en')} members): first evaluation ${round(run.ms / 1000, 1)} s, publication ${round(published.ms / 1000, 1)} s`,
        );
      }
    }
    if (bench.unpublished.length) console.log(`  published a first run of ${bench.unpublished.length} associations`);
    for (let i = 0; i < settings.creditRuns; i++) {
      await drain();
      const load = loadNow();
      const before = await drain.cpu?.();
      const res = await evaluateOverHttp(base, cityCookie, city);
      const after = await drain.cpu?.();
      const timing: CreditRunTiming = {
        ms: round(res.ms, 0),
        cpu: before && after ? cpuPerResponse(before, after, 1) : null,
        load,
        runId: res.body.id,
        durationMs: res.body.durationMs,
        enterpriseCount: res.body.enterpriseCount,
        distribution: res.body.distribution,
      };
      report.production.push(timing);
      console.log(
        `  full re-evaluation ${i + 1}: ${round(res.ms / 1000, 2)} s over HTTP (run ${round(timing.durationMs / 1000, 2)} s), ` +
          `${timing.enterpriseCount.toLocaleString('en')} members ${JSON.stringify(timing.distribution)}, ` +
          `CPU ${timing.cpu ? `${timing.cpu.server} + ${timing.cpu.database ?? '?'} ms` : '?'} (load ${load})`,
      );
    }
    const code = codes[0] ?? '';
    const check = await requestJson<{ grades?: unknown[] }>(`${base}/api/v1/public/credit/${code}`);
    if (check.status !== 200 || !check.body.grades?.length) {
      throw new Error(`public credit page check: HTTP ${check.status} ${JSON.stringify(check.body).slice(0, 300)}`);
    }
    measurements.push(
      await drive(
        backend,
        'public credit page',
        'Gongzhi',
        base,
        codes.map((c) => `/api/v1/public/credit/${c}`),
        drain,
      ),
    );
  });
  await withCeiling(async (base, drain) => {
    const check = await requestJson<{ grades?: unknown[] }>(`${base}/ceiling/credit/${codes[0] ?? ''}`);
    if (check.status !== 200 || !check.body.grades?.length) {
      throw new Error(`ceiling credit page check: HTTP ${check.status} ${JSON.stringify(check.body).slice(0, 300)}`);
    }
    measurements.push(
      await drive(
        backend,
        'public credit page',
        'ceiling',
        base,
        codes.map((c) => `/ceiling/credit/${c}`),
        drain,
      ),
    );
  });

  if (report.production.length === 0) return { measurements, report };
  const database = await openDb();
  try {
    const last = report.production.at(-1);
    const [model] = await database.query<{ id: string; definition: CreditModelDefinition }>(
      `select m.id, m.definition from credit_run r join credit_model m on m.id = r.model_id where r.id = $1::uuid`,
      [last?.runId],
    );
    if (!last || !model) throw new Error('no evaluation run to compare with');
    report.handSql = handWrittenStatement(model.definition, city, asOf);
    // One session: the hand-written table is a temporary one.
    const session = async <T>(work: (query: <R>(text: string, params?: unknown[]) => Promise<R[]>) => Promise<T>) => {
      if (database.pool) {
        const client = await database.pool.connect();
        try {
          return await work(async (text, params) => (await client.query(text, params as unknown[])).rows);
        } finally {
          client.release();
        }
      }
      return work(database.query.bind(database) as <R>(text: string, params?: unknown[]) => Promise<R[]>);
    };
    await session(async (query) => {
      const [backendPid] = await query<{ pid: number }>('select pg_backend_pid() as pid');
      const pid = database.pool ? backendPid?.pid : undefined;
      for (let i = 0; i < settings.creditRuns; i++) {
        await query(`drop table if exists ${HAND_TABLE}`);
        const load = loadNow();
        const cpuBefore = pid ? cpuSecondsOf(pid) : process.cpuUsage();
        const started = performance.now();
        await query(report.handSql);
        const ms = performance.now() - started;
        const cpu =
          typeof cpuBefore === 'number'
            ? { server: 0, database: round((cpuSecondsOf(pid ?? 0) - cpuBefore) * 1000, 0) }
            : (() => {
                const used = process.cpuUsage(cpuBefore);
                return { server: round((used.user + used.system) / 1000, 0), database: null };
              })();
        report.hand.push({ ms: round(ms, 0), cpu, load });
        console.log(`  hand-written statement ${i + 1}: ${round(ms / 1000, 2)} s (load ${load})`);
      }
      report.check = await compareWithRun(query, last.runId);
      console.log(`  hand-written vs run: ${JSON.stringify(report.check)}`);
      // The floor: only writing the same number of results (no explanation) into credit_result.
      await query('begin');
      try {
        const storageRun = randomUUID();
        await query(
          `insert into credit_run (id, association_id, model_id, kind, status, as_of)
           values ($1::uuid, $2::uuid, $3::uuid, 'preview', 'completed', $4::date)`,
          [storageRun, city, model.id, asOf],
        );
        const load = loadNow();
        const cpuBefore = pid ? cpuSecondsOf(pid) : process.cpuUsage();
        const started = performance.now();
        await query(
          `insert into credit_result (run_id, association_id, enterprise_id, score, grade, grade_before_veto, vetoed_by, contributions)
           select $1::uuid, $2::uuid, enterprise_id, score, grade, null, '{}', '[]' from ${HAND_TABLE}`,
          [storageRun, city],
        );
        const ms = performance.now() - started;
        const cpu =
          typeof cpuBefore === 'number'
            ? { server: 0, database: round((cpuSecondsOf(pid ?? 0) - cpuBefore) * 1000, 0) }
            : (() => {
                const used = process.cpuUsage(cpuBefore);
                return { server: round((used.user + used.system) / 1000, 0), database: null };
              })();
        report.storage = { ms: round(ms, 0), cpu, load };
        console.log(`  storing the hand-written rows in credit_result: ${round(ms / 1000, 2)} s`);
      } finally {
        await query('rollback');
      }
      await query(`drop table if exists ${HAND_TABLE}`);
    });
    if (settings.creditExplain) {
      const plan = await explainEvaluation(database, {
        associationId: city,
        modelId: model.id,
        definition: model.definition,
        asOf,
      });
      report.plans.push({ label: 'the evaluation statement (as the service runs it; rolled back)', plan });
      const handPlan = await session(async (query) => {
        await query('begin');
        try {
          const rows = await query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${report.handSql}`);
          return rows.map((r) => r['QUERY PLAN']).join('\n');
        } finally {
          await query('rollback');
        }
      });
      report.plans.push({ label: 'the hand-written statement (rolled back)', plan: handPlan });
    }
    // The measured runs were never published: remove them (superuser; the application cannot), so
    // that repeated bench runs do not pile up millions of results. Their audit events stay.
    const runIds = report.production.map((p) => p.runId);
    await database.query('delete from credit_result where run_id = any($1::uuid[])', [runIds]);
    await database.query('delete from credit_run where id = any($1::uuid[])', [runIds]);
    await database.query('vacuum (analyze) credit_result');
  } finally {
    await database.close();
  }
  return { measurements, report };
}

// ---------------------------------------------------------------- one backend

interface BackendReport {
  backend: string;
  summary: GenerateSummary;
  prepareSeconds: number;
  measurements: Measurement[];
  probes: { label: string; rows: Probe[] }[];
  plans: Plan[];
  complaints?: ComplaintReport;
  credit?: CreditReport;
  spotcheck?: SpotcheckReport;
  serverVersion: string;
}

async function runBackend(backend: string): Promise<BackendReport> {
  const started = performance.now();
  const isPg = backend === 'postgres';
  if (!isPg && backend !== 'pglite') throw new Error(`unknown backend ${backend} (postgres or pglite)`);
  const enterprises = isPg ? settings.pgEnterprises : settings.pgliteEnterprises;
  const complaintCount = isPg ? settings.pgComplaints : settings.pgliteComplaints;
  const scenarios = settings.scenarios;
  let databaseUrl: string | undefined;
  let adminUrl: string | undefined;
  if (isPg) {
    adminUrl = pgAdminUrl();
    databaseUrl = await ensurePgDatabase(adminUrl, settings.database);
    console.log(`PostgreSQL: ${databaseUrl}`);
  } else {
    fs.mkdirSync(settings.pgliteDir, { recursive: true });
    console.log(`PGlite: ${settings.pgliteDir}`);
  }

  let database = await openDatabase({ databaseUrl, dataDir: settings.pgliteDir });
  let codes: string[];
  let summary: GenerateSummary;
  let complaintBench: ComplaintBench | undefined;
  let creditBench: CreditBench | undefined;
  let serverVersion = '';
  try {
    await database.migrate();
    await ensureReferenceData(database);
    summary = await generate(database, { enterprises, log: (m) => console.log(m) });
    const record = path.join(ROOT, '.bench', `load-${backend}.json`);
    if (!summary.skipped) {
      fs.mkdirSync(path.dirname(record), { recursive: true });
      fs.writeFileSync(record, JSON.stringify({ ...summary, at: new Date().toISOString() }));
    } else if (fs.existsSync(record)) {
      const earlier = JSON.parse(fs.readFileSync(record, 'utf8')) as GenerateSummary & { at: string };
      if (earlier.enterprises === summary.enterprises) earlierLoads[backend] = earlier;
    }
    if (scenarios.has('complaints')) {
      const complaintSummary = await generateComplaints(database, {
        complaints: complaintCount,
        log: (m) => console.log(m),
      });
      const complaintRecord = path.join(ROOT, '.bench', `load-complaints-${backend}.json`);
      if (!complaintSummary.skipped) {
        fs.mkdirSync(path.dirname(complaintRecord), { recursive: true });
        fs.writeFileSync(complaintRecord, JSON.stringify({ ...complaintSummary, at: new Date().toISOString() }));
      } else if (fs.existsSync(complaintRecord)) {
        const earlier = JSON.parse(fs.readFileSync(complaintRecord, 'utf8')) as ComplaintSummary & { at: string };
        if (earlier.complaints === complaintSummary.complaints) earlierComplaintLoads[backend] = earlier;
      }
      complaintBench = await prepareComplaintBench(database, complaintSummary);
    }
    if (scenarios.has('credit')) {
      const creditSummary = await generateCredit(database, {
        records: isPg ? settings.pgCreditRecords : settings.pgliteCreditRecords,
        log: (m) => console.log(m),
      });
      const creditRecord = path.join(ROOT, '.bench', `load-credit-${backend}.json`);
      if (!creditSummary.skipped) {
        fs.mkdirSync(path.dirname(creditRecord), { recursive: true });
        fs.writeFileSync(creditRecord, JSON.stringify({ ...creditSummary, at: new Date().toISOString() }));
      } else if (fs.existsSync(creditRecord)) {
        const earlier = JSON.parse(fs.readFileSync(creditRecord, 'utf8')) as CreditSummary & { at: string };
        if (earlier.records === creditSummary.records) earlierCreditLoads[backend] = earlier;
      }
      creditBench = await prepareCreditBench(database, creditSummary);
    }
    codes = await sampleCodes(database, 10_000);
    serverVersion = String((await database.query<{ v: string }>('select version() as v'))[0]?.v ?? '');
  } finally {
    await database.close();
  }
  if (codes.length === 0) throw new Error('no published enterprise to look up');
  const prepareSeconds = round((performance.now() - started) / 1000, 1);

  const measurements: Measurement[] = [];
  const probes: BackendReport['probes'] = [];
  const dbEnv = (appName: string): Record<string, string> => {
    if (!databaseUrl) return { DATA_DIR: settings.pgliteDir };
    const url = new URL(databaseUrl);
    url.searchParams.set('application_name', appName);
    return { DATABASE_URL: url.toString() };
  };
  const lookupPaths = (prefix: string) => codes.map((c) => `${prefix}${c}`);

  // The Gongzhi server as `gongzhi serve` runs it: API only (no static web app), no background jobs.
  const withGongzhi = async (work: (base: string, drain: Drain) => Promise<void>, env: Record<string, string> = {}) => {
    const port = await freePort();
    const child = startChild('gongzhi', ['bin/gongzhi.mjs', 'serve'], {
      ...dbEnv(APP_NAMES.gongzhi),
      PORT: String(port),
      HOST: '127.0.0.1',
      JOBS: 'false',
      LOG_LEVEL: 'warn',
      WEB_DIST: path.join(ROOT, '.bench/no-web-dist'),
      ...env,
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitHealthy(child, `${base}/api/health`);
      await work(
        base,
        drainer(`${base}/api/health`, adminUrl, settings.database, {
          pid: child.process.pid,
          appName: APP_NAMES.gongzhi,
        }),
      );
    } finally {
      await child.stop();
    }
  };
  // The ceiling server (one server at a time: a PGlite directory has one owner).
  const withCeiling = async (work: (base: string, drain: Drain) => Promise<void>) => {
    const port = await freePort();
    const child = startChild('ceiling', ['--import', 'tsx', 'bench/ceiling.ts'], {
      ...dbEnv(APP_NAMES.ceiling),
      PORT: String(port),
      HOST: '127.0.0.1',
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitHealthy(child, `${base}/ceiling/health`);
      await work(
        base,
        drainer(`${base}/ceiling/health`, adminUrl, settings.database, {
          pid: child.process.pid,
          appName: APP_NAMES.ceiling,
        }),
      );
    } finally {
      await child.stop();
    }
  };

  // 1. Lookups on Gongzhi, then on the ceiling.
  console.log(`Gongzhi on ${backend} (${summary.enterprises.toLocaleString('en')} enterprises):`);
  if (scenarios.has('lookup')) {
    await withGongzhi(async (base, drain) => {
      const code = codes[0] ?? '';
      const check = await fetch(`${base}/api/v1/public/organisations/by-credit-code/${code}`);
      const body = (await check.json()) as { creditCode?: string };
      if (!check.ok || body.creditCode !== code) {
        throw new Error(`lookup check failed: HTTP ${check.status} ${JSON.stringify(body).slice(0, 300)}`);
      }
      measurements.push(
        await drive(
          backend,
          'lookup by credit code',
          'Gongzhi',
          base,
          lookupPaths('/api/v1/public/organisations/by-credit-code/'),
          drain,
        ),
      );
    });
    await withCeiling(async (base, drain) => {
      measurements.push(
        await drive(backend, 'lookup by credit code', 'ceiling', base, lookupPaths('/ceiling/by-credit-code/'), drain),
      );
    });
  }

  // 2. Searches: each term alone first, then under load.
  if (scenarios.has('search')) {
    await withGongzhi(async (base, drain) => {
      probes.push({ label: '3–4 characters', rows: await probe(base, SEARCH_LONG) });
      probes.push({ label: '2 characters', rows: await probe(base, SEARCH_SHORT) });
      for (const [scenario, terms] of [
        ['name search, 3–4 chars', SEARCH_LONG],
        ['name search, 2 chars', SEARCH_SHORT],
      ] as const) {
        measurements.push(
          await drive(
            backend,
            scenario,
            'Gongzhi',
            base,
            terms.map((t) => searchPath(t.q)),
            drain,
          ),
        );
      }
    });
  }

  // 3. Complaints: the staff queue and the public intake, then the ceiling's single INSERT.
  let complaints: ComplaintReport | undefined;
  if (complaintBench) {
    const bench = complaintBench;
    try {
      measurements.push(...(await complaintScenarios(backend, bench, withGongzhi, withCeiling)));
    } finally {
      database = await openDatabase({ databaseUrl, dataDir: settings.pgliteDir });
      try {
        const removed = await cleanIntake(database);
        console.log(`  removed the ${removed.toLocaleString('en')} test submissions of the intake runs`);
      } finally {
        await database.close();
      }
    }
    database = await openDatabase({ databaseUrl, dataDir: settings.pgliteDir });
    try {
      const intake = await intakeStatements(database, bench);
      complaints = {
        bench,
        intakeStatements: intake.statements,
        intakeMedianMs: intake.medianMs,
        plans: await explainQueue(database, bench),
      };
      await cleanIntake(database);
    } finally {
      await database.close();
    }
  }

  // 4. Credit: the full re-evaluation against the hand-written statement, and the public credit page.
  let credit: CreditReport | undefined;
  if (creditBench) {
    const result = await creditScenario(backend, creditBench, codes, withGongzhi, withCeiling, () =>
      openDatabase({ databaseUrl, dataDir: settings.pgliteDir }),
    );
    measurements.push(...result.measurements);
    credit = result.report;
  }

  // 5. Spot checks (issue #6): a 100,000-row import against its floor, the analysis against a bare GROUP BY.
  let spotcheck: SpotcheckReport | undefined;
  if (scenarios.has('spotcheck') && isPg) {
    spotcheck = await spotcheckScenario({
      root: ROOT,
      open: () => openDatabase({ databaseUrl, dataDir: settings.pgliteDir }),
      ensureUser: ensureBenchUser,
      login,
      rows: settings.spotcheckRows,
      requests: settings.spotcheckRequests,
      seconds: settings.spotcheckSeconds,
      log: (m) => console.log(m),
    });
  } else if (scenarios.has('spotcheck')) {
    console.log('Spot checks: PostgreSQL only, skipped on PGlite');
  }

  let plans: Plan[] = [];
  if (isPg && scenarios.has('search')) {
    database = await openDatabase({ databaseUrl, dataDir: settings.pgliteDir });
    try {
      for (const q of [
        '佛山',
        '顺德',
        SEARCH_SHORT.find((t) => t.kind === 'rare')?.q ?? '',
        '南海区',
        rareTerms(3, 1)[0] ?? '',
      ]) {
        plans.push(...(await explainSearch(database, q)));
      }
    } finally {
      await database.close();
    }
  }
  plans = plans.filter((p) => p.q);
  return {
    backend,
    summary,
    prepareSeconds,
    measurements,
    probes,
    plans,
    serverVersion,
    ...(complaints ? { complaints } : {}),
    ...(credit ? { credit } : {}),
    ...(spotcheck ? { spotcheck } : {}),
  };
}

// ---------------------------------------------------------------- report

const seconds = (ms: number) => (ms / 1000).toFixed(2);

function creditMarkdown(backend: string, c: CreditReport): string[] {
  const b = c.bench;
  const s = b.summary;
  const earlier = earlierCreditLoads[backend];
  const lines: string[] = [];
  lines.push(`## ${backend}: credit — full re-evaluation against a hand-written statement`, '');
  lines.push(
    `**${s.associationName}** has ${s.members.toLocaleString('en')} active members (every enterprise); its archive holds ` +
      `${b.archive.records.toLocaleString('en')} credit records (${b.archive.counted.toLocaleString('en')} in a counted status: ` +
      `confirmed, published, objected), generated for ${s.generatedFor}. ${b.otherArchives.records.toLocaleString('en')} more ` +
      `records are in ${b.otherArchives.associations} industry associations' archives. ` +
      (s.skipped
        ? 'Already loaded' +
          (earlier
            ? `; the load on ${earlier.at.slice(0, 16)} took ${earlier.memberSeconds} s for the memberships, ${earlier.loadSeconds} s ` +
              `for the records, ${earlier.indexSeconds} s for the indexes, ${earlier.analyzeSeconds} s for VACUUM ANALYZE.`
            : '.')
        : `Loaded: memberships ${s.memberSeconds} s, ${s.loaded.toLocaleString('en')} records ${s.loadSeconds} s, indexes ` +
          `${s.indexSeconds} s, VACUUM ANALYZE ${s.analyzeSeconds} s.`) +
      ` Evaluated as of ${c.asOf}.`,
    '',
  );
  const city = c.setup.find((x) => x.members === s.members);
  if (c.setup.length) {
    lines.push(
      `First runs (warm-up; grades were not published yet): ${c.setup.length} associations evaluated and published` +
        (city
          ? `; the city-wide one: evaluation ${seconds(city.evaluateMs)} s, publication of ${s.members.toLocaleString('en')} grades ${seconds(city.publishMs)} s.`
          : '.'),
      '',
    );
  }
  if (c.production.length === 0) {
    lines.push('Full re-evaluation not measured (`BENCH_CREDIT_RUNS=0`).', '');
    return lines;
  }
  lines.push(
    '| # | full re-evaluation, `POST /api/v1/credit/evaluations` (s) | of which the run (s) | CPU ms: server + database | hand-written statement (s) | CPU ms | load avg (evaluation / statement) |',
    '|---:|---:|---:|---|---:|---:|---|',
  );
  const cpuText = (t: CreditTiming | undefined) =>
    t?.cpu ? (t.cpu.database === null ? `${t.cpu.server}` : `${t.cpu.server} + ${t.cpu.database}`) : '';
  const handCpu = (t: CreditTiming | undefined) =>
    t?.cpu ? `${t.cpu.database === null ? t.cpu.server : t.cpu.database}` : '';
  for (let i = 0; i < Math.max(c.production.length, c.hand.length); i++) {
    const p = c.production[i];
    const h = c.hand[i];
    lines.push(
      `| ${i + 1} | ${p ? seconds(p.ms) : ''} | ${p ? seconds(p.durationMs) : ''} | ${cpuText(p)} | ${h ? seconds(h.ms) : ''} | ${handCpu(h)} | ${p?.load ?? ''} / ${h?.load ?? ''} |`,
    );
  }
  const best = (xs: number[]) => (xs.length ? Math.min(...xs) : 0);
  const production = best(c.production.map((p) => p.ms));
  const hand = best(c.hand.map((h) => h.ms));
  const ratio = hand > 0 ? production / hand : 0;
  const checked = c.check;
  const same = !!checked && checked.missing === 0 && checked.scoreMismatches === 0 && checked.gradeMismatches === 0;
  lines.push(
    '',
    `**Ratio (best of each): ${ratio.toFixed(2)}** — ${ratio > 0 && ratio <= TARGETS.evaluationRatio && same ? 'met' : 'missed'} ` +
      `(target ≤ ${TARGETS.evaluationRatio}). Distribution of the last run: ${JSON.stringify(c.production.at(-1)?.distribution ?? {})}.`,
    '',
    checked
      ? `Check, every member: ${checked.compared.toLocaleString('en')} compared, ${checked.missing} in one result only, ` +
          `${checked.scoreMismatches} different scores (largest difference ${checked.maxScoreDifference}), ${checked.gradeMismatches} different grades; ` +
          `the statement's distribution ${JSON.stringify(checked.distribution)}.`
      : 'No check.',
    '',
    c.storage
      ? `Storage floor: inserting the hand-written statement's ${s.members.toLocaleString('en')} rows into credit_result ` +
          `(its three indexes, the foreign key to the run, empty explanations; as the table owner, rolled back) took ` +
          `${seconds(c.storage.ms)} s (CPU ${handCpu(c.storage)} ms), ${(c.storage.ms / Math.max(1, hand)).toFixed(2)} × the hand-written statement by itself.`
      : '',
    '',
    'The hand-written statement (for the run’s model; the server stopped, run from the bench process):',
    '',
    '```sql',
    c.handSql,
    '```',
    '',
  );
  for (const p of c.plans)
    lines.push(`### ${backend}: EXPLAIN (ANALYZE, BUFFERS) of ${p.label}`, '', '```', p.plan, '```', '');
  return lines;
}

function markdown(reports: BackendReport[], seconds: number): string {
  const cpu = os.cpus();
  const lines: string[] = [];
  lines.push('# Gongzhi benchmark', '');
  lines.push(
    `${new Date().toISOString()} · ${cpu.length} × ${cpu[0]?.model ?? 'CPU'} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · ` +
      `${settings.connections} connections, ${settings.warmup} s warm-up + ${settings.duration} s per scenario, loopback · total ${seconds} s`,
    '',
  );
  lines.push(
    `Targets (reported, not asserted): PostgreSQL lookup ≥ ${TARGETS.lookupRatio} × ceiling; search p99 ≤ ${TARGETS.searchP99Ms} ms; ` +
      `PostgreSQL complaint intake ≥ ${TARGETS.intakeRatio} × its ceiling (one INSERT); PostgreSQL staff queue p99 ≤ ${TARGETS.queueP99Ms} ms; ` +
      `full credit re-evaluation ≤ ${TARGETS.evaluationRatio} × the hand-written statement; PostgreSQL public credit page ≥ ${TARGETS.creditPageRatio} × its ceiling.`,
    '',
  );
  lines.push(
    'Latency percentiles are over the responses received; requests still open at the end of a run, or timed out ' +
      '(10 s, counted as errors), are not in them. After each run the bench waits until the server is idle again.',
    '',
  );
  lines.push(
    'CPU ms/response: user + system CPU time of the server process and of its PostgreSQL backends during the measured ' +
      'run (from /proc), divided by the responses. Unlike req/s it hardly depends on what else the machine runs; on a ' +
      'machine busy with this load alone, req/s ≈ cores × 1000 / (CPU ms/response + the load generator’s share).',
    '',
  );
  lines.push(
    '| backend | enterprises | scenario | server | req/s | responses | p50 ms | p99 ms | max ms | errors | non-2xx | vs ceiling | target | CPU ms/response (server + database) | load avg |',
  );
  lines.push('|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|');
  for (const r of reports) {
    for (const m of r.measurements) {
      let ratio = '';
      let target = '';
      const ceilingScenario = m.scenario.startsWith('complaint intake') ? 'complaint intake' : m.scenario;
      const ceiling = r.measurements.find((c) => c.target === 'ceiling' && c.scenario === ceilingScenario);
      if (m.target === 'Gongzhi' && ceiling) {
        const x = m.rps / ceiling.rps;
        ratio = x.toFixed(2);
        const met = (wanted: number) => x >= wanted && m.errors === 0 && m.non2xx === 0;
        if (r.backend === 'postgres' && m.scenario.startsWith('lookup')) {
          target = `${met(TARGETS.lookupRatio) ? 'met' : 'missed'} (≥ ${TARGETS.lookupRatio})`;
        }
        if (r.backend === 'postgres' && m.scenario === 'public credit page') {
          target = `${met(TARGETS.creditPageRatio) ? 'met' : 'missed'} (≥ ${TARGETS.creditPageRatio})`;
        }
        if (r.backend === 'postgres' && m.scenario === 'complaint intake') {
          target = `${met(TARGETS.intakeRatio) ? 'met' : 'missed'} (≥ ${TARGETS.intakeRatio})`;
        }
      }
      if (r.backend === 'postgres' && m.scenario.startsWith('staff queue')) {
        const met = m.requests > 0 && m.errors === 0 && m.non2xx === 0 && m.p99 <= TARGETS.queueP99Ms;
        target = `${met ? 'met' : 'missed'} (p99 ≤ ${TARGETS.queueP99Ms})`;
      }
      if (m.scenario.startsWith('name search')) {
        const met = m.requests > 0 && m.errors === 0 && m.non2xx === 0 && m.p99 <= TARGETS.searchP99Ms;
        target = `${met ? 'met' : 'missed'} (p99 ≤ ${TARGETS.searchP99Ms})`;
      }
      const errors = m.errors + (m.timeouts ? ` (${m.timeouts} timeouts)` : '');
      const cpu = m.cpu
        ? m.cpu.database === null
          ? `${m.cpu.server}`
          : `${round(m.cpu.server + m.cpu.database)} (${m.cpu.server} + ${m.cpu.database})`
        : '';
      const non2xx = m.non2xx
        ? `${m.non2xx} (${Object.entries(m.statuses)
            .filter(([s]) => !s.startsWith('2'))
            .map(([s, n]) => `${s}×${n}`)
            .join(', ')})`
        : '0';
      lines.push(
        `| ${r.backend} | ${r.summary.enterprises.toLocaleString('en')} | ${m.scenario} | ${m.target} | ${m.rps.toLocaleString('en')} | ${m.requests.toLocaleString('en')} | ${m.p50} | ${m.p99} | ${m.max} | ${errors} | ${non2xx} | ${ratio} | ${target} | ${cpu} | ${m.load} |`,
      );
    }
  }
  lines.push('');
  lines.push('## Data', '');
  for (const r of reports) {
    const s = r.summary;
    lines.push(
      `- **${r.backend}** (${r.serverVersion.split(' on ')[0] || r.backend}): ${s.enterprises.toLocaleString('en')} enterprises, 200 industry organisations, 1 regulator. ` +
        (s.skipped
          ? `Already loaded, so not generated again (preparation ${r.prepareSeconds} s)` +
            (earlierLoads[r.backend]
              ? `; the load on ${earlierLoads[r.backend]?.at.slice(0, 16)} took ${earlierLoads[r.backend]?.loadSeconds} s, GIN indexes ${earlierLoads[r.backend]?.indexSeconds} s, VACUUM ANALYZE ${earlierLoads[r.backend]?.analyzeSeconds} s (${earlierLoads[r.backend]?.memberships.toLocaleString('en')} memberships).`
              : '.')
          : `Loaded ${s.loaded.toLocaleString('en')} enterprises and ${s.memberships.toLocaleString('en')} memberships in ${s.loadSeconds} s, GIN indexes ${s.indexSeconds} s, VACUUM ANALYZE ${s.analyzeSeconds} s; preparation ${r.prepareSeconds} s.`),
    );
  }
  for (const r of reports) {
    const c = r.complaints;
    if (!c) continue;
    const s = c.bench.summary;
    const earlier = earlierComplaintLoads[r.backend];
    const a = c.bench.association;
    const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;
    lines.push(
      `- **${r.backend}, complaints**: ${c.bench.total.toLocaleString('en')} cases (${s.complaints.toLocaleString('en')} generated for ` +
        `${s.generatedFor}), ${c.bench.totalOpen.toLocaleString('en')} open (${pct(c.bench.totalOpen, c.bench.total)}). ` +
        (s.skipped
          ? 'Already loaded' +
            (earlier
              ? `; the load on ${earlier.at.slice(0, 16)} took ${earlier.loadSeconds} s, indexes ${earlier.indexSeconds} s, ` +
                `${earlier.events.toLocaleString('en')} events of open cases ${earlier.eventSeconds} s, VACUUM ANALYZE ${earlier.analyzeSeconds} s.`
              : '.')
          : `Loaded in ${s.loadSeconds} s, indexes ${s.indexSeconds} s, ${s.events.toLocaleString('en')} events of open cases ` +
            `${s.eventSeconds} s, VACUUM ANALYZE ${s.analyzeSeconds} s.`) +
        ` The staff queue is that of **${a.name}**, the association with the most cases: ${a.complaints.toLocaleString('en')} ` +
        `(${pct(a.complaints, c.bench.total)} of all), ${a.open.toLocaleString('en')} open, ${a.overdue.toLocaleString('en')} of them overdue; ` +
        `by status: ${ALL_STATUSES.map((st) => `${st} ${(a.byStatus[st] ?? 0).toLocaleString('en')}`).join(', ')}. ` +
        `The regulator's queue is the whole city's (${c.bench.regulator.name}).`,
    );
  }
  lines.push('');
  for (const r of reports) if (r.credit) lines.push(...creditMarkdown(r.backend, r.credit));
  for (const r of reports) if (r.spotcheck) lines.push(...spotcheckMarkdown(r.backend, r.spotcheck));
  for (const r of reports) {
    const c = r.complaints;
    if (!c || c.intakeStatements.length === 0) continue;
    lines.push(
      `## ${r.backend}: the statements of one public intake`,
      '',
      `In this process through \`app.inject\` (the server's own code, one request at a time, 20 requests after 2 of warm-up): ` +
        `${c.intakeStatements.length} statements; median request ${c.intakeMedianMs} ms. ms = median time of that statement ` +
        '(sent to result, including the round trip).',
      '',
      '| # | statement | ms |',
      '|---:|---|---:|',
      ...c.intakeStatements.map(
        (s, i) =>
          `| ${i + 1} | \`${s.statement.slice(0, 160).replaceAll('|', '\\|')}${s.statement.length > 160 ? ' …' : ''}\` | ${s.medianMs} |`,
      ),
      '',
    );
  }
  for (const r of reports) {
    for (const p of r.probes) {
      lines.push(
        `## ${r.backend}: each search term alone, ${p.label} (median of 3 sequential requests; 1 when the first took over 2 s)`,
        '',
      );
      lines.push('| term | kind | published matches | ms |', '|---|---|---:|---:|');
      for (const row of p.rows) lines.push(`| ${row.q} | ${row.kind} | ${row.matches} | ${row.medianMs} |`);
      lines.push('');
    }
  }
  for (const r of reports) {
    if (r.plans.length === 0) continue;
    lines.push(`## ${r.backend}: EXPLAIN (ANALYZE, BUFFERS) of the public search, as the server runs it`, '');
    lines.push(
      "In the request transaction after `set_config('role', 'gongzhi_app', true)` (row-level security applies); warm cache.",
      '',
    );
    for (const p of r.plans) {
      lines.push(`### q=${p.q} (${Array.from(p.q).length} characters): ${p.label}`, '');
      lines.push('```sql', p.sql, '```', '', '```', p.plan, '```', '');
    }
  }
  for (const r of reports) {
    const plans = r.complaints?.plans ?? [];
    if (plans.length === 0) continue;
    lines.push(`## ${r.backend}: EXPLAIN (ANALYZE, BUFFERS) of the complaint queue, as the server runs it`, '');
    lines.push(
      'The page statement of `listQueue` (page 1 of 20, one row of look-ahead) in the request transaction of the ' +
        "bench's staff member (or regulator), after `set_config('role', 'gongzhi_app', true)`; warm cache.",
      '',
    );
    for (const p of plans) {
      lines.push(`### ${p.label}`, '');
      lines.push('```sql', p.sql, '```', '', '```', p.plan, '```', '');
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const reports: BackendReport[] = [];
  for (const backend of settings.backends) reports.push(await runBackend(backend));
  const report = markdown(reports, round((performance.now() - started) / 1000, 0));
  fs.mkdirSync(path.dirname(settings.out), { recursive: true });
  fs.writeFileSync(settings.out, `${report}\n`);
  // As the repository's `biome check .` wants it (tables aligned); the content is unchanged.
  spawnSync(path.join(ROOT, 'node_modules/.bin/biome'), ['format', '--write', settings.out], { stdio: 'ignore' });
  console.log(`\n${report}\n\nWritten to ${path.relative(ROOT, settings.out)}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    console.error(`bench: ${(error as Error).stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
