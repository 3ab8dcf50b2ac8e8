/**
 * `npm run bench`: loads a city-scale registry, starts the Gongzhi server and a bare ceiling server
 * as child processes, and drives the public lookup and search endpoints with autocannon over loopback.
 * Writes a Markdown report to bench/results/latest.md (and prints it).
 *
 * Environment (all optional):
 *   BENCH_BACKENDS            postgres | pglite | postgres,pglite        (default postgres)
 *   BENCH_ENTERPRISES         enterprises on PostgreSQL                  (default 1000000)
 *   BENCH_PGLITE_ENTERPRISES  enterprises on PGlite                      (default 200000)
 *   BENCH_DURATION            seconds measured per scenario              (default 15)
 *   BENCH_WARMUP              seconds of warm-up per scenario            (default 5)
 *   BENCH_CONNECTIONS         concurrent HTTP connections                (default 10)
 *   BENCH_PG_ADMIN_URL        an existing server (else scripts/pg-server.sh start)
 *   BENCH_DATABASE            database created on it                     (default gongzhi_bench)
 *   BENCH_PGLITE_DIR          PGlite data directory                      (default .bench/pglite)
 *   BENCH_OUT                 report file                                (default bench/results/latest.md)
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { type Database, openDatabase, PUBLIC_SCOPE } from '../apps/server/src/db/client.js';
import { ensureReferenceData } from '../apps/server/src/db/reference-data.js';
import { listOrganisations } from '../apps/server/src/modules/organisation/organisation.repository.js';
import { enterpriseAt, type GenerateSummary, generate } from './generate.js';

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
  pgEnterprises: envInt('BENCH_ENTERPRISES', 1_000_000),
  pgliteEnterprises: envInt('BENCH_PGLITE_ENTERPRISES', 200_000),
  duration: envInt('BENCH_DURATION', 15),
  warmup: envInt('BENCH_WARMUP', 5),
  connections: envInt('BENCH_CONNECTIONS', 10),
  database: process.env.BENCH_DATABASE || 'gongzhi_bench',
  pgliteDir: path.resolve(ROOT, process.env.BENCH_PGLITE_DIR || '.bench/pglite'),
  out: path.resolve(ROOT, process.env.BENCH_OUT || 'bench/results/latest.md'),
};

const TARGETS = { lookupRatio: 0.85, searchP99Ms: 50 };

/** The load of data that an earlier run generated (this run found it in place). */
const earlierLoads: Record<string, GenerateSummary & { at: string }> = {};

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
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function cannon(
  base: string,
  paths: string[],
  seconds: number,
): Promise<{ result: autocannon.Result; latencies: number[]; statuses: Record<string, number> }> {
  let next = 0;
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
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }),
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
 * database; wait until they are done so they do not slow the next run down.
 */
type Drain = () => Promise<number>;

async function drive(
  backend: string,
  scenario: string,
  target: string,
  base: string,
  paths: string[],
  drain: Drain,
): Promise<Measurement> {
  if (settings.warmup > 0) {
    await cannon(base, paths, settings.warmup);
    await drain();
  }
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const { result, latencies, statuses } = await cannon(base, paths, settings.duration);
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
  };
  console.log(
    `  ${scenario} on ${target}: ${m.rps} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.requests} responses, errors ${m.errors}, ` +
      `non-2xx ${m.non2xx} (load ${load}; drained in ${m.drainSeconds} s)`,
  );
  return m;
}

/** Until the server answers its health check promptly and (PostgreSQL) its connections are idle. */
function drainer(healthUrl: string, adminUrl: string | undefined, database: string): Drain {
  return async () => {
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

interface CapturedQuery {
  text: string;
  values: unknown[];
}

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

/** The statements the public search sends, captured from the pg driver under the server's own code. */
async function capturePublicSearch(database: Database, q: string): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args;
    const text = typeof config === 'string' ? config : (config as { text?: string } | undefined)?.text;
    if (text) captured.push({ text, values: Array.isArray(values) ? values : [] });
    return original.apply(this, args);
  };
  try {
    await database.transaction(PUBLIC_SCOPE, (tx) =>
      listOrganisations(tx, { kind: 'published' }, { q }, { page: 1, pageSize: 20 }),
    );
  } finally {
    proto.query = original;
  }
  return captured;
}

