import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { COMPLAINT_DEADLINES } from '../src/modules/complaint/complaint.deadlines.js';
import { CREDIT_EVALUATION } from '../src/modules/credit/credit.job.js';
import { type JobRunner, SESSION_CLEANUP, startJobs } from '../src/modules/jobs/jobs.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { TEST_CONFIG_OVERRIDES } from './harness.js';

let db: TestDatabase;
let jobs: JobRunner;
const silent = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  trace() {},
  fatal() {},
  child: () => silent,
  level: 'silent',
};

beforeAll(async () => {
  db = await createTestDatabase();
  const config = loadConfig(process.env, { ...TEST_CONFIG_OVERRIDES, databaseUrl: db.url });
  jobs = await startJobs(db.database, config, silent as never);
});
afterAll(async () => {
  await jobs.stop();
  await db.drop();
});

describe('background jobs (pg-boss in the same database)', () => {
  it('runs the session clean-up job and records the run', async () => {
    // Expired and revoked sessions go; a live one stays.
    await db.database.query(
      `insert into app_user (id, username, display_name, password_hash) values ('00000000-0000-4000-8000-000000000001', 'job.user', 'j', 'x')`,
    );
    await db.database.query(
      `insert into session (token_hash, user_id, expires_at, last_seen_at) values
        ('expired', '00000000-0000-4000-8000-000000000001', now() - interval '1 minute', now()),
        ('idle', '00000000-0000-4000-8000-000000000001', now() + interval '1 hour', now() - interval '2 hours'),
        ('live', '00000000-0000-4000-8000-000000000001', now() + interval '1 hour', now())`,
    );
    await jobs.boss.send(SESSION_CLEANUP, {});
    let runs: { detail: { removed: number } }[] = [];
    for (let i = 0; i < 120 && runs.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      runs = await db.database.query(`select detail from job_run where name = '${SESSION_CLEANUP}'`);
    }
    expect(runs).toHaveLength(1);
    expect(runs[0]?.detail.removed).toBe(2);
    const left = await db.database.query<{ token_hash: string }>('select token_hash from session');
    expect(left.map((r) => r.token_hash)).toEqual(['live']);
  }, 90_000);

  it('runs the complaint deadline job through the queue and records the run', async () => {
    await jobs.boss.send(COMPLAINT_DEADLINES, {});
    let runs: { detail: { reminded: number; escalated: number } }[] = [];
    for (let i = 0; i < 120 && runs.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      runs = await db.database.query(`select detail from job_run where name = '${COMPLAINT_DEADLINES}'`);
    }
    expect(runs).toHaveLength(1);
    expect(runs[0]?.detail).toMatchObject({ reminded: 0, escalated: 0 });
  }, 90_000);

  it('runs the credit re-evaluation through the queue: one unpublished official run per association with members', async () => {
    await db.database.query(
      `insert into organisation (id, kind, name, credit_code, region_code, industry_code) values
        ('00000000-0000-4000-8000-0000000000a1', 'industry_organisation', '作业测试协会', '51440600MJL0000019', '440600', 'C30'),
        ('00000000-0000-4000-8000-0000000000e1', 'enterprise', '作业测试企业', '91440600MA0000001T', '440604', null)`,
    );
    await db.database.query(
      `insert into membership (association_id, enterprise_id, level, joined_on) values
        ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000e1', 'member', '2024-01-01')`,
    );
    await jobs.boss.send(CREDIT_EVALUATION, {});
    let runs: { detail: { evaluated: number; failed: number } }[] = [];
    for (let i = 0; i < 120 && runs.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 500));
      runs = await db.database.query(`select detail from job_run where name = '${CREDIT_EVALUATION}'`);
    }
    expect(runs[0]?.detail).toMatchObject({ evaluated: 1, failed: 0 });
    const credit = await db.database.query<{ status: string; enterprise_count: number; kind: string }>(
      `select status, enterprise_count, kind from credit_run where association_id = '00000000-0000-4000-8000-0000000000a1'`,
    );
    expect(credit).toEqual([{ status: 'completed', enterprise_count: 1, kind: 'official' }]);
    // Nothing is published by the job: the secretary publishes.
    expect(await db.database.query('select 1 from credit_grade')).toHaveLength(0);
  }, 90_000);
});
