import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.js';
import { DataDirectoryLockedError } from '../src/db/lock.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('PGlite data directory lock', () => {
  it('makes a second process fail with a message naming the holder’s pid, and frees the directory on close', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-lock-'));
    dirs.push(dataDir);
    const first = await openDatabase({ dataDir });
    const root = path.resolve(import.meta.dirname, '../../..');
    const second = spawnSync(process.execPath, ['bin/gongzhi.mjs', 'migrate'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 150_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`pid ${process.pid}`);
    expect(second.stderr).toContain(dataDir);
    await first.close();
    const again = await openDatabase({ dataDir });
    await again.close();
  }, 180_000);

  it('takes over a stale lock left by a process that is gone', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-lock-'));
    dirs.push(dataDir);
    fs.writeFileSync(path.join(dataDir, 'gongzhi.lock'), '999999999\n');
    const database = await openDatabase({ dataDir });
    await database.close();
  });

  it('refuses a second open in the same process too', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-lock-'));
    dirs.push(dataDir);
    const first = await openDatabase({ dataDir });
    await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirectoryLockedError);
    await first.close();
  });
});
