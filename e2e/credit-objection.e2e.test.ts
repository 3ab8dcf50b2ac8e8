import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  choose,
  dialogOpened,
  login,
  SCREENSHOT_DIR,
  setupServerAndBrowser,
  signOutFromTop,
  textOf,
  visible,
} from './browser';

/** The first demo member of 佛山市建材行业协会 (the enterprise enterprise.cqo works for). */
const ENTERPRISE = '佛山市顺德区顺安建材有限公司';
const TITLE = '产品质量不合格被处以罚款';

/** A button's exact label (antd puts a space between the two characters of a two-character Chinese label). */
const button = (label: string) => new RegExp(`^${[...label].join('\\s*')}$`);

/** Today in Asia/Shanghai as YYYY-MM-DD (the record's date; the browser runs in the same zone). */
const today = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** Waits for the dialog to finish opening (a click during antd's zoom animation can be lost). */
async function opened(page: Page, dialog: Locator, title: string | RegExp): Promise<void> {
  await visible(dialog.getByText(title).filter({ visible: true }));
  await dialogOpened(page, dialog);
}

/** Types a date into an antd date picker (by its form label inside `scope`). */
async function pickDate(scope: Locator, label: string, day: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

/** The published grade on the enterprise's public credit page. */
async function publicGrade(page: Page, baseUrl: string, creditCode: string, grade: string): Promise<void> {
  await page.goto(`${baseUrl}/credit/${creditCode}`);
  await visible(page.getByRole('heading', { name: ENTERPRISE }));
  const card = page.locator('.pt-credit-grade').filter({ hasText: '佛山市建材行业协会' });
  await expect
    .poll(async () => (await card.locator('.pt-grade').first().textContent())?.trim(), { timeout: 15_000 })
    .toBe(grade);
}

describe('a credit objection, from the record to the corrected public grade', { timeout: 300_000 }, () => {
  const e2e = setupServerAndBrowser({ width: 1366, height: 900 });

  it('is recorded and published by the secretary, objected to by the enterprise, upheld, and the public grade corrected', async () => {
    const { server, browser, page } = e2e.begin('credit-objection');

    // The secretary records a serious penalty for a member, with the default publication period shown.
    await login(page, server.baseUrl, 'jiancai.admin');
    await page.getByRole('menuitem', { name: '信用档案' }).click();
    await visible(page.getByRole('heading', { name: '信用档案' }));
    await page.getByRole('button', { name: '新建记录' }).click();
    const create = page.getByRole('dialog');
    await opened(page, create, '新建信用记录');
    await choose(page, create, '会员企业', ENTERPRISE, '顺安');
    await choose(page, create, '信息类型', '行政处罚');
    await choose(page, create, '严重程度', '严重');
    await visible(create.getByText('留空则按类型默认为“不良信息”'));
    await create.getByLabel('标题', { exact: true }).fill(TITLE);
    await create.getByLabel('说明', { exact: true }).fill('抽检的瓷砖吸水率不符合 GB/T 4100 要求，处罚款。');
    await pickDate(create, '发生日期', today());
    await visible(create.getByText(/留空则默认公示至 \d{4}-\d{2}-\d{2}（36 个月）/));
    await create.getByLabel('信息来源', { exact: true }).fill('佛山市市场监督管理局');
    await create.getByRole('button', { name: button('保存') }).click();

    // The new draft opens; the secretary confirms and publishes it.
    await visible(page.getByRole('heading', { name: TITLE }));
    await textOf(page.locator('.ant-tag[data-status]').first(), '草稿');
    const subtitle =
      (await page
        .getByText(new RegExp(`${ENTERPRISE}（`))
        .first()
        .textContent()) ?? '';
    const creditCode = /（([0-9A-Z]{18})）/.exec(subtitle)?.[1] ?? '';
    expect(creditCode).toHaveLength(18);
    for (const [step, status] of [
      ['确认', '已确认'],
      ['公示', '已公示'],
    ] as const) {
      await page.locator(`button[data-action="${step === '确认' ? 'confirm' : 'publish'}"]`).click();
      const dialog = page.getByRole('dialog');
      await opened(page, dialog, `${step}：${TITLE}`);
      await dialog.getByRole('button', { name: button(step) }).click();
      await visible(page.getByText(`已${step}`));
      await dialog.waitFor({ state: 'hidden' });
      await textOf(page.locator('.ant-tag[data-status]').first(), status);
    }

    // An official evaluation over all members, then its grades are published: the penalty gives D.
    await page.getByRole('menuitem', { name: '信用评价' }).click();
    await page.getByRole('button', { name: '开始评价' }).click();
    const start = page.getByRole('dialog');
    await opened(page, start, '开始信用评价');
    await start.getByRole('button', { name: '开始评价' }).click();
    await visible(page.getByRole('heading', { name: /信用评价 \d{4}-\d{2}-\d{2}/ }));
    await page.locator('button[data-action="publish"]').click();
    const publish = page.getByRole('dialog');
    await opened(page, publish, '公布本次评价的等级？');
    await publish.getByRole('button', { name: '公布等级' }).click();
    await visible(page.getByText('等级已公布'));
    await textOf(page.locator('.ant-tag[data-status]'), '已公布');
    const row = page.locator('.ant-table-row').filter({ hasText: ENTERPRISE });
    await textOf(row.locator('[data-grade]').first(), 'D');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-credit-evaluation.png'), fullPage: true });
    await signOutFromTop(page);

    // The public page shows the published grade.
    await publicGrade(page, server.baseUrl, creditCode, 'D');

    // The enterprise's quality manager sees the record in its own credit and the explanation that sums to the score.
    await login(page, server.baseUrl, 'enterprise.cqo');
    await page.getByRole('menuitem', { name: '我的信用' }).click();
    await visible(page.getByRole('heading', { name: '我的信用' }));
    const card = page.locator('[data-grade-card]').first();
    await visible(card.locator('[data-grade="D"]'));
    await visible(card.getByText(TITLE));
    await textOf(card.locator('[data-explanation-sum]'), '50');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-credit-mine.png'), fullPage: true });

    // It objects to the record, with its reason.
    await page.getByRole('tab', { name: /信用记录/ }).click();
    const recordRow = page.locator('.ant-table-row').filter({ hasText: TITLE });
    await recordRow.locator('button[data-action="object"]').click();
    const objection = page.getByRole('dialog');
    await opened(page, objection, `对记录提出异议：${TITLE}`);
    await objection
      .getByLabel('异议理由', { exact: true })
      .fill('被抽检的批次并非本公司生产，检验报告所列生产者信息有误，已向监管部门申请复核。');
    await objection.getByRole('button', { name: '提出异议' }).click();
    await visible(page.getByText('异议已提交'));
    await objection.waitFor({ state: 'hidden' });
    await textOf(recordRow.locator('.ant-tag[data-status]'), '异议中');
    await signOutFromTop(page);

    // The secretary finds it in the objection queue and upholds it: the record is revoked.
    await login(page, server.baseUrl, 'jiancai.admin');
    await page.getByRole('menuitem', { name: '异议处理' }).click();
    await visible(page.getByRole('heading', { name: '异议处理' }));
    const queueRow = page.locator('.ant-table-row').filter({ hasText: TITLE });
    await visible(queueRow.locator('[data-due-state]'));
    await queueRow.locator('button[data-action="decide"]').click();
    const decision = page.getByRole('dialog');
    await opened(page, decision, `异议决定：${TITLE}`);
    await decision.getByLabel('异议成立').check();
    await decision.getByLabel('撤销记录').check();
    await decision.getByLabel('决定理由', { exact: true }).fill('经核实，抽检批次的生产者另有其人，撤销该记录。');
    await decision.getByRole('button', { name: '作出决定' }).click();
    await visible(page.getByText('已作出决定'));
    await decision.waitFor({ state: 'hidden' });
    await page.goto(`${server.baseUrl}/console/credit/objections?status=upheld`);
    await textOf(
      page.locator('.ant-table-row').filter({ hasText: TITLE }).locator('.ant-tag[data-status]'),
      '异议成立',
    );
    await signOutFromTop(page);

    // The public page now shows the corrected grade: without the penalty the score is back to 80, grade B.
    await publicGrade(page, server.baseUrl, creditCode, 'B');
    expect(await page.locator('body').textContent()).not.toContain(TITLE);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-credit-public-corrected.png'), fullPage: true });

    expect(browser.problems).toEqual([]);
  });
});
