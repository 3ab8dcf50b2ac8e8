import type { AssessmentDto, AssessmentSummaryDto, ImprovementActionDto } from '@gongzhi/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EvaluationSeedSummary, seedDemoEvaluation } from '../src/seed/demo-evaluation.js';
import { buildTestApp, type TestApp } from './harness.js';

let t: TestApp;
let summary: EvaluationSeedSummary;

beforeAll(async () => {
  t = await buildTestApp();
  summary = await seedDemoEvaluation(t.database, t.config);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('demo evaluation', () => {
  it('leaves last year final, this year open with last year to compare, and planned improvement actions', async () => {
    const cookie = await t.login('jiancai.admin');
    const list = await t.request({ method: 'GET', url: '/api/v1/evaluation/assessments', cookie });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as AssessmentSummaryDto[];
    expect(items.map((a) => a.status).sort()).toEqual(['draft', 'final']);
    const draft = items.find((a) => a.status === 'draft') as AssessmentSummaryDto;
    const detail = (
      await t.request({ method: 'GET', url: `/api/v1/evaluation/assessments/${draft.id}`, cookie })
    ).json() as AssessmentDto;
    expect(detail.previous?.scores.C8).toBe(100);
    expect(detail.scoredLeaves).toBe(5);
    expect(detail.dueDate).not.toBeNull();
    const actions = (await t.request({ method: 'GET', url: '/api/v1/evaluation/actions', cookie })).json()
      .items as ImprovementActionDto[];
    expect(actions.length).toBe(summary.actions);
    expect(actions.map((a) => a.indicatorCode)).toEqual(expect.arrayContaining(['C5', 'C20']));
    expect(actions.find((a) => a.indicatorCode === 'C5')?.ownerName).toBe('黄秘书长');
    const regulator = await t.login('regulator.admin');
    const campaigns = await t.request({ method: 'GET', url: '/api/v1/evaluation/campaigns', cookie: regulator });
    expect(campaigns.json().items).toHaveLength(1);
    expect(summary.assessments).toBe(1 + campaigns.json().items[0].assessmentCount);
  });
});
