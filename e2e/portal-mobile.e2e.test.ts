import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, setupServerAndBrowser, textOf, visible } from './browser';

describe('the public portal on a phone', { timeout: 120_000 }, () => {
  const e2e = setupServerAndBrowser({ width: 360, height: 740 });

  const pageWidth = () => e2e.browser.page.evaluate(() => document.documentElement.scrollWidth);

  it('fits 360 px and the directory finds a member by two characters', async () => {
    const { server, browser, page } = e2e.begin('portal-mobile');
    await page.goto(`${server.baseUrl}/`);
    await visible(page.getByRole('heading', { name: '行业质量共治平台' }));
    await visible(page.locator('.pt-figure'));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-portal-home-360.png'), fullPage: true });
    expect(await pageWidth()).toBeLessThanOrEqual(360);

    await page.getByRole('link', { name: '会员名录' }).first().click();
    await page.getByPlaceholder('输入名称或统一社会信用代码').fill('电缆');
    const names = page.locator('.pt-org__name');
    await textOf(names, '电缆');
    const found = await names.allTextContents();
    expect(found.length).toBeGreaterThan(0);
    for (const text of found) expect(text).toContain('电缆');
    expect(await pageWidth()).toBeLessThanOrEqual(360);

    await names.first().getByRole('link').click();
    await visible(page.getByRole('heading', { name: '所属行业组织' }));
    expect(browser.problems).toEqual([]);
  });
});
