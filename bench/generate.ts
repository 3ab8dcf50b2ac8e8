/**
 * Loads a city-scale registry (Foshan: five districts, ≥ 1M enterprises, 200 industry
 * organisations, a regulator, memberships) into a migrated Gongzhi database, on PostgreSQL or PGlite.
 *
 *   node --import tsx bench/generate.ts --database-url postgres://…/gongzhi_bench --enterprises 1000000
 *   node --import tsx bench/generate.ts --data-dir .bench/pglite --enterprises 200000
 *
 * Deterministic: enterprise n always gets the same name, credit code, district and memberships
 * (only the uuids are random), so an interrupted load resumes where it stopped and a finished one
 * is skipped. Batches are single statements (organisations and their memberships together), so the
 * enterprise count always equals the number of serials loaded. Meant for a dedicated database.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { makeUscc } from '@gongzhi/contracts';
import { type Database, MIGRATIONS_DIR, openDatabase } from '../apps/server/src/db/client.js';
import { ensureReferenceData } from '../apps/server/src/db/reference-data.js';

// ---------------------------------------------------------------- word lists

export const DISTRICTS: readonly { code: string; name: string; share: number }[] = [
  { code: '440604', name: '禅城区', share: 15 },
  { code: '440605', name: '南海区', share: 32 },
  { code: '440606', name: '顺德区', share: 30 },
  { code: '440607', name: '三水区', share: 11 },
  { code: '440608', name: '高明区', share: 12 },
];

const TOWNS: Record<string, readonly string[]> = {
  '440604': ['祖庙街道', '石湾镇街道', '张槎街道', '南庄镇'],
  '440605': ['桂城街道', '狮山镇', '大沥镇', '里水镇', '西樵镇', '九江镇', '丹灶镇'],
  '440606': [
    '大良街道',
    '容桂街道',
    '伦教街道',
    '勒流街道',
    '陈村镇',
    '北滘镇',
    '乐从镇',
    '龙江镇',
    '杏坛镇',
    '均安镇',
  ],
  '440607': ['西南街道', '云东海街道', '白坭镇', '乐平镇', '芦苞镇', '大塘镇', '南山镇'],
  '440608': ['荷城街道', '杨和镇', '明城镇', '更合镇'],
};
const ROADS = ['工业大道', '兴业路', '创业路', '科技路', '环镇路', '振兴路', '发展大道', '富华路', '新城路', '商贸路'];

/** Brand = one character of each pool: 4,096 two-character brands. No character of 佛山市…有限公司. */
export const BRAND_FIRST = Array.from(
  '华粤金宏新星恒嘉瑞泰美顺安利广南信宝润东鹏汇通骏达盛兴隆丰源富德雅博远创卓越豪威力强宇晟鑫昌荣益佳和永康明光辉天海河岭峰林森发中',
);
export const BRAND_SECOND = Array.from(
  '达源丰盛华通泰安美宝辉腾龙凤鹰驰翔航图业基格锐捷迅英杰俊豪邦联合力诚信德茂彩晶恒之亿万千百佳尚品艺匠道庭居家宜诺朗顿迪帝凯威星皇',
);

