import type {
  IndicatorDto,
  LiaisonThreadDto,
  LiaisonThreadSummaryDto,
  MemberNoticeDto,
  PageOf,
} from '@gongzhi/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem, SYSTEM_SCOPE } from '../src/db/client.js';
import { computeFacts } from '../src/modules/evaluation/evaluation.facts.js';
import { registerAllFacts } from '../src/modules/evaluation/facts/index.js';
import { type LiaisonSeedSummary, seedDemoLiaison } from '../src/seed/demo-liaison.js';
import { buildTestApp, type TestApp } from './harness.js';

let t: TestApp;
let summary: LiaisonSeedSummary;

beforeAll(async () => {
  t = await buildTestApp();
  summary = await seedDemoLiaison(t.database, t.config);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('demo liaison', () => {
  it('leaves two threads with receipts and a notice read by the demo enterprise; a second run adds nothing', async () => {
    expect(summary).toEqual({ threads: 2, notices: 1 });
    expect(await seedDemoLiaison(t.database, t.config)).toEqual({ threads: 0, notices: 0 });
    const cookie = await t.login('regulator.staff');
    const list = (
      await t.request({ method: 'GET', url: '/api/v1/liaison/threads', cookie })
    ).json() as PageOf<LiaisonThreadSummaryDto>;
    expect(list.items).toHaveLength(2);
    const asked = list.items.find((i) => i.messageCount === 3) as LiaisonThreadSummaryDto;
    const thread = (
      await t.request({ method: 'GET', url: `/api/v1/liaison/threads/${asked.id}`, cookie })
    ).json() as LiaisonThreadDto;
    expect(thread.messages[0]?.readBy).toHaveLength(1);
    const staff = await t.login('jiancai.staff');
    const notices = (
      await t.request({ method: 'GET', url: '/api/v1/notices', cookie: staff })
    ).json() as PageOf<MemberNoticeDto>;
    expect(notices.items[0]?.readCount).toBe(1);
  });

  it('feeds the liaison.threads evaluation fact for the association', async () => {
    registerAllFacts();
    const jiancai = await t.orgId('佛山市建材行业协会');
    const year = new Date().getFullYear();
    const facts = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      asSystem(tx, () =>
        computeFacts(
          tx,
          {
            organisationId: jiancai,
            periodStart: `${year - 1}-01-01`,
            periodEnd: `${year + 1}-12-31`,
            assessmentId: '00000000-0000-0000-0000-000000000000',
            frameworkCode: 'test',
          },
          [{ code: 'C2', facts: ['liaison.threads'] } as unknown as IndicatorDto],
        ),
      ),
    );
    const fact = facts.C2?.find((f) => f.key === 'liaison.threads');
    expect(fact?.status).toBe('available');
    const value = (metric: string) => fact?.values.find((v) => v.metric === metric)?.value;
    expect(value('liaison.threads')).toBe(2);
    expect(value('liaison.messages')).toBe(4);
    expect(value('liaison.member_notices')).toBe(1);
    expect(value('liaison.notice_read_rate')).toBeGreaterThan(0);
  });
});
