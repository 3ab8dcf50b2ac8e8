import type {
  BudgetLineDto,
  ExpenditureDto,
  FundSourceDto,
  FundsReportDto,
  IndicatorDto,
  PageOf,
} from '@gongzhi/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { computeFacts } from '../src/modules/evaluation/evaluation.facts.js';
import { registerAllFacts } from '../src/modules/evaluation/facts/index.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

let t: TestApp;
let jiancaiId: string;
let ranqiId: string;
let staff: string;
let admin: string;
let liaison: string;
let regulator: string;
let gzRegulator: string;
let ranqiStaff: string;
let enterprise: string;
let special: FundSourceDto;
let dues: FundSourceDto;
let standardsLine: BudgetLineDto;
let duesLine: BudgetLineDto;

const API = '/api/v1/workspace/funds';

async function json<T>(res: { statusCode: number; body: string; json(): unknown }, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

const spend = (body: Record<string, unknown>, cookie = staff) =>
  t.request({
    method: 'POST',
    url: `${API}/expenditures`,
    cookie,
    body: { spentOn: '2025-03-10', payee: '广东省标准化研究院', ...body },
  });

beforeAll(async () => {
  t = await buildTestApp();
  jiancaiId = await t.orgId('佛山市建材行业协会');
  ranqiId = await t.orgId('佛山市顺德区燃气具商会');
  const guangzhou = await addOrganisation(t, { kind: 'regulator', name: '广州市市场监督管理局', regionCode: '440100' });
  await addUser(t, 'gz.funds', 'regulator_staff', guangzhou);
  await addUser(t, 'ranqi.funds', 'association_staff', ranqiId);
  staff = await t.login('jiancai.staff');
  admin = await t.login('jiancai.admin');
  liaison = await t.login('jiancai.liaison');
  regulator = await t.login('regulator.staff');
  gzRegulator = await t.login('gz.funds');
  ranqiStaff = await t.login('ranqi.funds');
  enterprise = await t.login('enterprise.admin');
});

afterAll(async () => {
  await t?.close();
});

describe('fund sources', () => {
  it('refuses callers without a session, without the role, or of another organisation', async () => {
    expect((await t.request({ method: 'GET', url: `${API}/sources` })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: `${API}/sources`, cookie: enterprise })).statusCode).toBe(403);
    const body = { kind: 'self_raised', name: '会费', amount: 100, receivedOn: '2025-01-05', year: 2025 };
    expect((await t.request({ method: 'POST', url: `${API}/sources`, cookie: liaison, body })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `${API}/sources`, cookie: regulator, body })).statusCode).toBe(403);
    const other = `${API}/sources?organisationId=${jiancaiId}`;
    expect((await t.request({ method: 'GET', url: other, cookie: ranqiStaff })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: other, cookie: gzRegulator })).statusCode).toBe(404);
    // A regulator reads an association of its region only when it names one.
    const unnamed = await t.request({ method: 'GET', url: `${API}/sources`, cookie: regulator });
    expect(errorFields(unnamed)).toEqual({ organisationId: 'required' });
  });

  it('refuses a special fund without purposes and amounts with more than two decimals', async () => {
    const base = { name: '专项', amount: 100, receivedOn: '2025-01-05', year: 2025 };
    const noPurpose = await t.request({
      method: 'POST',
      url: `${API}/sources`,
      cookie: staff,
      body: { ...base, kind: 'special' },
    });
    expect(noPurpose.statusCode).toBe(400);
    expect(errorFields(noPurpose)).toEqual({ purposes: 'purposes_required' });
    const fraction = await t.request({
      method: 'POST',
      url: `${API}/sources`,
      cookie: staff,
      body: { ...base, kind: 'self_raised', amount: 10.005 },
    });
    expect(errorFields(fraction)).toEqual({ amount: 'format' });
    const negative = await t.request({
      method: 'POST',
      url: `${API}/sources`,
      cookie: staff,
      body: { ...base, kind: 'self_raised', amount: -5 },
    });
    expect(negative.statusCode).toBe(400);
    expect(Object.keys(errorFields(negative))).toEqual(['amount']);
  });

  it('records a self-raised fund and a special fund with its purposes, audited', async () => {
    dues = await json<FundSourceDto>(
      await t.request({
        method: 'POST',
        url: `${API}/sources`,
        cookie: staff,
        body: {
          kind: 'self_raised',
          name: '2025年会费',
          amount: 300000,
          receivedOn: '2025-01-15',
          year: 2025,
          purposes: ['training'],
        },
      }),
      201,
    );
    expect(dues.purposes).toEqual([]);
    special = await json<FundSourceDto>(
      await t.request({
        method: 'POST',
        url: `${API}/sources`,
        cookie: admin,
        body: {
          kind: 'special',
          name: '市级质量提升专项资金',
          grantor: '佛山市市场监督管理局',
          purposes: ['standards', 'spot_check_testing'],
          amount: 200000.5,
          receivedOn: '2025-02-20',
          year: 2025,
        },
      }),
      201,
    );
    expect(special).toMatchObject({ kind: 'special', purposes: ['standards', 'spot_check_testing'], amount: 200000.5 });
    const [event] = await t.auditOf('fund_source.created', special.id);
    expect(event?.organisationId).toBe(jiancaiId);
    expect(event?.after).toMatchObject({ name: '市级质量提升专项资金', amount: 200000.5 });
  });

  it('lets the liaison and the regulator of the region read, by year', async () => {
    const mine = await json<FundSourceDto[]>(
      await t.request({ method: 'GET', url: `${API}/sources?year=2025`, cookie: liaison }),
    );
    expect(mine.map((s) => s.name).sort()).toEqual(['2025年会费', '市级质量提升专项资金']);
    const theirs = await json<FundSourceDto[]>(
      await t.request({
        method: 'GET',
        url: `${API}/sources?organisationId=${jiancaiId}&year=2025`,
        cookie: regulator,
      }),
    );
    expect(theirs).toHaveLength(2);
    const none = await json<FundSourceDto[]>(
      await t.request({ method: 'GET', url: `${API}/sources?year=2024`, cookie: staff }),
    );
    expect(none).toEqual([]);
  });

  it('updates with the current version only', async () => {
    const url = `${API}/sources/${dues.id}`;
    const body = { name: '2025年度会费', amount: 320000, receivedOn: '2025-01-15', year: 2025, version: dues.version };
    const ok = await json<FundSourceDto>(await t.request({ method: 'PUT', url, cookie: staff, body }));
    expect(ok).toMatchObject({ name: '2025年度会费', amount: 320000, version: dues.version + 1 });
    const stale = await t.request({ method: 'PUT', url, cookie: staff, body: { ...body, amount: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(
      (await t.request({ method: 'PUT', url, cookie: ranqiStaff, body: { ...body, version: ok.version } })).statusCode,
    ).toBe(404);
    dues = ok;
    expect(await t.auditOf('fund_source.updated', dues.id)).toHaveLength(1);
  });
});

describe('budget lines', () => {
  it('keeps a special fund to its purposes and every source to its amount', async () => {
    const wrong = await t.request({
      method: 'POST',
      url: `${API}/lines`,
      cookie: staff,
      body: { fundSourceId: special.id, year: 2025, purpose: 'training', name: '培训', amount: 1000 },
    });
    expect(wrong.statusCode).toBe(400);
    expect(errorFields(wrong)).toEqual({ purpose: 'purpose_not_allowed' });
    const message = (wrong.json() as { error: { fields: { message: string }[] } }).error.fields[0]?.message;
    expect(message).toContain('标准制修订');
    const tooMuch = await t.request({
      method: 'POST',
      url: `${API}/lines`,
      cookie: staff,
      body: { fundSourceId: special.id, year: 2025, purpose: 'standards', name: '标准', amount: 200000.51 },
    });
    expect(errorFields(tooMuch)).toEqual({ amount: 'exceeds_fund' });
    const foreign = await t.request({
      method: 'POST',
      url: `${API}/lines`,
      cookie: ranqiStaff,
      body: { fundSourceId: special.id, year: 2025, purpose: 'standards', name: '标准', amount: 1 },
    });
    expect(errorFields(foreign)).toEqual({ fundSourceId: 'record_not_found' });
  });

  it('creates lines within the source, and refuses lowering the source below them', async () => {
    standardsLine = await json<BudgetLineDto>(
      await t.request({
        method: 'POST',
        url: `${API}/lines`,
        cookie: staff,
        body: { fundSourceId: special.id, year: 2025, purpose: 'standards', name: '团体标准制定', amount: 120000 },
      }),
      201,
    );
    expect(standardsLine).toMatchObject({
      spent: 0,
      remaining: 120000,
      allowedPurposes: ['standards', 'spot_check_testing'],
    });
    const rest = await t.request({
      method: 'POST',
      url: `${API}/lines`,
      cookie: staff,
      body: { fundSourceId: special.id, year: 2025, purpose: 'spot_check_testing', name: '抽检', amount: 80000.51 },
    });
    expect(errorFields(rest)).toEqual({ amount: 'exceeds_fund' });
    duesLine = await json<BudgetLineDto>(
      await t.request({
        method: 'POST',
        url: `${API}/lines`,
        cookie: staff,
        body: { fundSourceId: dues.id, year: 2025, purpose: 'training', name: '会员培训', amount: 50000 },
      }),
      201,
    );
    expect(await t.auditOf('budget_line.created', duesLine.id)).toHaveLength(1);
    const lower = await t.request({
      method: 'PUT',
      url: `${API}/sources/${special.id}`,
      cookie: staff,
      body: {
        name: special.name,
        purposes: special.purposes,
        amount: 100000,
        receivedOn: special.receivedOn,
        year: 2025,
        version: special.version,
      },
    });
    expect(errorFields(lower)).toEqual({ amount: 'too_small' });
  });
});

describe('expenditures', () => {
  it('refuses spending beyond the line, outside the purpose, or below zero', async () => {
    const over = await spend({ budgetLineId: duesLine.id, amount: 50000.01 });
    expect(over.statusCode).toBe(400);
    expect(errorFields(over)).toEqual({ amount: 'exceeds_budget_line' });
    const mismatch = await spend({ budgetLineId: standardsLine.id, purpose: 'training', amount: 10 });
    expect(errorFields(mismatch)).toEqual({ purpose: 'purpose_not_allowed' });
    const below = await spend({ budgetLineId: duesLine.id, amount: -1 });
    expect(errorFields(below)).toEqual({ amount: 'too_small' });
    expect(errorFields(await spend({ budgetLineId: duesLine.id, amount: 0 }))).toEqual({ amount: 'too_small' });
    expect((await spend({ budgetLineId: duesLine.id, amount: 10 }, liaison)).statusCode).toBe(403);
    expect(errorFields(await spend({ budgetLineId: duesLine.id, amount: 10 }, ranqiStaff))).toEqual({
      budgetLineId: 'record_not_found',
    });
  });

  it('books an expenditure, keeps the line in step and audits it; a correction is a negative expenditure', async () => {
    const first = await json<ExpenditureDto>(
      await spend({
        budgetLineId: standardsLine.id,
        purpose: 'standards',
        amount: 30000.1,
        voucherNumber: '记-2025-031',
      }),
      201,
    );
    expect(first).toMatchObject({ purpose: 'standards', fundSourceId: special.id, amount: 30000.1 });
    const [event] = await t.auditOf('expenditure.created', first.id);
    expect(event?.before).toMatchObject({ spent: 0 });
    expect(event?.after).toMatchObject({ spent: 30000.1, amount: 30000.1 });
    await json(await spend({ budgetLineId: standardsLine.id, amount: -0.1, spentOn: '2025-03-12' }), 201);
    const lines = await json<BudgetLineDto[]>(
      await t.request({ method: 'GET', url: `${API}/lines?year=2025`, cookie: staff }),
    );
    expect(lines.find((l) => l.id === standardsLine.id)).toMatchObject({ spent: 30000, remaining: 90000 });
  });

  it('lets only one of two concurrent spends through when both do not fit', async () => {
    const [a, b] = await Promise.all([
      spend({ budgetLineId: duesLine.id, amount: 30000, spentOn: '2025-04-01' }),
      spend({ budgetLineId: duesLine.id, amount: 30000, spentOn: '2025-04-02' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 400]);
    const refused = a.statusCode === 400 ? a : b;
    expect(errorFields(refused)).toEqual({ amount: 'exceeds_budget_line' });
    const lines = await json<BudgetLineDto[]>(await t.request({ method: 'GET', url: `${API}/lines`, cookie: staff }));
    expect(lines.find((l) => l.id === duesLine.id)).toMatchObject({ spent: 30000, remaining: 20000 });
  });

  it('lists with filters', async () => {
    const all = await json<PageOf<ExpenditureDto>>(
      await t.request({ method: 'GET', url: `${API}/expenditures?year=2025`, cookie: liaison }),
    );
    expect(all.total).toBe(3);
    const bySource = await json<PageOf<ExpenditureDto>>(
      await t.request({ method: 'GET', url: `${API}/expenditures?fundSourceId=${special.id}`, cookie: staff }),
    );
    expect(bySource.items.map((e) => e.amount).sort()).toEqual([-0.1, 30000.1]);
    const byRange = await json<PageOf<ExpenditureDto>>(
      await t.request({
        method: 'GET',
        url: `${API}/expenditures?from=2025-04-01&to=2025-04-30&purpose=training`,
        cookie: staff,
      }),
    );
    expect(byRange.items).toHaveLength(1);
    const badRange = await t.request({
      method: 'GET',
      url: `${API}/expenditures?from=2025-05-01&to=2025-04-01`,
      cookie: staff,
    });
    expect(errorFields(badRange)).toEqual({ to: 'date_order' });
    const theirs = await json<PageOf<ExpenditureDto>>(
      await t.request({
        method: 'GET',
        url: `${API}/expenditures?organisationId=${jiancaiId}&budgetLineId=${duesLine.id}`,
        cookie: regulator,
      }),
    );
    expect(theirs.total).toBe(1);
  });

  it('refuses lowering a line below what it spent', async () => {
    const res = await t.request({
      method: 'PUT',
      url: `${API}/lines/${duesLine.id}`,
      cookie: staff,
      body: { name: duesLine.name, amount: 29999.99, version: duesLine.version },
    });
    expect(errorFields(res)).toEqual({ amount: 'too_small' });
    const ok = await json<BudgetLineDto>(
      await t.request({
        method: 'PUT',
        url: `${API}/lines/${duesLine.id}`,
        cookie: staff,
        body: { name: '会员培训（调整）', amount: 40000, version: duesLine.version },
      }),
    );
    expect(ok).toMatchObject({ amount: 40000, spent: 30000, remaining: 10000 });
    const stale = await t.request({
      method: 'PUT',
      url: `${API}/lines/${duesLine.id}`,
      cookie: staff,
      body: { name: 'x', amount: 40000, version: duesLine.version },
    });
    expect(stale.statusCode).toBe(409);
    duesLine = ok;
  });
});

describe('funds report', () => {
  it('sums by source, purpose and line, with special funds against their purposes', async () => {
    expect((await t.request({ method: 'GET', url: `${API}/report?year=2025`, cookie: enterprise })).statusCode).toBe(
      403,
    );
    const report = await json<FundsReportDto>(
      await t.request({ method: 'GET', url: `${API}/report?organisationId=${jiancaiId}&year=2025`, cookie: regulator }),
    );
    expect(report.totals).toEqual({
      received: 520000.5,
      budgeted: 160000,
      spent: 60000,
      remaining: 100000,
      executionRate: 0.375,
    });
    expect(report.bySource.find((s) => s.id === special.id)).toMatchObject({
      budgeted: 120000,
      spent: 30000,
      executionRate: 0.25,
    });
    expect(report.byPurpose.find((p) => p.purpose === 'training')).toMatchObject({ budgeted: 40000, spent: 30000 });
    expect(report.specialUse).toEqual([
      {
        id: special.id,
        name: special.name,
        purposes: ['standards', 'spot_check_testing'],
        spentByPurpose: [{ purpose: 'standards', spent: 30000, allowed: true }],
        spentOutside: 0,
      },
    ]);
    const march = await json<FundsReportDto>(
      await t.request({ method: 'GET', url: `${API}/report?from=2025-03-01&to=2025-03-31`, cookie: staff }),
    );
    expect(march.totals.spent).toBe(30000);
    expect(march.totals.received).toBe(0);
  });

  it('exports the report as xlsx', async () => {
    const res = await t.request({ method: 'GET', url: `${API}/report.xlsx?year=2025&lang=en-US`, cookie: staff });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sources = book.getWorksheet('By source');
    const rows = (sources?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    expect(rows[0]?.slice(1, 3)).toEqual(['Fund source', 'Kind']);
    const specialRow = rows.find((r) => r[1] === '市级质量提升专项资金');
    expect(specialRow?.slice(2, 7)).toEqual(['Special fund', '佛山市市场监督管理局', 200000.5, 120000, 30000]);
  });
});

describe('facts', () => {
  it('provides funds.usage for the evaluation', async () => {
    registerAllFacts();
    const indicator = { code: 'C5', facts: ['funds.usage'] } as unknown as IndicatorDto;
    const facts = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      computeFacts(
        tx,
        {
          organisationId: jiancaiId,
          periodStart: '2025-01-01',
          periodEnd: '2025-12-31',
          assessmentId: '',
          frameworkCode: 'x',
        },
        [indicator],
      ),
    );
    const fact = facts.C5?.[0];
    expect(fact?.status).toBe('available');
    expect(Object.fromEntries((fact?.values ?? []).map((v) => [v.metric, v.value]))).toEqual({
      'funds.sources': 2,
      'funds.received': 520000.5,
      'funds.special_received': 200000.5,
      'funds.spent': 60000,
      'funds.execution_rate': 0.375,
    });
    expect(fact?.links.map((l) => l.recordId).sort()).toEqual([dues.id, special.id].sort());
  });
});