/** Product words and their GB/T 4754 industry; ceramics and gas appliances dominate, as in Foshan. */
export const PRODUCTS: readonly [word: string, industry: string][] = [
  ['陶瓷', 'C307'],
  ['陶瓷制品', 'C307'],
  ['建筑陶瓷', 'C3071'],
  ['瓷砖', 'C3071'],
  ['卫浴', 'C3072'],
  ['卫浴洁具', 'C3072'],
  ['洁具', 'C3072'],
  ['燃气具', 'C3861'],
  ['燃具', 'C3861'],
  ['热水器', 'C3861'],
  ['太阳能', 'C3862'],
  ['厨卫电器', 'C3854'],
  ['家用电器', 'C385'],
  ['电器', 'C385'],
  ['小家电', 'C385'],
  ['电线电缆', 'C3831'],
  ['电缆', 'C3831'],
  ['线缆', 'C3831'],
  ['光纤', 'C3832'],
  ['建材', 'C30'],
  ['新型建材', 'C30'],
  ['石材', 'C30'],
  ['玻璃', 'C304'],
  ['水泥制品', 'C3021'],
  ['家具', 'C21'],
  ['办公家具', 'C21'],
  ['红木家具', 'C21'],
  ['五金', 'C33'],
  ['五金制品', 'C33'],
  ['不锈钢', 'C33'],
  ['门窗', 'C33'],
  ['铝材', 'C32'],
  ['铝型材', 'C32'],
  ['照明', 'C38'],
  ['灯饰', 'C38'],
  ['电气', 'C38'],
  ['机械', 'C34'],
  ['机械设备', 'C34'],
  ['模具', 'C35'],
  ['塑料', 'C29'],
  ['塑胶', 'C29'],
  ['纺织', 'C17'],
  ['服装', 'C18'],
  ['食品', 'C14'],
  ['涂料', 'C26'],
  ['化工', 'C26'],
  ['包装', 'C22'],
  ['电子', 'C39'],
];
export const BUSINESS_TYPES = ['', '实业', '科技', '贸易', '制造', '发展', '工业', '新材料'];
const SUFFIXES: readonly [suffix: string, share: number][] = [
  ['有限公司', 88],
  ['股份有限公司', 7],
  ['有限责任公司', 5],
];

const ASSOCIATION_SCOPES: readonly [prefix: string, region: string][] = [
  ['佛山市', '440600'],
  ['佛山市禅城区', '440604'],
  ['佛山市南海区', '440605'],
  ['佛山市顺德区', '440606'],
  ['佛山市三水区', '440607'],
  ['佛山市高明区', '440608'],
];
const ASSOCIATION_TYPES = ['行业协会', '商会', '协会', '产业促进会', '行业商会'];
export const ASSOCIATION_COUNT = 200;

// ---------------------------------------------------------------- deterministic rows

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function base31(n: number, width: number): string {
  let out = '';
  let rest = n;
  for (let i = 0; i < width; i++) {
    out = (USCC_ALPHABET[rest % 31] ?? '0') + out;
    rest = Math.floor(rest / 31);
  }
  return out;
}

