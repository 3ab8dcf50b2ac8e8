import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeXlsx } from '../apps/server/test/spotcheck-files';
import { dialogOpened, login, SCREENSHOT_DIR, setupServerAndBrowser, signOutFromTop, textOf, visible } from './browser';

const ENTERPRISE = '佛山市顺德区顺安建材有限公司';
const NOTICE_NO = '佛市监抽〔2026〕E2E号';

/** Today in Asia/Shanghai as YYYY-MM-DD (the browser runs in the same zone). */
const today = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

interface PublicOrganisation {
  id: string;
  name: string;
  creditCode: string;
  associations: { name: string }[];
}

/** Two published members of 佛山市建材行业协会: 顺安 and one more, from the public directory. */
async function members(baseUrl: string): Promise<{ shunan: PublicOrganisation; other: PublicOrganisation }> {
  const res = await fetch(`${baseUrl}/api/v1/public/organisations?q=${encodeURIComponent('建材')}&pageSize=50`);
  const items = ((await res.json()) as { items: PublicOrganisation[] }).items;
  const ofJiancai = items.filter((o) => o.associations.some((a) => a.name === '佛山市建材行业协会'));
  const shunan = ofJiancai.find((o) => o.name === ENTERPRISE);
  const other = ofJiancai.find((o) => o.name !== ENTERPRISE);
  if (!shunan || !other) throw new Error('the demo data has no two members of 佛山市建材行业协会');
  return { shunan, other };
}

describe('a spot-check notice, from the published file to the member’s archive and re-inspection', () => {
  const setup = setupServerAndBrowser();

  it('is imported with a row excluded and one matched by hand; the association sees the failure; the enterprise asks for re-inspection', async () => {
    const { server, browser, page } = setup.begin('spotcheck-import');
    const { shunan, other } = await members(server.baseUrl);
    const file = join(tmpdir(), `gongzhi-e2e-notice-${process.pid}.xlsx`);
    await writeFile(
      file,
      await noticeXlsx(
        [
          {
            enterpriseName: ENTERPRISE,
            creditCode: shunan.creditCode,
            productName: '陶瓷砖',
            trademark: '顺安',
            modelSpec: '800mm×800mm',
            productionDate: '2026/3/5',
            batch: 'A2603',
            inspectionBody: '广东省建筑材料研究院',
            result: '不合格',
            failingItems: '吸水率；破坏强度',
          },
          {
            // The producer as marked on the product: not the registered name, so it waits to be matched by hand.
            enterpriseName: `${other.name}（原厂名）`,
            productName: '陶瓷砖',
            modelSpec: '600mm×600mm',
            productionDate: '2026-03-08',
            batch: 'B0308',
            inspectionBody: '广东省建筑材料研究院',
            result: '合格',
          },
          {
            enterpriseName: '佛山市坏数据陶瓷厂',
            productName: '陶瓷砖',
            productionDate: '2026-02-30',
            inspectionBody: '广东省建筑材料研究院',
            result: '待定',
          },
        ],
        { trailingBlankRows: 2, footnote: '注：以上抽查结果仅对所检样品负责。' },
      ),
    );

    // The regulator's officer: upload, check the mapping, exclude the bad row, record the notice facts.
    await login(page, server.baseUrl, 'regulator.staff');
    await page.goto(`${server.baseUrl}/console/spot-checks/import`);
    await page.locator('input[type=file]').setInputFiles(file);
    await visible(page.getByTestId('mapping-apply'));
    await page.getByTestId('mapping-apply').click();
    const counts = page.getByTestId('preview-counts');
    await visible(counts);
    await visible(page.getByTestId('preview-problems').getByText('待定'));
    await page.getByTestId('exclude-row-5').click();
    await expect.poll(async () => page.getByTestId('exclude-row-5').isChecked()).toBe(true);
    await page.getByTestId('preview-next').click();
    const form = page.getByTestId('notice-form');
    await visible(form);
    await form.getByLabel('通告编号').fill(NOTICE_NO);
    await form.getByLabel('通告标题').fill('2026年佛山市陶瓷砖产品质量监督抽查结果');
    await form.getByLabel('抽查级别', { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '市抽' }).first().click();
    const published = form.getByLabel('发布日期', { exact: true });
    await published.click();
    await published.fill(today());
    await published.press('Enter');
    await form.getByLabel('产品类别').fill('陶瓷砖');
    await textOf(page.getByTestId('live-rate'), '50');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-spotcheck-import.png'), fullPage: true });
    await page.getByTestId('commit-button').click();
    await visible(page.getByText('已导入通告'));

    // The unmatched row: matched by hand to the registered enterprise.
    await page.goto(`${server.baseUrl}/console/spot-checks/unmatched`);
    const row = page.locator('.ant-table-row').filter({ hasText: '原厂名' });
    await visible(row);
    await row.getByTestId('match-button').click();
    const dialog = page.getByRole('dialog');
    await dialogOpened(page, dialog);
    const picker = dialog.getByTestId('match-enterprise');
    await picker.click();
    await page.keyboard.type(other.name.slice(3, 9));
    const option = page.locator('.ant-select-item-option').filter({ hasText: other.name });
    await visible(option);
    await option.first().click();
    await dialog.getByRole('button', { name: /匹\s*配/ }).click();
    await visible(page.getByText('已匹配企业'));
    await dialog.waitFor({ state: 'hidden' });
    await signOutFromTop(page);

    // The association: the member's failure in the analysis and in its credit archive.
    await login(page, server.baseUrl, 'jiancai.staff');
    await page.goto(`${server.baseUrl}/console/spot-checks/analysis`);
    const table = page.getByTestId('analysis-table');
    await textOf(table, '陶瓷砖');
    await textOf(table, '50');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-spotcheck-analysis.png'), fullPage: true });
    await page.goto(`${server.baseUrl}/console/credit/records`);
    await visible(
      page.locator('.ant-table-row').filter({ hasText: NOTICE_NO }).filter({ hasText: ENTERPRISE }).first(),
    );
    await signOutFromTop(page);

    // The enterprise: its failure, with 15 days to ask for re-inspection.
    await login(page, server.baseUrl, 'enterprise.admin');
    await page.goto(`${server.baseUrl}/console/spot-checks/mine`);
    const request = page.getByTestId('reinspection-button').first();
    await visible(request);
    await request.click();
    const ask = page.getByRole('dialog');
    await dialogOpened(page, ask);
    const received = ask.getByLabel('收到检验结果的日期', { exact: true });
    await received.click();
    await received.fill(today());
    await received.press('Enter');
    await ask.getByLabel('申请理由', { exact: true }).fill('样品保存条件不符合标准要求，申请复检。');
    await ask.getByRole('button', { name: /提交申请/ }).click();
    await visible(page.getByText('已提交复检申请'));
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'gongzhi-spotcheck-reinspection.png'), fullPage: true });

    expect(browser.problems).toEqual([]);
  });
});
