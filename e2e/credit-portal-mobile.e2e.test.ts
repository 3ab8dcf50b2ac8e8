import { join } from 'node:path';
import type {
  CommitmentDto,
  CreditModelDto,
  CreditRecordDto,
  CreditRunDto,
  PublicCreditPageDto,
  PublicOrganisationDto,
} from '@gongzhi/contracts';
import { type APIRequestContext, type Page, request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countOf, DEMO_PASSWORD, SCREENSHOT_DIR, setupServerAndBrowser, textOf, visible } from './browser';

/** The first demo member of 佛山市建材行业协会 (the one enterprise.admin works for). */
const ENTERPRISE = '佛山市顺德区顺安建材有限公司';
const ASSOCIATION = '佛山市建材行业协会';
const WIDTH = 390;

const PUBLISHED_POSITIVE = '2026 年度佛山市质量诚信示范企业';
const PUBLISHED_NEGATIVE = '仿古砖吸水率抽检不合格';
const DRAFT = '草稿：待核实的瓷砖色差投诉';
const CONFIRMED = '已确认未发布：包装标识不规范';
const COMMITMENT = '本店对所售瓷砖、卫浴产品，在商品完好、不影响二次销售的前提下，提供线下无理由退货服务。';
const COMMITMENT_SCOPE = '顺德区乐从镇门店全部瓷砖、卫浴产品';

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** A calendar day in the business time zone, `days` from today. */
function day(days = 0): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);
}

/** A signed-in API client (the session cookie stays in the context). */
async function apiAs(baseUrl: string, username: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: baseUrl, extraHTTPHeaders: { 'Accept-Language': 'zh-CN' } });
  const response = await context.post('/api/v1/auth/login', { data: { username, password: DEMO_PASSWORD } });
  if (!response.ok()) throw new Error(`login ${username}: ${response.status()} ${await response.text()}`);
  return context;
}

