import type { ComplaintActionBody, ComplaintIntake, Role } from '@gongzhi/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import { type Database, SYSTEM_SCOPE } from '../db/client.js';
import { appUser, complaint, membership, organisation, roleAssignment } from '../db/schema/index.js';
import { type Actor, anonymousActor, buildActor } from '../kernel/actor.js';
import { calendarService } from '../modules/calendar/calendar.service.js';
import { addCalendarDays, isWorkingDay, type WorkingCalendar } from '../modules/calendar/working-days.js';
import { timeLimitsById } from '../modules/complaint/complaint.repository.js';
import { complaintService } from '../modules/complaint/complaint.service.js';
import { deadlineFields } from '../modules/complaint/complaint.workflow.js';
import { createMailer } from '../modules/notification/mailer.js';
import { warningService } from '../modules/warning/warning.service.js';

/** The person behind a demo account, as the services see them. */
export async function actorOf(database: Database, username: string): Promise<Actor> {
  const rows = await database.transaction(SYSTEM_SCOPE, (tx) =>
    tx
      .select({
        userId: appUser.id,
        role: roleAssignment.role,
        organisationId: roleAssignment.organisationId,
        organisationKind: organisation.kind,
        regionCode: organisation.regionCode,
      })
      .from(appUser)
      .innerJoin(roleAssignment, eq(roleAssignment.userId, appUser.id))
      .leftJoin(organisation, eq(organisation.id, roleAssignment.organisationId))
      .where(eq(appUser.username, username)),
  );
  const first = rows[0];
  if (!first) throw new Error(`demo account ${username} missing`);
  return buildActor(
    { userId: first.userId, username, locale: 'zh-CN', ip: null, requestId: null },
    rows.map((r) => ({
      role: r.role as Role,
      organisationId: r.organisationId,
      organisationKind: r.organisationKind as never,
      regionCode: r.regionCode,
    })),
  );
}

interface DemoCase {
  intake: Omit<ComplaintIntake, 'enterpriseId' | 'complainantPhone'> & { member?: number };
  /** Working days before today the case arrived (its steps are dated today). */
  receivedDaysAgo?: number;
  steps: (Omit<ComplaintActionBody, 'version'> & { as: 'staff' | 'enterprise' })[];
  rating?: number;
}

const base = {
  complainantAddress: '广东省佛山市禅城区祖庙街道汾江中路 88 号',
  consentShareContact: true,
} as const;

const CASES: DemoCase[] = [
  {
    intake: {
      ...base,
      kind: 'complaint',
      complainantName: '陈晓燕',
      category: 'quality',
      productName: '800×800 抛釉砖',
      facts: '2026 年 10 月在门店购买抛釉砖 60 箱，铺贴后一周内多块出现釉面龟裂，门店称属正常现象拒绝处理。',
      request: '更换开裂瓷砖并承担重新铺贴费用。',
    },
    steps: [],
  },
  {
    intake: {
      ...base,
      kind: 'complaint',
      complainantName: '刘志强',
      category: 'after_sales',
      productName: '铝合金推拉门',
      facts: '推拉门安装后轨道变形，多次联系售后均称排期已满，已等待三周无人上门。',
      request: '一周内上门维修，否则退款。',
    },
    receivedDaysAgo: 9,
    steps: [],
  },
  {
    intake: {
      ...base,
      kind: 'complaint',
      complainantName: '黄丽华',
      category: 'quality',
      productName: '防水涂料',
      facts: '卫生间使用该品牌防水涂料施工后楼下渗水，经物业确认为防水层失效。',
      request: '赔偿楼下邻居损失并重做防水。',
    },
    receivedDaysAgo: 5,
    steps: [
      { as: 'staff', action: 'accept', note: '材料齐全，予以受理。' },
      { as: 'staff', action: 'forward' },
    ],
  },
  {
    intake: {
      ...base,
      kind: 'complaint',
      complainantName: '梁建国',
      category: 'contract',
      productName: '定制橱柜石英石台面',
      facts: '合同约定台面厚度 20 毫米，实际安装为 15 毫米，商家称为同等品质。',
      request: '按合同更换台面或退还差价。',
    },
    receivedDaysAgo: 12,
    steps: [
      { as: 'staff', action: 'accept' },
      { as: 'staff', action: 'forward' },
      { as: 'enterprise', action: 'enterprise_respond', response: '核实为备货失误，同意退还差价 1,200 元。' },
    ],
  },
  {
    intake: {
      ...base,
      kind: 'complaint',
      complainantName: '何美玲',
      category: 'safety',
      productName: '玻璃淋浴房',
      facts: '淋浴房钢化玻璃在无外力情况下自爆，碎片划伤家人手臂。',
      request: '赔偿医疗费并更换防爆玻璃。',
    },
    receivedDaysAgo: 20,
    steps: [
      { as: 'staff', action: 'accept' },
      { as: 'staff', action: 'start_mediation', consumerConsent: true, enterpriseConsent: true },
      { as: 'staff', action: 'pause', note: '双方同意送佛山市质量计量监督检测中心检验，检验期间不计入调解期限。' },
    ],
  },
  {
    intake: {
      ...base,
      kind: 'complaint',
      complainantName: '吴国平',
      category: 'quality',
      productName: '实木复合地板',
      facts: '地板铺装两个月后大面积起拱，商家起初不予处理。',
      request: '更换地板。',
    },
    receivedDaysAgo: 30,
    steps: [
      { as: 'staff', action: 'accept' },
      { as: 'staff', action: 'forward' },
      {
        as: 'enterprise',
        action: 'enterprise_respond',
        response: '经上门勘察为地面含水率过高导致，同意免费重新铺装。',
      },
      {
        as: 'staff',
        action: 'record_agreement',
        resolution: '企业免费重新铺装并赠送踢脚线，消费者同意。',
        justified: true,
      },
    ],
    rating: 5,
  },
  {
    intake: {
      ...base,
      kind: 'complaint',
      complainantName: '罗振华',
      category: 'other',
      facts: '本人公司向该企业采购瓷砖用于工程项目，货款结算发生争议。',
      request: '协调对方尽快结算。',
    },
    receivedDaysAgo: 3,
    steps: [
      {
        as: 'staff',
        action: 'refuse',
        refusalGround: 'not_consumer_dispute',
        resolution: '属经营者之间的合同纠纷，不属于消费者权益争议，建议通过仲裁或诉讼解决。',
      },
    ],
  },
  {
    intake: {
      ...base,
      kind: 'consultation',
      complainantName: '张雅琪',
      category: 'quality',
      facts: '想了解购买瓷砖时应查看哪些质量指标，吸水率多少算合格？',
    },
    receivedDaysAgo: 2,
    steps: [
      {
        as: 'staff',
        action: 'answer',
        resolution: '可查看产品合格证与检验报告；按 GB/T 4100，瓷质砖吸水率平均值应不大于 0.5%。',
      },
    ],
  },
];

