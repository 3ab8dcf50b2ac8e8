/**
 * Demo quality credit data, made through the real services (so evaluations, explanations,
 * warnings and audit are what the software makes): a member archive with positive and negative
 * records, published grades, a published warning, a red-list measure, commitments on the notice
 * board, and an open objection waiting for the secretary.
 */
import type { CreditRecordCreate } from '@gongzhi/contracts';
import { and, eq } from 'drizzle-orm';
import type { Config } from '../config.js';
import { type Database, SYSTEM_SCOPE } from '../db/client.js';
import { membership } from '../db/schema/index.js';
import { todayInShanghai } from '../kernel/clock.js';
import { calendarService } from '../modules/calendar/calendar.service.js';
import { addCalendarDays } from '../modules/calendar/working-days.js';
import { commitmentService } from '../modules/credit/commitment.service.js';
import { creditService } from '../modules/credit/credit.service.js';
import { measureService } from '../modules/credit/measure.service.js';
import { createMailer } from '../modules/notification/mailer.js';
import { actorOf } from './demo-complaints.js';

type DemoRecord = Omit<CreditRecordCreate, 'associationId' | 'enterpriseId' | 'occurredOn'> & {
  member: number;
  daysAgo: number;
  /** How far it goes: draft, confirmed or published. */
  to: 'draft' | 'confirmed' | 'published';
};

const RECORDS: DemoRecord[] = [
  {
    member: 0,
    recordType: 'honour',
    severity: 'minor',
    title: '广东省名牌产品（陶瓷砖）',
    sourceName: '广东省名牌产品推进委员会',
    daysAgo: 200,
    to: 'published',
  },
  {
    member: 0,
    recordType: 'certification',
    severity: 'minor',
    title: '产品质量认证证书（CQC）',
    sourceName: '中国质量认证中心',
    daysAgo: 320,
    to: 'published',
  },
  {
    member: 0,
    recordType: 'spot_check',
    severity: 'general',
    title: '2026 年市级监督抽查：吸水率不合格（一般）',
    sourceName: '佛山市市场监督管理局',
    daysAgo: 12,
    to: 'published',
  },
  {
    member: 0,
    recordType: 'training',
    severity: 'minor',
    title: '首席质量官培训结业',
    sourceName: '佛山市建材行业协会',
    daysAgo: 60,
    to: 'confirmed',
  },
  {
    member: 1,
    recordType: 'standard_work',
    severity: 'minor',
    title: '主导起草团体标准 T/FSJC 003—2026',
    sourceName: '佛山市建材行业协会',
    daysAgo: 150,
    to: 'published',
  },
  {
    member: 1,
    recordType: 'honour',
    severity: 'minor',
    title: '佛山市政府质量奖提名奖',
    sourceName: '佛山市人民政府',
    daysAgo: 90,
    to: 'published',
  },
  {
    member: 1,
    recordType: 'certification',
    severity: 'minor',
    title: '绿色建材产品认证',
    sourceName: '中国建材检验认证集团',
    daysAgo: 100,
    to: 'published',
  },
  {
    member: 1,
    recordType: 'commitment_kept',
    severity: 'minor',
    title: '放心消费承诺履行良好（年度核查）',
    sourceName: '佛山市建材行业协会',
    daysAgo: 30,
    to: 'published',
  },
  {
    member: 2,
    recordType: 'administrative_penalty',
    severity: 'serious',
    title: '生产销售不合格产品被罚没',
    sourceName: '佛山市市场监督管理局',
    daysAgo: 75,
    to: 'published',
  },
  {
    member: 3,
    recordType: 'administrative_penalty',
    severity: 'minor',
    title: '产品标识不规范被通报批评',
    sourceName: '佛山市南海区市场监督管理局',
    daysAgo: 20,
    to: 'published',
  },
  {
    member: 4,
    recordType: 'spot_check',
    severity: 'minor',
    title: '2026 年省级监督抽查：合格',
    sourceName: '广东省市场监督管理局',
    daysAgo: 40,
    to: 'published',
  },
  {
    member: 4,
    recordType: 'self_reported',
    severity: 'minor',
    title: '企业自我声明：执行企业标准 Q/SA 01—2025',
    sourceName: '企业自报',
    daysAgo: 10,
    to: 'draft',
  },
];

