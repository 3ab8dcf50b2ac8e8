/**
 * Loads a city-scale registry (Foshan: five districts, ≥ 1M enterprises, 200 industry
 * organisations, a regulator, memberships) into a migrated Gongzhi database, on PostgreSQL or PGlite.
 *
 *   node --import tsx bench/generate.ts --database-url postgres://…/gongzhi_bench --enterprises 1000000
 *   node --import tsx bench/generate.ts --data-dir .bench/pglite --enterprises 200000
 *   node --import tsx bench/generate.ts --database-url … --enterprises 1000000 --complaints 1000000
 *   node --import tsx bench/generate.ts --database-url … --enterprises 1000000 --credit-records 10000000 [--credit-other-records 1000000]
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
import { todayInShanghai } from '../apps/server/src/kernel/clock.js';

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
 * The non-unique indexes on `table` as the migrations define them (last definition wins), optionally
 * of one access method, so that dropping them for a bulk load and recreating them afterwards
 * restores exactly the same indexes.
 */
export function migrationIndexes(table: string, using?: string, migrationsDir = MIGRATIONS_DIR): Map<string, string> {
  const indexes = new Map<string, string>();
  const files = fs
    .readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const create = new RegExp(
    `^CREATE INDEX (?:IF NOT EXISTS )?"?(\\w+)"? ON "?${table}"?${using ? ` USING ${using}\\b` : '[\\s(]'}`,
    'i',
  );
  for (const file of files) {
    const text = fs.readFileSync(path.join(migrationsDir, file), 'utf8');
    for (const raw of text.split('--> statement-breakpoint')) {
      const statement = raw.trim().replace(/;\s*$/, '');
      const created = create.exec(statement);
      if (created?.[1]) indexes.set(created[1], statement);
      const dropped = /^DROP INDEX (?:IF EXISTS )?(?:"?public"?\.)?"?(\w+)"?/i.exec(statement);
      if (dropped?.[1]) indexes.delete(dropped[1]);
    }
  }
  return indexes;
}

/** The GIN indexes on organisation as the migrations define them. */
export function organisationGinIndexes(migrationsDir = MIGRATIONS_DIR): Map<string, string> {
  return migrationIndexes('organisation', 'gin', migrationsDir);
}

