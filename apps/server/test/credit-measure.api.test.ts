import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { creditGrade, creditModel, creditResult, creditRun } from '../src/db/schema/index.js';
import { todayInShanghai } from '../src/kernel/clock.js';
import { addCalendarDays } from '../src/modules/calendar/working-days.js';
import { DEFAULT_CREDIT_MODEL } from '../src/modules/credit/credit.model.js';
import { creditActors, expectRefused } from './credit-fixtures.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

let t: TestApp;
let staff: string;
let liaison: string;
let enterpriseAdmin: string;
let regulator: string;
let expert: string;
let otherStaff: string;
let otherEnterprise: string;
let jiancaiId: string;
let ranqiId: string;
/** Published grades in 佛山市建材行业协会: A, B, D; one member without a grade; one member of another association. */
let gradeA: string;
let gradeB: string;
let gradeD: string;
let ungraded: string;
let ranqiMember: string;
let runId: string;

const today = todayInShanghai();
const day = (offset: number) => addCalendarDays(today, offset);

/**
 * A published evaluation of 建材协会 under the shipped default model (A ≥ 90, B ≥ 75, C ≥ 60, D),
 * written as the system: the measure rules only read the published grade and its model.
 */
async function publishGrades(associationId: string, grades: Record<string, { grade: string; score: number }>) {
  const id = randomUUID();
  await t.database.transaction(SYSTEM_SCOPE, async (tx) => {
    const modelId = randomUUID();
    await tx.insert(creditModel).values({
      id: modelId,
      ownerId: associationId,
      version: 1,
      name: 'default',
      rationale: 'test',
      status: 'active',
      definition: DEFAULT_CREDIT_MODEL,
      activatedAt: new Date(),
    });
    const distribution: Record<string, number> = {};
    for (const g of Object.values(grades)) distribution[g.grade] = (distribution[g.grade] ?? 0) + 1;
    await tx.insert(creditRun).values({
      id,
      associationId,
      modelId,
      kind: 'official',
      status: 'published',
      asOf: day(-1),
      enterpriseCount: Object.keys(grades).length,
      distribution,
      publishedAt: new Date(),
    });
    for (const [enterpriseId, g] of Object.entries(grades)) {
      const [result] = await tx
        .insert(creditResult)
        .values({ runId: id, associationId, enterpriseId, score: g.score, grade: g.grade, contributions: [] })
        .returning({ id: creditResult.id });
      await tx.insert(creditGrade).values({
        associationId,
        enterpriseId,
        runId: id,
        resultId: result?.id as number,
        score: g.score,
        grade: g.grade,
        asOf: day(-1),
        publishedAt: new Date(),
      });
    }
  });
  return id;
}

const applyBody = (overrides: Record<string, unknown> = {}) => ({
  associationId: jiancaiId,
  enterpriseId: gradeA,
  kind: 'award_recommendation',
  reason: '年度质量信用评价为 A 级，推荐参加市质量奖评选',
  validFrom: today,
  ...overrides,
});

async function apply(overrides: Record<string, unknown> = {}) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/credit/measures',
    cookie: staff,
    body: applyBody(overrides),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; status: string; list: string; grade: string; runId: string };
}

const publicList = async (query: string) => {
  const res = await t.request({ method: 'GET', url: `/api/v1/public/credit-measures?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { id: string; enterpriseName: string; list: string }[];
};
const publicIds = async (query: string) => (await publicList(query)).map((m) => m.id);

const consoleIds = async (cookie: string, query = '') => {
  const res = await t.request({ method: 'GET', url: `/api/v1/credit/measures?pageSize=100${query}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: string }[]).map((m) => m.id);
};

