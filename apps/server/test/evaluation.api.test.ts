import { randomUUID } from 'node:crypto';
import type { AssessmentDto, FrameworkDto, FrameworkSummaryDto, IndicatorScoreDto } from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { queryRows } from '../src/kernel/raw-sql.js';
import { evaluationService } from '../src/modules/evaluation/evaluation.service.js';
import { createMailer } from '../src/modules/notification/mailer.js';
import { docxTableRows } from './docx-read.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

let t: TestApp;
let regulator: string;
let regulatorStaff: string;
let jiancaiStaff: string;
let jiancaiAdmin: string;
let liaison: string;
let ranqiStaff: string;
let enterpriseAdmin: string;
let expert: string;
let otherExpert: string;
let otherRegulator: string;
let jiancaiId: string;
let ranqiId: string;
let builtIn: FrameworkSummaryDto;

const SMALL_FRAMEWORK = `
code: TEST-REGION-1
name: { zh: 测试地区指标体系, en: Test region framework }
scale:
  - { level: 0, score: 0, name: { zh: 未开展, en: None }, description: { zh: 未开展, en: None } }
  - { level: 1, score: 50, name: { zh: 部分, en: Partly }, description: { zh: 部分达到, en: Partly } }
  - { level: 2, score: 100, name: { zh: 达到, en: Met }, description: { zh: 完全达到, en: Fully } }
improvementThreshold: 60
indicators:
  - code: X1
    name: { zh: 组织, en: Organisation }
    weight: 40
    children:
      - { code: Y1, name: { zh: 团队, en: Team }, weight: 100, outcomes: [{ zh: 有团队, en: A team }], facts: [team.accounts] }
  - code: X2
    name: { zh: 成效, en: Results }
    weight: 60
    children:
      - { code: Y2, name: { zh: 投诉, en: Complaints }, weight: 50, outcomes: [{ zh: 处理投诉, en: Complaints handled }], facts: [complaints.handling] }
      - { code: Y3, name: { zh: 荣誉, en: Honours }, weight: 50, outcomes: [{ zh: 获得荣誉, en: Honours }], facts: [honours.external] }
`;

