import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/client.js';
import { ensureReferenceData } from '../src/db/reference-data.js';

/** Which backend this run tests: PGlite by default, PostgreSQL when TEST_BACKEND=postgres. */
export const TEST_BACKEND = process.env.TEST_BACKEND === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase {
  database: Database;
  url: string | undefined;
  drop(): Promise<void>;
}

/** A fresh, migrated database: in-memory PGlite, or a new UTF-8 database on the test PostgreSQL server. */
export async function createTestDatabase(backend: 'pglite' | 'postgres' = TEST_BACKEND): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    await database.migrate();
    await ensureReferenceData(database);
    return { database, url: undefined, drop: () => database.close() };
  }
  const created = await createPostgresDatabase();
  const database = await openDatabase({ databaseUrl: created.url, dataDir: 'unused', poolSize: 4 });
  await database.migrate();
  await ensureReferenceData(database);
  return {
    database,
    url: created.url,
    async drop() {
      await database.close();
      await created.drop();
    },
  };
}

/** A new, empty UTF-8 database (C.UTF-8 ctype) on the test PostgreSQL server (TEST_DATABASE_URL). */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('A PostgreSQL test database needs TEST_DATABASE_URL (an admin URL)');
  const name = `gongzhi_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(
    `create database ${name} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`,
  );
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
