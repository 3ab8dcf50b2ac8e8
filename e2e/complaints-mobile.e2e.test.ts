import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, logout, SCREENSHOT_DIR, setupServerAndBrowser, textOf, visible } from './browser';

/** The first demo member of 佛山市建材行业协会 (the one enterprise.admin works for). */
const ENTERPRISE = '佛山市顺德区顺安建材有限公司';
const PHONE = '13800138000';
const WIDTH = 390;

/** A button's exact label (antd puts a space between the two characters of a two-character Chinese label). */
const button = (label: string) => new RegExp(`^${[...label].join('\\s*')}$`);

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Finds the case in the console's queue by its tracking number and opens it. */
async function openCase(page: Page, baseUrl: string, trackingNo: string): Promise<void> {
  await page.goto(`${baseUrl}/console`);
  await page.getByRole('button', { name: '展开菜单' }).click();
  await page.getByRole('menuitem', { name: '投诉处理' }).click();
  await visible(page.getByRole('heading', { name: '投诉处理' }));
  // The menu drawer closes on navigation; on a busy machine its animation can still cover the page.
  await page.locator('.ant-drawer-content-wrapper').waitFor({ state: 'hidden' });
  await page.getByPlaceholder('查询编号').fill(trackingNo);
  await page.getByPlaceholder('查询编号').press('Enter');
  const link = page.locator('.ant-table-row').getByRole('link', { name: trackingNo });
  await visible(link);
  await link.click();
  await visible(page.getByRole('heading', { name: trackingNo }));
}

/** Takes a step on the open case through its dialog and waits for the status it leads to. */
async function takeStep(
  page: Page,
  step: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
  status: string,
): Promise<void> {
  await page.getByRole('button', { name: button(step) }).click();
  const dialog = page.getByRole('dialog');
  await visible(dialog);
  await fill(dialog);
  await dialog.getByRole('button', { name: button(step) }).click();
  await visible(page.getByText(`已办理：${step}`));
  await dialog.waitFor({ state: 'hidden' });
  await textOf(page.locator('.ant-tag').filter({ hasText: status }), status);
}

describe('a consumer complaint on a phone, from intake to rating', { timeout: 240_000 }, () => {
  const e2e = setupServerAndBrowser({ width: WIDTH, height: 844 });

  it('is filed in Chinese, accepted, forwarded, answered by the enterprise, settled, tracked and rated', async () => {
    const { server, browser, page } = e2e.begin('complaints-mobile');

    // The consumer files a complaint against a member, without an account.
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('link', { name: '投诉咨询' }).first().click();
    await visible(page.getByRole('heading', { name: '消费投诉与咨询' }));
    await page.getByRole('link', { name: '我要投诉 / 咨询' }).click();
    await visible(page.getByRole('heading', { name: '投诉 / 咨询' }));

    // Sending the empty form names each missing item next to it, in Chinese.
    await page.getByRole('button', { name: '提交' }).click();
    await textOf(
      page.locator('.pt-field--invalid').filter({ hasText: '电话号码' }).locator('.pt-field__error'),
      '必填',
    );
    await visible(page.getByText('请选择被投诉企业或填写其名称'));
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);

    await page.getByLabel('企业名称').fill('顺安建材');
    await page.getByRole('button', { name: new RegExp(ENTERPRISE) }).click();
    await textOf(page.locator('.pt-chosen'), ENTERPRISE);
    await page.getByLabel('问题类别').selectOption({ label: '质量问题' });
    await page.getByLabel('商品或服务名称').fill('仿古砖');
    await page
      .getByLabel('事实经过')
      .fill('2026 年 3 月在该公司门店购买仿古砖 40 平方米，铺贴两周后大面积开裂，多次联系未获处理。');
    await page.getByLabel('诉求').fill('更换全部瓷砖并承担重新铺贴费用');
    await page.getByLabel('姓名').fill('王小明');
    await page.getByLabel('电话号码').fill('1380013');
    await page.getByLabel('联系地址').fill('广东省佛山市禅城区季华五路 1 号');
    await page.getByLabel('同意将我的联系方式提供给被投诉企业').check();
    await page.getByRole('button', { name: '提交' }).click();
    await visible(page.getByText('应为 11 位手机号码或带区号的固定电话'));
    await page.getByLabel('电话号码').fill(PHONE);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-complaint-intake-390.png'), fullPage: true });
    await page.getByRole('button', { name: '提交' }).click();

    const number = page.getByTestId('tracking-no');
    await visible(number);
    const trackingNo = ((await number.textContent()) ?? '').trim();
    expect(trackingNo).not.toBe('');
    await visible(page.getByText('请保存好此编号'));
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-complaint-receipt-390.png') });

    // The association's staff find it in the queue, accept it and pass it to the enterprise.
    await login(page, server.baseUrl, 'jiancai.staff');
    await openCase(page, server.baseUrl, trackingNo);
    await visible(page.getByText('王*'));
    await takeStep(page, '受理', async () => {}, '已受理');
    await takeStep(page, '转企业处理', async () => {}, '企业处理中');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-complaint-detail-390.png'), fullPage: true });
    await logout(page);

    // The enterprise responds with a settlement proposal.
    await login(page, server.baseUrl, 'enterprise.admin');
    await openCase(page, server.baseUrl, trackingNo);
    await takeStep(
      page,
      '企业答复',
      async (dialog) => {
        await dialog.getByLabel('答复或和解方案').fill('同意免费更换全部瓷砖，并承担重新铺贴的人工费用。');
      },
      '企业已答复',
    );
    await logout(page);

    // The association records the agreement, which closes the case.
    await login(page, server.baseUrl, 'jiancai.staff');
    await openCase(page, server.baseUrl, trackingNo);
    await takeStep(
      page,
      '记录协议',
      async (dialog) => {
        await dialog.getByLabel('协议内容').fill('双方同意：企业于 7 日内免费更换瓷砖并承担铺贴人工费。');
        await dialog.getByRole('radio', { name: '成立', exact: true }).check();
      },
      '已办结',
    );
    await logout(page);

    // The consumer follows it with the tracking number and phone, and rates the outcome.
    await page.goto(`${server.baseUrl}/complaints/track`);
    await page.getByLabel('查询编号').fill(trackingNo);
    await page.getByLabel('电话号码').fill('13800000000');
    await page.getByRole('button', { name: '查询' }).click();
    await visible(page.getByText('没有找到该编号的投诉'));
    await page.getByLabel('电话号码').fill(PHONE);
    await page.getByRole('button', { name: '查询' }).click();
    await textOf(page.getByTestId('tracked-status'), '已办结');
    await visible(page.getByText('双方同意：企业于 7 日内免费更换瓷砖'));
    await page.getByRole('radio', { name: /^5 ★/ }).check();
    await page.getByLabel('意见建议（选填）').fill('处理及时，感谢协会。');
    await page.getByRole('button', { name: '提交评价' }).click();
    await visible(page.getByText('感谢您的评价'));
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-complaint-rated-390.png'), fullPage: true });

    expect(browser.problems).toEqual([]);
  });
});