beforeAll(async () => {
  t = await buildTestApp();
  ({ staff, liaison, enterpriseAdmin, regulator, expert, jiancaiId, ranqiId, otherStaff } = await creditActors(
    t,
    'ranqi.staff.ms',
  ));
  gradeA = (await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: enterpriseAdmin })).json().organisations[0]
    .id;
  const member = (name: string) =>
    addOrganisation(t, { kind: 'enterprise', name, published: true, memberOf: jiancaiId });
  gradeB = await member('佛山市禅城区乙级陶瓷有限公司');
  gradeD = await member('佛山市高明区丁级建材有限公司');
  ungraded = await member('佛山市三水区新入会建材有限公司');
  await addUser(t, 'grade.d.admin', 'enterprise_admin', gradeD);
  otherEnterprise = await t.login('grade.d.admin');
  ranqiMember = await addOrganisation(t, {
    kind: 'enterprise',
    name: '佛山市顺德区燃气具测试有限公司',
    published: true,
    memberOf: ranqiId,
  });
  runId = await publishGrades(jiancaiId, {
    [gradeA]: { grade: 'A', score: 95 },
    [gradeB]: { grade: 'B', score: 80 },
    [gradeD]: { grade: 'D', score: 40 },
  });
  await publishGrades(ranqiId, { [ranqiMember]: { grade: 'A', score: 96 } });
});
afterAll(() => t.close());

