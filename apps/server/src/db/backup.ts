import fs from 'node:fs';
import readline from 'node:readline';
import type { Database } from './client.js';
import { ensureReferenceData } from './reference-data.js';

export const BACKUP_FORMAT = 'gongzhi-backup/1';
const CHUNK_ROWS = 1000;
/** Tables the migrations fill: present in any migrated database, so restore merges them. */
export const REFERENCE_TABLES = new Set([
  'division',
  'industry',
  'calendar_year',
  'calendar_day',
  'complaint_time_limit',
]);

interface TableInfo {
  name: string;
  primaryKey: string;
  columns: string[];
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Public tables in foreign-key order (parents first), with their stored (non-generated) columns. */
export async function listTables(database: Database): Promise<TableInfo[]> {
  const tables = await database.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r' order by c.relname`,
  );
  const edges = await database.query<{ child: string; parent: string }>(
    `select cc.relname as child, pc.relname as parent from pg_constraint k
     join pg_class cc on cc.oid = k.conrelid join pg_class pc on pc.oid = k.confrelid
     join pg_namespace n on n.oid = cc.relnamespace
     where k.contype = 'f' and n.nspname = 'public' and cc.relname <> pc.relname`,
  );
  const columns = await database.query<{ table: string; column: string }>(
    `select c.relname as table, a.attname as column from pg_attribute a
     join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     order by c.relname, a.attnum`,
  );
  const keys = await database.query<{ table: string; column: string }>(
    `select c.relname as table, a.attname as column from pg_index i
     join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
     join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
     where i.indisprimary and n.nspname = 'public' and i.indnatts = 1`,
  );
  const order: string[] = [];
  const done = new Set<string>();
  const visit = (name: string, path: Set<string>) => {
    if (done.has(name) || path.has(name)) return;
    path.add(name);
    for (const e of edges) if (e.child === name) visit(e.parent, path);
    done.add(name);
    order.push(name);
  };
  for (const t of tables) visit(t.name, new Set());
  return order.map((name) => {
    const primaryKey = keys.find((k) => k.table === name)?.column;
    if (!primaryKey) throw new Error(`Table ${name} has no single-column primary key; backup cannot page through it`);
    return { name, primaryKey, columns: columns.filter((c) => c.table === name).map((c) => c.column) };
  });
}

async function schemaVersion(database: Database): Promise<string> {
  const rows = await database.query<{ hash: string; created_at: string }>(
    'select hash, created_at::text from drizzle.__drizzle_migrations order by created_at desc limit 1',
  );
  return rows[0]?.created_at ?? 'none';
}

function dollarQuote(text: string): string {
  let tag = 'gz';
  while (text.includes(`$${tag}$`)) tag += 'x';
  return `$${tag}$${text}$${tag}$`;
}

export interface TableCount {
  table: string;
  rows: number;
}

/** Writes every public table as SQL that PostgreSQL 15+ and PGlite both run, one statement per line. */
export async function backup(database: Database, file: string): Promise<TableCount[]> {
  const tables = await listTables(database);
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const write = (line: string) =>
    new Promise<void>((resolve, reject) => out.write(`${line}\n`, (error) => (error ? reject(error) : resolve())));
  await write(`-- ${BACKUP_FORMAT}`);
  await write(`-- schema-version: ${await schemaVersion(database)}`);
  await write(`-- created: ${new Date().toISOString()} from ${database.backend}`);
  const counts: TableCount[] = [];
  for (const table of tables) {
    const cols = table.columns.map(ident).join(', ');
    let last: string | null = null;
    let total = 0;
    for (;;) {
      const rows: { chunk: string | null; last: string | null; n: number }[] = await database.query(
        `select json_agg(t)::text as chunk, max(t.${ident(table.primaryKey)}::text) as last, count(*)::int as n from (
           select ${cols} from ${ident(table.name)}
           ${last === null ? '' : `where ${ident(table.primaryKey)}::text > $1`}
           order by ${ident(table.primaryKey)}::text limit ${CHUNK_ROWS}) t`,
        last === null ? [] : [last],
      );
      const row = rows[0];
      if (!row?.chunk || row.n === 0) break;
      const onConflict = REFERENCE_TABLES.has(table.name) ? ' on conflict do nothing' : '';
      // json_agg separates elements with newlines; JSON strings escape theirs, so dropping raw ones is safe
      // and keeps the file at one statement per line.
      const json = row.chunk.replace(/\n/g, '');
      await write(
        `insert into ${ident(table.name)} (${cols}) select ${cols} from json_populate_recordset(null::${ident(table.name)}, ${dollarQuote(json)})${onConflict};`,
      );
      total += row.n;
      last = row.last;
      if (row.n < CHUNK_ROWS) break;
    }
    await write(`-- table ${table.name}: ${total} rows`);
    counts.push({ table: table.name, rows: total });
  }
  const sequences = await database.query<{ table: string; column: string; seq: string }>(
    `select c.relname as table, a.attname as column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) as seq
     from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
       and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null`,
  );
  for (const s of sequences) {
    await write(
      `select setval('${s.seq}', coalesce((select max(${ident(s.column)}) from ${ident(s.table)}), 0) + 1, false);`,
    );
  }
  await write('-- end');
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return counts;
}

export async function tableCounts(database: Database): Promise<TableCount[]> {
  const tables = await listTables(database);
  const counts: TableCount[] = [];
  for (const t of tables) {
    const rows = await database.query<{ n: number }>(`select count(*)::int as n from ${ident(t.name)}`);
    counts.push({ table: t.name, rows: rows[0]?.n ?? 0 });
  }
  return counts;
}

/** Restores a backup into an empty database (either backend), all or nothing. */
export async function restore(database: Database, file: string): Promise<TableCount[]> {
  await database.migrate();
  await ensureReferenceData(database);
  const nonEmpty = (await tableCounts(database)).filter((c) => c.rows > 0 && !REFERENCE_TABLES.has(c.table));
  if (nonEmpty.length > 0) {
    throw new Error(
      `Restore needs an empty database; these tables have rows: ${nonEmpty.map((c) => `${c.table} (${c.rows})`).join(', ')}`,
    );
  }
  let first = true;
  await database.db.transaction(async (tx) => {
    // Created right before iterating: readline drops lines emitted before its iterator exists.
    const lines = readline.createInterface({
      input: fs.createReadStream(file, { encoding: 'utf8' }),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (first) {
        if (line.trim() !== `-- ${BACKUP_FORMAT}`)
          throw new Error(`${file} is not a Gongzhi backup (${BACKUP_FORMAT})`);
        first = false;
        continue;
      }
      if (!line.trim() || line.startsWith('--')) continue;
      await tx.execute(line.slice(0, -1));
    }
  });
  if (first) throw new Error(`${file} is empty`);
  return tableCounts(database);
}