/** A 32-bit mix of (n, salt): cheap, stable, well spread. */
function hash(n: number, salt: number): number {
  let h = Math.imul(n ^ Math.imul(salt, 0x9e3779b9), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function pick<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('empty word list');
  return item;
}

function byShare<T>(list: readonly T[], share: (t: T) => number, roll: number): T {
  let acc = 0;
  for (const item of list) {
    acc += share(item);
    if (roll < acc) return item;
  }
  return pick(list, list.length - 1);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Distinct (brand, product, business type) combinations; serials are spread over them by an affine permutation. */
const COMBINATIONS = BRAND_FIRST.length * BRAND_SECOND.length * PRODUCTS.length * BUSINESS_TYPES.length;
const STEP = (() => {
  let a = 1_000_003;
  while (gcd(a, COMBINATIONS) !== 1) a += 2;
  return a;
})();

export interface EnterpriseSpec {
  name: string;
  brand: string;
  product: string;
  creditCode: string;
  regionCode: string;
  industryCode: string;
  published: boolean;
}

/** Enterprise number `serial` (0-based). Names are unique for the first 64 × COMBINATIONS serials. */
export function enterpriseAt(serial: number): EnterpriseSpec {
  const combination = ((serial % COMBINATIONS) * STEP + 7_919) % COMBINATIONS;
  const round = Math.floor(serial / COMBINATIONS);
  const first = pick(BRAND_FIRST, combination);
  let rest = Math.floor(combination / BRAND_FIRST.length);
  const second = pick(BRAND_SECOND, rest);
  rest = Math.floor(rest / BRAND_SECOND.length);
  const [product, industryCode] = pick(PRODUCTS, rest);
  const type = pick(BUSINESS_TYPES, Math.floor(rest / PRODUCTS.length));
  // Beyond the first pass over the combinations a third brand character keeps names unique.
  const brand = round === 0 ? first + second : first + second + pick(BRAND_SECOND, round - 1);
  const district = byShare(DISTRICTS, (d) => d.share, hash(serial, 2) % 100);
  const [suffix] = byShare(SUFFIXES, ([, share]) => share, hash(serial, 3) % 100);
  return {
    name: `佛山市${district.name}${brand}${product}${type}${suffix}`,
    brand,
    product,
    creditCode: makeUscc('91', district.code, `MA${base31(serial, 6)}`),
    regionCode: district.code,
    industryCode,
    published: hash(serial, 1) % 100 < 80,
  };
}

interface AssociationSpec {
  name: string;
  creditCode: string;
  regionCode: string;
  industryCode: string;
  product: string;
}

export function associationAt(i: number): AssociationSpec {
  const [product, industryCode] = pick(PRODUCTS, i);
  const round = Math.floor(i / PRODUCTS.length);
  const [prefix, regionCode] = pick(ASSOCIATION_SCOPES, round);
  const type = pick(ASSOCIATION_TYPES, round);
  return {
    name: `${prefix}${product}${type}`,
    creditCode: makeUscc('51', regionCode, `MJ${base31(i, 6)}`),
    regionCode,
    industryCode,
    product,
  };
}

const REGULATOR = {
  name: '佛山市市场监督管理局',
  creditCode: makeUscc('11', '440600', `MR${base31(1, 6)}`),
};

// ---------------------------------------------------------------- loading

export interface GenerateOptions {
  enterprises: number;
  /** Rows per statement (default 10,000). */
  batchSize?: number;
  /** Statements in flight on PostgreSQL (default 2; PGlite has one session). */
  concurrency?: number;
  log?: (message: string) => void;
}

export interface GenerateSummary {
  skipped: boolean;
  enterprises: number;
  loaded: number;
  memberships: number;
  loadSeconds: number;
  indexSeconds: number;
  analyzeSeconds: number;
  totalSeconds: number;
}

type Query = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/** One connection for session settings (maintenance_work_mem) and the statements that use them. */
async function withSession<T>(database: Database, work: (query: Query) => Promise<T>): Promise<T> {
  if (database.pool) {
    const client = await database.pool.connect();
    try {
      return await work(async (text, params) => (await client.query(text, params as unknown[])).rows);
    } finally {
      client.release();
    }
  }
  return work(database.query.bind(database) as Query);
}

/**
 * The GIN indexes on organisation as the migrations define them (last definition wins), so that
 * dropping them for the bulk load and recreating them afterwards restores exactly the same index.
 */
export function organisationGinIndexes(migrationsDir = MIGRATIONS_DIR): Map<string, string> {
  const indexes = new Map<string, string>();
  const files = fs
    .readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  for (const file of files) {
    const text = fs.readFileSync(path.join(migrationsDir, file), 'utf8');
    for (const raw of text.split('--> statement-breakpoint')) {
      const statement = raw.trim().replace(/;\s*$/, '');
      const created = /^CREATE INDEX (?:IF NOT EXISTS )?"?(\w+)"? ON "?organisation"? USING gin\b/i.exec(statement);
      if (created?.[1]) indexes.set(created[1], statement);
      const dropped = /^DROP INDEX (?:IF EXISTS )?(?:"?public"?\.)?"?(\w+)"?/i.exec(statement);
      if (dropped?.[1]) indexes.delete(dropped[1]);
    }
  }
  return indexes;
}

async function existingIndexes(database: Database): Promise<Set<string>> {
  const rows = await database.query<{ indexname: string }>(
    `select indexname from pg_indexes where schemaname = 'public' and tablename = 'organisation'`,
  );
  return new Set(rows.map((r) => r.indexname));
}

async function count(database: Database, text: string): Promise<number> {
  const rows = await database.query<{ n: number }>(text);
  return Number(rows[0]?.n ?? 0);
}

const ORGANISATION_COLUMNS =
  'id, kind, name, credit_code, region_code, industry_code, address, contact_phone, website, description, published, status';
const ORGANISATION_RECORD =
  'id uuid, kind text, name text, credit_code text, region_code text, industry_code text, address text, contact_phone text, website text, description text, published boolean, status text';

interface OrganisationRecord {
  id: string;
  kind: string;
  name: string;
  credit_code: string;
  region_code: string;
  industry_code: string;
  address: string | null;
  contact_phone: string | null;
  website: string | null;
  description: string | null;
  published: boolean;
  status: string;
}

interface MembershipRecord {
  association_id: string;
  enterprise_id: string;
  level: string;
  status: string;
  joined_on: string;
}

function enterpriseRecord(serial: number, spec: EnterpriseSpec): OrganisationRecord {
  const h = hash(serial, 4);
  const towns = TOWNS[spec.regionCode] ?? ['工业区'];
  const district = DISTRICTS.find((d) => d.code === spec.regionCode)?.name ?? '';
  return {
    id: randomUUID(),
    kind: 'enterprise',
    name: spec.name,
    credit_code: spec.creditCode,
    region_code: spec.regionCode,
    industry_code: spec.industryCode,
    address: `广东省佛山市${district}${pick(towns, h)}${pick(ROADS, h >>> 8)}${1 + (h % 388)}号`,
    contact_phone: `0757-${8_0000_000 + (hash(serial, 5) % 9_999_999)}`,
    website: h % 10 === 0 ? `https://www.${spec.creditCode.slice(10, 16).toLowerCase()}.com.cn` : null,
    description: h % 7 === 0 ? `主营${spec.product}的研发、生产与销售。` : null,
    published: spec.published,
    status: h % 50 === 0 ? 'disabled' : 'active',
  };
}

/** 0–2 associations per enterprise (50 % none, 35 % one, 15 % two), mostly of its own product. */
function membershipsOf(
  serial: number,
  enterpriseId: string,
  product: string,
  byProduct: Map<string, string[]>,
  all: string[],
): MembershipRecord[] {
  const h = hash(serial, 6);
  const roll = h % 100;
  const wanted = roll < 50 ? 0 : roll < 85 ? 1 : 2;
  const chosen: string[] = [];
  const own = byProduct.get(product) ?? all;
  if (wanted >= 1) chosen.push(pick(own, h >>> 8));
  if (wanted === 2) {
    const other = pick(all, hash(serial, 7));
    chosen.push(other === chosen[0] ? pick(all, hash(serial, 7) + 1) : other);
  }
  return chosen.map((associationId, i) => {
    const r = hash(serial, 8 + i);
    const levelRoll = r % 1000;
    const statusRoll = (r >>> 10) % 100;
    return {
      association_id: associationId,
      enterprise_id: enterpriseId,
      level: levelRoll < 5 ? 'vice_president' : levelRoll < 30 ? 'director' : 'member',
      status: statusRoll < 92 ? 'active' : statusRoll < 97 ? 'suspended' : 'withdrawn',
      joined_on: `${2010 + (r % 16)}-${String(1 + ((r >>> 4) % 12)).padStart(2, '0')}-${String(1 + ((r >>> 8) % 28)).padStart(2, '0')}`,
    };
  });
}

const INSERT_ORGANISATIONS = `insert into organisation (${ORGANISATION_COLUMNS})
  select ${ORGANISATION_COLUMNS} from json_to_recordset($1::json) as r(${ORGANISATION_RECORD})`;

/**
 * Both inserts in one statement: a batch is loaded whole or not at all (foreign keys are checked at
 * its end). Rows whose credit code exists are skipped, with their memberships, so a batch can be retried.
 */
const INSERT_BATCH = `with o as (${INSERT_ORGANISATIONS} on conflict (credit_code) do nothing returning id),
  m as (insert into membership (association_id, enterprise_id, level, status, joined_on)
    select association_id, enterprise_id, level, status, joined_on
    from json_to_recordset($2::json) as r(association_id uuid, enterprise_id uuid, level text, status text, joined_on date)
    where enterprise_id in (select id from o)
    returning 1)
  select (select count(*) from o)::int as organisations, (select count(*) from m)::int as memberships`;

/** The regulator and the industry organisations (idempotent: keyed by their credit codes). */
async function loadOrganisers(database: Database): Promise<{ byProduct: Map<string, string[]>; all: string[] }> {
  const industries = new Set((await database.query<{ code: string }>('select code from industry')).map((r) => r.code));
  const records: OrganisationRecord[] = [
    {
      id: randomUUID(),
      kind: 'regulator',
      name: REGULATOR.name,
      credit_code: REGULATOR.creditCode,
      region_code: '440600',
      industry_code: 'S',
      address: '广东省佛山市禅城区岭南大道北127号',
      contact_phone: '0757-12315',
      website: null,
      description: '佛山市行业质量共治的统筹和监管部门。',
      published: true,
      status: 'active',
    },
  ];
  const associations = Array.from({ length: ASSOCIATION_COUNT }, (_, i) => associationAt(i));
  for (const a of associations) {
    if (!industries.has(a.industryCode)) throw new Error(`industry ${a.industryCode} is not in the industry table`);
    records.push({
      id: randomUUID(),
      kind: 'industry_organisation',
      name: a.name,
      credit_code: a.creditCode,
      region_code: a.regionCode,
      industry_code: a.industryCode,
      address: null,
      contact_phone: null,
      website: null,
      description: `${a.name}：行业质量共治的组织者，开展质量信用、标准、消费维权等工作。`,
      published: true,
      status: 'active',
    });
  }
  await database.query(`${INSERT_ORGANISATIONS} on conflict (credit_code) do nothing`, [JSON.stringify(records)]);
  const rows = await database.query<{ id: string; credit_code: string }>(
    `select id, credit_code from organisation where credit_code = any($1::text[])`,
    [associations.map((a) => a.creditCode)],
  );
  const idByCode = new Map(rows.map((r) => [r.credit_code, r.id]));
  const byProduct = new Map<string, string[]>();
  const all: string[] = [];
  for (const a of associations) {
    const id = idByCode.get(a.creditCode);
    if (!id) throw new Error(`association ${a.name} was not loaded`);
    all.push(id);
    byProduct.set(a.product, [...(byProduct.get(a.product) ?? []), id]);
  }
  return { byProduct, all };
}

/** Loads up to `enterprises` enterprises (and the organisers) into a migrated database with reference data. */
export async function generate(database: Database, options: GenerateOptions): Promise<GenerateSummary> {
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 10_000;
  const started = performance.now();
  const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;
  const ginIndexes = organisationGinIndexes();
  if (ginIndexes.size === 0) throw new Error(`no GIN index on organisation found in ${MIGRATIONS_DIR}`);

  const existing = await count(database, `select count(*)::int as n from organisation where kind = 'enterprise'`);
  const toLoad = Math.max(0, options.enterprises - existing);
  const present = await existingIndexes(database);
  const missing = [...ginIndexes.keys()].filter((name) => !present.has(name));
  let loadSeconds = 0;
  let indexSeconds = 0;
  let analyzeSeconds = 0;
  let memberships = 0;
  let loaded = 0;

  if (toLoad === 0 && missing.length === 0) {
    log(
      `${existing.toLocaleString('en')} enterprises already loaded (≥ ${options.enterprises.toLocaleString('en')}): skipped`,
    );
    return {
      skipped: true,
      enterprises: existing,
      loaded: 0,
      memberships: 0,
      loadSeconds,
      indexSeconds,
      analyzeSeconds,
      totalSeconds: seconds(started),
    };
  }

  if (toLoad > 0) {
    const loadStarted = performance.now();
    const organisers = await loadOrganisers(database);
    // A GIN index is several times faster to build once than to maintain row by row.
    const dropIndexes = toLoad >= 50_000;
    if (dropIndexes) {
      for (const name of ginIndexes.keys()) {
        if (present.has(name)) await database.query(`drop index if exists "${name}"`);
      }
    }
    // Fixed ranges of serials; a range whose first and last codes exist was loaded whole (one statement).
    const ranges: [from: number, to: number][] = [];
    for (let from = 0; from < options.enterprises; from += batchSize) {
      ranges.push([from, Math.min(options.enterprises, from + batchSize)]);
    }
    const edges = ranges.flatMap(([from, to]) => [enterpriseAt(from).creditCode, enterpriseAt(to - 1).creditCode]);
    const loadedCodes = new Set(
      (
        await database.query<{ credit_code: string }>(
          'select credit_code from organisation where credit_code = any($1::text[])',
          [edges],
        )
      ).map((r) => r.credit_code),
    );
    const pending = ranges.filter(
      ([from, to]) =>
        !loadedCodes.has(enterpriseAt(from).creditCode) || !loadedCodes.has(enterpriseAt(to - 1).creditCode),
    );
    const concurrency = database.pool ? (options.concurrency ?? 2) : 1;
    log(
      `loading ${toLoad.toLocaleString('en')} enterprises in ${pending.length} batches of ≤ ${batchSize.toLocaleString('en')}, ` +
        `${concurrency} at a time${dropIndexes ? ' (GIN indexes dropped for the load)' : ''}`,
    );
    let lastReport = performance.now();
    let inserted = 0;
    let next = 0;
    const worker = async () => {
      for (let range = pending[next++]; range; range = pending[next++]) {
        const [from, to] = range;
        const organisations: OrganisationRecord[] = [];
        const members: MembershipRecord[] = [];
        for (let serial = from; serial < to; serial++) {
          const spec = enterpriseAt(serial);
          const record = enterpriseRecord(serial, spec);
          organisations.push(record);
          members.push(...membershipsOf(serial, record.id, spec.product, organisers.byProduct, organisers.all));
        }
        const rows = await database.query<{ organisations: number; memberships: number }>(INSERT_BATCH, [
          JSON.stringify(organisations),
          JSON.stringify(members),
        ]);
        inserted += Number(rows[0]?.organisations ?? 0);
        memberships += Number(rows[0]?.memberships ?? 0);
        if (performance.now() - lastReport > 10_000) {
          lastReport = performance.now();
          const rate = Math.round(inserted / ((performance.now() - loadStarted) / 1000));
          log(
            `  ${inserted.toLocaleString('en')} / ${toLoad.toLocaleString('en')} enterprises (${rate.toLocaleString('en')}/s)`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    loaded = inserted;
    loadSeconds = seconds(loadStarted);
  }

  const indexStarted = performance.now();
  const now = await existingIndexes(database);
  await withSession(database, async (query) => {
    await query(`select set_config('maintenance_work_mem', $1, false)`, [database.pool ? '1GB' : '256MB']);
    for (const [name, definition] of ginIndexes) {
      if (now.has(name)) continue;
      const t = performance.now();
      await query(definition);
      log(`  index ${name} built in ${seconds(t)} s`);
    }
  });
  indexSeconds = seconds(indexStarted);

  // VACUUM as well: sets hint bits and the visibility map, as autovacuum would have long done on a live registry.
  const analyzeStarted = performance.now();
  await database.query('vacuum (analyze) organisation');
  await database.query('vacuum (analyze) membership');
  analyzeSeconds = seconds(analyzeStarted);

  const total = await count(database, `select count(*)::int as n from organisation where kind = 'enterprise'`);
  const summary: GenerateSummary = {
    skipped: false,
    enterprises: total,
    loaded,
    memberships,
    loadSeconds,
    indexSeconds,
    analyzeSeconds,
    totalSeconds: seconds(started),
  };
  log(
    `loaded ${loaded.toLocaleString('en')} enterprises and ${memberships.toLocaleString('en')} memberships in ${loadSeconds} s, ` +
      `indexes ${indexSeconds} s, vacuum/analyze ${analyzeSeconds} s (total ${summary.totalSeconds} s)`,
  );
  return summary;
}

// ---------------------------------------------------------------- command line

async function cli(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      enterprises: { type: 'string', default: '1000000' },
      'batch-size': { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '2' },
    },
  });
  const databaseUrl = values['database-url'];
  const dataDir = values['data-dir'];
  if (!databaseUrl === !dataDir) throw new Error('give exactly one of --database-url URL or --data-dir DIR');
  const enterprises = Number(values.enterprises);
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(enterprises) || enterprises < 0) throw new Error('--enterprises: a whole number');
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('--batch-size: a positive whole number');
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('--concurrency: a positive whole number');
  const database = await openDatabase({ databaseUrl, dataDir: path.resolve(dataDir ?? '.') });
  try {
    await database.migrate();
    await ensureReferenceData(database);
    await generate(database, { enterprises, batchSize, concurrency, log: (m) => console.log(m) });
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  cli(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`generate: ${(error as Error).message}`);
    process.exit(1);
  });
}