export async function seedDemoCredit(database: Database, config: Config): Promise<number> {
  const ctx = { database, config };
  const mailer = createMailer({ smtpUrl: undefined, mailFrom: config.mailFrom });
  const credit = creditService(ctx, calendarService(ctx), mailer);
  const commitments = commitmentService(ctx, mailer);
  const measures = measureService(ctx);
  const staff = await actorOf(database, 'jiancai.staff');
  const enterprise = await actorOf(database, 'enterprise.admin');
  const associationId = staff.orgIds[0] as string;
  const ownId = enterprise.orgIds[0] as string;
  const others = await database.transaction(SYSTEM_SCOPE, (tx) =>
    tx
      .select({ id: membership.enterpriseId })
      .from(membership)
      .where(and(eq(membership.associationId, associationId), eq(membership.status, 'active'))),
  );
  const members = [ownId, ...others.map((m) => m.id).filter((id) => id !== ownId)];
  const today = todayInShanghai();
  let spotCheckId: string | null = null;
  for (const demo of RECORDS) {
    const { member, daysAgo, to, ...input } = demo;
    const enterpriseId = members[member % members.length] as string;
    const created = await credit.createRecord(staff, {
      ...input,
      associationId,
      enterpriseId,
      occurredOn: addCalendarDays(today, -daysAgo),
    });
    let version = created.version;
    if (to !== 'draft') version = (await credit.actOnRecord(staff, created.id, { action: 'confirm', version })).version;
    if (to === 'published') await credit.actOnRecord(staff, created.id, { action: 'publish', version });
    if (input.recordType === 'spot_check' && input.severity === 'general') spotCheckId = created.id;
  }
  const run = await credit.startEvaluation(staff, { associationId, kind: 'official' });
  await credit.publishEvaluation(staff, run.id);
  // The failed spot check raised a warning; the secretary published it.
  const issued = await credit.listWarnings(staff, { status: 'issued', page: 1, pageSize: 20 });
  const first = issued.items[0];
  if (first) await credit.actOnWarning(staff, first.id, { action: 'publish', version: first.version });
  // The best-graded member is recommended for an award (red list).
  const best = await credit.evaluationResults(staff, run.id, { page: 1, pageSize: 1 });
  const top = best.items[0];
  if (top && top.grade === 'A') {
    await measures.apply(staff, {
      associationId,
      enterpriseId: top.enterpriseId,
      kind: 'award_recommendation',
      reason: '信用等级 A，推荐参评佛山市政府质量奖',
      validFrom: today,
      validUntil: addCalendarDays(today, 365),
    });
  }
  await commitments.sign(enterprise, {
    enterpriseId: ownId,
    associationId,
    kind: 'assured_consumption',
    content: '本企业承诺：商品明码标价、质价相符；出现质量问题先行赔付；接受社会监督。',
    validFrom: addCalendarDays(today, -30),
    validUntil: addCalendarDays(today, 335),
  });
  await commitments.sign(enterprise, {
    enterpriseId: ownId,
    associationId,
    kind: 'offline_no_reason_return',
    content: '在本企业直营门店购买的商品，在不影响二次销售的前提下，15 日内可无理由退货。',
    scope: '佛山市内直营门店销售的全部瓷砖、卫浴产品（定制类除外）',
    returnDays: 15,
    validFrom: addCalendarDays(today, -30),
    validUntil: addCalendarDays(today, 335),
  });
  // The enterprise objects to the spot-check record: an open case on the secretary's list.
  if (spotCheckId) {
    await credit.fileObjection(enterprise, spotCheckId, {
      reason: '抽样批次为经销商库存的过期产品，非本企业当期生产，已申请复检，请暂缓认定。',
    });
  }
  return RECORDS.length;
}
