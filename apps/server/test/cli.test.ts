import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, TEST_BACKEND } from './database.js';

const root = path.resolve(import.meta.dirname, '../../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-cli-'));
const dataDir = path.join(work, 'data');
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
  fs.rmSync(work, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['bin/gongzhi.mjs', ...args], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      ARGON2_MEMORY_KIB: '1024',
      ARGON2_TIME_COST: '1',
      ...env,
    },
    encoding: 'utf8',
    timeout: 150_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/** Table → rows, as `backup` and `restore` print them. */
function counts(out: string): Record<string, number> {
  return Object.fromEntries([...out.matchAll(/^ {2}(\w+)\s+(\d+)$/gm)].map((m) => [m[1] as string, Number(m[2])]));
}

// The command line is the same on both passes; run it once, in the PGlite pass.
describe.skipIf(TEST_BACKEND !== 'pglite')('gongzhi command line', () => {
  it('seeds, manages accounts, and refuses bad input with a clear message', () => {
    expect(cli(['seed']).out).toMatch(/Seeded \d+ organisations/);
    expect(cli(['seed']).out).toContain('already has organisations');
    const weak = cli(['user', 'create', '--username', 'cli.user', '--password', 'weak', '--role', 'expert']);
    expect(weak.status).toBe(1);
    expect(weak.out).toContain('--password needs at least 8 characters');
    const badRole = cli(['user', 'create', '--username', 'cli.user', '--password', 'Gongzhi#2026', '--role', 'king']);
    expect(badRole.out).toContain('--role must be one of');
    const created = cli([
      'user',
      'create',
      '--username',
      'cli.user',
      '--password',
      'Gongzhi#2026',
      '--role',
      'expert',
      '--name',
      '命令行专家',
    ]);
    expect(created.status).toBe(0);
    expect(cli(['user', 'reset-password', '--username', 'cli.user', '--password', 'Another#2026']).status).toBe(0);
    expect(cli(['user', 'disable', '--username', 'cli.user']).out).toContain('Disabled cli.user');
    expect(cli(['user', 'disable', '--username', 'nobody']).out).toContain('No user nobody');
    expect(cli(['nonsense']).status).toBe(2);
  }, 600_000);

  it('backs up PGlite and restores into an empty database (PostgreSQL when available) with the same row counts', async () => {
    const file = path.join(work, 'backup.sql');
    const backedUp = cli(['backup', '--file', file]);
    expect(backedUp.status).toBe(0);
    const before = counts(backedUp.out);
    expect(before.organisation).toBeGreaterThan(0);
    expect(before.audit_event).toBeGreaterThan(0);

    let env: Record<string, string> = { DATA_DIR: path.join(work, 'restored') };
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (adminUrl) {
      const created = await createPostgresDatabase();
      cleanups.push(() => created.drop());
      env = { DATABASE_URL: created.url };
    }
    const restored = cli(['restore', '--file', file], env);
    expect(restored.status, restored.out).toBe(0);
    expect(counts(restored.out)).toEqual(before);
    const again = cli(['restore', '--file', file], env);
    expect(again.status).toBe(1);
    expect(again.out).toContain('Restore needs an empty database');
  }, 600_000);
  it('checks and imports an evaluation framework file, listing every problem of a bad one', () => {
    const good = path.join(work, 'region.yaml');
    fs.writeFileSync(
      good,
      [
        'code: CLI-REGION',
        'name: { zh: 命令行指标体系, en: CLI framework }',
        'scale:',
        '  - { level: 0, score: 0, name: { zh: 未达到, en: Not met }, description: { zh: 未达到, en: Not met } }',
        '  - { level: 1, score: 100, name: { zh: 达到, en: Met }, description: { zh: 达到, en: Met } }',
        'improvementThreshold: 50',
        'indicators:',
        '  - { code: K1, name: { zh: 团队, en: Team }, weight: 100, outcomes: [{ zh: 有团队, en: A team }] }',
        '',
      ].join('\n'),
    );
    const bad = path.join(work, 'bad.yaml');
    fs.writeFileSync(
      bad,
      fs.readFileSync(good, 'utf8').replace('weight: 100', 'weight: 90').replace('score: 100', 'score: 0'),
    );
    const checked = cli(['framework', 'check', '--file', bad]);
    expect(checked.status).toBe(2);
    expect(checked.out).toContain('100');
    expect(checked.out.trim().split('\n').length).toBeGreaterThanOrEqual(2);
    expect(cli(['framework', 'check', '--file', good]).out).toContain('CLI-REGION, no problems');
    expect(cli(['framework', 'import', '--file', bad]).status).toBe(2);
    expect(cli(['framework', 'import', '--file', good]).out).toContain('Imported CLI-REGION as version 1');
    expect(cli(['framework', 'import', '--file', good]).out).toContain('already has this content');
  });
});
