import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../src/kernel/clock.js';
import { addCalendarDays } from '../src/modules/calendar/working-days.js';
import { addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

let t: TestApp;
let staff: string;
let liaison: string;
let otherStaff: string;
let enterpriseAdmin: string;
let regulator: string;
let expert: string;
let jiancaiId: string;
let ranqiId: string;
let enterpriseId: string;

beforeAll(async () => {
  t = await buildTestApp({ config: { intakePerPhonePerHour: 100, intakePerIpPerHour: 1000 } });
  staff = await t.login('jiancai.staff');
  liaison = await t.login('jiancai.liaison');
  enterpriseAdmin = await t.login('enterprise.admin');
  regulator = await t.login('regulator.admin');
  expert = await t.login('expert.zhang');
  jiancaiId = await t.orgId('佛山市建材行业协会');
  ranqiId = await t.orgId('佛山市顺德区燃气具商会');
  await addUser(t, 'ranqi.staff.w', 'association_staff', ranqiId);
  otherStaff = await t.login('ranqi.staff.w');
  enterpriseId = (await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: enterpriseAdmin })).json()
    .organisations[0].id;
});
afterAll(() => t.close());

describe('consumer warnings (消费预警)', () => {
  const body = () => ({
    associationId: jiancaiId,
    title: '警惕低价瓷砖以次充好',
    body: '近期收到多起低价瓷砖吸水率不合格的投诉，购买时请索要检验报告。',
    productCategory: '陶瓷砖',
  });

  it('401, 403 for a role without warning.manage or another association, 400 for bad input', async () => {
    const url = '/api/v1/warnings';
    expect((await t.request({ method: 'POST', url, body: body() })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, body: body(), cookie: liaison })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, body: body(), cookie: otherStaff })).statusCode).toBe(403);
    const bad = await t.request({ method: 'POST', url, body: { ...body(), title: '' }, cookie: staff });
    expect(errorFields(bad)).toEqual({ title: 'required' });
  });

  it('a draft is private; publishing shows it on the portal; withdrawn it leaves; each step audited', async () => {
    const created = await t.request({ method: 'POST', url: '/api/v1/warnings', body: body(), cookie: staff });
    expect(created.statusCode).toBe(201);
    const warning = created.json();
    expect(warning.status).toBe('draft');
    const publicList = async () =>
      (await t.request({ method: 'GET', url: '/api/v1/public/warnings' }))
        .json()
        .items.map((w: { id: string }) => w.id);
    expect(await publicList()).not.toContain(warning.id);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/warnings', cookie: otherStaff })).json().items,
    ).not.toContainEqual(expect.objectContaining({ id: warning.id }));
    const url = `/api/v1/warnings/${warning.id}`;
    // Another association's draft does not exist for it.
    expect(
      (await t.request({ method: 'PATCH', url, body: { version: 1, status: 'published' }, cookie: otherStaff }))
        .statusCode,
    ).toBe(404);
    const published = await t.request({
      method: 'PATCH',
      url,
      body: { version: 1, status: 'published' },
      cookie: staff,
    });
    expect(published.json()).toMatchObject({ status: 'published', version: 2 });
    expect(published.json().publishedAt).toBeTruthy();
    expect(await publicList()).toContain(warning.id);
    const edit = await t.request({ method: 'PATCH', url, body: { version: 2, title: '改标题' }, cookie: staff });
    expect(edit.statusCode).toBe(409);
    const stale = await t.request({ method: 'PATCH', url, body: { version: 1, status: 'withdrawn' }, cookie: staff });
    expect(stale.json().error.code).toBe('version_conflict');
    await t.request({ method: 'PATCH', url, body: { version: 2, status: 'withdrawn' }, cookie: staff });
    expect(await publicList()).not.toContain(warning.id);
    const back = await t.request({ method: 'PATCH', url, body: { version: 3, status: 'published' }, cookie: staff });
    expect(back.json().error.code).toBe('transition_not_allowed');
    expect(await t.auditOf('consumer_warning.created', warning.id)).toHaveLength(1);
    expect(await t.auditOf('consumer_warning.published', warning.id)).toHaveLength(1);
    expect(await t.auditOf('consumer_warning.withdrawn', warning.id)).toHaveLength(1);
  });
});

