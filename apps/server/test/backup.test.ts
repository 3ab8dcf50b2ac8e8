import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backup, REFERENCE_TABLES, restore, tableCounts } from '../src/db/backup.js';
import { type Database, openDatabase } from '../src/db/client.js';
import { createPostgresDatabase } from './database.js';
import { buildTestApp, freshCreditCode } from './harness.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** An empty target: a new database on the PostgreSQL server when one is configured, else PGlite. */
async function emptyTarget(): Promise<{ database: Database; backend: string }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return { database: await openDatabase({ dataDir: 'memory://' }), backend: 'pglite' };
  const created = await createPostgresDatabase();
  cleanups.push(() => created.drop());
  const database = await openDatabase({ databaseUrl: created.url, dataDir: 'unused', poolSize: 2 });
  return { database, backend: 'postgres' };
}

describe('backup and restore', () => {
  it('round-trips a PGlite database through a SQL file into an empty database with the same row counts', async () => {
    // Source: PGlite (whatever backend the rest of the suite runs on) with the demo data and some activity.
    const t = await buildTestApp({ backend: 'pglite' });
    cleanups.push(() => t.close());
    const from = t.database;
    const secretary = await t.login('jiancai.admin');
    const jiancai = await t.orgId('佛山市建材行业协会');
    const added = await t.request({
      method: 'POST',
      url: `/api/v1/associations/${jiancai}/members`,
      cookie: secretary,
      body: {
        enterprise: {
          creditCode: freshCreditCode(),
          name: '佛山市“引号”与\\反斜杠$gz$建材有限公司',
          regionCode: '440605',
        },
        level: 'member',
        joinedOn: '2026-01-02',
      },
    });
    expect(added.statusCode).toBe(201);

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-backup-')), 'backup.sql');
    const written = await backup(from, file);
    const expected = await tableCounts(from);
    expect(written).toEqual(expected);
    expect(expected.find((c) => c.table === 'audit_event')?.rows).toBeGreaterThan(0);

    const target = await emptyTarget();
    cleanups.push(() => target.database.close());
    const restored = await restore(target.database, file);
    expect(restored).toEqual(expected);

    // The data is usable: the odd name survived byte for byte, generated search columns were rebuilt,
    // and new audit events continue after the restored ones.
    const rows = await target.database.query<{ name: string; grams: string[] }>(
      `select name, name_grams as grams from organisation where name like '%反斜杠%'`,
    );
    expect(rows[0]?.name).toBe('佛山市“引号”与\\反斜杠$gz$建材有限公司');
    expect(rows[0]?.grams).toContain('斜杠');
    await target.database.query(`insert into audit_event (action, target_type) values ('test.after_restore', 'test')`);
    const ids = await target.database.query<{ action: string; id: number }>(
      `select action, id::int from audit_event order by id desc limit 1`,
    );
    expect(ids[0]?.action).toBe('test.after_restore');

    // A second restore into the now non-empty database is refused, and changes nothing.
    await expect(restore(target.database, file)).rejects.toThrow(/empty database/);
    expect(await tableCounts(target.database)).toEqual(
      expected.map((c) => (c.table === 'audit_event' ? { ...c, rows: c.rows + 1 } : c)),
    );
  });

  it('refuses a file that is not a backup, all or nothing', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-backup-')), 'not.sql');
    fs.writeFileSync(file, 'select 1;\n');
    const database = await openDatabase({ dataDir: 'memory://' });
    cleanups.push(() => database.close());
    await expect(restore(database, file)).rejects.toThrow(/not a Gongzhi backup/);
    const counts = await tableCounts(database);
    expect(counts.filter((c) => !REFERENCE_TABLES.has(c.table)).every((c) => c.rows === 0)).toBe(true);
  });
});
