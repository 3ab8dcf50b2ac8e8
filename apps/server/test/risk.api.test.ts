import { randomUUID } from 'node:crypto';
import { addMonths } from '@gongzhi/contracts';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { creditWarning, riskAlert } from '../src/db/schema/index.js';
import { todayInShanghai } from '../src/kernel/clock.js';
import { queryRows } from '../src/kernel/raw-sql.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

const today = todayInShanghai();
const month = (offset: number) => addMonths(`${today.slice(0, 7)}-01`, offset).slice(0, 7);

let t: TestApp;
let regulator: string;
let associationStaff: string;
let associationAdmin: string;
let liaison: string;
let otherAssociationStaff: string;
let enterpriseAdmin: string;
let otherRegulator: string;
let jiancaiId: string;
let regulatorId: string;
let memberId: string;
let outsiderId: string;

/** One notice per month of `category`: `inspected` rows of the member, `unqualified` of them failing. */
async function monthlyResults(
  category: string,
  enterpriseId: string,
  series: [inspected: number, unqualified: number][],
) {
  await t.database.transaction(SYSTEM_SCOPE, async (tx) => {
    for (const [i, [inspected, unqualified]] of series.entries()) {
      const noticeId = randomUUID();
      const day = `${month(i - series.length + 1)}-10`;
      await tx.execute(sql`INSERT INTO spot_check_notice (id, owner_id, notice_no, title, level, published_on,
          product_category, batches_sampled, batches_inspected, batches_unqualified, content_sha256, row_count)
        VALUES (${noticeId}, ${regulatorId}, ${`${category}-${day}-${noticeId.slice(0, 8)}`}, ${category}, 'municipal', ${day}, ${category},
          ${inspected}, ${inspected}, ${unqualified}, ${randomUUID()}, ${inspected})`);
      await tx.execute(sql`INSERT INTO spot_check_result (notice_id, owner_id, row_number, enterprise_id, match,
          enterprise_name, product_name, product_category, result, final_result, checked_on)
        SELECT ${noticeId}, ${regulatorId}, g, ${enterpriseId}, 'credit_code', 'member', ${category}, ${category},
          CASE WHEN g <= ${unqualified} THEN 'unqualified' ELSE 'qualified' END,
          CASE WHEN g <= ${unqualified} THEN 'unqualified' ELSE 'qualified' END, ${day}::date
        FROM generate_series(1, ${inspected}) g`);
    }
  });
}

/** Justified complaints against a member closed in each month (oldest first, ending this month). */
async function monthlyComplaints(enterpriseId: string, counts: number[]) {
  await t.database.transaction(SYSTEM_SCOPE, async (tx) => {
    const [limit] = await queryRows<{ id: string }>(tx, sql`SELECT id FROM complaint_time_limit LIMIT 1`);
    for (const [i, n] of counts.entries()) {
      const day = `${month(i - counts.length + 1)}-05`;
      for (let k = 0; k < n; k++) {
        await tx.execute(sql`INSERT INTO complaint (tracking_no, kind, association_id, enterprise_id, respondent_name,
            complainant_name, complainant_phone, complainant_address, category, facts, status, justified, time_limit_id,
            received_on, closed_on, fingerprint)
          VALUES (${`TS${randomUUID().slice(0, 12)}`}, 'complaint', ${jiancaiId}, ${enterpriseId}, 'member', '王先生',
            '13800138000', '佛山市禅城区', 'quality', '瓷砖开裂', 'closed', true, ${limit?.id}, ${day}::date, ${day}::date,
            ${randomUUID()})`);
      }
    }
  });
}