interface Plan {
  q: string;
  label: string;
  sql: string;
  plan: string;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the list and count statements, in the server's transaction and role (RLS). */
async function explainSearch(database: Database, q: string): Promise<Plan[]> {
  const pool = database.pool;
  if (!pool) return [];
  const statements = await capturePublicSearch(database, q);
  const scope = statements.find((s) => s.text.includes("set_config('role'"));
  const selects = statements.filter((s) => /^\s*(select|with)\b/i.test(s.text) && s !== scope);
  if (!scope || selects.length === 0) throw new Error(`could not capture the search SQL for "${q}"`);
  const client = await pool.connect();
  const plans: Plan[] = [];
  try {
    for (const [i, statement] of selects.entries()) {
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
      plans.push({
        q,
        label:
          selects.length === 1
            ? 'page of 20 with look-ahead (one statement)'
            : i === 0
              ? 'page of 20'
              : 'count (capped at 1001)',
        sql: statement.text,
        plan,
      });
    }
  } finally {
    client.release();
  }
  return plans;
}

// ---------------------------------------------------------------- one backend

interface BackendReport {
  backend: string;
  summary: GenerateSummary;
  prepareSeconds: number;
  measurements: Measurement[];
  probes: { label: string; rows: Probe[] }[];
  plans: Plan[];
  serverVersion: string;
}

async function runBackend(backend: string): Promise<BackendReport> {
  const started = performance.now();
  const isPg = backend === 'postgres';
  if (!isPg && backend !== 'pglite') throw new Error(`unknown backend ${backend} (postgres or pglite)`);
  const enterprises = isPg ? settings.pgEnterprises : settings.pgliteEnterprises;
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
  const withGongzhi = async (work: (base: string, drain: Drain) => Promise<void>) => {
    const port = await freePort();
    const child = startChild('gongzhi', ['bin/gongzhi.mjs', 'serve'], {
      ...dbEnv(APP_NAMES.gongzhi),
      PORT: String(port),
      HOST: '127.0.0.1',
      JOBS: 'false',
      LOG_LEVEL: 'warn',
      WEB_DIST: path.join(ROOT, '.bench/no-web-dist'),
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitHealthy(child, `${base}/api/health`);
      await work(base, drainer(`${base}/api/health`, adminUrl, settings.database));
    } finally {
      await child.stop();
    }
  };

  // 1. Lookups on Gongzhi, then on the ceiling (one server at a time: a PGlite directory has one owner).
  console.log(`Gongzhi on ${backend} (${summary.enterprises.toLocaleString('en')} enterprises):`);
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
  const ceilingPort = await freePort();
  const ceiling = startChild('ceiling', ['--import', 'tsx', 'bench/ceiling.ts'], {
    ...dbEnv(APP_NAMES.ceiling),
    PORT: String(ceilingPort),
    HOST: '127.0.0.1',
  });
  const ceilingBase = `http://127.0.0.1:${ceilingPort}`;
  try {
    await waitHealthy(ceiling, `${ceilingBase}/ceiling/health`);
    measurements.push(
      await drive(
        backend,
        'lookup by credit code',
        'ceiling',
        ceilingBase,
        lookupPaths('/ceiling/by-credit-code/'),
        drainer(`${ceilingBase}/ceiling/health`, adminUrl, settings.database),
      ),
    );
  } finally {
    await ceiling.stop();
  }

  // 2. Searches: each term alone first, then under load.
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

  let plans: Plan[] = [];
  if (isPg) {
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
  return { backend, summary, prepareSeconds, measurements, probes, plans, serverVersion };
}

// ---------------------------------------------------------------- report

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
    `Targets (reported, not asserted): PostgreSQL lookup ≥ ${TARGETS.lookupRatio} × ceiling; search p99 ≤ ${TARGETS.searchP99Ms} ms.`,
    '',
  );
  lines.push(
    'Latency percentiles are over the responses received; requests still open at the end of a run, or timed out ' +
      '(10 s, counted as errors), are not in them. After each run the bench waits until the server is idle again.',
    '',
  );
  lines.push(
    '| backend | enterprises | scenario | server | req/s | responses | p50 ms | p99 ms | max ms | errors | non-2xx | vs ceiling | target | load avg |',
  );
  lines.push('|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  for (const r of reports) {
    const ceiling = r.measurements.find((m) => m.target === 'ceiling');
    for (const m of r.measurements) {
      let ratio = '';
      let target = '';
      if (m.scenario.startsWith('lookup') && m.target === 'Gongzhi' && ceiling) {
        const x = m.rps / ceiling.rps;
        ratio = x.toFixed(2);
        const met = x >= TARGETS.lookupRatio && m.errors === 0 && m.non2xx === 0;
        if (r.backend === 'postgres') target = `${met ? 'met' : 'missed'} (≥ ${TARGETS.lookupRatio})`;
      }
      if (m.scenario.startsWith('name search')) {
        const met = m.requests > 0 && m.errors === 0 && m.non2xx === 0 && m.p99 <= TARGETS.searchP99Ms;
        target = `${met ? 'met' : 'missed'} (p99 ≤ ${TARGETS.searchP99Ms})`;
      }
      const errors = m.errors + (m.timeouts ? ` (${m.timeouts} timeouts)` : '');
      const non2xx = m.non2xx
        ? `${m.non2xx} (${Object.entries(m.statuses)
            .filter(([s]) => !s.startsWith('2'))
            .map(([s, n]) => `${s}×${n}`)
            .join(', ')})`
        : '0';
      lines.push(
        `| ${r.backend} | ${r.summary.enterprises.toLocaleString('en')} | ${m.scenario} | ${m.target} | ${m.rps.toLocaleString('en')} | ${m.requests.toLocaleString('en')} | ${m.p50} | ${m.p99} | ${m.max} | ${errors} | ${non2xx} | ${ratio} | ${target} | ${m.load} |`,
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
  lines.push('');
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
