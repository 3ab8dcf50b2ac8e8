import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_BACKEND } from './database.js';

const serverDir = path.resolve(import.meta.dirname, '..');

// The schema in TypeScript and the checked-in SQL migrations must describe the same database.
describe.skipIf(TEST_BACKEND !== 'pglite')('migrations', () => {
  it('match the drizzle schema: generating from it finds nothing to add', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-migrations-'));
    fs.cpSync(path.join(serverDir, 'src/db/migrations'), path.join(work, 'migrations'), { recursive: true });
    const config = path.join(work, 'drizzle.config.json');
    fs.writeFileSync(
      config,
      // drizzle-kit wants paths relative to its working directory.
      JSON.stringify({
        dialect: 'postgresql',
        schema: 'src/db/schema/index.ts',
        out: path.relative(serverDir, path.join(work, 'migrations')),
      }),
    );
    const before = fs.readdirSync(path.join(work, 'migrations')).length;
    const result = spawnSync(
      process.execPath,
      [path.resolve(serverDir, '../../node_modules/drizzle-kit/bin.cjs'), 'generate', '--config', config],
      {
        cwd: serverDir,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    const out = `${result.stdout}${result.stderr}`;
    expect(out).toContain('No schema changes');
    expect(fs.readdirSync(path.join(work, 'migrations')).length).toBe(before);
    fs.rmSync(work, { recursive: true, force: true });
  }, 150_000);
});
