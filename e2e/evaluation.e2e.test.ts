import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { docxTableRows } from '../apps/server/test/docx-read';
import { dialogOpened, login, setupServerAndBrowser, signOutFromTop, textOf, visible } from './browser';

/** The third-level indicators of table A.1 and the level the secretary gives each (C5 and C20 weak). */
const LEAVES = Array.from({ length: 22 }, (_, i) => `C${i + 1}`);
const levelOf = (code: string) => (code === 'C5' || code === 'C20' ? 1 : 3);

describe('an Appendix A self-assessment, from the secretary’s scores to the regulator’s final report', () => {
  const setup = setupServerAndBrowser();

  it('is scored with the facts in view, submitted, approved, finalised, and its .docx has one row per indicator', {
    timeout: 240_000,
  }, async () => {
    const { server, page } = setup.begin('evaluation');

    // The association's secretary opens a self-assessment of last year against table A.1.
    await login(page, server.baseUrl, 'jiancai.admin');
    await page.goto(`${server.baseUrl}/console/evaluation/assessments`);
    await page.getByTestId('assessment-create').getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await dialogOpened(page, dialog);
    await textOf(dialog.getByTestId('framework-select'), 'DB4406/T 15—2022');
    await dialog.getByRole('button', { name: /新建评估/ }).click();
    await page.waitForURL(/\/console\/evaluation\/assessments\/[0-9a-f-]{36}$/);
    const assessmentUrl = page.url();
    await textOf(page.getByTestId('assessment-status'), '草稿');

    // The facts the platform holds sit beside each indicator (C4: the workspace's plans); modules not yet
    // built are named, not numbered.
    await textOf(page.getByTestId('facts-C17'), '按时办结率');
    await textOf(page.getByTestId('facts-C1'), '在岗账户');
    await textOf(page.getByTestId('facts-C4'), '年度工作计划');
    await visible(page.getByTestId('fact-unavailable-C10-projects.research'));
    await textOf(page.getByTestId('indicator-C17'), '有效开展消费咨询、消费投诉和纠纷的处理');

    for (const code of LEAVES) {
      const card = page.getByTestId(`indicator-${code}`);
      await card.scrollIntoViewIfNeeded();
      await page.getByTestId(`score-level-${code}-${levelOf(code)}`).check();
      await page.getByTestId(`rationale-${code}`).fill(`${code}：依据平台数据与年度工作总结评定。`);
      const save = page.getByTestId(`save-${code}`);
      await save.click();
      await expect.poll(() => save.isDisabled(), { timeout: 15_000 }).toBe(true);
    }
    await textOf(page.getByTestId('assessment-progress'), '22');
    // 20 leaves at 75, C5 and C20 at 25: B3 = 25 → A1 = 62.5; A2 = 75; B8 = 50 → A3 = (40·75 + 30·50 + 30·75) / 100
    // = 67.5; total = 0.3·62.5 + 0.4·75 + 0.3·67.5 = 69.
    await expect.poll(() => page.getByTestId('assessment-total').getAttribute('data-total')).toBe('69');

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByTestId('submit-assessment').click();
    const confirm = page.locator('.ant-modal-confirm');
    await dialogOpened(page, confirm);
    await confirm.getByRole('button', { name: /提\s*交/ }).click();
    await textOf(page.getByTestId('assessment-status'), '已提交');
    await signOutFromTop(page);

    // The regulator reviews it, approves with a comment, and finalises it.
    await login(page, server.baseUrl, 'regulator.admin');
    await page.goto(assessmentUrl);
    await textOf(page.getByTestId('assessment-status'), '已提交');
    await page.getByTestId('approve-assessment').click();
    const review = page.getByRole('dialog');
    await dialogOpened(page, review);
    await review.getByLabel('审核意见').fill('自评依据充分，同意。请落实 C5、C20 的改进措施。');
    await review.getByRole('button', { name: /审核通过/ }).click();
    await textOf(page.getByTestId('assessment-status'), '已审核');
    await page.getByTestId('finalise-assessment').click();
    const finalise = page.locator('.ant-modal-confirm');
    await dialogOpened(page, finalise);
    await finalise.getByRole('button', { name: /定\s*稿/ }).click();
    await textOf(page.getByTestId('assessment-status'), '已定稿');
    // Locked: the score choices are disabled for everyone now.
    await expect.poll(() => page.getByTestId('score-level-C1-3').isDisabled()).toBe(true);

    // The report downloads as a Word file laid out like table A.1.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = await download.path();
    const [table] = await docxTableRows(await readFile(file));
    expect(table).toHaveLength(1 + LEAVES.length);
    for (const code of LEAVES) {
      const row = table?.find((cells) => cells.some((cell) => cell.startsWith(`${code} `)));
      expect(row, code).toBeDefined();
      expect(row?.join('|')).toContain(`${code}：依据平台数据与年度工作总结评定。`);
      expect(row?.join('|')).toContain(levelOf(code) === 1 ? '25%' : '75%');
    }
    expect(table?.find((cells) => cells.some((c) => c.startsWith('C5 ')))?.join('|')).toContain(
      '有自筹资金投入保障工作正常开展，专项资金专款专用',
    );

    // The two weak indicators opened improvement actions for the association.
    await page.getByTestId('assessment-actions').click();
    await textOf(page.getByTestId('improvement-actions'), 'C20');
    await textOf(page.getByTestId('improvement-actions'), 'C5');
  });
});
