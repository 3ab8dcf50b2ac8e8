import type { ConsultationSummaryDto, RuleDocumentSummaryDto } from '@gongzhi/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RulesSeedSummary, seedDemoRules } from '../src/seed/demo-rules.js';
import { buildTestApp, type TestApp } from './harness.js';

let t: TestApp;
let summary: RulesSeedSummary;

beforeAll(async () => {
  t = await buildTestApp();
  summary = await seedDemoRules(t.database, t.config);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('demo rules', () => {
  it('leaves the charter public, the code at v2 after a closed consultation, and an open one on a draft', async () => {
    expect(summary).toEqual({ documents: 3, consultations: 2 });
    const member = await t.login('enterprise.admin');
    const docs = (await t.request({ method: 'GET', url: '/api/v1/rules/documents', cookie: member })).json()
      .items as RuleDocumentSummaryDto[];
    expect(docs.map((d) => [d.kind, d.publishedNumber]).sort()).toEqual([
      ['charter', 1],
      ['self_discipline_code', 2],
    ]);
    const consultations = (
      await t.request({ method: 'GET', url: '/api/v1/rules/consultations', cookie: member })
    ).json().items as ConsultationSummaryDto[];
    expect(consultations.map((c) => [c.status, c.comments, c.unanswered]).sort()).toEqual([
      ['closed', 2, 0],
      ['open', 1, 1],
    ]);
    expect(await seedDemoRules(t.database, t.config)).toEqual({ documents: 0, consultations: 0 });
  });
});
