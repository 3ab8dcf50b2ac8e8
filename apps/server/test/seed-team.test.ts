import type { TeamOverviewDto } from '@gongzhi/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoTeam, type TeamSeedSummary } from '../src/seed/demo-team.js';
import { buildTestApp, type TestApp } from './harness.js';

let t: TestApp;
let summary: TeamSeedSummary;

beforeAll(async () => {
  t = await buildTestApp();
  summary = await seedDemoTeam(t.database, t.config);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('demo team', () => {
  it('leaves the lead, the liaison, posts, duties, documents and a guidance document; a second run adds nothing', async () => {
    expect(summary).toEqual({ posts: 2, members: 3, duties: 3, documents: 2, guidance: 1 });
    expect(await seedDemoTeam(t.database, t.config)).toEqual({
      posts: 0,
      members: 0,
      duties: 0,
      documents: 0,
      guidance: 0,
    });
    const team = (
      await t.request({ method: 'GET', url: '/api/v1/team', cookie: await t.login('jiancai.staff') })
    ).json() as TeamOverviewDto;
    expect(team.lead?.postName).toBe('秘书处质量部负责人');
    expect(team.liaison).not.toBeNull();
    expect(team.posts.map((p) => p.name).sort()).toEqual(['信用管理岗', '秘书处质量部负责人']);
    expect(team.duties.filter((d) => d.assigneePostId)).toHaveLength(1);
    expect(team.documents.map((d) => d.kind).sort()).toEqual(['appointment', 'talent_incentive']);
    expect(team.guidance).toHaveLength(1);
    const ranqi = await t.orgId('佛山市顺德区燃气具商会');
    const regulator = (
      await t.request({
        method: 'GET',
        url: `/api/v1/team?organisationId=${ranqi}`,
        cookie: await t.login('regulator.staff'),
      })
    ).json() as TeamOverviewDto;
    expect(regulator.guidance).toHaveLength(1);
  });
});
