import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed/demo.js';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from './database.js';
import { TEST_CONFIG_OVERRIDES } from './harness.js';

/**
 * Two real server processes on one PostgreSQL behave as one: the path past one machine.
 * PostgreSQL only (PGlite is one process by design).
 */
const root = path.resolve(import.meta.dirname, '../../..');
let db: TestDatabase;
const servers: { process: ChildProcess; url: string }[] = [];

async function startServer(url: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/gongzhi.mjs', 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      JOBS: 'true',
      SESSION_CLEANUP_CRON: '* * * * *',
      ARGON2_MEMORY_KIB: '1024',
      ARGON2_TIME_COST: '1',
      WEB_DIST: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`server on ${port} did not start`);
}

describe.skipIf(TEST_BACKEND !== 'postgres')('two server processes on one PostgreSQL', () => {
  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    await seedDemo(db.database, { ...TEST_CONFIG_OVERRIDES, argon2MemoryKiB: 1024, argon2TimeCost: 1 });
    const base = 41_000 + Math.floor(Math.random() * 1000);
    for (const port of [base, base + 1]) {
      servers.push({ process: await startServer(db.url as string, port), url: `http://127.0.0.1:${port}` });
    }
  }, 300_000);

  afterAll(async () => {
    for (const s of servers) s.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    await db?.drop();
  });

  it('accepts on one process a session created through the other, and ends it everywhere', async () => {
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const login = await fetch(`${a.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'jiancai.admin', password: 'Gongzhi#2026' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const me = await fetch(`${b.url}/api/v1/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    const body = (await me.json()) as { user: { username: string } };
    expect(body.user.username).toBe('jiancai.admin');
    expect((await fetch(`${b.url}/api/v1/auth/logout`, { method: 'POST', headers: { cookie } })).status).toBe(204);
    expect((await fetch(`${a.url}/api/v1/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('runs a scheduled job once per occurrence, not once per process', async () => {
    // The schedule fires every minute; wait for two occurrences while both processes run.
    const deadline = Date.now() + 200_000;
    let minutes: { minute: string; runs: number; instances: number }[] = [];
    while (Date.now() < deadline) {
      minutes = await db.database.query(
        `select date_trunc('minute', started_at)::text as minute, count(*)::int as runs, count(distinct instance)::int as instances
         from job_run where name = 'session-cleanup' group by 1 order by 1`,
      );
      if (minutes.length >= 2) break;
      await new Promise((r) => setTimeout(r, 5000));
    }
    expect(minutes.length).toBeGreaterThanOrEqual(2);
    expect(minutes.every((m) => m.runs === 1)).toBe(true);
    expect(servers.every((s) => s.process.exitCode === null)).toBe(true);
  }, 240_000);
});