async function json<T>(res: { statusCode: number; body: string; json(): unknown }, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

async function createSelf(cookie = jiancaiStaff, frameworkId = builtIn.id, period = ['2025-01-01', '2025-12-31']) {
  return json<AssessmentDto>(
    await t.request({
      method: 'POST',
      url: '/api/v1/evaluation/assessments',
      cookie,
      body: { organisationId: jiancaiId, frameworkId, kind: 'self', periodStart: period[0], periodEnd: period[1] },
    }),
    201,
  );
}

async function score(cookie: string, a: AssessmentDto, code: string, level: number | null, rationale = `依据 ${code}`) {
  const current = (
    await json<AssessmentDto>(await t.request({ method: 'GET', url: `/api/v1/evaluation/assessments/${a.id}`, cookie }))
  ).scores.find((s) => s.indicatorCode === code) as IndicatorScoreDto;
  return t.request({
    method: 'PUT',
    url: `/api/v1/evaluation/assessments/${a.id}/indicators/${code}`,
    cookie,
    body: { level, rationale, version: current.version },
  });
}

async function scoreAll(cookie: string, a: AssessmentDto, levelOf: (code: string) => number) {
  for (const s of a.scores)
    expect((await score(cookie, a, s.indicatorCode, levelOf(s.indicatorCode))).statusCode).toBe(200);
}

async function get(cookie: string, id: string) {
  return json<AssessmentDto>(await t.request({ method: 'GET', url: `/api/v1/evaluation/assessments/${id}`, cookie }));
}

beforeAll(async () => {
  t = await buildTestApp();
  jiancaiId = await t.orgId('佛山市建材行业协会');
  ranqiId = await t.orgId('佛山市顺德区燃气具商会');
  const guangzhou = await addOrganisation(t, { kind: 'regulator', name: '广州市市场监督管理局', regionCode: '440100' });
  await addUser(t, 'gz.eval', 'regulator_staff', guangzhou);
  await addUser(t, 'ranqi.eval', 'association_staff', ranqiId);
  await addUser(t, 'expert.li', 'expert', null);
  regulator = await t.login('regulator.admin');
  regulatorStaff = await t.login('regulator.staff');
  jiancaiStaff = await t.login('jiancai.staff');
  jiancaiAdmin = await t.login('jiancai.admin');
  liaison = await t.login('jiancai.liaison');
  ranqiStaff = await t.login('ranqi.eval');
  enterpriseAdmin = await t.login('enterprise.admin');
  expert = await t.login('expert.zhang');
  otherExpert = await t.login('expert.li');
  otherRegulator = await t.login('gz.eval');
  const list = await json<FrameworkSummaryDto[]>(
    await t.request({ method: 'GET', url: '/api/v1/evaluation/frameworks', cookie: jiancaiStaff }),
  );
  builtIn = list.find((f) => f.builtIn) as FrameworkSummaryDto;
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('frameworks', () => {
  it('refuses the signed out and roles without evaluation.read; lists the built-in table A.1', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/evaluation/frameworks' })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/evaluation/frameworks', cookie: enterpriseAdmin })).statusCode,
    ).toBe(403);
    expect(builtIn).toMatchObject({ code: 'DB4406/T 15—2022', version: 1, current: true, leafCount: 22 });
    const fw = await json<FrameworkDto>(
      await t.request({ method: 'GET', url: `/api/v1/evaluation/frameworks/${builtIn.id}`, cookie: liaison }),
    );
    expect(fw.indicators.filter((i) => i.depth === 1).map((i) => i.code)).toEqual(['A1', 'A2', 'A3']);
    expect(fw.indicators.find((i) => i.code === 'C17')).toMatchObject({ parentCode: 'B6', leaf: true });
    expect(fw.scale.map((l) => l.score)).toEqual([0, 25, 50, 75, 100]);
    const file = await t.request({
      method: 'GET',
      url: `/api/v1/evaluation/frameworks/${builtIn.id}/file`,
      cookie: liaison,
    });
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain('建立工作团队，定责到人或到岗');
  });

  it('imports only with evaluation.framework, refuses a bad file with every problem, versions a changed one', async () => {
    const body = { content: SMALL_FRAMEWORK };
    expect((await t.request({ method: 'POST', url: '/api/v1/evaluation/frameworks', body })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/evaluation/frameworks', cookie: jiancaiAdmin, body }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/evaluation/frameworks', cookie: regulatorStaff, body }))
        .statusCode,
    ).toBe(403);
    const broken = SMALL_FRAMEWORK.replace('code: X2', 'code: X1')
      .replace('weight: 60', 'weight: 50')
      .replace('score: 50,', 'score: 0,');
    const refused = await t.request({
      method: 'POST',
      url: '/api/v1/evaluation/frameworks',
      cookie: regulator,
      body: { content: broken },
    });
    expect(refused.statusCode).toBe(400);
    const issues = Object.values(errorFields(refused));
    expect(issues).toEqual(
      expect.arrayContaining(['framework_duplicate_code', 'framework_weights', 'framework_scale']),
    );
    const check = await json<{ valid: boolean; problems: { message: string }[] }>(
      await t.request({
        method: 'POST',
        url: '/api/v1/evaluation/frameworks/check',
        cookie: regulator,
        body: { content: broken },
      }),
    );
    expect(check.valid).toBe(false);
    expect(check.problems.length).toBeGreaterThanOrEqual(3);
    expect(check.problems.some((p) => p.message.includes('100'))).toBe(true);

    const created = await json<FrameworkDto>(
      await t.request({ method: 'POST', url: '/api/v1/evaluation/frameworks', cookie: regulator, body }),
      201,
    );
    expect(created).toMatchObject({ code: 'TEST-REGION-1', version: 1, builtIn: false, leafCount: 3 });
    expect((await t.auditOf('evaluation_framework.imported', created.id)).length).toBe(1);
    const again = await json<FrameworkDto>(
      await t.request({ method: 'POST', url: '/api/v1/evaluation/frameworks', cookie: regulator, body }),
      200,
    );
    expect(again.id).toBe(created.id);
    const reweighted = await json<FrameworkDto>(
      await t.request({
        method: 'POST',
        url: `/api/v1/evaluation/frameworks/${created.id}/versions`,
        cookie: regulator,
        body: { weights: { X1: 50, X2: 50 } },
      }),
      201,
    );
    expect(reweighted).toMatchObject({ code: 'TEST-REGION-1', version: 2, current: true });
    expect(reweighted.indicators.find((i) => i.code === 'X1')?.weight).toBe(50);
    const bad = await t.request({
      method: 'POST',
      url: `/api/v1/evaluation/frameworks/${created.id}/versions`,
      cookie: regulator,
      body: { weights: { X1: 70, X9: 10 } },
    });
    expect(errorFields(bad)).toMatchObject({ 'weights.X9': 'not_an_indicator' });
    const sums = await t.request({
      method: 'POST',
      url: `/api/v1/evaluation/frameworks/${created.id}/versions`,
      cookie: regulator,
      body: { weights: { X1: 70 } },
    });
    expect(Object.values(errorFields(sums))).toContain('framework_weights');
  });
});