async function existingIndexes(database: Database, table = 'organisation'): Promise<Set<string>> {
  const rows = await database.query<{ indexname: string }>(
    `select indexname from pg_indexes where schemaname = 'public' and tablename = $1`,
    [table],
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

// ---------------------------------------------------------------- complaints

/**
 * How much each product draws consumer complaints, relative to the others: household goods that
 * consumers buy themselves (furniture, tiles, sanitary ware, gas appliances) far more than inputs
 * that other businesses buy (moulds, chemicals, packaging). An association's share of the complaints
 * is its active members times its product's weight.
 */
export const COMPLAINT_WEIGHTS: Record<string, number> = {
  家具: 12,
  办公家具: 4,
  红木家具: 8,
  陶瓷: 8,
  陶瓷制品: 5,
  建筑陶瓷: 6,
  瓷砖: 10,
  卫浴: 8,
  卫浴洁具: 8,
  洁具: 6,
  燃气具: 8,
  燃具: 5,
  热水器: 8,
  太阳能: 3,
  厨卫电器: 7,
  家用电器: 8,
  电器: 5,
  小家电: 7,
  门窗: 8,
  照明: 4,
  灯饰: 5,
  五金: 3,
  五金制品: 2,
  不锈钢: 2,
  建材: 3,
  新型建材: 2,
  石材: 2,
  玻璃: 2,
  涂料: 3,
  服装: 4,
  食品: 5,
  纺织: 1,
  电线电缆: 1,
  电缆: 1,
  线缆: 1,
  光纤: 0.5,
  水泥制品: 0.5,
  铝材: 1,
  铝型材: 1,
  电气: 1,
  机械: 0.5,
  机械设备: 0.5,
  模具: 0.3,
  塑料: 0.5,
  塑胶: 0.5,
  化工: 0.3,
  包装: 0.3,
  电子: 1,
};

export interface ComplaintGenerateOptions {
  complaints: number;
  /** Share of the cases still open (default 0.07). */
  openShare?: number;
  /** Rows per statement (default 100,000). */
  batchSize?: number;
  /** Statements in flight on PostgreSQL (default 2). */
  concurrency?: number;
  log?: (message: string) => void;
}

export interface ComplaintSummary {
  skipped: boolean;
  complaints: number;
  loaded: number;
  open: number;
  events: number;
  /** The day the cases' ages and deadlines are counted from (Asia/Shanghai). */
  generatedFor: string;
  loadSeconds: number;
  indexSeconds: number;
  eventSeconds: number;
  analyzeSeconds: number;
  totalSeconds: number;
}

/** Tracking numbers of generated cases start with TB (the server's start with TS). */
const BENCH_TRACKING_PREFIX = 'TB';
const HELPER_TABLES = [
  'bench_complaint_meta',
  'bench_complaint_day',
  'bench_complaint_workday',
  'bench_complaint_slot',
  'bench_complaint_member',
];

/** A stable 31-bit hash of the serial n and a salt (PostgreSQL's hashint8: the same on every server and PGlite). */
const h = (salt: number) => `(hashint8(n::int8 * 64 + ${salt})::int8 & 2147483647)`;
const sqlArray = (items: readonly string[]) => `array[${items.map((i) => `'${i.replaceAll("'", "''")}'`).join(',')}]`;
const pickSql = (items: readonly string[], hash: string) => `(${sqlArray(items)})[1 + ${hash} % ${items.length}]`;
const TRACKING_DIGITS = Array.from({ length: 6 }, (_, i) => {
  const place = 32 ** (5 - i);
  return `substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', 1 + (n / ${place}) % 32, 1)`;
}).join(' || ');

const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁谢邓冯区');
const GIVEN_NAMES = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '志强',
  '嘉欣',
  '家豪',
  '晓彤',
  '子轩',
  '美玲',
];
const PROBLEMS = [
  '使用不到一个月出现开裂',
  '安装后持续漏水，商家多次维修未解决',
  '实物颜色、尺寸与合同约定不符',
  '售后服务承诺未兑现，多次上门仍未修好',
  '结算价格高于宣传价格',
  '使用时有异味并冒烟，存在安全隐患',
  '广告宣称的功能无法实现',
  '超过约定交货期限仍未送货安装',
];
const REQUESTS = ['退货退款', '更换同型号合格产品', '免费维修并赔偿误工损失', '按合同约定尽快交货', '退还差价'];
const NON_MEMBERS = [
  '佛山市顺德区乐从某家具商行',
  '佛山市禅城区某建材经营部',
  '佛山市南海区大沥某卫浴店',
  '佛山市顺德区容桂某电器维修部',
  '某网店（店名：品质家居旗舰店）',
  '佛山市三水区某装饰工程队',
];
const COMPLAINANT_PLACES = [
  '佛山市禅城区祖庙街道',
  '佛山市禅城区石湾镇街道',
  '佛山市南海区桂城街道',
  '佛山市南海区大沥镇',
  '佛山市顺德区大良街道',
  '佛山市顺德区容桂街道',
  '佛山市顺德区北滘镇',
  '佛山市三水区西南街道',
  '佛山市高明区荷城街道',
  '广州市荔湾区中南街道',
];
const REFUSAL_GROUNDS_SQL = [
  'outside_authority',
  'already_handled',
  'not_consumer_dispute',
  'time_barred',
  'materials_missing',
  'other',
];
const TERMINATION_GROUNDS_SQL = ['withdrawn_or_settled', 'no_show_or_refusal', 'agreement_impossible', 'other'];

/**
 * The cases with serials n in `source` (a FROM item yielding n), as the columns of complaint. Every
 * value follows from n and the generation day (in bench_complaint_meta), so an interrupted load can
 * tell which batches are in (by their tracking numbers) and resume.
 *
 * Open cases (openPerTenThousand of 10,000) were received in the last days to weeks and are spread
 * over the open statuses; their deadlines are counted in working days on the official calendar as the
 * server counts them (receipt day not counted, make-up days count, weekends only past the loaded
 * years: provisional). Closed cases were received up to 3 years ago (settled and terminated ones 2 weeks or more).
 */
export function complaintRowsSql(source: string, openPerTenThousand: number): string {
  const status = `case
      when open and kind = 'consultation' then 'received'
      when open then case
        when ${h(6)} % 100 < 20 then 'received'
        when ${h(6)} % 100 < 32 then 'accepted'
        when ${h(6)} % 100 < 57 then 'with_enterprise'
        when ${h(6)} % 100 < 67 then 'enterprise_responded'
        when ${h(6)} % 100 < 92 then 'mediating'
        else 'paused' end
      when kind = 'consultation' then 'answered'
      else case
        when ${h(6)} % 100 < 63 then 'settled'
        when ${h(6)} % 100 < 78 then 'terminated'
        when ${h(6)} % 100 < 90 then 'refused'
        when ${h(6)} % 100 < 95 then 'transferred'
        else 'settled' end
    end`;
  // Each stage MATERIALIZED: inlined, the later stages would repeat the earlier CASE expressions
  // (status inside every date, every date inside the next) and cost grows with each level.
  return `with s as materialized (
    select n, meta.*,
      case when ${h(4)} % 100 < 15 then 'consultation' else 'complaint' end as kind,
      ${h(3)} % 10000 < ${openPerTenThousand} as open
    from ${source}, bench_complaint_meta meta
  ), t as materialized (
    select s.*, ${status} as step from s
  ), t2 as materialized (
    select t.*,
      (today - (case step
        when 'received' then ${h(5)} % 13
        when 'accepted' then 2 + ${h(5)} % 18
        when 'with_enterprise' then 3 + ${h(5)} % 18
        when 'enterprise_responded' then 8 + ${h(5)} % 30
        when 'mediating' then 12 + ${h(5)} % 70
        when 'paused' then 20 + ${h(5)} % 60
        when 'settled' then 14 + ${h(5)} % 1082
        when 'terminated' then 14 + ${h(5)} % 1082
        else 1 + ${h(5)} % 1095 end)::int)::date as received_on
    from t
  ), d1 as materialized (
    select t2.*,
      case when step in ('accepted', 'with_enterprise', 'enterprise_responded', 'mediating', 'paused', 'settled', 'terminated')
        then least(received_on + 1 + (${h(7)} % 5)::int, today) end as acc,
      case when step = 'mediating' and ${h(10)} % 100 < 10 then 5 + (${h(10)} % 10)::int else 0 end as pwd,
      '${BENCH_TRACKING_PREFIX}' || to_char(received_on, 'YYYYMMDD') || ${TRACKING_DIGITS} as tracking_no
    from t2
  ), d2 as materialized (
    select d1.*,
      case when step in ('with_enterprise', 'enterprise_responded')
          or (step in ('mediating', 'paused', 'settled', 'terminated') and ${h(8)} % 100 < 70)
        then least(acc + (${h(8)} % 3)::int, today) end as fwd
    from d1
  ), d3 as materialized (
    select d2.*,
      case when step in ('mediating', 'paused') or (step in ('settled', 'terminated') and ${h(9)} % 100 < 45)
        then least(coalesce(fwd, acc) + 8 + (${h(9)} % 10)::int, today) end as med
    from d2
  ), d as materialized (
    select d3.*,
      case when step = 'paused' then least(med + 3 + (${h(10)} % 10)::int, today) end as paused,
      case step
        when 'answered' then least(received_on + (${h(7)} % 4)::int, today)
        when 'refused' then least(received_on + 1 + (${h(7)} % 6)::int, today)
        when 'transferred' then least(received_on + 1 + (${h(7)} % 6)::int, today)
        when 'settled' then least(coalesce(med, fwd, acc) + 3 + (${h(10)} % 40)::int, today)
        when 'terminated' then least(coalesce(med, fwd, acc) + 3 + (${h(10)} % 40)::int, today)
      end as closed
    from d3
  ), due as materialized (
    select d.*, wa.day as acceptance_due, wr.day as response_due, wm.day as mediation_due,
      case when closed is null and step <> 'paused' then case
        when step = 'received' then 'acceptance'
        when step = 'with_enterprise' and wr.day <= wm.day then 'response'
        else 'mediation' end end as due_kind
    from d
    left join bench_complaint_day rd on rd.day = d.received_on
    left join bench_complaint_workday wa on wa.ord = rd.ord + d.acceptance_days
    left join bench_complaint_day fd on fd.day = d.fwd
    left join bench_complaint_workday wr on wr.ord = fd.ord + d.response_days
    left join bench_complaint_day ad on ad.day = d.acc
    left join bench_complaint_workday wm on wm.ord = ad.ord + d.mediation_days + d.pwd
  ), p as materialized (
    select due.*, sl.association_id, sl.product,
      case when ${h(11)} % 100 >= 8 then mem.enterprise_id end as enterprise_id,
      case when ${h(11)} % 100 >= 8 then mem.name else ${pickSql(NON_MEMBERS, h(12))} end as respondent_name,
      case when ${h(11)} % 100 >= 8 then mem.address end as respondent_address,
      '1' || (3 + ${h(13)} % 7)::text || lpad((${h(14)} % 1000000000)::text, 9, '0') as phone,
      case due_kind when 'acceptance' then acceptance_due when 'response' then response_due when 'mediation' then mediation_due end as due_on
    from due
    join bench_complaint_slot sl on sl.slot = ${h(1)} % 10000
    join bench_complaint_member mem on mem.association_id = sl.association_id
      and mem.k = 1 + floor(sl.members * power((${h(2)} % 1000000) / 1000000.0, 2))::int
  )
  select n,
    gen_random_uuid() as id, tracking_no, kind, association_id, enterprise_id, respondent_name, respondent_address,
    ${pickSql(SURNAMES, h(15))} || ${pickSql(GIVEN_NAMES, h(16))} as complainant_name,
    phone as complainant_phone,
    '广东省' || ${pickSql(COMPLAINANT_PLACES, h(17))} || ${pickSql(ROADS, h(18))} || (1 + ${h(18)} % 300)::text || '号' as complainant_address,
    case when ${h(19)} % 100 < 40 then 'quality' when ${h(19)} % 100 < 62 then 'after_sales'
      when ${h(19)} % 100 < 74 then 'contract' when ${h(19)} % 100 < 82 then 'price'
      when ${h(19)} % 100 < 88 then 'safety' when ${h(19)} % 100 < 93 then 'advertising' else 'other' end as category,
    product as product_name,
    case when kind = 'consultation'
      then '想咨询购买' || product || '后的三包期限和退换货规定，商家说法与说明书不一致。'
      else '本人于' || to_char(received_on - (${h(20)} % 60)::int, 'YYYY"年"MM"月"DD"日"') || '购买' || product || '，'
        || ${pickSql(PROBLEMS, h(21))} || '。多次联系商家未果，特此投诉。（' || n::text || '）' end as facts,
    case when kind = 'complaint' then ${pickSql(REQUESTS, h(22))} end as request,
    received_on - (${h(20)} % 45)::int as harm_known_on,
    ${h(22)} % 100 < 80 as consent_share_contact,
    case when step in ('settled', 'terminated', 'answered') then 'closed' else step end as status,
    case when step in ('settled', 'terminated', 'answered', 'refused', 'transferred') then step end as outcome,
    case when step = 'refused' then ${pickSql(REFUSAL_GROUNDS_SQL, h(23))} end as refusal_ground,
    case when step = 'terminated' then ${pickSql(TERMINATION_GROUNDS_SQL, h(23))} end as termination_ground,
    case step
      when 'answered' then '已电话答复：依据《消费者权益保护法》及“三包”规定说明了退换货条件。'
      when 'settled' then '经调解双方达成协议：' || coalesce(${pickSql(REQUESTS, h(22))}, '') || '。'
      when 'refused' then '不符合受理条件，已告知消费者理由及其他救济途径。' end as resolution,
    case when step = 'settled' then ${h(24)} % 100 < 65 when step = 'terminated' then ${h(24)} % 100 < 30 end as justified,
    case when fwd is not null and step <> 'with_enterprise' then '已联系消费者核实情况，愿意协商解决。' end as enterprise_response,
    case when med is not null then true end as consumer_consent,
    case when med is not null then true end as enterprise_consent,
    time_limit_id,
    ((received_on + time '08:30') + (${h(25)} % 43200) * interval '1 second') at time zone 'Asia/Shanghai' as received_at,
    received_on, acc as accepted_on, fwd as forwarded_on, med as mediation_started_on, paused as paused_since,
    pwd as paused_working_days, closed as closed_on, acceptance_due, response_due, mediation_due,
    case when closed is null then coalesce(due_on < today, false) else ${h(26)} % 100 < 7 end as late,
    due_on, due_kind, coalesce(due_on > loaded_end, false) as due_provisional,
    case when step = 'transferred' then regulator_id end as regulator_id,
    case when closed is not null and ${h(27)} % 100 < 45 then (array[5, 5, 5, 4, 4, 4, 3, 3, 2, 1])[1 + ${h(27)} % 10] end::smallint as rating,
    case when closed is not null and ${h(27)} % 100 < 45 then ((closed + 2) + time '20:00') at time zone 'Asia/Shanghai' end as rated_at,
    encode(sha256(convert_to(phone || ':' || n::text, 'UTF8')), 'hex') as fingerprint,
    1 + (acc is not null)::int + (fwd is not null)::int + (med is not null)::int + (paused is not null)::int + (closed is not null)::int as version,
    (coalesce(closed, paused, med, fwd, acc, received_on) + time '17:00') at time zone 'Asia/Shanghai' as updated_at
  from p`;
}

const COMPLAINT_COLUMNS = `id, tracking_no, kind, association_id, enterprise_id, respondent_name, respondent_address,
  complainant_name, complainant_phone, complainant_address, category, product_name, facts, request, harm_known_on,
  consent_share_contact, status, outcome, refusal_ground, termination_ground, resolution, justified,
  enterprise_response, consumer_consent, enterprise_consent, time_limit_id, received_at, received_on, accepted_on,
  forwarded_on, mediation_started_on, paused_since, paused_working_days, closed_on, acceptance_due, response_due,
  mediation_due, late, due_on, due_kind, due_provisional, regulator_id, rating, rated_at, fingerprint, version, updated_at`;

/** The timeline of each generated open case: one event per step it went through (closed cases get none). */
const INSERT_OPEN_EVENTS = `insert into complaint_event (complaint_id, occurred_at, actor_side, action, from_status, to_status, data, public)
  select c.id, e.at, e.side, e.action, e.from_status, e.to_status, e.data, true
  from complaint c
  cross join lateral (values
    (c.received_at, 'consumer', 'received', null, 'received', '{"attachments":0}'::jsonb),
    ((c.accepted_on + time '10:00') at time zone 'Asia/Shanghai', 'association', 'accept', 'received', 'accepted', null),
    ((c.forwarded_on + time '11:00') at time zone 'Asia/Shanghai', 'association', 'forward', 'accepted', 'with_enterprise', null),
    (case when c.status = 'enterprise_responded' then (least(c.forwarded_on + 3, c.received_on + 40) + time '15:00') at time zone 'Asia/Shanghai' end,
      'enterprise', 'enterprise_respond', 'with_enterprise', 'enterprise_responded', null),
    ((c.mediation_started_on + time '14:00') at time zone 'Asia/Shanghai', 'association', 'start_mediation',
      case when c.forwarded_on is null then 'accepted' else 'with_enterprise' end, 'mediating', null),
    ((c.paused_since + time '16:00') at time zone 'Asia/Shanghai', 'association', 'pause', 'mediating', 'paused', null)
  ) as e(at, side, action, from_status, to_status, data)
  where c.tracking_no like '${BENCH_TRACKING_PREFIX}%' and c.closed_on is null and e.at is not null
    and not exists (select 1 from complaint_event x where x.complaint_id = c.id)`;

async function dropHelpers(database: Database): Promise<void> {
  for (const table of HELPER_TABLES) await database.query(`drop table if exists ${table}`);
}

/**
 * The helper tables of a complaint load: the generation day and time limits, a working-day
 * ordinal for every day around it, 10,000 slots over the associations by complaint weight, and the
 * active members of each association numbered 1…n. Kept until the load is complete.
 */
async function prepareComplaintHelpers(database: Database, log: (m: string) => void): Promise<string> {
  const meta = await database
    .query<{ today: string }>(`select to_char(today, 'YYYY-MM-DD') as today from bench_complaint_meta`)
    .catch(() => []);
  if (meta[0]) {
    log(`  resuming the complaint load generated for ${meta[0].today}`);
    return meta[0].today;
  }
  await dropHelpers(database);
  const today = todayInShanghai();
  await database.query(
    `create unlogged table bench_complaint_meta as
     select $1::date as today,
       (select make_date(max(year), 12, 31) from calendar_year) as loaded_end,
       l.id as time_limit_id, l.acceptance_days, l.enterprise_response_days as response_days, l.mediation_days,
       (select id from organisation where kind = 'regulator' order by created_at limit 1) as regulator_id
     from complaint_time_limit l where l.version = 1`,
    [today],
  );
  await database.query(
    `create unlogged table bench_complaint_day as
     with d as (
       select g::date as day,
         coalesce(cd.kind = 'workday', extract(isodow from g) < 6) as working
       from generate_series($1::date - 1200, $1::date + 500, interval '1 day') g
       left join calendar_day cd on cd.day = g::date
     )
     select day, working, (sum(working::int) over (order by day))::int as ord from d`,
    [today],
  );
  await database.query('alter table bench_complaint_day add primary key (day)');
  await database.query(
    'create unlogged table bench_complaint_workday as select ord, day from bench_complaint_day where working',
  );
  await database.query('alter table bench_complaint_workday add primary key (ord)');
  await database.query(
    `create unlogged table bench_complaint_member as
     select m.association_id,
       (row_number() over (partition by m.association_id order by hashtext(e.credit_code)))::int as k,
       e.id as enterprise_id, e.name, e.address
     from membership m join organisation e on e.id = m.enterprise_id
     where m.status = 'active'`,
  );
  await database.query('alter table bench_complaint_member add primary key (association_id, k)');
  const weights = Array.from({ length: ASSOCIATION_COUNT }, (_, i) => {
    const a = associationAt(i);
    return { credit_code: a.creditCode, product: a.product, weight: COMPLAINT_WEIGHTS[a.product] ?? 1 };
  });
  await database.query(
    `create unlogged table bench_complaint_slot as
     with w as (select * from json_to_recordset($1::json) as w(credit_code text, product text, weight float8)),
     a as (
       select o.id, w.product, count(*)::int as members, w.weight * count(*) as wt
       from w join organisation o on o.credit_code = w.credit_code
       join bench_complaint_member m on m.association_id = o.id
       group by o.id, w.product, w.weight
     ),
     c as (select a.*, sum(wt) over (order by id) as hi, sum(wt) over () as total from a)
     select s.slot, c.id as association_id, c.product, c.members
     from generate_series(0, 9999) s(slot)
     join c on (s.slot + 0.5) / 10000 * c.total <= c.hi and (s.slot + 0.5) / 10000 * c.total > c.hi - c.wt`,
    [JSON.stringify(weights)],
  );
  await database.query('alter table bench_complaint_slot add primary key (slot)');
  const slots = await count(database, 'select count(*)::int as n from bench_complaint_slot');
  if (slots !== 10_000)
    throw new Error(`complaint slots: expected 10,000, got ${slots} (are the associations loaded?)`);
  return today;
}

/**
 * Adds `complaints` cases (set-based: one INSERT … SELECT over generate_series per batch) to the
 * associations and members of a loaded registry, then their indexes, the open cases' timelines and
 * ANALYZE. Skipped when that many generated cases are there already.
 */
export async function generateComplaints(
  database: Database,
  options: ComplaintGenerateOptions,
): Promise<ComplaintSummary> {
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 100_000;
  const openPerTenThousand = Math.round((options.openShare ?? 0.07) * 10_000);
  const started = performance.now();
  const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;
  const benchCases = `select count(*)::int as n from complaint where tracking_no like '${BENCH_TRACKING_PREFIX}%'`;
  const secondary = migrationIndexes('complaint');
  const existing = await count(database, benchCases);
  const present = await existingIndexes(database, 'complaint');
  const missing = [...secondary.keys()].filter((name) => !present.has(name));
  const summary: ComplaintSummary = {
    skipped: false,
    complaints: existing,
    loaded: 0,
    open: 0,
    events: 0,
    generatedFor: '',
    loadSeconds: 0,
    indexSeconds: 0,
    eventSeconds: 0,
    analyzeSeconds: 0,
    totalSeconds: 0,
  };
  if (existing >= options.complaints && missing.length === 0) {
    log(
      `${existing.toLocaleString('en')} generated complaints already loaded (≥ ${options.complaints.toLocaleString('en')}): skipped`,
    );
    const first = await database.query<{ d: string }>(
      `select to_char(max(received_on), 'YYYY-MM-DD') as d from complaint where tracking_no like '${BENCH_TRACKING_PREFIX}%'`,
    );
    summary.skipped = true;
    summary.generatedFor = first[0]?.d ?? '';
    summary.open = await count(database, `${benchCases} and closed_on is null`);
    summary.totalSeconds = seconds(started);
    return summary;
  }

  if (existing < options.complaints) {
    const loadStarted = performance.now();
    summary.generatedFor = await prepareComplaintHelpers(database, log);
    const dropIndexes = options.complaints - existing >= 50_000;
    if (dropIndexes) {
      for (const name of secondary.keys()) await database.query(`drop index if exists "${name}"`);
    }
    const ranges: [from: number, to: number][] = [];
    for (let from = 0; from < options.complaints; from += batchSize) {
      ranges.push([from, Math.min(options.complaints, from + batchSize)]);
    }
    // A batch is one statement: it is in when its first and last tracking numbers are.
    const edges = ranges.flatMap(([from, to]) => [from, to - 1]);
    const loadedEdges = new Set(
      (
        await database.query<{ n: number }>(
          `select e.n from (${complaintRowsSql('unnest($1::int[]) as n', openPerTenThousand)}) e
           join complaint c on c.tracking_no = e.tracking_no`,
          [edges],
        )
      ).map((r) => Number(r.n)),
    );
    const pending = ranges.filter(([from, to]) => !loadedEdges.has(from) || !loadedEdges.has(to - 1));
    const concurrency = database.pool ? (options.concurrency ?? 2) : 1;
    log(
      `loading ${(options.complaints - existing).toLocaleString('en')} complaints in ${pending.length} batches of ≤ ` +
        `${batchSize.toLocaleString('en')}, ${concurrency} at a time${dropIndexes ? ' (secondary indexes dropped for the load)' : ''}`,
    );
    const insert = `insert into complaint (${COMPLAINT_COLUMNS})
      select ${COMPLAINT_COLUMNS} from (${complaintRowsSql('generate_series($1::int, $2::int - 1) as n', openPerTenThousand)}) r`;
    let next = 0;
    let lastReport = performance.now();
    const worker = async () => {
      for (let range = pending[next++]; range; range = pending[next++]) {
        const rows = await database.query<{ n: number }>(
          `with i as (${insert} returning 1) select count(*)::int as n from i`,
          range,
        );
        summary.loaded += Number(rows[0]?.n ?? 0);
        if (performance.now() - lastReport > 10_000) {
          lastReport = performance.now();
          const rate = Math.round(summary.loaded / ((performance.now() - loadStarted) / 1000));
          log(`  ${summary.loaded.toLocaleString('en')} complaints (${rate.toLocaleString('en')}/s)`);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    summary.loadSeconds = seconds(loadStarted);
  }

  const indexStarted = performance.now();
  const now = await existingIndexes(database, 'complaint');
  await withSession(database, async (query) => {
    await query(`select set_config('maintenance_work_mem', $1, false)`, [database.pool ? '1GB' : '256MB']);
    for (const [name, definition] of secondary) {
      if (now.has(name)) continue;
      const t = performance.now();
      await query(definition);
      log(`  index ${name} built in ${seconds(t)} s`);
    }
  });
  summary.indexSeconds = seconds(indexStarted);

  const eventStarted = performance.now();
  const events = await database.query<{ n: number }>(
    `with i as (${INSERT_OPEN_EVENTS} returning 1) select count(*)::int as n from i`,
  );
  summary.events = Number(events[0]?.n ?? 0);
  summary.eventSeconds = seconds(eventStarted);
  await dropHelpers(database);

  const analyzeStarted = performance.now();
  await database.query('vacuum (analyze) complaint');
  await database.query('vacuum (analyze) complaint_event');
  summary.analyzeSeconds = seconds(analyzeStarted);

  summary.complaints = await count(database, benchCases);
  summary.open = await count(database, `${benchCases} and closed_on is null`);
  summary.totalSeconds = seconds(started);
  log(
    `loaded ${summary.loaded.toLocaleString('en')} complaints (${summary.complaints.toLocaleString('en')} in all, ` +
      `${summary.open.toLocaleString('en')} open) in ${summary.loadSeconds} s, indexes ${summary.indexSeconds} s, ` +
      `${summary.events.toLocaleString('en')} events of open cases ${summary.eventSeconds} s, vacuum/analyze ${summary.analyzeSeconds} s`,
  );
  return summary;
}

// ---------------------------------------------------------------- quality credit (issue #3)

/**
 * The city-wide association every generated enterprise belongs to (besides its 0–2 industry
 * associations): an evaluation is per association, so one evaluation of this one covers the whole
 * population. Its archive holds most of the credit records.
 */
export const CITY_ASSOCIATION = {
  name: '佛山市质量诚信促进会',
  creditCode: makeUscc('51', '440600', `MQ${base31(1, 6)}`),
};

export interface CreditGenerateOptions {
  /** Records in the city-wide association's archive (the full re-evaluation reads them all). */
  records: number;
  /** Records in the industry associations' archives, on their active members (default records / 10). */
  otherRecords?: number;
  /** Rows per statement (default 250,000). */
  batchSize?: number;
  /** Statements in flight on PostgreSQL (default 2). */
  concurrency?: number;
  log?: (message: string) => void;
}

export interface CreditSummary {
  skipped: boolean;
  associationId: string;
  associationName: string;
  /** Active members of the city-wide association (its evaluation's population). */
  members: number;
  records: number;
  otherRecords: number;
  loaded: number;
  /** The day the records' dates are counted back from (Asia/Shanghai). */
  generatedFor: string;
  memberSeconds: number;
  loadSeconds: number;
  indexSeconds: number;
  analyzeSeconds: number;
  totalSeconds: number;
}

/** What a credit load generated, kept (one row) so that a later run knows it is complete. */
const CREDIT_META = 'bench_credit_meta';
const CREDIT_HELPERS = ['bench_credit_member', 'bench_credit_other'];

/** Shares per 1,000 records: [type, upper bound of its roll]. */
const CREDIT_TYPE_ROLLS: readonly [type: string, below: number][] = [
  ['test_report', 220],
  ['spot_check', 420],
  ['certification', 520],
  ['training', 620],
  ['self_reported', 700],
  ['commitment_kept', 780],
  ['justified_complaint', 870],
  ['administrative_penalty', 920],
  ['honour', 950],
  ['standard_work', 970],
  ['commitment_broken', 1000],
];

/**
 * The credit records with serials n in `source` (a FROM item yielding n, association_id and
 * enterprise_id), as the columns of credit_record. Everything but the pair follows from n and the
 * generation day (in bench_credit_meta); ids are md5('gongzhi-bench-credit:' || n), so a load can
 * tell which batches are in and resume.
 *
 * Over the last four years, more of them recent; 22 % test reports, 20 % spot checks (85 % passed,
 * 11 % general and 4 % serious failures), 10 % certifications, 10 % training, 8 % self-reported,
 * 8 % commitments kept, 9 % justified complaints, 5 % administrative penalties (10 % of them serious),
 * 3 % honours, 2 % standards work, 3 % broken commitments. Most are published; records of the last
 * two weeks are drafts or confirmed; some are objected, corrected, revoked, and negative ones older
 * than six months partly repaired. Publication windows as `defaultPublishUntil`.
 */
export function creditRowsSql(source: string): string {
  const type = `case ${CREDIT_TYPE_ROLLS.map(([t, below]) => `when ${h(40)} % 1000 < ${below} then '${t}'`).join(' ')} end`;
  const title = `case record_type
      when 'spot_check' then year || '年第' || quarter || '季度产品质量监督抽查' || case when severity = 'minor' then '合格' else '不合格' end
      when 'administrative_penalty' then '行政处罚：' || ${pickSql(['产品标识标注不符合规定', '生产不符合保障人体健康和人身、财产安全的国家标准的产品', '以不合格产品冒充合格产品', '未按规定进行出厂检验', '虚假宣传产品质量'], h(47))}
      when 'certification' then ${pickSql(['ISO 9001 质量管理体系认证', 'CCC 强制性产品认证', '绿色产品认证', 'ISO 14001 环境管理体系认证', '中国环境标志产品认证'], h(47))}
      when 'test_report' then year || '年度产品型式检验报告（' || ${pickSql(['合格', '符合标准要求', '全部项目合格'], h(47))} || '）'
      when 'honour' then ${pickSql(['佛山市政府质量奖', '广东省名牌产品', '守合同重信用企业', '佛山标准产品', '广东省专精特新中小企业'], h(47))}
      when 'standard_work' then ${pickSql(['参与制定团体标准', '主导制定团体标准', '参与修订行业标准', '参与制定地方标准'], h(47))}
      when 'training' then year || '年' || ${pickSql(['质量管理体系内审员培训', '首席质量官培训', '产品质量法律法规培训', '标准化知识培训'], h(47))}
      when 'commitment_kept' then year || '年度' || ${pickSql(['放心消费承诺', '线下无理由退货承诺', '质量安全承诺'], h(47))} || '履行良好'
      when 'commitment_broken' then '违反' || ${pickSql(['放心消费承诺', '线下无理由退货承诺', '质量安全承诺'], h(47))}
      when 'justified_complaint' then '消费投诉经调查属实（' || ${pickSql(['产品质量', '售后服务', '虚假宣传', '合同履行'], h(47))} || '）'
      else year || '年度企业质量信息自主公开' end`;
  const source_name = `case
      when record_type in ('spot_check', 'administrative_penalty') then regulator_name
      when record_type in ('certification', 'test_report') then ${pickSql(['中国质量认证中心', '广东产品质量监督检验研究院', '佛山市质量计量监督检测中心', '国家陶瓷及水暖卫浴产品质量检验检测中心'], h(48))}
      when record_type = 'justified_complaint' then '消费者投诉处理'
      else association_name end`;
  const months = `case record_type when 'administrative_penalty' then case when severity = 'minor' then 3 else 36 end
      when 'justified_complaint' then 12 else 36 end`;
  return `with p as materialized (
    select s.n, s.association_id, s.enterprise_id, meta.today, meta.regulator_id, meta.regulator_name,
      a.name as association_name, ${type} as record_type, ${h(41)} % 100 as s_roll, ${h(42)} % 1000 as st_roll,
      meta.today - floor(1461 * power((${h(44)} % 1000000)::float8 / 1000000, 1.25))::int as occurred_on
    from ${source} join organisation a on a.id = s.association_id cross join ${CREDIT_META} meta
  ), q as materialized (
    select p.*, extract(year from occurred_on)::int::text as year, extract(quarter from occurred_on)::int::text as quarter,
      today - occurred_on as age,
      case record_type
        when 'spot_check' then case when s_roll < 85 then 'minor' when s_roll < 96 then 'general' else 'serious' end
        when 'administrative_penalty' then case when s_roll < 55 then 'minor' when s_roll < 90 then 'general' else 'serious' end
        when 'justified_complaint' then case when s_roll < 70 then 'minor' when s_roll < 95 then 'general' else 'serious' end
        when 'commitment_broken' then case when s_roll < 30 then 'minor' when s_roll < 90 then 'general' else 'serious' end
        else 'minor' end as severity
    from p
  ), r as materialized (
    select q.*,
      case when record_type in ('administrative_penalty', 'commitment_broken', 'justified_complaint')
             or (record_type = 'spot_check' and severity <> 'minor') then 'negative'
           when record_type in ('test_report', 'self_reported') then 'neutral' else 'positive' end as polarity
    from q
  ), t as materialized (
    select r.*, case
      when age < 14 then case when st_roll < 400 then 'draft' else 'confirmed' end
      when polarity = 'negative' then case
        when st_roll < 10 then 'objected' when st_roll < 30 then 'corrected' when st_roll < 50 then 'revoked'
        when st_roll < 80 then 'confirmed' when age > 183 and st_roll < 230 then 'repaired' else 'published' end
      else case
        when st_roll < 10 then 'revoked' when st_roll < 20 then 'corrected' when st_roll < 30 then 'draft'
        when st_roll < 70 then 'confirmed' else 'published' end
      end as status,
      least(now(), ((occurred_on + 2 + (${h(45)} % 9 + 9) * time '01:00') at time zone 'Asia/Shanghai')) as created_at
    from r
  ), u as (
    select t.*,
      case when status <> 'draft' then least(now(), created_at + interval '1 day') end as confirmed_at,
      case when status in ('published', 'objected', 'repaired') then least(now(), created_at + interval '3 days') end as published_at
    from t
  )
  select md5('gongzhi-bench-credit:' || n)::uuid as id, association_id, enterprise_id, record_type, polarity, severity,
    ${title} as title,
    case when polarity = 'negative' and ${h(46)} % 100 < 60
      then '依据' || ${pickSql(['《中华人民共和国产品质量法》', '《中华人民共和国消费者权益保护法》', '《广东省产品质量监督条例》'], h(49))} || '核实，记入质量信用档案。' else '' end as description,
    occurred_on,
    case when record_type in ('spot_check', 'administrative_penalty') then regulator_id end as source_organisation_id,
    ${source_name} as source_name,
    (occurred_on + make_interval(months => ${months}))::date - 1 as publish_until,
    ${h(50)} % 100 < 3 as special_sector,
    status,
    case status when 'revoked' then '经核实信息有误，予以撤销' when 'corrected' then '经异议核实，已更正'
      when 'repaired' then '已完成信用修复' end as status_reason,
    confirmed_at, published_at, created_at, greatest(created_at, confirmed_at, published_at) as updated_at
  from u`;
}

const CREDIT_COLUMNS = `id, association_id, enterprise_id, record_type, polarity, severity, title, description, occurred_on,
  source_organisation_id, source_name, publish_until, special_sector, status, status_reason, confirmed_at, published_at,
  created_at, updated_at`;

interface CreditMeta {
  today: string;
  city_id: string;
  records: number;
  other_records: number;
  complete: boolean;
  max_per_member: number;
  other_members: number;
}

async function creditMeta(database: Database): Promise<CreditMeta | null> {
  const rows = await database
    .query<CreditMeta>(
      `select to_char(today, 'YYYY-MM-DD') as today, city_id, records, other_records, complete, max_per_member, other_members
       from ${CREDIT_META}`,
    )
    .catch(() => []);
  return rows[0] ?? null;
}

/** The city-wide association and all enterprises as its active members (idempotent). */
async function ensureCityAssociation(database: Database): Promise<{ id: string; name: string; added: number }> {
  const record: OrganisationRecord = {
    id: randomUUID(),
    kind: 'industry_organisation',
    name: CITY_ASSOCIATION.name,
    credit_code: CITY_ASSOCIATION.creditCode,
    region_code: '440600',
    industry_code: 'C',
    address: '广东省佛山市禅城区季华五路22号',
    contact_phone: '0757-83000000',
    website: null,
    description: `${CITY_ASSOCIATION.name}：全市工业企业质量诚信自律组织，开展质量信用评价。`,
    published: true,
    status: 'active',
  };
  await database.query(`${INSERT_ORGANISATIONS} on conflict (credit_code) do nothing`, [JSON.stringify([record])]);
  const [city] = await database.query<{ id: string }>('select id from organisation where credit_code = $1', [
    CITY_ASSOCIATION.creditCode,
  ]);
  if (!city) throw new Error('the city-wide association was not loaded');
  const rows = await database.query<{ n: number }>(
    `with i as (
       insert into membership (association_id, enterprise_id, level, status, joined_on)
       select $1::uuid, o.id,
         case when hashtext(o.credit_code) & 1023 < 5 then 'vice_president' when hashtext(o.credit_code) & 1023 < 30 then 'director' else 'member' end,
         'active', date '2016-03-15' + (hashtext(o.credit_code) & 2047)
       from organisation o where o.kind = 'enterprise'
       on conflict (association_id, enterprise_id) do nothing
       returning 1)
     select count(*)::int as n from i`,
    [city.id],
  );
  return { id: city.id, name: CITY_ASSOCIATION.name, added: Number(rows[0]?.n ?? 0) };
}

/**
 * Adds `records` credit records to the city-wide association's archive (every enterprise its active
 * member) and `otherRecords` to the industry associations' archives (their active members), set-based:
 * one INSERT … SELECT per batch, two in flight, the secondary indexes of credit_record dropped for the
 * load and rebuilt from their migration definitions, then VACUUM (ANALYZE). Records per enterprise are
 * skewed: a fifth of the enterprises have none, the median one about 5, the busiest about 300.
 * Skipped when a complete load of the same size is there.
 */
export async function generateCredit(database: Database, options: CreditGenerateOptions): Promise<CreditSummary> {
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 250_000;
  const records = options.records;
  const otherRecords = options.otherRecords ?? Math.round(records / 10);
  const started = performance.now();
  const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;
  const summary: CreditSummary = {
    skipped: false,
    associationId: '',
    associationName: CITY_ASSOCIATION.name,
    members: 0,
    records,
    otherRecords,
    loaded: 0,
    generatedFor: '',
    memberSeconds: 0,
    loadSeconds: 0,
    indexSeconds: 0,
    analyzeSeconds: 0,
    totalSeconds: 0,
  };
  const activeMembers = (id: string) =>
    count(
      database,
      `select count(*)::int as n from membership where association_id = '${id}'::uuid and status = 'active'`,
    );
  let meta = await creditMeta(database);
  if (meta && (meta.records !== records || meta.other_records !== otherRecords)) {
    throw new Error(
      `the bench database holds a credit load of ${meta.records} + ${meta.other_records} records, not ${records} + ${otherRecords}: ` +
        `delete it first (docs/bench.md, credit) or ask for the same size`,
    );
  }
  const secondary = migrationIndexes('credit_record');
  const present = await existingIndexes(database, 'credit_record');
  if (meta?.complete && [...secondary.keys()].every((name) => present.has(name))) {
    summary.skipped = true;
    summary.associationId = meta.city_id;
    summary.generatedFor = meta.today;
    summary.members = await activeMembers(meta.city_id);
    summary.totalSeconds = seconds(started);
    log(
      `${(records + otherRecords).toLocaleString('en')} generated credit records already loaded (generated for ${meta.today}): skipped`,
    );
    return summary;
  }

  if (!meta) {
    const memberStarted = performance.now();
    const city = await ensureCityAssociation(database);
    log(`  ${city.name}: ${city.added.toLocaleString('en')} memberships added in ${seconds(memberStarted)} s`);
    await database.query('vacuum (analyze) membership');
    summary.memberSeconds = seconds(memberStarted);
    for (const table of CREDIT_HELPERS) await database.query(`drop table if exists ${table}`);
    // Weights: a fifth of the members none; the others u^-0.6 - 0.9 (u uniform), at most 40: a long tail.
    // Cumulated in numeric so that the last member's range ends exactly at `records`.
    await database.query(
      `create unlogged table bench_credit_member as
       with m as (
         select enterprise_id, hashtext(enterprise_id::text) & 2147483647 as hh
         from membership where association_id = $1::uuid and status = 'active'
       ), w as (
         select enterprise_id, case when hh % 100 < 20 then 0::numeric
           else round((least(40, power(((hh / 100) % 1000000 + 1)::float8 / 1000000, -0.6)) - 0.9)::numeric, 6) end as w
         from m
       ), c as (
         select enterprise_id, w, sum(w) over (order by enterprise_id) as cum, sum(w) over () as total from w
       )
       select enterprise_id, floor($2::numeric * (cum - w) / total)::int8 as first_n, floor($2::numeric * cum / total)::int8 as last_n
       from c`,
      [city.id, records],
    );
    await database.query('create index on bench_credit_member (first_n)');
    await database.query(
      `create unlogged table bench_credit_other as
       select (row_number() over (order by m.association_id, m.enterprise_id) - 1)::int as k, m.association_id, m.enterprise_id
       from membership m join organisation a on a.id = m.association_id
       where m.status = 'active' and m.association_id <> $1::uuid and a.kind = 'industry_organisation'`,
      [city.id],
    );
    await database.query('alter table bench_credit_other add primary key (k)');
    const [regulator] = await database.query<{ id: string; name: string }>(
      `select id, name from organisation where kind = 'regulator' order by created_at limit 1`,
    );
    if (!regulator) throw new Error('no regulator in the bench data');
    await database.query(`drop table if exists ${CREDIT_META}`);
    await database.query(
      `create table ${CREDIT_META} as
       select $1::date as today, $2::uuid as city_id, $3::int as records, $4::int as other_records, false as complete,
         $5::uuid as regulator_id, $6::text as regulator_name,
         (select coalesce(max(last_n - first_n), 0)::int from bench_credit_member) as max_per_member,
         (select count(*)::int from bench_credit_other) as other_members`,
      [todayInShanghai(), city.id, records, otherRecords, regulator.id, regulator.name],
    );
    meta = await creditMeta(database);
    if (!meta) throw new Error(`${CREDIT_META} was not written`);
    if (otherRecords > 0 && meta.other_members === 0) throw new Error('no active member of an industry association');
  } else {
    log(`  resuming the credit load generated for ${meta.today}`);
  }
  summary.associationId = meta.city_id;
  summary.generatedFor = meta.today;

  const loadStarted = performance.now();
  const dropIndexes = records + otherRecords >= 50_000;
  if (dropIndexes) for (const name of secondary.keys()) await database.query(`drop index if exists "${name}"`);
  const ranges: [from: number, to: number][] = [];
  for (let from = 0; from < records; from += batchSize) ranges.push([from, Math.min(records, from + batchSize)]);
  for (let from = records; from < records + otherRecords; from += batchSize) {
    ranges.push([from, Math.min(records + otherRecords, from + batchSize)]);
  }
  // A batch is one statement: it is in when its first and last records are.
  const loadedEdges = new Set(
    (
      await database.query<{ n: number }>(
        `select e.n from unnest($1::int8[]) as e(n)
         join credit_record c on c.id = md5('gongzhi-bench-credit:' || e.n)::uuid`,
        [ranges.flatMap(([from, to]) => [from, to - 1])],
      )
    ).map((r) => Number(r.n)),
  );
  const pending = ranges.filter(([from, to]) => !loadedEdges.has(from) || !loadedEdges.has(to - 1));
  const concurrency = database.pool ? (options.concurrency ?? 2) : 1;
  log(
    `loading ${(records + otherRecords).toLocaleString('en')} credit records (${pending.length} of ${ranges.length} batches of ≤ ` +
      `${batchSize.toLocaleString('en')} to go), ${concurrency} at a time${dropIndexes ? ' (secondary indexes dropped for the load)' : ''}`,
  );
  const citySource = `(select g.n, m.enterprise_id, '${meta.city_id}'::uuid as association_id
      from bench_credit_member m
      cross join lateral generate_series(greatest($1::int8, m.first_n), least($2::int8, m.last_n) - 1) as g(n)
      where m.first_n < $2::int8 and m.first_n >= $1::int8 - ${meta.max_per_member} and m.last_n > $1::int8) s`;
  const otherSource = `(select g.n, o.enterprise_id, o.association_id
      from generate_series($1::int8, $2::int8 - 1) as g(n)
      join bench_credit_other o on o.k = (hashint8(g.n * 64 + 39) & 2147483647) % ${Math.max(1, meta.other_members)}) s`;
  const insert = (source: string) =>
    `with i as (insert into credit_record (${CREDIT_COLUMNS}) select ${CREDIT_COLUMNS} from (${creditRowsSql(source)}) r returning 1)
     select count(*)::int as n from i`;
  let next = 0;
  let lastReport = performance.now();
  const worker = async () => {
    for (let range = pending[next++]; range; range = pending[next++]) {
      const rows = await database.query<{ n: number }>(insert(range[0] < records ? citySource : otherSource), range);
      summary.loaded += Number(rows[0]?.n ?? 0);
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        const rate = Math.round(summary.loaded / ((performance.now() - loadStarted) / 1000));
        log(`  ${summary.loaded.toLocaleString('en')} credit records (${rate.toLocaleString('en')}/s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  summary.loadSeconds = seconds(loadStarted);

  const indexStarted = performance.now();
  const now = await existingIndexes(database, 'credit_record');
  await withSession(database, async (query) => {
    await query(`select set_config('maintenance_work_mem', $1, false)`, [database.pool ? '1GB' : '256MB']);
    for (const [name, definition] of secondary) {
      if (now.has(name)) continue;
      const t = performance.now();
      await query(definition);
      log(`  index ${name} built in ${seconds(t)} s`);
    }
  });
  summary.indexSeconds = seconds(indexStarted);

  const analyzeStarted = performance.now();
  await database.query('vacuum (analyze) credit_record');
  summary.analyzeSeconds = seconds(analyzeStarted);
  await database.query(`update ${CREDIT_META} set complete = true`);
  for (const table of CREDIT_HELPERS) await database.query(`drop table if exists ${table}`);
  summary.members = await activeMembers(meta.city_id);
  summary.totalSeconds = seconds(started);
  log(
    `loaded ${summary.loaded.toLocaleString('en')} credit records in ${summary.loadSeconds} s, indexes ${summary.indexSeconds} s, ` +
      `vacuum/analyze ${summary.analyzeSeconds} s (${summary.members.toLocaleString('en')} members of ${CITY_ASSOCIATION.name})`,
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
      complaints: { type: 'string', default: '0' },
      'credit-records': { type: 'string', default: '0' },
      'credit-other-records': { type: 'string' },
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
  const complaints = Number(values.complaints);
  if (!Number.isInteger(complaints) || complaints < 0) throw new Error('--complaints: a whole number');
  const creditRecords = Number(values['credit-records']);
  if (!Number.isInteger(creditRecords) || creditRecords < 0) throw new Error('--credit-records: a whole number');
  const otherRaw = values['credit-other-records'];
  const creditOther = otherRaw === undefined ? undefined : Number(otherRaw);
  if (creditOther !== undefined && (!Number.isInteger(creditOther) || creditOther < 0)) {
    throw new Error('--credit-other-records: a whole number');
  }
  const database = await openDatabase({ databaseUrl, dataDir: path.resolve(dataDir ?? '.') });
  try {
    await database.migrate();
    await ensureReferenceData(database);
    await generate(database, { enterprises, batchSize, concurrency, log: (m) => console.log(m) });
    if (complaints > 0) await generateComplaints(database, { complaints, concurrency, log: (m) => console.log(m) });
    if (creditRecords > 0) {
      await generateCredit(database, {
        records: creditRecords,
        ...(creditOther === undefined ? {} : { otherRecords: creditOther }),
        concurrency,
        log: (m) => console.log(m),
      });
    }
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
