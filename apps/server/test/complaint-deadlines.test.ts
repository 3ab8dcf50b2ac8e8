import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { complaint, jobRun, notification } from '../src/db/schema/index.js';
import { todayInShanghai } from '../src/kernel/clock.js';
import { calendarService } from '../src/modules/calendar/calendar.service.js';
import { addCalendarDays } from '../src/modules/calendar/working-days.js';
import { checkComplaintDeadlines } from '../src/modules/complaint/complaint.deadlines.js';
import { createMailer } from '../src/modules/notification/mailer.js';
import { buildTestApp, type TestApp } from './harness.js';
import { type MailInbox, startMailInbox } from './mail-inbox.js';

let mail: MailInbox;
let t: TestApp;
let enterpriseId: string;

beforeAll(async () => {
  mail = await startMailInbox();
  const smtpUrl = mail.url;
  t = await buildTestApp({ config: { smtpUrl, intakePerIpPerHour: 1000 } });
  const admin = await t.login('enterprise.admin');
  enterpriseId = (await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: admin })).json().organisations[0].id;
});
afterAll(async () => {
  await t.close();
  await mail.close();
});

async function fileCase(facts: string): Promise<{ id: string; trackingNo: string }> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/public/complaints',
    body: {
      kind: 'complaint',
      enterpriseId,
      complainantName: '孙七',
      complainantPhone: `1360000${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`,
      complainantAddress: '佛山市顺德区大良街道',
      category: 'safety',
      facts,
      request: '更换',
      consentShareContact: false,
    },
  });
  const { trackingNo } = res.json();
  const rows = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
    tx.select({ id: complaint.id }).from(complaint).where(eq(complaint.trackingNo, trackingNo)),
  );
  return { id: rows[0]?.id as string, trackingNo };
}

const noticesOf = (trackingNo: string) =>
  t.database.transaction(SYSTEM_SCOPE, (tx) =>
    tx.select().from(notification).where(sql`${notification.params}->>'trackingNo' = ${trackingNo}`),
  );

describe('complaint deadline job: reminders and escalation, in-app and by e-mail (real SMTP)', () => {
  it('reminds staff of a deadline due soon and escalates an overdue one to the administrator, once each', async () => {
    const today = todayInShanghai();
    const dueSoon = await fileCase('热水器使用一周后漏水，请求更换新机。');
    const overdue = await fileCase('燃气灶点火困难，多次维修未果，请求退货。');
    await t.database.transaction(SYSTEM_SCOPE, async (tx) => {
      await tx.update(complaint).set({ dueOn: today }).where(eq(complaint.id, dueSoon.id));
      await tx
        .update(complaint)
        .set({ dueOn: addCalendarDays(today, -3) })
        .where(eq(complaint.id, overdue.id));
    });
    const calendar = await calendarService({ database: t.database, config: t.config }).current();
    const run = await checkComplaintDeadlines(t.database, calendar, { publicUrl: 'https://gongzhi.example.org' });
    expect(run.reminded).toBeGreaterThanOrEqual(1);
    expect(run.escalated).toBeGreaterThanOrEqual(1);
    const mailer = createMailer(t.config);
    const sent = await mailer.send(run.mails);
    mailer.close();
    expect(sent.failed).toBe(0);

    const reminders = await noticesOf(dueSoon.trackingNo);
    expect(reminders.map((n) => n.kind)).toEqual(['complaint.due_soon', 'complaint.due_soon']);
    const escalations = await noticesOf(overdue.trackingNo);
    expect(escalations.map((n) => n.kind)).toEqual(['complaint.overdue']);

    const toAdmin = mail.messages.filter((m) => m.to.includes('jiancai.admin@example.org'));
    const toStaff = mail.messages.filter((m) => m.to.includes('jiancai.staff@example.org'));
    expect(toStaff.some((m) => m.data.includes(dueSoon.trackingNo))).toBe(true);
    expect(toStaff.some((m) => m.data.includes(overdue.trackingNo))).toBe(false);
    expect(toAdmin.some((m) => m.data.includes(overdue.trackingNo))).toBe(true);
    expect(toAdmin.find((m) => m.data.includes(overdue.trackingNo))?.data).toContain(
      `https://gongzhi.example.org/console/complaints/${overdue.id}`,
    );

    const [late] = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select({ late: complaint.late }).from(complaint).where(eq(complaint.id, overdue.id)),
    );
    expect(late?.late).toBe(true);

    const again = await checkComplaintDeadlines(t.database, calendar, { publicUrl: 'https://gongzhi.example.org' });
    expect(
      again.mails.filter((m) => m.text.includes(dueSoon.trackingNo) || m.text.includes(overdue.trackingNo)),
    ).toEqual([]);
    const runs = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select().from(jobRun).where(eq(jobRun.name, 'complaint-deadlines')),
    );
    expect(runs).toHaveLength(2);
  });
});