describe('assessments', () => {
  it('refuses the signed out, roles without evaluation.assess, other organisations and bad input', async () => {
    const body = {
      organisationId: jiancaiId,
      frameworkId: builtIn.id,
      kind: 'self',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    };
    expect((await t.request({ method: 'POST', url: '/api/v1/evaluation/assessments', body })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/evaluation/assessments', cookie: liaison, body })).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/evaluation/assessments', cookie: enterpriseAdmin, body }))
        .statusCode,
    ).toBe(403);
    // Another association may not open a self-assessment of this one; a regulator of another region may not assess it.
    const other = await t.request({ method: 'POST', url: '/api/v1/evaluation/assessments', cookie: ranqiStaff, body });
    expect([403, 404]).toContain(other.statusCode);
    const outside = await t.request({
      method: 'POST',
      url: '/api/v1/evaluation/assessments',
      cookie: otherRegulator,
      body: { ...body, kind: 'regulator' },
    });
    expect([403, 404]).toContain(outside.statusCode);
    const order = await t.request({
      method: 'POST',
      url: '/api/v1/evaluation/assessments',
      cookie: jiancaiStaff,
      body: { ...body, periodStart: '2025-12-31', periodEnd: '2025-01-01' },
    });
    expect(errorFields(order)).toMatchObject({ periodEnd: 'date_order' });
    const kind = await t.request({
      method: 'POST',
      url: '/api/v1/evaluation/assessments',
      cookie: jiancaiStaff,
      body: { ...body, kind: 'peer' },
    });
    expect(Object.keys(errorFields(kind))).toContain('kind');
  });

  it('opens a self-assessment with every leaf and the facts the platform holds, and audits it', async () => {
    const a = await createSelf();
    expect(a).toMatchObject({ status: 'draft', kind: 'self', totalLeaves: 22, scoredLeaves: 0, total: null });
    expect(a.scores).toHaveLength(22);
    expect(a.can).toMatchObject({ score: true, submit: true, review: false, finalise: false });
    // Indicators may be assigned to the association's assessors (not its liaison); readers see no names.
    expect(a.assignableUsers.map((u) => u.name).sort()).toEqual(['梁干事', '黄秘书长'].sort());
    expect((await get(liaison, a.id)).assignableUsers).toEqual([]);
    const c17 = a.facts.C17?.[0];
    expect(c17).toMatchObject({ key: 'complaints.handling', status: 'available', module: 'complaint' });
    expect(c17?.values.map((v) => v.metric)).toContain('complaints.on_time_rate');
    expect(c17?.links[0]?.href).toBe('/console/complaints');
    // The workspace's plans (issue #7) provide C4; services have no module yet: said plainly, no number.
    expect(a.facts.C4?.[0]).toMatchObject({ key: 'plans.present', status: 'available', module: 'workspace' });
    expect(a.facts.C4?.[0]?.values.map((v) => v.metric)).toContain('plans.tasks_done_rate');
    expect(a.facts.C20?.[0]).toMatchObject({ status: 'unavailable', module: 'services' });
    const team = a.facts.C1?.find((f) => f.key === 'team.accounts');
    const accounts = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`SELECT count(DISTINCT ra.user_id)::int AS n FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
            WHERE ra.organisation_id = ${jiancaiId}::uuid AND u.status = 'active'`,
      ),
    );
    expect(team?.values.find((v) => v.metric === 'team.accounts')?.value).toBe(accounts[0]?.n);
    const [event] = await t.auditOf('assessment.opened', a.id);
    expect(event).toMatchObject({ organisationId: jiancaiId, targetType: 'assessment' });
    // The liaison reads it; another association and the regulator of another region do not see it.
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/evaluation/assessments/${a.id}`, cookie: liaison })).statusCode,
    ).toBe(200);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/evaluation/assessments/${a.id}`, cookie: ranqiStaff }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/evaluation/assessments/${a.id}`, cookie: otherRegulator }))
        .statusCode,
    ).toBe(404);
    const listed = await json<{ items: { id: string }[] }>(
      await t.request({ method: 'GET', url: '/api/v1/evaluation/assessments', cookie: ranqiStaff }),
    );
    expect(listed.items.map((i) => i.id)).not.toContain(a.id);
  });

  it('scores within the scale, refuses stale saves without losing the first, and rolls up by weight', async () => {
    const a = await createSelf();
    const outOfScale = await score(jiancaiStaff, a, 'C1', 7);
    expect(errorFields(outOfScale)).toMatchObject({ level: 'level_out_of_scale' });
    const notLeaf = await score(jiancaiStaff, a, 'B1', 2).catch(() => null);
    expect(notLeaf).toBeNull(); // B1 has no score row: the helper cannot even find a version
    const direct = await t.request({
      method: 'PUT',
      url: `/api/v1/evaluation/assessments/${a.id}/indicators/B1`,
      cookie: jiancaiStaff,
      body: { level: 2, rationale: 'x', version: 1 },
    });
    expect(errorFields(direct)).toMatchObject({ code: 'not_an_indicator' });
    // The regulator cannot score an association's self-assessment.
    expect(
      (
        await t.request({
          method: 'PUT',
          url: `/api/v1/evaluation/assessments/${a.id}/indicators/C1`,
          cookie: regulatorStaff,
          body: { level: 2, rationale: 'x', version: 1 },
        })
      ).statusCode,
    ).toBe(403);
    // Two assessors save C1 from the same version: the later is refused, the first stays.
    const first = await t.request({
      method: 'PUT',
      url: `/api/v1/evaluation/assessments/${a.id}/indicators/C1`,
      cookie: jiancaiStaff,
      body: { level: 3, rationale: '团队职责明确', version: 1 },
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await t.request({
      method: 'PUT',
      url: `/api/v1/evaluation/assessments/${a.id}/indicators/C1`,
      cookie: jiancaiAdmin,
      body: { level: 1, rationale: '另一种看法', version: 1 },
    });
    expect(second.statusCode).toBe(409);
    const after = await get(jiancaiStaff, a.id);
    expect(after.scores.find((s) => s.indicatorCode === 'C1')).toMatchObject({
      level: 3,
      score: 75,
      rationale: '团队职责明确',
    });
    const [scored] = await t.auditOf('assessment.scored', a.id);
    expect(scored?.before).toMatchObject({ indicator: 'C1', level: null });
    expect(scored?.after).toMatchObject({ indicator: 'C1', level: 3, score: 75 });
    // Partial roll-up: only C1 scored → B1 = 75, A1 = 75, total = 75.
    expect(after.rollup.find((r) => r.code === 'B1')).toMatchObject({ score: 75, scoredLeaves: 1, totalLeaves: 2 });
    expect(after.total).toBe(75);
    // C2 at 1 (25): B1 = (50·75 + 50·25) / 100 = 50.
    expect((await score(jiancaiStaff, a, 'C2', 1)).statusCode).toBe(200);
    const more = await get(jiancaiStaff, a.id);
    expect(more.rollup.find((r) => r.code === 'B1')?.score).toBe(50);
    // Every leaf at level 3 → 75 everywhere.
    await scoreAll(jiancaiStaff, a, () => 3);
    const full = await get(jiancaiStaff, a.id);
    expect(full.total).toBe(75);
    expect(full.scoredLeaves).toBe(22);
    // A1 at 4 (100), A2 at 3 (75), A3 at 0 → 30·100 + 40·75 + 30·0 = 60.
    const leavesUnder = (top: string) => {
      const codes = new Set([top]);
      for (const i of full.framework.indicators) if (i.parentCode && codes.has(i.parentCode)) codes.add(i.code);
      return codes;
    };
    const a1 = leavesUnder('A1');
    const a3 = leavesUnder('A3');
    await scoreAll(jiancaiStaff, a, (code) => (a1.has(code) ? 4 : a3.has(code) ? 0 : 3));
    const mixed = await get(jiancaiStaff, a.id);
    expect(mixed.rollup.find((r) => r.code === 'A1')?.score).toBe(100);
    expect(mixed.rollup.find((r) => r.code === 'A3')?.score).toBe(0);
    expect(mixed.total).toBe(60);
  });

  it('assigns indicators within the assessing organisation, takes comments, refreshes facts — each refused outside', async () => {
    const a = await createSelf();
    const c3 = a.scores.find((x) => x.indicatorCode === 'C3') as IndicatorScoreDto;
    const url = `/api/v1/evaluation/assessments/${a.id}/indicators/C3/assignee`;
    const [staffUser, outsider] = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      queryRows<{ id: string }>(
        tx,
        sql`SELECT id FROM app_user WHERE username IN ('jiancai.staff', 'ranqi.eval') ORDER BY username = 'ranqi.eval'`,
      ),
    );
    const body = { userId: staffUser?.id, version: c3.version };
    expect((await t.request({ method: 'PUT', url, body })).statusCode).toBe(401);
    expect((await t.request({ method: 'PUT', url, cookie: liaison, body })).statusCode).toBe(403);
    expect((await t.request({ method: 'PUT', url, cookie: ranqiStaff, body })).statusCode).toBe(404);
    const foreign = await t.request({
      method: 'PUT',
      url,
      cookie: jiancaiAdmin,
      body: { ...body, userId: outsider?.id },
    });
    expect(errorFields(foreign)).toMatchObject({ userId: 'user_not_in_organisation' });
    const assigned = await json<IndicatorScoreDto>(await t.request({ method: 'PUT', url, cookie: jiancaiAdmin, body }));
    expect(assigned).toMatchObject({ assigneeUserId: staffUser?.id, assigneeName: '梁干事', version: c3.version });
    expect((await t.auditOf('assessment.assigned', a.id))[0]?.after).toMatchObject({ indicator: 'C3' });
    // The colleague typing a rationale for C3 still saves with the version they started from.
    const saved = await t.request({
      method: 'PUT',
      url: `/api/v1/evaluation/assessments/${a.id}/indicators/C3`,
      cookie: jiancaiStaff,
      body: { level: 2, rationale: '制度已建立', version: c3.version },
    });
    expect(saved.statusCode).toBe(200);

    const commentUrl = `/api/v1/evaluation/assessments/${a.id}/comments`;
    expect((await t.request({ method: 'POST', url: commentUrl, body: { body: '请补充' } })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'POST', url: commentUrl, cookie: enterpriseAdmin, body: { body: '请补充' } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: commentUrl, cookie: ranqiStaff, body: { body: '请补充' } })).statusCode,
    ).toBe(404);
    const badCode = await t.request({
      method: 'POST',
      url: commentUrl,
      cookie: liaison,
      body: { indicatorCode: 'Z9', body: '请补充' },
    });
    expect(errorFields(badCode)).toMatchObject({ indicatorCode: 'not_an_indicator' });
    const comment = await json<{ indicatorCode: string; authorName: string }>(
      await t.request({
        method: 'POST',
        url: commentUrl,
        cookie: regulatorStaff,
        body: { indicatorCode: 'C3', body: '请补充制度文本' },
      }),
      201,
    );
    expect(comment).toMatchObject({ indicatorCode: 'C3', authorName: '李科员' });
    expect((await t.auditOf('assessment.commented', a.id)).length).toBe(1);

    const factsUrl = `/api/v1/evaluation/assessments/${a.id}/facts`;
    expect((await t.request({ method: 'POST', url: factsUrl })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: factsUrl, cookie: liaison })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: factsUrl, cookie: ranqiStaff })).statusCode).toBe(404);
    const refreshed = await json<AssessmentDto>(
      await t.request({ method: 'POST', url: factsUrl, cookie: jiancaiStaff }),
    );
    expect(Date.parse(refreshed.factsComputedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(a.factsComputedAt ?? ''));
    expect((await t.auditOf('assessment.facts_refreshed', a.id)).length).toBe(1);
  });

  it('takes evidence files and links to records, refusing other types and unknown records', async () => {
    const a = await createSelf();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const url = `/api/v1/evaluation/assessments/${a.id}/indicators/C3/evidence?fileName=${encodeURIComponent('规章制度汇编.pdf')}`;
    expect(
      (await t.request({ method: 'POST', url, body: pdf, headers: { 'content-type': 'application/pdf' } })).statusCode,
    ).toBe(401);
    const asLiaison = await t.request({
      method: 'POST',
      url,
      cookie: liaison,
      body: pdf,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(asLiaison.statusCode).toBe(403);
    const text = await t.request({
      method: 'POST',
      url,
      cookie: jiancaiStaff,
      body: Buffer.from('just some text'),
      headers: { 'content-type': 'text/plain' },
    });
    expect(errorFields(text)).toMatchObject({ file: 'attachment_type' });
    const file = await json<{ id: string; href: string; fileName: string }>(
      await t.request({
        method: 'POST',
        url,
        cookie: jiancaiStaff,
        body: pdf,
        headers: { 'content-type': 'application/pdf' },
      }),
      201,
    );
    expect(file.fileName).toBe('规章制度汇编.pdf');
    const download = await t.request({ method: 'GET', url: file.href, cookie: liaison });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await t.request({ method: 'GET', url: file.href, cookie: ranqiStaff })).statusCode).toBe(404);

    const [complaint] = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      queryRows<{ id: string }>(tx, sql`SELECT id FROM complaint WHERE association_id = ${jiancaiId}::uuid LIMIT 1`),
    );
    const linkUrl = `/api/v1/evaluation/assessments/${a.id}/indicators/C17/links`;
    if (complaint) {
      const link = await json<{ href: string; recordType: string }>(
        await t.request({
          method: 'POST',
          url: linkUrl,
          cookie: jiancaiStaff,
          body: { recordType: 'complaint', recordId: complaint.id, label: '典型投诉调解案例' },
        }),
        201,
      );
      expect(link.href).toBe(`/console/complaints/${complaint.id}`);
    }
    const unknown = await t.request({
      method: 'POST',
      url: linkUrl,
      cookie: jiancaiStaff,
      body: { recordType: 'complaint', recordId: randomUUID(), label: '不存在' },
    });
    expect(errorFields(unknown)).toMatchObject({ recordId: 'record_not_found' });
    const badUrl = await t.request({
      method: 'POST',
      url: linkUrl,
      cookie: jiancaiStaff,
      body: { recordType: 'url', recordId: 'javascript:alert(1)', label: '报道' },
    });
    expect(errorFields(badUrl)).toMatchObject({ recordId: 'format' });
    const web = await t.request({
      method: 'POST',
      url: linkUrl,
      cookie: jiancaiStaff,
      body: { recordType: 'url', recordId: 'https://www.foshan.gov.cn/news/1', label: '媒体报道' },
    });
    expect(web.statusCode).toBe(201);
    expect((await t.auditOf('assessment.evidence_added', a.id)).length).toBe(complaint ? 3 : 2);
  });

  it('goes draft → submitted → changes requested → submitted → reviewed → final, locked, with improvement actions', async () => {
    const a = await createSelf(jiancaiStaff, builtIn.id, ['2024-01-01', '2024-12-31']);
    await scoreAll(jiancaiStaff, a, (code) => (code === 'C5' || code === 'C20' ? 1 : 3));
    const unscored = await score(jiancaiStaff, a, 'C22', null);
    expect(unscored.statusCode).toBe(200);
    let current = await get(jiancaiStaff, a.id);
    const early = await t.request({
      method: 'POST',
      url: `/api/v1/evaluation/assessments/${a.id}/submit`,
      cookie: jiancaiStaff,
      body: { version: current.version },
    });
    expect(errorFields(early), early.body).toMatchObject({ scores: 'indicators_unscored' });
    expect((await score(jiancaiStaff, a, 'C22', 3)).statusCode).toBe(200);
    const submitted = await json<AssessmentDto>(
      await t.request({
        method: 'POST',
        url: `/api/v1/evaluation/assessments/${a.id}/submit`,
        cookie: jiancaiStaff,
        body: { version: current.version },
      }),
    );
    expect(submitted.status).toBe('submitted');
    expect((await score(jiancaiStaff, a, 'C1', 4)).statusCode).toBe(409);
    // Review: not the association, not another region's regulator.
    const reviewBody = { decision: 'request_changes', comment: 'C5 请补充资金使用佐证', version: submitted.version };
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/evaluation/assessments/${a.id}/review`,
          cookie: jiancaiAdmin,
          body: reviewBody,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/evaluation/assessments/${a.id}/review`,
          cookie: otherRegulator,
          body: reviewBody,
        })
      ).statusCode,
    ).toBe(404);
    const returned = await json<AssessmentDto>(
      await t.request({
        method: 'POST',
        url: `/api/v1/evaluation/assessments/${a.id}/review`,
        cookie: regulatorStaff,
        body: reviewBody,
      }),
    );
    expect(returned.status).toBe('changes_requested');
    expect(returned.comments.at(-1)).toMatchObject({ decision: 'request_changes', body: 'C5 请补充资金使用佐证' });
    current = await get(jiancaiStaff, a.id);
    expect(current.can.score).toBe(true);
    const resubmitted = await json<AssessmentDto>(
      await t.request({
        method: 'POST',
        url: `/api/v1/evaluation/assessments/${a.id}/submit`,
        cookie: jiancaiStaff,
        body: { version: current.version },
      }),
    );
    const stale = await t.request({
      method: 'POST',
      url: `/api/v1/evaluation/assessments/${a.id}/review`,
      cookie: regulatorStaff,
      body: { decision: 'approve', comment: '同意', version: current.version },
    });
    expect(stale.statusCode).toBe(409);
    const approved = await json<AssessmentDto>(
      await t.request({
        method: 'POST',
        url: `/api/v1/evaluation/assessments/${a.id}/review`,
        cookie: regulatorStaff,
        body: { decision: 'approve', comment: '同意', version: resubmitted.version },
      }),
    );
    expect(approved.status).toBe('reviewed');
    const final = await json<AssessmentDto>(
      await t.request({
        method: 'POST',
        url: `/api/v1/evaluation/assessments/${a.id}/finalise`,
        cookie: regulator,
        body: { version: approved.version },
      }),
    );
    expect(final.status).toBe('final');
    expect(final.finalisedAt).not.toBeNull();
    // Locked: no score, no evidence, no second finalisation.
    expect((await score(jiancaiStaff, a, 'C1', 4)).statusCode).toBe(409);
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/evaluation/assessments/${a.id}/finalise`,
      cookie: regulator,
      body: { version: final.version },
    });
    expect(again.statusCode).toBe(409);
    const [finalised] = await t.auditOf('assessment.finalised', a.id);
    expect(finalised?.after).toMatchObject({ status: 'final' });
    // C5 and C20 scored 25 (< 60) opened improvement actions; the others did not.
    const actions = await json<{ items: { indicatorCode: string; score: number; status: string }[] }>(
      await t.request({ method: 'GET', url: `/api/v1/evaluation/actions?assessmentId=${a.id}`, cookie: jiancaiStaff }),
    );
    expect(actions.items.map((x) => x.indicatorCode).sort()).toEqual(['C20', 'C5']);
    expect(actions.items.every((x) => x.score === 25 && x.status === 'open')).toBe(true);

    // A later assessment compares with this one, and C9 counts its actions.
    const next = await createSelf(jiancaiStaff, builtIn.id, ['2025-01-01', '2025-06-30']);
    expect(next.previous).toMatchObject({ id: a.id, periodEnd: '2024-12-31' });
    expect(next.previous?.scores.C5).toBe(25);
    expect(next.previous?.scores.C1).toBe(75);
    expect(next.previous?.total).toBe(final.total);
    const c9 = next.facts.C9?.find((f) => f.key === 'actions.previous');
    expect(c9?.values.find((v) => v.metric === 'actions.previous_total')?.value).toBe(2);
    expect(c9?.values.find((v) => v.metric === 'assessments.previous')?.value).toBe(1);

    // The report: one row per third-level indicator under the header, in table A.1's order.
    const docx = await t.request({
      method: 'GET',
      url: `/api/v1/evaluation/assessments/${a.id}/export.docx`,
      cookie: liaison,
    });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const [table] = await docxTableRows(docx.rawPayload);
    expect(table).toHaveLength(23);
    const c17 = table?.find((row) => row.some((cell) => cell.includes('C17')));
    expect(c17?.join('|')).toContain('有效开展消费咨询、消费投诉和纠纷的处理');
    expect(c17?.join('|')).toContain('75%');
    const xlsx = await t.request({
      method: 'GET',
      url: `/api/v1/evaluation/assessments/${a.id}/export.xlsx`,
      cookie: liaison,
    });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.rowCount).toBeGreaterThanOrEqual(23);
  });

  it('lets the regulator appoint experts for a third-party assessment; only they and the regulator score it', async () => {
    const [expertUser] = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      queryRows<{ id: string }>(tx, sql`SELECT id FROM app_user WHERE username = 'expert.zhang'`),
    );
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/evaluation/assessments',
      cookie: regulatorStaff,
      body: {
        organisationId: jiancaiId,
        frameworkId: builtIn.id,
        kind: 'third_party',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        assessorUserIds: [randomUUID()],
      },
    });
    expect(errorFields(bad)).toMatchObject({ assessorUserIds: 'record_not_found' });
    const a = await json<AssessmentDto>(
      await t.request({
        method: 'POST',
        url: '/api/v1/evaluation/assessments',
        cookie: regulatorStaff,
        body: {
          organisationId: jiancaiId,
          frameworkId: builtIn.id,
          kind: 'third_party',
          periodStart: '2025-01-01',
          periodEnd: '2025-12-31',
          assessorUserIds: [expertUser?.id],
        },
      }),
      201,
    );
    expect(a.assessors.map((x) => x.id)).toEqual([expertUser?.id]);
    const mine = await get(expert, a.id);
    expect(mine.can.score).toBe(true);
    expect((await score(expert, a, 'C8', 4, '档案齐全')).statusCode).toBe(200);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/evaluation/assessments/${a.id}`, cookie: otherExpert }))
        .statusCode,
    ).toBe(404);
    // The association reads but does not score an assessment of itself by others.
    const asAssociation = await get(jiancaiStaff, a.id);
    expect(asAssociation.can.score).toBe(false);
    expect((await score(jiancaiStaff, a, 'C1', 1)).statusCode).toBe(403);
  });
});

describe('campaigns and ranking', () => {
  it('refuses every read to the signed out and to roles without evaluation.read', async () => {
    for (const url of [
      '/api/v1/evaluation/assessments',
      '/api/v1/evaluation/campaigns',
      '/api/v1/evaluation/actions',
      `/api/v1/evaluation/frameworks/${builtIn.id}`,
    ]) {
      expect((await t.request({ method: 'GET', url })).statusCode, url).toBe(401);
      expect((await t.request({ method: 'GET', url, cookie: enterpriseAdmin })).statusCode, url).toBe(403);
    }
    const check = { content: SMALL_FRAMEWORK };
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/evaluation/frameworks/check', body: check })).statusCode,
    ).toBe(401);
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/evaluation/frameworks/check',
          cookie: jiancaiAdmin,
          body: check,
        })
      ).statusCode,
    ).toBe(403);
    const badPage = await t.request({
      method: 'GET',
      url: '/api/v1/evaluation/actions?status=done',
      cookie: jiancaiStaff,
    });
    expect(Object.keys(errorFields(badPage))).toContain('status');
    const versions = `/api/v1/evaluation/frameworks/${builtIn.id}/versions`;
    const weights = { weights: { A1: 30 } };
    expect((await t.request({ method: 'POST', url: versions, body: weights })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: versions, cookie: jiancaiAdmin, body: weights })).statusCode).toBe(
      403,
    );
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/evaluation/frameworks/${builtIn.id}/file` })).statusCode,
    ).toBe(401);
  });

  it('exports only to those who may read the assessment, in a language it knows', async () => {
    const a = await createSelf();
    for (const ext of ['docx', 'xlsx']) {
      const url = `/api/v1/evaluation/assessments/${a.id}/export.${ext}`;
      expect((await t.request({ method: 'GET', url })).statusCode, url).toBe(401);
      expect((await t.request({ method: 'GET', url, cookie: enterpriseAdmin })).statusCode, url).toBe(403);
      expect((await t.request({ method: 'GET', url, cookie: ranqiStaff })).statusCode, url).toBe(404);
      expect((await t.request({ method: 'GET', url, cookie: otherRegulator })).statusCode, url).toBe(404);
      const lang = await t.request({ method: 'GET', url: `${url}?lang=fr-FR`, cookie: liaison });
      expect(Object.keys(errorFields(lang))).toContain('lang');
    }
    const english = await t.request({
      method: 'GET',
      url: `/api/v1/evaluation/assessments/${a.id}/export.docx?lang=en-US`,
      cookie: liaison,
    });
    expect(english.statusCode).toBe(200);
    const [table] = await docxTableRows(english.rawPayload);
    expect(table?.find((row) => row.some((cell) => cell.includes('C1 ')))?.join('|')).toContain(
      'A work team is set up',
    );
  });
  it('opens one assessment per association of the region and ranks the final ones', async () => {
    const body = {
      frameworkId: builtIn.id,
      kind: 'self',
      title: '2025 年度行业质量共治成果评估',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      dueDate: '2099-03-31',
    };
    expect((await t.request({ method: 'POST', url: '/api/v1/evaluation/campaigns', body })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/evaluation/campaigns', cookie: jiancaiAdmin, body })).statusCode,
    ).toBe(403);
    const past = await t.request({
      method: 'POST',
      url: '/api/v1/evaluation/campaigns',
      cookie: regulator,
      body: { ...body, dueDate: '2020-01-01' },
    });
    expect(errorFields(past)).toMatchObject({ dueDate: 'too_small' });
    const campaign = await json<{ id: string; assessmentCount: number }>(
      await t.request({ method: 'POST', url: '/api/v1/evaluation/campaigns', cookie: regulator, body }),
      201,
    );
    const [associations] = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM organisation WHERE kind = 'industry_organisation' AND status = 'active' AND region_code LIKE '4406%'`,
      ),
    );
    expect(campaign.assessmentCount).toBe(associations?.n);
    expect((await t.auditOf('evaluation_campaign.created', campaign.id)).length).toBe(1);
    // Each association sees its own, with the due date; the other region's regulator sees none of it.
    const own = await json<{ items: AssessmentDto[] }>(
      await t.request({
        method: 'GET',
        url: `/api/v1/evaluation/assessments?campaignId=${campaign.id}`,
        cookie: jiancaiStaff,
      }),
    );
    expect(own.items.map((x) => x.organisationId)).toEqual([jiancaiId]);
    expect(own.items[0]?.dueDate).toBe('2099-03-31');
    expect(
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/evaluation/campaigns/${campaign.id}/ranking`,
          cookie: otherRegulator,
        })
      ).statusCode,
    ).toBe(404);
    const rankingUrl = `/api/v1/evaluation/campaigns/${campaign.id}/ranking`;
    expect((await t.request({ method: 'GET', url: rankingUrl })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: rankingUrl, cookie: enterpriseAdmin })).statusCode).toBe(403);

    // Two associations finish: 建材 at 75, 燃气具 at 50.
    const ranqiOwn = await json<{ items: AssessmentDto[] }>(
      await t.request({
        method: 'GET',
        url: `/api/v1/evaluation/assessments?campaignId=${campaign.id}`,
        cookie: ranqiStaff,
      }),
    );
    for (const [cookie, summary, level] of [
      [jiancaiStaff, own.items[0], 3],
      [ranqiStaff, ranqiOwn.items[0], 2],
    ] as const) {
      const a = await get(cookie, summary?.id as string);
      await scoreAll(cookie, a, () => level);
      let s = await get(cookie, a.id);
      s = await json(
        await t.request({
          method: 'POST',
          url: `/api/v1/evaluation/assessments/${a.id}/submit`,
          cookie,
          body: { version: s.version },
        }),
      );
      s = await json(
        await t.request({
          method: 'POST',
          url: `/api/v1/evaluation/assessments/${a.id}/review`,
          cookie: regulatorStaff,
          body: { decision: 'approve', comment: '同意', version: s.version },
        }),
      );
      await json(
        await t.request({
          method: 'POST',
          url: `/api/v1/evaluation/assessments/${a.id}/finalise`,
          cookie: regulatorStaff,
          body: { version: s.version },
        }),
      );
    }
    const ranking = await json<{
      rows: {
        organisationId: string;
        rank: number | null;
        total: number | null;
        scores: Record<string, number | null>;
      }[];
      columns: { code: string }[];
    }>(
      await t.request({
        method: 'GET',
        url: `/api/v1/evaluation/campaigns/${campaign.id}/ranking`,
        cookie: regulatorStaff,
      }),
    );
    expect(ranking.columns.map((c) => c.code)).toEqual(expect.arrayContaining(['A1', 'B9']));
    expect(ranking.rows[0]).toMatchObject({ organisationId: jiancaiId, rank: 1, total: 75 });
    expect(ranking.rows[1]).toMatchObject({ organisationId: ranqiId, rank: 2, total: 50 });
    expect(ranking.rows[1]?.scores.B6).toBe(50);
    expect(ranking.rows.slice(2).every((r) => r.rank === null)).toBe(true);
  });
});