beforeAll(async () => {
  t = await buildTestApp({ config: { riskCreditWarnings: true } });
  jiancaiId = await t.orgId('佛山市建材行业协会');
  regulatorId = await t.orgId('佛山市市场监督管理局');
  memberId = await addOrganisation(t, {
    kind: 'enterprise',
    name: '佛山市风险监测测试陶瓷有限公司',
    memberOf: jiancaiId,
  });
  outsiderId = await addOrganisation(t, { kind: 'enterprise', name: '佛山市非会员陶瓷有限公司' });
  const guangzhou = await addOrganisation(t, { kind: 'regulator', name: '广州市市场监督管理局', regionCode: '440100' });
  await addUser(t, 'gz.risk', 'regulator_staff', guangzhou);
  await addUser(t, 'ranqi.risk', 'association_staff', await t.orgId('佛山市顺德区燃气具商会'));
  regulator = await t.login('regulator.admin');
  associationStaff = await t.login('jiancai.staff');
  associationAdmin = await t.login('jiancai.admin');
  liaison = await t.login('jiancai.liaison');
  otherAssociationStaff = await t.login('ranqi.risk');
  enterpriseAdmin = await t.login('enterprise.admin');
  otherRegulator = await t.login('gz.risk');
  // 23 calm months (1 of 20 batches failing), then a month with 8 of 20: far beyond the upper limit.
  await monthlyResults('陶瓷砖', memberId, [...Array.from({ length: 23 }, () => [20, 1] as [number, number]), [20, 8]]);
  // The same category outside the association: the region's chart includes it, the members' does not.
  await monthlyResults('陶瓷砖', outsiderId, [[40, 0]]);
  // Complaints: none for 11 months, then 6 this month.
  await monthlyComplaints(memberId, [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 6]);
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('control charts', () => {
  it('refuses the signed out, people without risk.read, and another association’s members', async () => {
    const url = '/api/v1/risk/charts?kind=category_nonconformity&key=陶瓷砖';
    expect((await t.request({ method: 'GET', url: encodeURI(url) })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: encodeURI(url), cookie: enterpriseAdmin })).statusCode).toBe(403);
    const other = await t.request({
      method: 'GET',
      url: encodeURI(`${url}&associationId=${jiancaiId}`),
      cookie: otherAssociationStaff,
    });
    expect(other.statusCode).toBe(403);
    const bad = await t.request({
      method: 'GET',
      url: encodeURI(`${url.replace('category_nonconformity', 'colour')}`),
      cookie: associationStaff,
    });
    expect(Object.keys(errorFields(bad))).toContain('kind');
    const badMonth = await t.request({
      method: 'GET',
      url: encodeURI(`${url}&from=2026-13`),
      cookie: associationStaff,
    });
    expect(Object.keys(errorFields(badMonth))).toContain('from');
  });

  it('draws the members’ p-chart with limits and marks the month beyond them', async () => {
    const res = await t.request({
      method: 'GET',
      url: encodeURI('/api/v1/risk/charts?kind=category_nonconformity&key=陶瓷砖'),
      cookie: associationStaff,
    });
    expect(res.statusCode, res.body).toBe(200);
    const chart = res.json();
    expect(chart.kind).toBe('p');
    expect(chart.points).toHaveLength(24);
    // p̄ = (23 + 8) / 480
    expect(chart.centre).toBeCloseTo(31 / 480, 12);
    const last = chart.points[23];
    expect(last.value).toBeCloseTo(0.4, 12);
    expect(last.ucl).toBeCloseTo(31 / 480 + 3 * Math.sqrt(((31 / 480) * (1 - 31 / 480)) / 20), 12);
    expect(chart.signals).toContainEqual({ index: 23, period: month(0), rule: 'beyond_limit', side: 'up' });
    // The region adds the outsider's 40 clean batches this month.
    const region = await t.request({
      method: 'GET',
      url: encodeURI('/api/v1/risk/charts?kind=category_nonconformity&key=陶瓷砖'),
      cookie: regulator,
    });
    expect(region.json().points[23].size).toBe(60);
  });

  it('draws a member’s u-chart of justified complaints', async () => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/risk/charts?kind=member_complaints&key=${memberId}&from=${month(-11)}&to=${month(0)}`,
      cookie: associationStaff,
    });
    expect(res.statusCode, res.body).toBe(200);
    const chart = res.json();
    expect(chart.kind).toBe('u');
    expect(chart.points.map((p: { count: number }) => p.count)).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 6]);
    expect(
      chart.signals.some((s: { period: string; rule: string }) => s.period === month(0) && s.rule === 'beyond_limit'),
    ).toBe(true);
    const outsider = await t.request({
      method: 'GET',
      url: `/api/v1/risk/charts?kind=member_complaints&key=${outsiderId}`,
      cookie: associationStaff,
    });
    // Not a member (and not published): the association cannot even see it.
    expect(errorFields(outsider)).toEqual({ key: 'enterprise_not_found' });
    const association = await t.request({
      method: 'GET',
      url: '/api/v1/risk/charts?kind=member_complaints&key=all',
      cookie: associationStaff,
    });
    expect(association.json().points.at(-1).count).toBe(6);
    const regulatorWithout = await t.request({
      method: 'GET',
      url: '/api/v1/risk/charts?kind=member_complaints&key=all',
      cookie: regulator,
    });
    expect(errorFields(regulatorWithout)).toEqual({ associationId: 'association_required' });
  });
});

describe('scanning and alerts', () => {
  it('turns this month’s upward signals into alerts once, with a credit warning for the member’s complaints', async () => {
    expect((await t.request({ method: 'POST', url: '/api/v1/risk/scan', body: {} })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/risk/scan', cookie: enterpriseAdmin, body: {} })).statusCode,
    ).toBe(403);
    const foreign = await t.request({
      method: 'POST',
      url: '/api/v1/risk/scan',
      cookie: otherAssociationStaff,
      body: { associationId: jiancaiId },
    });
    expect(foreign.statusCode).toBe(403);
    const res = await t.request({ method: 'POST', url: '/api/v1/risk/scan', cookie: associationStaff, body: {} });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().alertsCreated).toBeGreaterThanOrEqual(2);
    const again = await t.request({ method: 'POST', url: '/api/v1/risk/scan', cookie: associationStaff, body: {} });
    expect(again.json().alertsCreated).toBe(0);

    const alerts = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select().from(riskAlert).where(eq(riskAlert.ownerId, jiancaiId)),
    );
    expect(alerts.find((a) => a.seriesKind === 'category_nonconformity' && a.rule === 'beyond_limit')).toMatchObject({
      seriesKey: '陶瓷砖',
      period: month(0),
      level: 'red',
    });
    expect(alerts.some((a) => a.seriesKind === 'member_complaints' && a.seriesKey === memberId)).toBe(true);
    const warnings = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select().from(creditWarning).where(eq(creditWarning.enterpriseId, memberId)),
    );
    expect(warnings.map((w) => w.rule)).toContain('risk_signal');
    expect((await t.auditOf('risk_scan.run', jiancaiId)).length).toBe(2);
  });

  it('shows the association its alerts and the regulator its region’s; another region sees none', async () => {
    const own = await t.request({ method: 'GET', url: '/api/v1/risk/alerts', cookie: liaison });
    expect(own.statusCode).toBe(200);
    expect(own.json().items.length).toBeGreaterThanOrEqual(2);
    const region = await t.request({ method: 'GET', url: '/api/v1/risk/alerts?status=open', cookie: regulator });
    expect(region.json().items.some((a: { ownerId: string }) => a.ownerId === jiancaiId)).toBe(true);
    const other = await t.request({ method: 'GET', url: '/api/v1/risk/alerts', cookie: otherRegulator });
    expect(other.json().items).toEqual([]);
    const ranqi = await t.request({ method: 'GET', url: '/api/v1/risk/alerts', cookie: otherAssociationStaff });
    expect(ranqi.json().items).toEqual([]);
  });

  it('acknowledges an alert once', async () => {
    const [alert] = (await t.request({ method: 'GET', url: '/api/v1/risk/alerts', cookie: associationStaff })).json()
      .items;
    const url = `/api/v1/risk/alerts/${alert.id}/acknowledge`;
    expect((await t.request({ method: 'POST', url })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, cookie: otherAssociationStaff })).statusCode).toBe(404);
    const res = await t.request({ method: 'POST', url, cookie: associationStaff });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('acknowledged');
    expect((await t.auditOf('risk_alert.acknowledged', alert.id)).length).toBe(1);
    expect((await t.request({ method: 'POST', url, cookie: associationStaff })).statusCode).toBe(409);
  });
});

describe('risk analysis reports (风险分析报告)', () => {
  let reportId: string;
  const body = {
    title: '2026 年陶瓷砖质量风险分析报告',
    periodFrom: `${month(-11)}-01`,
    periodTo: today,
    summary: '本期会员陶瓷砖不合格率明显上升，主要集中在吸水率项目。',
    recommendations: '建议下季度加大对陶瓷砖的抽查频次。',
    dimensions: ['category', 'period'],
    categories: ['陶瓷砖'],
  };

  it('refuses the signed out, the regulator and the liaison (no risk.report), and bad input', async () => {
    expect((await t.request({ method: 'POST', url: '/api/v1/risk/reports', body })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: '/api/v1/risk/reports', cookie: regulator, body })).statusCode).toBe(
      403,
    );
    expect((await t.request({ method: 'POST', url: '/api/v1/risk/reports', cookie: liaison, body })).statusCode).toBe(
      403,
    );
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/risk/reports',
      cookie: associationStaff,
      body: { ...body, summary: 'x', dimensions: [] },
    });
    expect(Object.keys(errorFields(bad)).sort()).toEqual(['dimensions', 'summary']);
    const order = await t.request({
      method: 'POST',
      url: '/api/v1/risk/reports',
      cookie: associationStaff,
      body: { ...body, periodFrom: today, periodTo: `${month(-1)}-01` },
    });
    expect(errorFields(order)).toEqual({ periodTo: 'date_order' });
  });

  it('sends the report with its data to the regulator of the region, who replies', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/risk/reports', cookie: associationAdmin, body });
    expect(res.statusCode, res.body).toBe(201);
    const report = res.json();
    reportId = report.id;
    expect(report.regulatorId).toBe(regulatorId);
    expect(report.data.analyses.map((a: { by: string }) => a.by)).toEqual(['category', 'period']);
    expect(report.data.analyses[0].rows[0].members.unqualified).toBe(8 + 11);
    expect(report.data.charts[0].signals.length).toBeGreaterThan(0);
    expect(report.data.alerts.length).toBeGreaterThan(0);
    expect((await t.auditOf('risk_report.submitted', reportId)).length).toBe(1);

    const url = `/api/v1/risk/reports/${reportId}/acknowledge`;
    const reply = { feedback: '已收悉，将纳入下季度抽查计划。', version: 1 };
    expect((await t.request({ method: 'POST', url, body: reply })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, cookie: associationAdmin, body: reply })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, cookie: otherRegulator, body: reply })).statusCode).toBe(404);
    expect(
      Object.keys(errorFields(await t.request({ method: 'POST', url, cookie: regulator, body: { version: 1 } }))),
    ).toContain('feedback');
    expect(
      (await t.request({ method: 'POST', url, cookie: regulator, body: { ...reply, version: 7 } })).statusCode,
    ).toBe(409);
    const ack = await t.request({ method: 'POST', url, cookie: regulator, body: reply });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ status: 'acknowledged', feedback: reply.feedback });
    expect((await t.auditOf('risk_report.acknowledged', reportId)).length).toBe(1);
  });

  it('lists a report for its association and its regulator only', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/risk/reports' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/v1/risk/reports', cookie: enterpriseAdmin })).statusCode).toBe(
      403,
    );
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/risk/reports/${reportId}`, cookie: otherRegulator })).statusCode,
    ).toBe(404);
    const own = await t.request({ method: 'GET', url: '/api/v1/risk/reports', cookie: associationStaff });
    expect(own.json().items.map((r: { id: string }) => r.id)).toEqual([reportId]);
    const received = await t.request({ method: 'GET', url: '/api/v1/risk/reports', cookie: regulator });
    expect(received.json().items.map((r: { id: string }) => r.id)).toEqual([reportId]);
    const other = await t.request({
      method: 'GET',
      url: `/api/v1/risk/reports/${reportId}`,
      cookie: otherAssociationStaff,
    });
    expect(other.statusCode).toBe(404);
  });
});