/**
 * A demo queue that looks like a working week: cases in every state, run through the real workflow
 * (so deadlines, timelines and audit are what the software makes), some received days ago.
 */
export async function seedDemoComplaints(database: Database, config: Config): Promise<number> {
  const ctx = { database, config: { ...config, intakePerIpPerHour: 1000, intakePerPhonePerHour: 1000 } };
  const calendar = calendarService(ctx);
  const mailer = createMailer({ smtpUrl: undefined, mailFrom: config.mailFrom });
  const service = complaintService(ctx, calendar, mailer);
  const staff = await actorOf(database, 'jiancai.staff');
  const enterprise = await actorOf(database, 'enterprise.admin');
  const enterpriseId = enterprise.orgIds[0] as string;
  const workingCalendar = await calendar.current();
  const members = await database.transaction(SYSTEM_SCOPE, (tx) =>
    tx
      .select({ id: membership.enterpriseId })
      .from(membership)
      .where(and(eq(membership.associationId, staff.orgIds[0] as string), eq(membership.status, 'active'))),
  );
  const visitor = anonymousActor('zh-CN', '127.0.0.1', null);
  let filed = 0;
  for (const [i, demo] of CASES.entries()) {
    const { member, ...intake } = demo.intake;
    const againstEnterprise = demo.steps.some((s) => s.as === 'enterprise') || i % 2 === 0;
    const target = againstEnterprise ? enterpriseId : (members[(member ?? i) % members.length]?.id ?? enterpriseId);
    const { receipt } = await service.intake(visitor, {
      ...intake,
      enterpriseId: target,
      complainantPhone: `1380757${String(1000 + i).slice(-4)}`,
    });
    const [row] = await database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select().from(complaint).where(eq(complaint.trackingNo, receipt.trackingNo)),
    );
    if (!row) continue;
    if (demo.receivedDaysAgo) {
      // Back-date the receipt and count its deadlines again on the calendar.
      let receivedOn = row.receivedOn;
      for (let d = 0; d < demo.receivedDaysAgo; d++) receivedOn = previousWorkingDay(receivedOn, workingCalendar);
      await database.transaction(SYSTEM_SCOPE, async (tx) => {
        const limits = (await timeLimitsById(tx, [row.timeLimitId])).get(row.timeLimitId);
        if (!limits) return;
        await tx
          .update(complaint)
          .set({
            trackingNo: `TS${receivedOn.replaceAll('-', '')}${row.trackingNo.slice(-8)}`,
            receivedOn,
            receivedAt: sql`${receivedOn}::date + time '10:30' - interval '8 hours'`,
            ...deadlineFields({ ...row, receivedOn }, limits, workingCalendar),
          })
          .where(eq(complaint.id, row.id));
      });
    }
    let version = row.version;
    for (const { as, ...step } of demo.steps) {
      const actor = as === 'staff' ? staff : enterprise;
      const detail = await service.act(actor, row.id, { ...step, version });
      version = detail.version;
    }
    if (demo.rating) {
      const [rated] = await database.query<{ tracking_no: string }>('select tracking_no from complaint where id = $1', [
        row.id,
      ]);
      await service.rate(visitor, {
        trackingNo: rated?.tracking_no ?? '',
        phone: row.complainantPhone,
        rating: demo.rating,
      });
    }
    filed += 1;
  }
  const warnings = warningService(ctx);
  const warning = await warnings.create(staff, {
    associationId: staff.orgIds[0] as string,
    title: '消费提示：选购瓷砖请索要检验报告，警惕“工程剩余”低价砖',
    body: '近期我会收到多起低价瓷砖吸水率、破坏强度不合格的投诉。选购时请查看产品合格证和型式检验报告，确认生产企业名称、地址与统一社会信用代码，保留购货凭证；铺贴前先开箱验货，发现色差、变形或釉面缺陷应停止铺贴并及时联系商家。',
    productCategory: '陶瓷砖',
  });
  await warnings.update(staff, warning.id, { version: warning.version, status: 'published' });
  mailer.close();
  return filed;
}

function previousWorkingDay(date: string, calendar: WorkingCalendar): string {
  let day = date;
  do day = addCalendarDays(day, -1);
  while (!isWorkingDay(calendar, day));
  return day;
}