describe('improvement actions', () => {
  it('is planned by the organisation, implemented, verified, and its overdue owners are reminded', async () => {
    const open = await json<{ items: { id: string; version: number; indicatorCode: string }[] }>(
      await t.request({ method: 'GET', url: '/api/v1/evaluation/actions?status=open', cookie: jiancaiStaff }),
    );
    const action = open.items[0];
    expect(action).toBeDefined();
    const url = `/api/v1/evaluation/actions/${action?.id}`;
    const [outsider] = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      queryRows<{ id: string }>(tx, sql`SELECT id FROM app_user WHERE username = 'ranqi.eval'`),
    );
    const [owner] = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      queryRows<{ id: string }>(tx, sql`SELECT id FROM app_user WHERE username = 'jiancai.admin'`),
    );
    const plan = {
      analysis: '资金投入记录不全',
      measure: '建立专项资金台账',
      ownerUserId: outsider?.id,
      dueDate: '2025-03-31',
      version: action?.version,
    };
    expect((await t.request({ method: 'PUT', url, body: plan })).statusCode).toBe(401);
    expect((await t.request({ method: 'PUT', url, cookie: enterpriseAdmin, body: plan })).statusCode).toBe(403);
    expect([403, 404]).toContain((await t.request({ method: 'PUT', url, cookie: ranqiStaff, body: plan })).statusCode);
    // The owner picker offers the association's people, to those who may work on the action.
    expect((await t.request({ method: 'GET', url: `${url}/owners` })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: `${url}/owners`, cookie: liaison })).statusCode).toBe(403);
    expect([403, 404]).toContain(
      (await t.request({ method: 'GET', url: `${url}/owners`, cookie: ranqiStaff })).statusCode,
    );
    const owners = await json<{ id: string; name: string }[]>(
      await t.request({ method: 'GET', url: `${url}/owners`, cookie: jiancaiStaff }),
    );
    expect(owners.map((o) => o.id)).toContain(owner?.id);
    expect(owners.map((o) => o.id)).not.toContain(outsider?.id);
    expect(errorFields(await t.request({ method: 'PUT', url, cookie: jiancaiStaff, body: plan }))).toMatchObject({
      ownerUserId: 'user_not_in_organisation',
    });
    const planned = await json<{ version: number; ownerName: string; overdue: boolean }>(
      await t.request({ method: 'PUT', url, cookie: jiancaiStaff, body: { ...plan, ownerUserId: owner?.id } }),
    );
    expect(planned.overdue).toBe(true);
    expect((await t.auditOf('improvement_action.updated', action?.id)).length).toBe(1);
    const overdue = await json<{ items: { id: string }[] }>(
      await t.request({ method: 'GET', url: '/api/v1/evaluation/actions?overdue=true', cookie: jiancaiStaff }),
    );
    expect(overdue.items.map((x) => x.id)).toContain(action?.id);

    // The daily reminder tells the owner once a day.
    const service = evaluationService({ database: t.database, config: t.config }, createMailer(t.config, t.app.log));
    const count = async () =>
      (
        await t.database.transaction(SYSTEM_SCOPE, (tx) =>
          queryRows<{ n: number }>(
            tx,
            sql`SELECT count(*)::int AS n FROM notification WHERE user_id = ${owner?.id}::uuid AND kind = 'evaluation.action_due'`,
          ),
        )
      )[0]?.n ?? 0;
    const before = await count();
    expect(await service.remindOverdueActions('2099-01-01')).toBeGreaterThanOrEqual(1);
    expect(await count()).toBe(before + 1);
    await service.remindOverdueActions('2099-01-01');
    expect(await count()).toBe(before + 1);

    const done = await json<{ status: string; version: number }>(
      await t.request({
        method: 'POST',
        url: `${url}/implemented`,
        cookie: jiancaiAdmin,
        body: { implementation: '台账已建立', version: planned.version },
      }),
    );
    expect(done.status).toBe('implemented');
    const reopened = await json<{ status: string; version: number }>(
      await t.request({
        method: 'POST',
        url: `${url}/verification`,
        cookie: regulatorStaff,
        body: { effective: false, verification: '台账缺少支出凭证', version: done.version },
      }),
    );
    expect(reopened.status).toBe('open');
    const again = await json<{ version: number }>(
      await t.request({
        method: 'POST',
        url: `${url}/implemented`,
        cookie: jiancaiAdmin,
        body: { implementation: '补齐凭证', version: reopened.version },
      }),
    );
    const closed = await json<{ status: string; closedAt: string | null; overdue: boolean; version: number }>(
      await t.request({
        method: 'POST',
        url: `${url}/verification`,
        cookie: jiancaiAdmin,
        body: { effective: true, verification: '抽查台账完整', version: again.version },
      }),
    );
    expect(closed).toMatchObject({ status: 'closed', overdue: false });
    expect(closed.closedAt).not.toBeNull();
    const edit = await t.request({
      method: 'PUT',
      url,
      cookie: jiancaiStaff,
      body: { ...plan, ownerUserId: null, version: closed.version },
    });
    expect(edit.statusCode).toBe(409);
    expect((await t.auditOf('improvement_action.closed', action?.id)).length).toBe(1);
  });
});
