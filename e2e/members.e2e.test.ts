import { join } from 'node:path';
import { makeUscc } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { countOf, hidden, login, logout, SCREENSHOT_DIR, setupServerAndBrowser, textOf, visible } from './browser';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const RARE_CHARACTERS = '琰璟骁翊珂瑄钰晟煜昀珩琮';

function pick(characters: string, count: number): string {
  const chars = [...characters];
  let out = '';
  while ([...out].length < count) {
    const next = chars[Math.floor(Math.random() * chars.length)] ?? '';
    if (!out.includes(next)) out += next;
  }
  return out;
}

describe('association secretary adds a member enterprise', { timeout: 120_000 }, () => {
  const e2e = setupServerAndBrowser();

  it('refuses a wrong credit code next to the field, saves a valid one, finds the member by two characters', async () => {
    const { server, browser, page } = e2e.begin('members');
    await login(page, server.baseUrl, 'jiancai.admin');

    await page.getByRole('menuitem', { name: '会员管理' }).click();
    await visible(page.getByRole('heading', { name: '会员管理' }));
    await visible(page.locator('.ant-table-row'));
    await countOf(page.locator('.ant-table-wrapper .ant-spin-spinning'), 0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-console-member-list.png') });

    await page.getByRole('button', { name: '添加会员' }).click();
    const dialog = page.getByRole('dialog');
    await visible(dialog.getByText('添加会员企业'));
    const creditCode = dialog.getByLabel('统一社会信用代码');
    await creditCode.fill('91440605MA4UXXXX00');
    const fieldError = dialog
      .locator('.ant-form-item')
      .filter({ has: page.getByText('统一社会信用代码', { exact: true }) })
      .locator('.ant-form-item-explain-error');
    await textOf(fieldError, '校验位不正确');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-add-member-error.png') });

    const validCode = makeUscc('91', '440605', `MA4W${pick(USCC_ALPHABET, 4)}`);
    const nameKey = pick(RARE_CHARACTERS, 2);
    const name = `佛山市南海区${nameKey}陶瓷有限公司`;
    await creditCode.fill(validCode);
    await countOf(fieldError, 0);
    await dialog.getByLabel('名称').fill(name);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await visible(page.getByText('已添加会员'));
    await hidden(dialog);

    await page.getByPlaceholder('企业名称或统一社会信用代码').fill(nameKey);
    const row = page.locator('.ant-table-row').filter({ hasText: name });
    await visible(row);
    await textOf(row, validCode);
    await textOf(row, '会员单位');
    await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1);

    await logout(page);
    expect(browser.problems).toEqual([]);
  });
});
