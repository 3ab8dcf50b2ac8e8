import type { FundsReportDto, TalentListDto } from '@gongzhi/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoFunds } from '../src/seed/demo-funds.js';
import { buildTestApp, type TestApp } from './harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('demo funds and resources', () => {
  it('builds funds, pools and policies for 建材协会 once', async () => {
    const first = await seedDemoFunds(t.database, t.config);
    expect(first.seeded).toBe(true);
    expect((await seedDemoFunds(t.database, t.config)).seeded).toBe(false);
    const cookie = await t.login('jiancai.admin');
    const report = (
      await t.request({ method: 'GET', url: '/api/v1/workspace/funds/report', cookie })
    ).json() as FundsReportDto;
    expect(report.bySource).toHaveLength(2);
    expect(report.specialUse[0]?.spentOutside).toBe(0);
    expect(report.totals.spent).toBe(45000 + 36800 + 18500 + 52000);
    const talent = (
      await t.request({ method: 'GET', url: '/api/v1/workspace/resources/talent', cookie })
    ).json() as TalentListDto;
    expect(talent.counts.every((c) => c.active > 0)).toBe(true);
    const regulator = await t.login('regulator.admin');
    const received = await t.request({
      method: 'GET',
      url: '/api/v1/workspace/resources/feedback-received',
      cookie: regulator,
    });
    expect(received.json().items).toHaveLength(1);
  });
});
