import { describe, expect, it } from 'vitest';
import { choose, dialogOpened, login, setupServerAndBrowser, signOutFromTop, textOf, visible } from './browser';

/** A small but real PDF (the server checks attachments by their content). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A button's exact label (antd puts a space between the two characters of a two-character Chinese label). */
const button = (label: string) => new RegExp(`^${[...label].join('\\s*')}$`);

/** This year's 15 December as YYYY-MM-DD in Asia/Shanghai (the tasks' due date). */
const midDecember = () => `${new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai' }).slice(0, 4)}-12-15`;

describe('the association’s workspace', () => {
  const setup = setupServerAndBrowser();

  it('lets the secretary draw up the annual plan with a KPI computed from the platform’s data and tasks with owners', {
    timeout: 180_000,
  }, async () => {
    const { server, page } = setup.begin('workspace-plan');
    await login(page, server.baseUrl, 'jiancai.admin');

    // The work team first: a post (信用管理岗) held by 梁干事, so that a task can go to the post.
    await page.goto(`${server.baseUrl}/console/workspace/team?tab=posts`);
    await page.getByTestId('team-add-post').getByRole('button').click();
    const postDialog = page.getByRole('dialog');
    await dialogOpened(page, postDialog);
    await postDialog.getByTestId('team-post-name').fill('信用管理岗');
    await choose(page, postDialog, '在岗人员', '梁干事');
    await postDialog.getByTestId('team-post-submit').click();
    await textOf(page.getByRole('row').filter({ hasText: '信用管理岗' }), '梁干事');

    await page.goto(`${server.baseUrl}/console/workspace/plans`);

    // The annual work plan (the form proposes this year).
    await page.getByTestId('plan-create').click();
    const planDialog = page.getByRole('dialog');
    await dialogOpened(page, planDialog);
    await planDialog.getByTestId('plan-title').fill('建材行业质量共治年度工作计划');
    await planDialog.getByRole('button', { name: button('保存') }).click();
    await page.waitForURL(/\/console\/workspace\/plans\/[0-9a-f-]{36}$/);

    // A goal, and a KPI on it computed from the members' data: the share with a chief quality officer.
    await page.getByTestId('goal-add').click();
    const goalDialog = page.getByRole('dialog');
    await dialogOpened(page, goalDialog);
    await goalDialog.getByTestId('goal-title').fill('提升会员企业质量管理水平');
    await goalDialog.getByRole('button', { name: button('保存') }).click();
    const goal = page.getByTestId('goal-提升会员企业质量管理水平');
    await visible(goal);
    await goal.getByTestId('kpi-add').click();
    const kpiDialog = page.getByRole('dialog');
    await dialogOpened(page, kpiDialog);
    await kpiDialog.getByTestId('kpi-name').fill('首席质量官设立率');
    await choose(page, kpiDialog, '平台指标', '首席质量官设立率');
    await kpiDialog.getByTestId('kpi-target').fill('90');
    await kpiDialog.getByRole('button', { name: button('保存') }).click();
    const kpi = page.getByTestId('kpi-首席质量官设立率');
    // Computed at once from the association's members (never left as a dash when there are members).
    await expect.poll(async () => (await kpi.getByTestId('kpi-actual').textContent()) ?? '').toMatch(/\d+(\.\d+)?\s*%/);

    // Two tasks with owners and due dates.
    // Two tasks: one owned by a person, one by the post.
    for (const [title, owner] of [
      ['组织会员企业首席质量官培训', 'person'],
      ['更新会员质量信用档案', 'post'],
    ] as const) {
      await page.getByRole('tab', { name: /^任务/ }).click();
      await page.getByTestId('task-add').click();
      const taskDialog = page.getByRole('dialog');
      await dialogOpened(page, taskDialog);
      await taskDialog.getByTestId('task-title').fill(title);
      if (owner === 'person') {
        await choose(page, taskDialog, '负责人', '梁干事');
      } else {
        await taskDialog.getByTestId('task-owner-kind-post').click();
        await choose(page, taskDialog, '负责岗位', '信用管理岗');
      }
      const due = taskDialog.getByLabel('期限', { exact: true });
      await due.click();
      await due.fill(midDecember());
      await due.press('Enter');
      await taskDialog.getByRole('button', { name: button('保存') }).click();
      await visible(page.getByTestId(`task-row-${title}`));
    }
    await textOf(page.getByTestId('plan-progress'), '0/2');
    await signOutFromTop(page);
  });

  it('consults the members on a draft code of conduct, answers the comment, revises and publishes it with the report', {
    timeout: 240_000,
  }, async () => {
    const { server, page } = setup.begin('workspace-consultation');
    const title = '会员企业职业道德准则';

    // The secretary drafts the code of conduct by pasting its text, split into clauses.
    await login(page, server.baseUrl, 'jiancai.admin');
    await page.goto(`${server.baseUrl}/console/workspace/documents`);
    await page.getByTestId('document-create').getByRole('button').click();
    const create = page.getByRole('dialog');
    await dialogOpened(page, create);
    await choose(page, create, '类别', '职业道德准则');
    await create.getByTestId('document-title').fill(title);
    await create.getByTestId('clause-paste').click();
    const paste = page.getByRole('dialog').filter({ has: page.getByTestId('clause-paste-text') });
    await dialogOpened(page, paste);
    await paste
      .getByTestId('clause-paste-text')
      .fill(
        '第一条 会员企业应当诚信经营，遵守国家法律法规。\n第二条 会员企业不得以次充好、以假充真。\n第三条 会员企业应当如实公示产品质量信息。',
      );
    await page.getByTestId('clause-paste-apply').click();
    await visible(create.getByTestId('clause-2'));
    await create.getByRole('button', { name: /新建文件/ }).click();
    await page.waitForURL(/\/console\/workspace\/documents\/[0-9a-f-]{36}$/);
    const documentUrl = page.url();

    // It goes out to the members for comments (two weeks by default).
    await page.getByTestId('consultation-open').click();
    const open = page.getByRole('dialog');
    await dialogOpened(page, open);
    await open.getByRole('button', { name: /征求意见/ }).click();
    await page.waitForURL(/\/console\/workspace\/consultations\/[0-9a-f-]{36}$/);
    const consultationUrl = page.url();
    await signOutFromTop(page);

    // A member enterprise comments on the second clause.
    await login(page, server.baseUrl, 'enterprise.admin');
    await page.goto(`${server.baseUrl}/console/workspace/consultations`);
    await page.getByTestId('consultation-row').filter({ hasText: title }).first().click();
    await page.waitForURL(consultationUrl);
    await page.getByTestId('comment-open-c2').click();
    await page.getByTestId('comment-text').fill('建议列举“以次充好”的典型情形，便于企业对照执行。');
    await page.getByTestId('comment-submit').click();
    await textOf(page.locator('[data-testid^="comment-"]').filter({ hasText: '典型情形' }).first(), '典型情形');
    await signOutFromTop(page);

    // The secretary answers it (adopted, with the reason), closes the consultation and publishes a revision.
    await login(page, server.baseUrl, 'jiancai.admin');
    await page.goto(consultationUrl);
    const answer = page.locator('[data-testid^="answer-form-"]').first();
    await choose(page, answer, '处理', '采纳');
    await answer.getByTestId('answer-reason').fill('已在第二条中列举典型情形。');
    await answer.getByTestId('answer-save').click();
    await textOf(page.locator('.ant-message'), '已答复');
    await page.getByTestId('consultation-close').click();
    const close = page.getByRole('dialog').filter({ has: page.getByTestId('consultation-close-summary') });
    await dialogOpened(page, close);
    await close.getByTestId('consultation-close-summary').fill('共收到意见 1 条，已采纳。');
    await page.getByTestId('consultation-close-confirm').getByRole('button').click();
    await textOf(page.getByTestId('consultation-status'), '已结束');

    await page.goto(documentUrl);
    await page.getByTestId('version-revise').click();
    await visible(page.getByTestId('draft-editor'));
    await page.getByTestId('draft-editor').getByTestId('version-publish').click();
    await page.getByTestId('version-publish-confirm').click();
    // The version in force links to the consultation's report.
    const reportLink = page.getByTestId('document-current').getByTestId('version-report-link');
    await visible(reportLink);
    await reportLink.click();
    await page.waitForURL(consultationUrl);
    await visible(page.getByTestId('consultation-published'));
    await signOutFromTop(page);
  });

  it('carries a message with an attachment from the regulator to the association’s liaison and back, with read receipts', {
    timeout: 180_000,
  }, async () => {
    const { server, page } = setup.begin('workspace-liaison');
    const subject = '关于开展建材产品质量提升行动的通知';

    // The regulator opens a thread with 佛山市建材行业协会 and attaches the plan as a PDF.
    await login(page, server.baseUrl, 'regulator.staff');
    await page.goto(`${server.baseUrl}/console/workspace/liaison`);
    await page.getByTestId('liaison-new-thread').getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await visible(dialog.getByTestId('liaison-subject'));
    await dialog.getByTestId('liaison-association-select').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '佛山市建材行业协会' }).first().click();
    await dialog.getByTestId('liaison-subject').fill(subject);
    await dialog.getByTestId('liaison-body').fill('请于月底前报送本行业质量提升行动方案，附件为工作要求。');
    await dialog
      .getByTestId('liaison-attach-input')
      .setInputFiles({ name: '质量提升行动工作要求.pdf', mimeType: 'application/pdf', buffer: PDF });
    await textOf(dialog, '质量提升行动工作要求.pdf');
    await dialog.getByTestId('liaison-send').click();
    await page.waitForURL(/\/console\/workspace\/liaison\/[0-9a-f-]{36}$/);
    const threadUrl = page.url();
    await textOf(page.getByTestId('liaison-attachment'), '质量提升行动工作要求.pdf');
    await textOf(page.getByTestId('liaison-receipt'), '对方未读');
    await signOutFromTop(page);

    // The association's liaison sees the unread thread, opens it, downloads the file and replies.
    await login(page, server.baseUrl, 'jiancai.liaison');
    await page.goto(`${server.baseUrl}/console/workspace/liaison`);
    const row = page.getByTestId('liaison-thread-row').filter({ hasText: subject });
    await visible(row.getByTestId('liaison-unread'));
    await row.getByRole('link', { name: subject }).click();
    await page.waitForURL(threadUrl);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('liaison-attachment').first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('质量提升行动工作要求.pdf');
    await page.getByTestId('liaison-reply').fill('已收到，协会将于本月 25 日前报送行动方案。');
    await page.getByTestId('liaison-reply-send').click();
    await textOf(page.getByTestId('liaison-message').filter({ hasText: '已收到' }), '已收到');
    await signOutFromTop(page);

    // The regulator sees the reply, and that its own message was read by the liaison.
    await login(page, server.baseUrl, 'regulator.staff');
    await page.goto(threadUrl);
    await textOf(page.getByTestId('liaison-message').filter({ hasText: '已收到' }), '本月 25 日前');
    await textOf(
      page.locator('[data-testid="liaison-message"][data-mine="true"]').getByTestId('liaison-receipt'),
      '已读',
    );

    // The regulator also reads the association's plans (its region), without changing them.
    await page.goto(`${server.baseUrl}/console/workspace/plans`);
    const picker = page.getByTestId('workspace-association');
    await picker.locator('input').click();
    await picker.locator('input').fill('建材');
    await page.locator('.ant-select-item-option').filter({ hasText: '佛山市建材行业协会' }).first().click();
    await textOf(page.getByTestId('plan-link').first(), '建材行业质量共治年度工作计划');
    expect(await page.getByTestId('plan-create').count()).toBe(0);
  });
});