async function call<T>(context: APIRequestContext, method: 'GET' | 'POST', url: string, data?: unknown): Promise<T> {
  const response = await context.fetch(url, { method, ...(data === undefined ? {} : { data }) });
  if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Records a credit record as the association and takes it through the given steps. */
async function record(
  staff: APIRequestContext,
  ids: { associationId: string; enterpriseId: string },
  fields: { recordType: string; severity: string; title: string; occurredOn: string; sourceName: string },
  steps: ('confirm' | 'publish')[],
): Promise<CreditRecordDto> {
  let current = await call<CreditRecordDto>(staff, 'POST', '/api/v1/credit/records', {
    ...ids,
    ...fields,
    description: `${fields.title}（端到端测试数据）`,
  });
  for (const action of steps) {
    current = await call<CreditRecordDto>(staff, 'POST', `/api/v1/credit/records/${current.id}/actions`, {
      action,
      version: current.version,
    });
  }
  return current;
}

/** Runs an official evaluation of the association and publishes it. */
async function evaluateAndPublish(staff: APIRequestContext, associationId: string): Promise<CreditRunDto> {
  const run = await call<CreditRunDto>(staff, 'POST', '/api/v1/credit/evaluations', {
    associationId,
    kind: 'official',
  });
  expect(run.status, run.error ?? '').toBe('completed');
  return call<CreditRunDto>(staff, 'POST', `/api/v1/credit/evaluations/${run.id}/publish`);
}

describe('quality credit on the public portal, on a phone', { timeout: 240_000 }, () => {
  const e2e = setupServerAndBrowser({ width: WIDTH, height: 844 });

  it('finds an enterprise, shows its published grade, records and commitments, and nothing unpublished', async () => {
    const { server, browser, page } = e2e.begin('credit-portal-mobile');

    // ---- data through the real API: the association records, evaluates and publishes; the enterprise commits.
    const anonymous = await request.newContext({ baseURL: server.baseUrl });
    const found = await call<{ items: PublicOrganisationDto[] }>(
      anonymous,
      'GET',
      `/api/v1/public/organisations?kind=enterprise&q=${encodeURIComponent('顺安建材')}`,
    );
    const enterprise = found.items.find((organisation) => organisation.name === ENTERPRISE);
    if (!enterprise) throw new Error(`${ENTERPRISE} is not in the demo data`);
    const detail = await call<PublicOrganisationDto & { associations: { id: string; name: string }[] }>(
      anonymous,
      'GET',
      `/api/v1/public/organisations/${enterprise.id}`,
    );
    const association = detail.associations.find((candidate) => candidate.name === ASSOCIATION);
    if (!association) throw new Error(`${ENTERPRISE} is not a member of ${ASSOCIATION}`);
    const ids = { associationId: association.id, enterpriseId: enterprise.id };

    const staff = await apiAs(server.baseUrl, 'jiancai.staff');
    const source = { sourceName: ASSOCIATION, occurredOn: day(-20) };
    await record(staff, ids, { ...source, recordType: 'honour', severity: 'minor', title: PUBLISHED_POSITIVE }, [
      'confirm',
      'publish',
    ]);
    await record(
      staff,
      ids,
      {
        ...source,
        recordType: 'spot_check',
        severity: 'general',
        title: PUBLISHED_NEGATIVE,
        sourceName: '佛山市市场监督管理局',
      },
      ['confirm', 'publish'],
    );
    await record(staff, ids, { ...source, recordType: 'justified_complaint', severity: 'minor', title: DRAFT }, []);
    await record(staff, ids, { ...source, recordType: 'self_reported', severity: 'minor', title: CONFIRMED }, [
      'confirm',
    ]);
    await evaluateAndPublish(staff, association.id);

    const enterpriseAdmin = await apiAs(server.baseUrl, 'enterprise.admin');
    await call<CommitmentDto>(enterpriseAdmin, 'POST', '/api/v1/credit/commitments', {
      ...ids,
      kind: 'offline_no_reason_return',
      content: COMMITMENT,
      scope: COMMITMENT_SCOPE,
      returnDays: 15,
      validFrom: day(0),
      validUntil: day(365),
    });

    // What the public route says is what the page must show.
    const publicPage = await call<PublicCreditPageDto>(
      anonymous,
      'GET',
      `/api/v1/public/credit/${enterprise.creditCode}`,
    );
    const grade = publicPage.grades.find((candidate) => candidate.associationName === ASSOCIATION);
    if (!grade) throw new Error('the published grade is missing from the public credit page');
    // Its label is the one the association's model gives the grade (not the bare code).
    const models = await call<CreditModelDto[]>(staff, 'GET', `/api/v1/credit/models?associationId=${association.id}`);
    const model = models.find((candidate) => candidate.status === 'active');
    const label = model?.definition.grades.find((candidate) => candidate.code === grade.grade)?.label;
    expect
      .soft(grade.gradeLabel, "the public routes give the grade's label from the model that graded it")
      .toEqual(label);
    const titles = publicPage.records.map((candidate) => candidate.title);
    expect(titles).toEqual(expect.arrayContaining([PUBLISHED_POSITIVE, PUBLISHED_NEGATIVE]));
    expect(titles).not.toContain(DRAFT);
    expect(titles).not.toContain(CONFIRMED);
    await Promise.all([anonymous.dispose(), staff.dispose(), enterpriseAdmin.dispose()]);

    // ---- a consumer on a phone: portal → credit → search → the enterprise's credit page.
    await page.goto(`${server.baseUrl}/`);
    await page.locator('.pt-nav').getByRole('link', { name: '信用信息', exact: true }).click();
    await visible(page.getByRole('heading', { name: '企业信用等级公示' }));
    await page.getByLabel('企业名称或统一社会信用代码').fill('顺安');
    const names = page.locator('.pt-credit-item .pt-org__name');
    await textOf(names, '顺安');
    for (const text of await names.allTextContents()) expect(text).toContain('顺安');
    const item = page.locator('.pt-credit-item').filter({ hasText: ENTERPRISE });
    await textOf(item, grade.gradeLabel['zh-CN']);
    await textOf(item, ASSOCIATION);
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-credit-list-390.png'), fullPage: true });

    // A search by the full credit code finds the same enterprise.
    await page.getByLabel('企业名称或统一社会信用代码').fill(enterprise.creditCode);
    await textOf(page.locator('.pt-credit-item').first(), ENTERPRISE);

    await item.getByRole('link', { name: ENTERPRISE }).click();
    await visible(page.getByRole('heading', { level: 1, name: ENTERPRISE }));
    await textOf(page.getByTestId('credit-code'), enterprise.creditCode);
    const grades = page.getByTestId('credit-grades');
    await textOf(grades, grade.gradeLabel['zh-CN']);
    await textOf(grades, `${ASSOCIATION}评定`);
    await textOf(grades, `评价基准日 ${grade.asOf}`);

    const records = page.getByTestId('credit-records');
    await textOf(records, PUBLISHED_POSITIVE);
    await textOf(records, PUBLISHED_NEGATIVE);
    const negative = records.locator('.pt-credit-record').filter({ hasText: PUBLISHED_NEGATIVE });
    await textOf(negative, '不良信息');
    await textOf(negative, '监督抽查 · 严重程度：一般');
    await textOf(negative, '佛山市市场监督管理局');
    await textOf(records.locator('.pt-credit-record').filter({ hasText: PUBLISHED_POSITIVE }), '良好信息');
    // Unpublished records (a draft, a confirmed one) are nowhere on the page.
    await countOf(page.getByText(DRAFT), 0);
    await countOf(page.getByText(CONFIRMED), 0);

    const commitments = page.getByTestId('credit-commitments');
    await textOf(commitments, '线下无理由退货承诺');
    await textOf(commitments, COMMITMENT);
    await textOf(commitments, COMMITMENT_SCOPE);
    await textOf(commitments, '15 天无理由退货');
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-credit-enterprise-390.png'), fullPage: true });

    // The same page in English shows the grade's English label.
    await page.getByLabel('语言').selectOption('en-US');
    await visible(page.getByRole('heading', { name: 'Credit records' }));
    await textOf(page.getByTestId('credit-grades'), grade.gradeLabel['en-US']);
    await page.getByLabel('Language').selectOption('zh-CN');
    await visible(page.getByRole('heading', { name: '信用记录' }));

    // The enterprise's page in the member directory leads to its credit page.
    await page.goto(`${server.baseUrl}/directory/${enterprise.id}`);
    await page.getByRole('link', { name: '查看信用信息' }).click();
    await visible(page.getByRole('heading', { level: 1, name: ENTERPRISE }));
    await textOf(page.getByTestId('credit-grades'), grade.gradeLabel['zh-CN']);

    // The commitments notice board, filtered by kind, links back to the enterprise.
    await page.goto(`${server.baseUrl}/credit/commitments`);
    await page.getByLabel('承诺类型').selectOption({ label: '线下无理由退货承诺' });
    const board = page.locator('.pt-credit-commitment').filter({ hasText: ENTERPRISE });
    await textOf(board, '15 天无理由退货');
    await board.getByRole('link', { name: ENTERPRISE }).click();
    await visible(page.getByTestId('credit-commitments'));
    await page.goBack();
    await page.getByLabel('承诺类型').selectOption({ label: '放心消费承诺' });
    await countOf(page.locator('.pt-credit-commitment').filter({ hasText: ENTERPRISE }), 0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);

    // An unknown credit code gets a clear "not found", not an error.
    await page.goto(`${server.baseUrl}/credit/91440606MA00000000`);
    await visible(page.getByText('未找到该企业的信用信息'));

    expect(browser.problems).toEqual([]);
  });
});