describe('complaint statistics', () => {
  const today = todayInShanghai();
  const from = addCalendarDays(today, -30);
  let serial = 0;
  async function fileCase(overrides: Record<string, unknown> = {}) {
    serial += 1;
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: {
        kind: 'complaint',
        enterpriseId,
        complainantName: '赵六',
        complainantPhone: `1370000${String(1000 + serial).slice(-4)}`,
        complainantAddress: '佛山市南海区桂城街道',
        category: 'quality',
        facts: `统计用投诉事实描述第 ${serial} 件`,
        request: '退货',
        consentShareContact: false,
        ...overrides,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/complaints?trackingNo=${res.json().trackingNo}`,
      cookie: staff,
    });
    return list.json().items[0] as { id: string; version: number };
  }
  const step = (id: string, version: number, body: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/v1/complaints/${id}/actions`, cookie: staff, body: { version, ...body } });

  beforeAll(async () => {
    const settled = await fileCase();
    await step(settled.id, 1, { action: 'accept' });
    await step(settled.id, 2, { action: 'record_agreement', resolution: '退货退款' });
    const terminated = await fileCase({ category: 'after_sales' });
    await step(terminated.id, 1, { action: 'accept' });
    await step(terminated.id, 2, { action: 'terminate', terminationGround: 'no_show_or_refusal' });
    const refused = await fileCase();
    await step(refused.id, 1, {
      action: 'refuse',
      refusalGround: 'not_consumer_dispute',
      resolution: '属经营者之间纠纷',
    });
    await fileCase({ category: 'after_sales' });
  });

  it('401, 403 without complaint.stats, 404 for another association, 400 for a bad range', async () => {
    const q = `from=${from}&to=${today}&groupBy=category`;
    expect((await t.request({ method: 'GET', url: `/api/v1/complaint-stats?${q}` })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: `/api/v1/complaint-stats?${q}`, cookie: expert })).statusCode).toBe(
      403,
    );
    const other = await t.request({
      method: 'GET',
      url: `/api/v1/complaint-stats?${q}&associationId=${jiancaiId}`,
      cookie: otherStaff,
    });
    expect(other.statusCode).toBe(404);
    const bad = await t.request({
      method: 'GET',
      url: `/api/v1/complaint-stats?from=${today}&to=${from}&groupBy=week`,
      cookie: staff,
    });
    expect(errorFields(bad)).toEqual({ groupBy: 'one_of' });
    const reversed = await t.request({
      method: 'GET',
      url: `/api/v1/complaint-stats?from=${today}&to=${from}&groupBy=month`,
      cookie: staff,
    });
    expect(errorFields(reversed)).toEqual({ to: 'date_order' });
  });

  it('counts received, settled, terminated, refused and open by category, with rates; the other association sees none', async () => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/complaint-stats?from=${from}&to=${today}&groupBy=category`,
      cookie: staff,
    });
    expect(res.statusCode).toBe(200);
    const { rows, total } = res.json();
    expect(total).toMatchObject({
      received: 4,
      accepted: 2,
      settled: 1,
      terminated: 1,
      refused: 1,
      open: 1,
      settledRate: 0.5,
    });
    expect(total.onTimeRate).toBe(1);
    expect(rows.find((r: { key: string }) => r.key === 'after_sales')).toMatchObject({
      received: 2,
      terminated: 1,
      open: 1,
    });
    const other = (
      await t.request({
        method: 'GET',
        url: `/api/v1/complaint-stats?from=${from}&to=${today}&groupBy=month`,
        cookie: otherStaff,
      })
    ).json();
    expect(other.total.received).toBe(0);
    const regional = (
      await t.request({
        method: 'GET',
        url: `/api/v1/complaint-stats?from=${from}&to=${today}&groupBy=member`,
        cookie: regulator,
      })
    ).json();
    expect(regional.total.received).toBe(4);
  });

  it('exports the statistics as a real xlsx workbook', async () => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/complaint-stats/export?from=${from}&to=${today}&groupBy=category`,
      cookie: staff,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('投诉统计');
    const values = sheet?.getSheetValues().flat().filter(Boolean) ?? [];
    expect(values).toContain('质量');
    expect(values).toContain('售后服务');
    expect(values).toContain('合计');
  });

  it('public member figures count accepted complaints only, for published members only', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/public/organisations/${enterpriseId}/complaint-stats` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ received: 2, closed: 2, settledRate: 0.5, onTimeRate: 1 });
    const association = await t.request({
      method: 'GET',
      url: `/api/v1/public/organisations/${jiancaiId}/complaint-stats`,
    });
    expect(association.statusCode).toBe(404);
  });
});
