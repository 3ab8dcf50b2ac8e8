import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SpotCheckSeedSummary, seedDemoSpotChecks } from '../src/seed/demo-spotchecks.js';
import { buildTestApp, type TestApp } from './harness.js';

// The harness seeds the organisations and accounts (not the complaint or credit demo): the spot-check
// demo needs nothing more.
let t: TestApp;
let summary: SpotCheckSeedSummary;

beforeAll(async () => {
  t = await buildTestApp();
  summary = await seedDemoSpotChecks(t.database, t.config);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('demo spot checks', () => {
  it('imports the notices through the service', async () => {
    expect(summary.notices).toBeGreaterThanOrEqual(18);
    const regulator = await t.login('regulator.admin');
    const notices = await t.request({
      method: 'GET',
      url: '/api/v1/spot-checks/notices?pageSize=50',
      cookie: regulator,
    });
    expect(notices.statusCode).toBe(200);
    expect(notices.json().items.length).toBe(summary.notices);
    const unmatched = await t.request({ method: 'GET', url: '/api/v1/spot-checks/unmatched', cookie: regulator });
    expect(unmatched.statusCode).toBe(200);
    expect(unmatched.json().items.length).toBeGreaterThan(0);
  });

  it('leaves the demo enterprise a recent failure it may still ask to re-inspect, and an older decided one', async () => {
    const cookie = await t.login('enterprise.admin');
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/spot-checks/results?pageSize=100',
      cookie,
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { abilities: { requestReinspection: boolean }; reinspection: string | null }[];
    expect(items.some((r) => r.abilities.requestReinspection)).toBe(true);
    expect(items.some((r) => r.reinspection === 'qualified')).toBe(true);
  });

  it('raises risk alerts for the association, and leaves a report and a sampling plan', async () => {
    expect(summary.alerts).toBeGreaterThan(0);
    const staff = await t.login('jiancai.staff');
    const alerts = await t.request({ method: 'GET', url: '/api/v1/risk/alerts', cookie: staff });
    expect(alerts.statusCode).toBe(200);
    expect(alerts.json().items.some((a: { seriesKey: string }) => a.seriesKey === '陶瓷砖')).toBe(true);
    const regulator = await t.login('regulator.admin');
    const reports = await t.request({ method: 'GET', url: '/api/v1/risk/reports', cookie: regulator });
    expect(reports.json().items.length).toBe(1);
    const plans = await t.request({ method: 'GET', url: '/api/v1/spot-checks/sampling-plans', cookie: regulator });
    expect(plans.json().items.length).toBe(1);
  });
});
