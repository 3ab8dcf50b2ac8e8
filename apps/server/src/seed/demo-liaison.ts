/**
 * Demo liaison channel and notices (issue #7), made through the real services: the regulator asks
 * 佛山市建材行业协会 for its annual quality plan (with the association's liaison answering, both sides'
 * read receipts recorded), and a notice from the association to its members opened by the demo
 * enterprise. Does nothing when a thread of the association already exists.
 */
import { sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import { type Database, SYSTEM_SCOPE } from '../db/client.js';
import { queryRows } from '../kernel/raw-sql.js';
import { liaisonService } from '../modules/liaison/liaison.service.js';
import { noticeService } from '../modules/liaison/notice.service.js';
import { createMailer } from '../modules/notification/mailer.js';
import { actorOf } from './demo-complaints.js';

export interface LiaisonSeedSummary {
  threads: number;
  notices: number;
}

export async function seedDemoLiaison(database: Database, config: Config): Promise<LiaisonSeedSummary> {
  const existing = await database.transaction(SYSTEM_SCOPE, (tx) =>
    queryRows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM liaison_thread t JOIN organisation o ON o.id = t.organisation_id
          WHERE o.name = '佛山市建材行业协会'`,
    ),
  );
  if (Number(existing[0]?.n ?? 0) > 0) return { threads: 0, notices: 0 };
  const mailer = createMailer(config);
  const ctx = { database, config };
  const liaison = liaisonService(ctx, mailer);
  const notices = noticeService(ctx, mailer);
  const regulator = await actorOf(database, 'regulator.staff');
  const liaisonOfficer = await actorOf(database, 'jiancai.liaison');
  const secretary = await actorOf(database, 'jiancai.admin');
  const enterprise = await actorOf(database, 'enterprise.admin');
  const association = await database.transaction(SYSTEM_SCOPE, (tx) =>
    queryRows<{ id: string }>(tx, sql`SELECT id FROM organisation WHERE name = '佛山市建材行业协会'`),
  );
  const associationId = association[0]?.id;
  if (!associationId) return { threads: 0, notices: 0 };

  const thread = await liaison.create(regulator, {
    organisationId: associationId,
    subject: '关于报送年度行业质量提升工作计划的通知',
    body: '请协会于本月底前报送年度行业质量提升工作计划及重点任务分工，附件为报送模板说明。',
  });
  await liaison.open(liaisonOfficer, thread.id);
  await liaison.addMessage(liaisonOfficer, thread.id, {
    body: '收到。计划初稿已提交秘书处审议，预计下周五前报送。',
  });
  await liaison.open(regulator, thread.id);
  await liaison.addMessage(regulator, thread.id, { body: '好的，请同时附上上年度计划完成情况。' });
  await liaison.create(liaisonOfficer, {
    subject: '陶瓷砖防滑性能抽查结果分析会安排',
    body: '协会拟于下月组织会员单位召开抽查结果分析会，请监管部门派员指导。',
  });

  const notice = await notices.publish(secretary, {
    title: '关于开展“质量月”活动的通知',
    body: '各会员单位：\n为推进行业质量提升，协会将于9月开展“质量月”活动，请各单位结合实际制定活动方案，并于9月10日前报送秘书处。',
  });
  await notices.open(enterprise, notice.id);
  return { threads: 2, notices: 1 };
}
