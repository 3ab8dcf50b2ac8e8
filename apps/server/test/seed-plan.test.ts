import type { PlanDetailDto, PlanSummaryDto } from '@gongzhi/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoPlan } from '../src/seed/demo-plan.js';
import { buildTestApp, type TestApp } from './harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('demo plans', () => {
  it('builds the chain of plans with computed and manual KPIs, tasks and factors, once', async () => {
    expect(await seedDemoPlan(t.database, t.config)).toEqual({ plans: 3, tasks: 4 });
    expect(await seedDemoPlan(t.database, t.config)).toEqual({ plans: 0, tasks: 0 });
    const cookie = await t.login('jiancai.admin');
    const plans = (
      await t.request({ method: 'GET', url: '/api/v1/workspace/plans', cookie })
    ).json() as PlanSummaryDto[];
    expect(plans.map((p) => p.kind)).toEqual(['development', 'co_governance', 'annual']);
    const annual = plans.find((p) => p.kind === 'annual') as PlanSummaryDto;
    const detail = (
      await t.request({ method: 'GET', url: `/api/v1/workspace/plans/${annual.id}`, cookie })
    ).json() as PlanDetailDto;
    const kpis = detail.goals.flatMap((g) => g.kpis);
    expect(kpis.filter((k) => k.source === 'metric').map((k) => k.metricKey)).toEqual([
      'complaints.on_time_rate',
      'commitments.rate',
    ]);
    expect(kpis.every((k) => k.actualAt !== null)).toBe(true);
    expect(detail.goals.every((g) => g.parentGoal !== null)).toBe(true);
    expect(detail.progress).toMatchObject({ tasksTotal: 4, tasksOverdue: 1 });
    expect(detail.tasks.some((task) => task.recurrence === 'monthly')).toBe(true);
    const factors = (await t.request({ method: 'GET', url: '/api/v1/workspace/environment', cookie })).json() as {
      category: string;
      linkedPlans: unknown[];
    }[];
    expect(new Set(factors.map((f) => f.category)).size).toBe(5);
    expect(factors.every((f) => f.linkedPlans.length === 1)).toBe(true);
  });
});
