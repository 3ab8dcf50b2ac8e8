import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type ExtractTablesWithRelations, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataDirLock } from './lock.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** What repositories run on: a scoped transaction, or (public reads) the public-scope pool. */
export type Tx = Db;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Backend = 'pglite' | 'postgres';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, 'migrations');

/** The scope a transaction runs with; row-level security reads it. */
export interface DbScope {
  system: boolean;
  userId: string | null;
  orgIds: readonly string[];
  /** Region prefix of a regulator (e.g. 4406), '' otherwise. */
  region: string;
}

export const SYSTEM_SCOPE: DbScope = { system: true, userId: null, orgIds: [], region: '' };
export const PUBLIC_SCOPE: DbScope = { system: false, userId: null, orgIds: [], region: '' };

export function isPublicScope(scope: DbScope): boolean {
  return !scope.system && scope.userId === null && scope.orgIds.length === 0 && scope.region === '';
}

export interface Database {
  backend: Backend;
  db: Db;
  /** Raw single-statement query outside the application role (migrations, backup, jobs). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Run work in one transaction as the application role, with the given scope. */
  transaction<T>(scope: DbScope, work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Read-only work. With the public scope on PostgreSQL it runs on a pool whose connections are
   * fixed to the application role and the public scope: no BEGIN, no set_config, one round trip
   * per statement. Otherwise it is a scoped transaction.
   */
  read<T>(scope: DbScope, work: (tx: Tx) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  close(): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
}

/** Marks code running inside a request transaction, so that a nested one fails fast instead of hanging. */
const insideTransaction = new AsyncLocalStorage<{ system: boolean }>();

function scopedTransaction<T>(db: Db, scope: DbScope, work: (tx: Transaction) => Promise<T>): Promise<T> {
  if (insideTransaction.getStore()) {
    return Promise.reject(
      new Error(
        'Nested database transaction: pass the open transaction (tx) instead; on PGlite a nested one never starts.',
      ),
    );
  }
  return insideTransaction.run({ system: scope.system }, () =>
    db.transaction(async (tx) => {
      await applyScope(tx, scope);
      return work(tx);
    }),
  );
}

async function applyScope(tx: Tx, scope: DbScope): Promise<void> {
  // One statement: SET LOCAL ROLE (PGlite runs as superuser, which bypasses RLS) and the scope.
  await tx.execute(
    sql`select set_config('role', 'gongzhi_app', true), set_config('gongzhi.system', ${scope.system ? 'on' : 'off'}, true), set_config('gongzhi.user_id', ${scope.userId ?? ''}, true), set_config('gongzhi.org_ids', ${`{${scope.orgIds.join(',')}}`}, true), set_config('gongzhi.region', ${scope.region}, true)`,
  );
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {
    // An idle client died (server restart); the pool replaces it on next use.
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  // Public reads: each connection is the application role for its whole life, set at connection
  // start-up; the gongzhi.* settings stay unset there, which every policy reads as the public scope.
  const publicPool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c role=gongzhi_app' });
  publicPool.on('error', () => {});
  const publicDb = drizzlePg(publicPool, { schema }) as unknown as Db;
  return {
    backend: 'postgres',
    db,
    pool,
    read: (scope, work) => (isPublicScope(scope) ? work(publicDb) : scopedTransaction(db, scope, work)),
    async query(text, params) {
      const result = await pool.query(text, params as unknown[]);
      return result.rows;
    },
    transaction: (scope, work) => scopedTransaction(db, scope, work),
    async migrate() {
      await migratePg(drizzlePg(pool), { migrationsFolder: MIGRATIONS_DIR });
    },
    async close() {
      await Promise.all([pool.end(), publicPool.end()]);
    },
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? () => {} : acquireDataDirLock(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(inMemory ? undefined : path.join(dataDir, 'pgdata'), { extensions: { pg_trgm } });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    backend: 'pglite',
    db,
    pglite: client,
    async query(text, params) {
      const result = await client.query(text, params as unknown[]);
      return result.rows as never[];
    },
    // drizzle's PGlite driver runs this through PGlite's own transaction, which serialises
    // it against every other query on the single session (trap 2).
    transaction: (scope, work) => scopedTransaction(db, scope, work),
    // In-process: a transaction costs no round trips here.
    read: (scope, work) => scopedTransaction(db, scope, work),
    async migrate() {
      await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR });
    },
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

/**
 * Runs `work` inside the caller's transaction with the system scope (e.g. a uniqueness check that
 * spans every tenant), then restores the caller's scope. Never open a second transaction for this:
 * PGlite has one session, so a nested transaction would wait for the outer one forever.
 */
export async function asSystem<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  // Already the system (a job, the public intake): nothing to switch, and nothing to switch back.
  if (insideTransaction.getStore()?.system) return work();
  await tx.execute(sql`select set_config('gongzhi.system', 'on', true)`);
  const result = await work();
  await tx.execute(sql`select set_config('gongzhi.system', 'off', true)`);
  return result;
}