describe('POST /api/v1/credit/measures (the association applies a measure)', () => {
  const url = '/api/v1/credit/measures';

  it('401 signed out; 403 without credit.record; 403 for another association; 404 for an unknown one', async () => {
    await expectRefused(
      t,
      { method: 'POST', url, body: applyBody() },
      { forbidden: [enterpriseAdmin, liaison, regulator, expert, otherStaff] },
    );
    const unknown = await t.request({
      method: 'POST',
      url,
      body: applyBody({ associationId: randomUUID() }),
      cookie: staff,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('400: another association’s member, no published grade, bad dates and fields', async () => {
    const notMember = await t.request({
      method: 'POST',
      url,
      body: applyBody({ enterpriseId: ranqiMember }),
      cookie: staff,
    });
    expect(errorFields(notMember)).toEqual({ enterpriseId: 'not_a_member_of_association' });
    const noGrade = await t.request({
      method: 'POST',
      url,
      body: applyBody({ enterpriseId: ungraded }),
      cookie: staff,
    });
    expect(errorFields(noGrade)).toEqual({ enterpriseId: 'no_published_grade' });
    const reversed = await t.request({
      method: 'POST',
      url,
      body: applyBody({ validFrom: day(10), validUntil: day(9) }),
      cookie: staff,
    });
    expect(errorFields(reversed)).toEqual({ validUntil: 'date_order' });
    const bad = await t.request({
      method: 'POST',
      url,
      body: applyBody({ kind: 'gold_star', reason: 'x', validFrom: '2026-02-30' }),
      cookie: staff,
    });
    expect(errorFields(bad)).toMatchObject({ kind: 'one_of', reason: 'too_short', validFrom: 'format' });
  });

  it('400 grade_not_eligible naming the grade and the grades the measure needs', async () => {
    const red = await t.request({ method: 'POST', url, body: applyBody({ enterpriseId: gradeB }), cookie: staff });
    expect(red.statusCode).toBe(400);
    expect(errorFields(red)).toEqual({ kind: 'grade_not_eligible' });
    expect(red.json().error.fields[0]).toMatchObject({ params: { grade: 'B', allowed: 'A' } });
    expect(red.json().error.fields[0].message).toContain('B');
    const black = await t.request({
      method: 'POST',
      url,
      headers: { 'accept-language': 'en-US' },
      body: applyBody({ enterpriseId: gradeA, kind: 'more_frequent_checks' }),
      cookie: staff,
    });
    expect(black.json().error.fields[0]).toMatchObject({
      field: 'kind',
      issue: 'grade_not_eligible',
      params: { grade: 'A', allowed: 'C/D' },
      message: "The enterprise's published grade is A; this measure needs C/D",
    });
  });

  it('applies an incentive to an A member with the grade and run behind it, audited; a second one of the kind is a duplicate', async () => {
    const measure = await apply();
    expect(measure).toMatchObject({
      associationId: jiancaiId,
      enterpriseId: gradeA,
      kind: 'award_recommendation',
      list: 'red',
      grade: 'A',
      runId,
      status: 'active',
      validUntil: null,
      endReason: null,
      version: 1,
    });
    const [event] = await t.auditOf('credit_measure.applied', measure.id);
    expect(event).toMatchObject({ organisationId: jiancaiId, actorUsername: 'jiancai.staff' });
    expect(event?.after).toMatchObject({ grade: 'A', runId, list: 'red' });
    const again = await t.request({ method: 'POST', url, body: applyBody(), cookie: staff });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('duplicate');
  });

  it('applies a constraint to a D member: the black list', async () => {
    const measure = await apply({
      enterpriseId: gradeD,
      kind: 'more_frequent_checks',
      reason: '信用等级为 D 级，增加检查频次',
    });
    expect(measure).toMatchObject({ list: 'black', grade: 'D' });
  });
});

describe('GET /api/v1/public/credit-measures (red and black lists)', () => {
  let red: { id: string };
  let black: { id: string };
  let lapsed: { id: string };
  let notYet: { id: string };

  beforeAll(async () => {
    red = await apply({ kind: 'public_commendation', reason: '连续三年 A 级，予以公开表扬', validUntil: day(365) });
    black = await apply({ enterpriseId: gradeD, kind: 'public_notice', reason: '信用等级为 D 级，予以公开通报' });
    lapsed = await apply({
      kind: 'project_priority',
      reason: '上一年度协会项目优先支持（已到期）',
      validFrom: day(-60),
      validUntil: day(-1),
    });
    notYet = await apply({ kind: 'fewer_inspections', reason: '下季度起适当减少检查频次', validFrom: day(5) });
  });

  it('400 without a list or with an unknown one', async () => {
    const none = await t.request({ method: 'GET', url: '/api/v1/public/credit-measures' });
    expect(errorFields(none)).toEqual({ list: 'required' });
    const unknown = await t.request({ method: 'GET', url: '/api/v1/public/credit-measures?list=grey' });
    expect(errorFields(unknown)).toEqual({ list: 'one_of' });
  });

  it('shows measures in force on the right list, searchable by name or credit code; never lapsed or not yet begun', async () => {
    const redIds = await publicIds('list=red&pageSize=100');
    expect(redIds).toContain(red.id);
    expect(redIds).not.toContain(black.id);
    expect(redIds).not.toContain(lapsed.id);
    expect(redIds).not.toContain(notYet.id);
    const blackIds = await publicIds('list=black&pageSize=100');
    expect(blackIds).toContain(black.id);
    expect(blackIds).not.toContain(red.id);
    const item = (await publicList('list=black&pageSize=100')).find((m) => m.id === black.id);
    expect(item).toMatchObject({ enterpriseName: '佛山市高明区丁级建材有限公司', kind: 'public_notice', grade: 'D' });
    expect(item).not.toHaveProperty('version');
    expect(await publicIds(`list=black&q=${encodeURIComponent('丁级')}`)).toEqual(expect.arrayContaining([black.id]));
    expect(await publicIds(`list=black&q=${encodeURIComponent('乙级')}`)).toEqual([]);
    const code = (await t.request({ method: 'GET', url: `/api/v1/public/organisations/${gradeD}` })).json()
      .creditCode as string;
    expect(await publicIds(`list=black&q=${code}`)).toContain(black.id);
  });

  it('a lapsed measure reads as ended in the console and under the ended filter', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/credit/measures?pageSize=100`, cookie: staff });
    const items = res.json().items as { id: string; status: string }[];
    expect(items.find((m) => m.id === lapsed.id)?.status).toBe('ended');
    expect(items.find((m) => m.id === notYet.id)?.status).toBe('active');
    expect(await consoleIds(staff, '&status=ended')).toContain(lapsed.id);
    expect(await consoleIds(staff, '&status=active')).not.toContain(lapsed.id);
    const end = await t.request({
      method: 'POST',
      url: `/api/v1/credit/measures/${lapsed.id}/end`,
      body: { version: 1, reason: '到期结束' },
      cookie: staff,
    });
    expect(end.json().error.code).toBe('transition_not_allowed');
  });
});

describe('GET /api/v1/credit/measures (console list)', () => {
  it('401, 403 without credit.read, 404 filtering by another association', async () => {
    await expectRefused(t, { method: 'GET', url: '/api/v1/credit/measures' }, { forbidden: [expert] });
    const other = await t.request({
      method: 'GET',
      url: `/api/v1/credit/measures?associationId=${jiancaiId}`,
      cookie: otherStaff,
    });
    expect(other.statusCode).toBe(404);
    const bad = await t.request({ method: 'GET', url: '/api/v1/credit/measures?list=grey', cookie: staff });
    expect(errorFields(bad)).toEqual({ list: 'one_of' });
  });

  it('the association and the regulator see its measures; an enterprise only its own; another association none', async () => {
    const all = await consoleIds(staff);
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(await consoleIds(liaison)).toEqual(all);
    expect(await consoleIds(regulator)).toEqual(expect.arrayContaining(all));
    expect(await consoleIds(otherStaff)).toEqual([]);
    const own = await t.request({
      method: 'GET',
      url: '/api/v1/credit/measures?pageSize=100',
      cookie: otherEnterprise,
    });
    const ownItems = own.json().items as { enterpriseId: string }[];
    expect(ownItems.length).toBeGreaterThan(0);
    expect(ownItems.every((m) => m.enterpriseId === gradeD)).toBe(true);
    const black = await consoleIds(staff, '&list=black');
    const red = await consoleIds(staff, '&list=red');
    expect(black.length).toBeGreaterThan(0);
    expect(red.length).toBeGreaterThan(0);
    expect(black.filter((id) => red.includes(id))).toEqual([]);
  });
});

describe('POST /api/v1/credit/measures/:id/end', () => {
  let measure: { id: string; version: number };
  const url = () => `/api/v1/credit/measures/${measure.id}/end`;
  const body = (overrides: Record<string, unknown> = {}) => ({
    version: 1,
    reason: '企业已完成整改，解除约束',
    ...overrides,
  });

  beforeAll(async () => {
    measure = await apply({ enterpriseId: gradeD, kind: 'project_exclusion', reason: 'D 级会员限制参与协会项目' });
  });

  it('401; 403 without credit.record; 404 for another association; 400 without a reason', async () => {
    await expectRefused(
      t,
      { method: 'POST', url: url(), body: body() },
      { forbidden: [otherEnterprise, liaison, regulator], notFound: [otherStaff] },
    );
    const missing = await t.request({ method: 'POST', url: url(), body: { version: 1 }, cookie: staff });
    expect(errorFields(missing)).toEqual({ reason: 'required' });
  });

  it('409 on a stale version; ends once, audited, off the public list; nothing is deleted', async () => {
    expect(await publicIds('list=black&pageSize=100')).toContain(measure.id);
    const stale = await t.request({ method: 'POST', url: url(), body: body({ version: 3 }), cookie: staff });
    expect(stale.json().error.code).toBe('version_conflict');
    const res = await t.request({ method: 'POST', url: url(), body: body(), cookie: staff });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ended', endReason: '企业已完成整改，解除约束', version: 2 });
    const [event] = await t.auditOf('credit_measure.ended', measure.id);
    expect(event?.before).toMatchObject({ status: 'active' });
    expect(event?.after).toMatchObject({ status: 'ended' });
    expect(await publicIds('list=black&pageSize=100')).not.toContain(measure.id);
    expect(await consoleIds(staff, '&status=ended')).toContain(measure.id);
    const again = await t.request({ method: 'POST', url: url(), body: body({ version: 2 }), cookie: staff });
    expect(again.json().error.code).toBe('transition_not_allowed');
    // Ended, the same kind may be applied again.
    const renewed = await apply({ enterpriseId: gradeD, kind: 'project_exclusion', reason: '再次限制参与协会项目' });
    expect(renewed.status).toBe('active');
  });
});
