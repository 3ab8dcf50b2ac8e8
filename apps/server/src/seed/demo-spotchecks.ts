/**
 * Demo spot checks, analysis and risk monitoring (issue #6), made through the real services: two
 * years of municipal and provincial result notices for the demo associations' product categories,
 * imported by the regulator as xlsx files (so matching, the unmatched queue, credit records,
 * warnings and audit are what the software makes); a re-inspection requested and decided, and a
 * recent failure still open to one; a clear rise of unqualified 陶瓷砖 at 佛山市建材行业协会 that the
 * risk scan turns into alerts; a risk analysis report to the regulator and a reproducible
 * sampling plan. Deterministic: a fixed pseudo-random sequence, dates relative to today.
 */
import { addDays, addMonths, defaultPublishUntil, makeUscc, type SpotCheckLevel } from '@gongzhi/contracts';
import { and, asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Config } from '../config.js';
import { type Database, SYSTEM_SCOPE } from '../db/client.js';
import { creditRecord, membership, organisation, spotCheckReinspection, spotCheckResult } from '../db/schema/index.js';
import { todayInShanghai } from '../kernel/clock.js';
import { calendarService } from '../modules/calendar/calendar.service.js';
import { creditService } from '../modules/credit/credit.service.js';
import { createMailer } from '../modules/notification/mailer.js';
import { riskService, scanAll } from '../modules/spotcheck/risk.service.js';
import { samplingService } from '../modules/spotcheck/sampling.service.js';
import { spotCheckService } from '../modules/spotcheck/spotcheck.service.js';
import { actorOf } from './demo-complaints.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const JIANCAI = '佛山市建材行业协会';
const TAOCI = '佛山市禅城区陶瓷行业协会';
const RANQIJU = '佛山市顺德区燃气具商会';
const DIANXIAN = '佛山市电线电缆行业协会';
/** The sampling plan's recorded seed: the same suggestion every time. */
export const DEMO_SAMPLING_SEED = 'FSJC-SJ-0001';

/** A fixed pseudo-random sequence (mulberry32). */
function sequence(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return { next, int, pick, shuffle };
}
type Sequence = ReturnType<typeof sequence>;

type CategoryName = '陶瓷砖' | '卫生陶瓷' | '建筑涂料' | '家用燃气灶具' | '燃气热水器' | '电线电缆';

interface Category {
  standards: string;
  /** The demo associations whose members make it. */
  associations: string[];
  products: [name: string, models: string[]][];
  failingItems: string[];
  bodies: string[];
  /** Producers no organisation in the platform is: their rows wait in the unmatched queue. */
  outsiders: [name: string, district: string, division: string | null][];
}

const CERAMIC_BODIES = ['广东省建筑材料研究院', '国家陶瓷及水暖卫浴产品质量检验检测中心', '佛山市质量计量监督检测中心'];
const GAS_BODIES = ['佛山市质量计量监督检测中心', '广东产品质量监督检验研究院'];
const CERAMIC_OUTSIDERS: Category['outsiders'] = [
  ['佛山市南海区联兴陶瓷厂', '佛山市南海区', null],
  ['肇庆市高要区华盛陶瓷有限公司', '肇庆市高要区', '441204'],
  ['云浮市新兴县金达卫浴有限公司', '云浮市新兴县', '445321'],
  ['清远市清城区宏达新材料有限公司', '清远市清城区', '441802'],
];
const GAS_OUTSIDERS: Category['outsiders'] = [
  ['江门市新会区荣达燃气具厂', '江门市新会区', null],
  ['中山市小榄镇美佳电器有限公司', '中山市', '442000'],
  ['佛山市顺德区勒流永安五金电器厂', '佛山市顺德区', null],
];

const CATEGORIES: Record<CategoryName, Category> = {
  陶瓷砖: {
    standards: 'GB/T 4100—2015《陶瓷砖》；GB 6566—2010《建筑材料放射性核素限量》',
    associations: [JIANCAI, TAOCI],
    products: [
      ['陶瓷砖（抛釉砖）', ['800mm×800mm', '600mm×1200mm', '750mm×1500mm']],
      ['陶瓷砖（抛光砖）', ['800mm×800mm', '600mm×600mm']],
      ['陶瓷砖（仿古砖）', ['600mm×600mm', '300mm×600mm']],
      ['陶瓷岩板', ['900mm×1800mm', '1200mm×2400mm']],
    ],
    failingItems: ['吸水率', '破坏强度', '断裂模数', '釉面抗龟裂性', '边直度', '表面平整度'],
    bodies: CERAMIC_BODIES,
    outsiders: CERAMIC_OUTSIDERS,
  },
  卫生陶瓷: {
    standards: 'GB/T 6952—2015《卫生陶瓷》；GB 25502—2017《坐便器水效限定值及水效等级》',
    associations: [TAOCI],
    products: [
      ['坐便器', ['连体坐便器 305mm坑距', '分体坐便器 400mm坑距', '壁挂式坐便器']],
      ['洗面器', ['台上盆 600mm', '立柱盆 550mm']],
      ['蹲便器', ['后出水蹲便器']],
    ],
    failingItems: ['用水量', '水封深度', '洗净功能', '吸水率', '耐荷重性', '排放功能'],
    bodies: CERAMIC_BODIES,
    outsiders: CERAMIC_OUTSIDERS,
  },
  建筑涂料: {
    standards: 'GB 18582—2020《建筑用墙面涂料中有害物质限量》；GB/T 9756—2018《合成树脂乳液内墙涂料》',
    associations: [JIANCAI],
    products: [
      ['内墙乳胶漆', ['18L 面漆', '5L 底漆']],
      ['外墙弹性涂料', ['20kg']],
      ['真石漆', ['25kg']],
    ],
    failingItems: ['挥发性有机化合物（VOC）含量', '游离甲醛含量', '耐洗刷性', '对比率', '苯系物总和含量'],
    bodies: ['广东省建筑材料研究院', '广东产品质量监督检验研究院'],
    outsiders: [
      ['佛山市高明区明城鸿发涂料厂', '佛山市高明区', null],
      ['肇庆市四会市彩丽涂料有限公司', '肇庆市四会市', '441284'],
    ],
  },
  家用燃气灶具: {
    standards: 'GB 16410—2020《家用燃气灶具》；GB 30720—2014《家用燃气灶具能效限定值及能效等级》',
    associations: [RANQIJU],
    products: [
      ['嵌入式燃气灶', ['JZT-2-B01（天然气）', 'JZT-2-B26（天然气）', 'JZY-2-B08（液化石油气）']],
      ['台式燃气灶', ['JZT-2-T05（天然气）']],
    ],
    failingItems: ['热负荷准确度', '熄火保护装置', '干烟气中一氧化碳含量', '热效率', '燃气导管', '标志'],
    bodies: GAS_BODIES,
    outsiders: GAS_OUTSIDERS,
  },
  燃气热水器: {
    standards:
      'GB 6932—2015《家用燃气快速热水器》；GB 20665—2015《家用燃气快速热水器和燃气采暖热水炉能效限定值及能效等级》',
    associations: [RANQIJU],
    products: [['燃气快速热水器', ['JSQ25-13', 'JSQ30-16', 'JSQ32-16（零冷水）']]],
    failingItems: ['热负荷准确度', '烟气中一氧化碳含量', '热水产率', '防过热安全装置', '熄火保护装置'],
    bodies: GAS_BODIES,
    outsiders: GAS_OUTSIDERS,
  },
  电线电缆: {
    standards: 'GB/T 5023.3—2008《额定电压450/750V及以下聚氯乙烯绝缘电缆 第3部分》；GB/T 12706.1—2020',
    associations: [DIANXIAN],
    products: [
      ['聚氯乙烯绝缘电缆', ['BV 450/750V 2.5mm²', 'BV 450/750V 4mm²', 'BVR 450/750V 6mm²']],
      ['聚氯乙烯护套软电缆', ['RVV 300/500V 3×1.5mm²']],
      ['交联聚乙烯绝缘电力电缆', ['YJV 0.6/1kV 3×25+1×16mm²']],
    ],
    failingItems: ['导体电阻', '绝缘厚度', '绝缘最薄处厚度', '护套厚度', '绝缘老化前抗张强度'],
    bodies: ['广东产品质量监督检验研究院', '佛山市质量计量监督检测中心'],
    outsiders: [
      ['佛山市三水区南鑫电线厂', '佛山市三水区', null],
      ['东莞市长安镇信达电缆有限公司', '东莞市', '441900'],
    ],
  },
};

interface NoticePlan {
  category: CategoryName;
  daysAgo: number;
  level: Extract<SpotCheckLevel, 'municipal' | 'provincial'>;
  /** 陶瓷砖: unqualified rows among the 8 rows of 佛山市建材行业协会 members (default none; the rise). */
  jiancaiUnqualified?: number;
  /** The demo enterprise (enterprise.admin) fails with these items. */
  enterpriseFails?: string[];
}

/** Oldest first, about one a month over two years; the last three 陶瓷砖 notices are the rise. */
const NOTICES: NoticePlan[] = [
  { category: '陶瓷砖', daysAgo: 700, level: 'municipal' },
  { category: '家用燃气灶具', daysAgo: 670, level: 'provincial' },
  { category: '卫生陶瓷', daysAgo: 640, level: 'municipal' },
  { category: '电线电缆', daysAgo: 620, level: 'municipal' },
  { category: '燃气热水器', daysAgo: 600, level: 'municipal' },
  { category: '陶瓷砖', daysAgo: 580, level: 'provincial' },
  { category: '建筑涂料', daysAgo: 540, level: 'municipal' },
  { category: '陶瓷砖', daysAgo: 450, level: 'municipal', jiancaiUnqualified: 1 },
  { category: '家用燃气灶具', daysAgo: 410, level: 'municipal' },
  { category: '卫生陶瓷', daysAgo: 380, level: 'provincial' },
  { category: '电线电缆', daysAgo: 350, level: 'provincial' },
  { category: '陶瓷砖', daysAgo: 330, level: 'municipal' },
  { category: '建筑涂料', daysAgo: 290, level: 'provincial' },
  { category: '燃气热水器', daysAgo: 250, level: 'municipal' },
  { category: '陶瓷砖', daysAgo: 220, level: 'provincial' },
  { category: '建筑涂料', daysAgo: 160, level: 'municipal' },
  { category: '陶瓷砖', daysAgo: 120, level: 'municipal', jiancaiUnqualified: 1, enterpriseFails: ['釉面抗龟裂性'] },
  { category: '电线电缆', daysAgo: 100, level: 'municipal' },
  { category: '卫生陶瓷', daysAgo: 75, level: 'municipal' },
  { category: '陶瓷砖', daysAgo: 52, level: 'provincial', jiancaiUnqualified: 2 },
  { category: '家用燃气灶具', daysAgo: 40, level: 'municipal' },
  { category: '陶瓷砖', daysAgo: 27, level: 'municipal', jiancaiUnqualified: 4 },
  {
    category: '陶瓷砖',
    daysAgo: 6,
    level: 'municipal',
    jiancaiUnqualified: 5,
    enterpriseFails: ['吸水率', '破坏强度'],
  },
];

/** 佛山市建材行业协会 members' rows in each 陶瓷砖 notice: enough for the rise to stand out. */
const JIANCAI_ROWS = 8;

const HEADERS = [
  '序号',
  '标称生产企业名称',
  '统一社会信用代码',
  '所在地',
  '产品名称',
  '商标',
  '规格型号',
  '生产日期',
  '批号',
  '抽查类别',
  '检验机构',
  '检验结果',
  '主要不合格项目',
];

interface Member {
  id: string;
  name: string;
  creditCode: string;
  regionCode: string;
  association: string;
}

interface FileRow {
  enterpriseName: string;
  creditCode: string;
  district: string;
  productName: string;
  trademark: string;
  modelSpec: string;
  productionDate: string;
  batch: string;
  checkCategory: string;
  inspectionBody: string;
  failing: string[] | null;
}

const DISTRICTS: Record<string, string> = {
  '440604': '佛山市禅城区',
  '440605': '佛山市南海区',
  '440606': '佛山市顺德区',
  '440607': '佛山市三水区',
  '440608': '佛山市高明区',
};

/** The brand in a demo name (佛山市顺德区顺安建材有限公司 → 顺安). */
function trademarkOf(name: string): string {
  const found =
    /^佛山市.{2}区(.+?)(新型建材|建材|石材|玻璃|燃气具|厨卫电器|热水器|燃气灶具|电线电缆|电缆|电工材料|线缆|建筑陶瓷|陶瓷|卫浴|瓷砖)有限公司$/u.exec(
      name,
    );
  return found?.[1] ?? '/';
}

async function demoMembers(database: Database): Promise<Member[]> {
  const associations = await database.transaction(SYSTEM_SCOPE, (tx) =>
    tx
      .select({ id: organisation.id, name: organisation.name })
      .from(organisation)
      .where(eq(organisation.kind, 'industry_organisation')),
  );
  const members: Member[] = [];
  for (const association of associations) {
    const rows = await database.transaction(SYSTEM_SCOPE, (tx) =>
      tx
        .select({
          id: organisation.id,
          name: organisation.name,
          creditCode: organisation.creditCode,
          regionCode: organisation.regionCode,
        })
        .from(membership)
        .innerJoin(organisation, eq(organisation.id, membership.enterpriseId))
        .where(and(eq(membership.associationId, association.id), eq(membership.status, 'active')))
        .orderBy(asc(organisation.creditCode)),
    );
    members.push(...rows.map((r) => ({ ...r, association: association.name })));
  }
  return members;
}

/** One notice's rows: the category's members (some named only), the planned failures, one or two outsiders. */
function noticeRows(
  plan: NoticePlan,
  publishedOn: string,
  members: readonly Member[],
  enterpriseId: string,
  rnd: Sequence,
): FileRow[] {
  const category = CATEGORIES[plan.category];
  let k = 0;
  const row = (who: { name: string; creditCode: string; district: string; trademark: string }): FileRow => {
    k += 1;
    const [productName, models] = rnd.pick(category.products);
    const productionDate = addDays(publishedOn, -rnd.int(30, 120));
    return {
      enterpriseName: who.name,
      creditCode: who.creditCode,
      district: who.district,
      productName,
      trademark: who.trademark,
      modelSpec: rnd.pick(models),
      productionDate,
      batch: `${productionDate.replaceAll('-', '').slice(2)}-${String(k).padStart(2, '0')}`,
      checkCategory: rnd.pick(['生产领域', '生产领域', '流通领域', '电子商务领域']),
      inspectionBody: rnd.pick(category.bodies),
      failing: null,
    };
  };
  const memberRow = (m: Member, nameOnly: boolean) =>
    row({
      name: m.name,
      creditCode: nameOnly ? '' : m.creditCode,
      district: DISTRICTS[m.regionCode] ?? '佛山市',
      trademark: trademarkOf(m.name),
    });
  const failWith = (r: FileRow, items?: string[]) => {
    r.failing = items ?? rnd.shuffle(category.failingItems).slice(0, rnd.int(1, 2));
  };

  const rows: FileRow[] = [];
  const controlled = new Set<FileRow>();
  for (const association of category.associations) {
    const own = members.filter((m) => m.association === association);
    if (own.length === 0) continue;
    if (association === JIANCAI && plan.category === '陶瓷砖') {
      // The rise: a fixed number of failures among a fixed number of rows, whatever the members.
      const enterprise = plan.enterpriseFails ? own.find((m) => m.id === enterpriseId) : undefined;
      const order = enterprise ? [enterprise, ...rnd.shuffle(own.filter((m) => m !== enterprise))] : rnd.shuffle(own);
      let failures = plan.jiancaiUnqualified ?? 0;
      const picked: FileRow[] = [];
      for (let i = 0; i < JIANCAI_ROWS; i++) {
        const m = order[i % order.length] as Member;
        const r = memberRow(m, m.id !== enterpriseId && rnd.next() < 0.15);
        if (m === enterprise && i === 0) {
          failWith(r, plan.enterpriseFails);
          failures -= 1;
        } else if (m.id !== enterpriseId && failures > 0) {
          failWith(r);
          failures -= 1;
        }
        controlled.add(r);
        picked.push(r);
      }
      rows.push(...picked);
      continue;
    }
    const count = rnd.int(8, 14);
    const order = rnd.shuffle(own);
    for (let i = 0; i < count; i++) {
      const m = order[i % order.length] as Member;
      const r = memberRow(m, rnd.next() < 0.15);
      // The demo enterprise's story is told by the plan; its other rows pass.
      if (m.id === enterpriseId) controlled.add(r);
      rows.push(r);
    }
  }
  // About 5–12 % of the other member rows fail.
  const open = rows.filter((r) => !controlled.has(r));
  const target = Math.round(open.length * (0.05 + 0.07 * rnd.next()));
  for (const r of rnd.shuffle(open).slice(0, target)) failWith(r);
  // One or two producers the platform does not know.
  for (const [name, district, division] of rnd.shuffle(category.outsiders).slice(0, rnd.int(1, 2))) {
    const serial = 47_000_000 + [...name].reduce((sum, ch) => (sum * 31 + (ch.codePointAt(0) ?? 0)) % 999_983, 0);
    const r = row({
      name,
      creditCode: division ? makeUscc('91', division, String(serial).padStart(8, '0').slice(-8)) : '',
      district,
      trademark: '/',
    });
    if (rnd.next() < 0.3) failWith(r);
    rows.push(r);
  }
  return rnd.shuffle(rows);
}

function cellsOf(r: FileRow, index: number): (string | number)[] {
  return [
    index + 1,
    r.enterpriseName,
    r.creditCode,
    r.district,
    r.productName,
    r.trademark,
    r.modelSpec,
    r.productionDate,
    r.batch,
    r.checkCategory,
    r.inspectionBody,
    r.failing ? '不合格' : '合格',
    r.failing ? r.failing.join('；') : '/',
  ];
}

/** The notice as the regulator publishes it: a merged title and date above a bordered table. */
async function noticeXlsx(title: string, subtitle: string, rows: readonly FileRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('抽查结果');
  const thin = { style: 'thin' } as const;
  const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center', wrapText: true };
  sheet.addRow([subtitle]);
  sheet.mergeCells(2, 1, 2, HEADERS.length);
  sheet.addRow(HEADERS).font = { bold: true };
  rows.forEach((r, i) => {
    sheet.addRow(cellsOf(r, i)).eachCell((cell) => {
      cell.border = border;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An older notice as the open-data portal exports it: UTF-8 csv with BOM, a title line, CRLF. */
function noticeCsv(title: string, rows: readonly FileRow[]): Buffer {
  const field = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    field(title) + ','.repeat(HEADERS.length - 1),
    HEADERS.join(','),
    ...rows.map((r, i) => cellsOf(r, i).map(field).join(',')),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}

export interface SpotCheckSeedSummary {
  notices: number;
  results: number;
  alerts: number;
}

export async function seedDemoSpotChecks(database: Database, config: Config): Promise<SpotCheckSeedSummary> {
  const ctx = { database, config };
  const mailer = createMailer({ smtpUrl: undefined, mailFrom: config.mailFrom });
  const credit = creditService(ctx, calendarService(ctx), mailer);
  const spot = spotCheckService(ctx, credit, mailer);
  const risk = riskService(ctx, credit, mailer);
  const regulator = await actorOf(database, 'regulator.admin');
  const enterprise = await actorOf(database, 'enterprise.admin');
  const staff = await actorOf(database, 'jiancai.staff');
  const secretary = await actorOf(database, 'jiancai.admin');
  const enterpriseId = enterprise.orgIds[0] as string;
  const jiancaiId = staff.orgIds[0] as string;
  const members = await demoMembers(database);
  const today = todayInShanghai();
  const rnd = sequence(20_260_601);

  let results = 0;
  const counters = new Map<string, number>();
  let olderFailure: { noticeId: string; publishedOn: string } | null = null;
  for (const [index, plan] of NOTICES.entries()) {
    const publishedOn = addDays(today, -plan.daysAgo);
    const year = publishedOn.slice(0, 4);
    const key = `${plan.level}:${year}`;
    const batchNo = (counters.get(key) ?? 0) + 1;
    counters.set(key, batchNo);
    const municipal = plan.level === 'municipal';
    const noticeNo = municipal
      ? `佛市监质〔${year}〕${batchNo * 3 + 4}号`
      : `粤市监质监〔${year}〕${batchNo * 5 + 11}号`;
    const title = municipal
      ? `佛山市市场监督管理局关于${year}年第${batchNo}批${plan.category}产品质量监督抽查结果的通告`
      : `广东省市场监督管理局关于${year}年第${batchNo}批${plan.category}产品质量省级监督抽查情况的通告`;
    const rows = noticeRows(plan, publishedOn, members, enterpriseId, rnd);
    // Older notices came from the open-data portal as csv; the recent ones are the published xlsx.
    const preview =
      plan.daysAgo > 365
        ? await spot.upload(regulator, `${noticeNo}.csv`, noticeCsv(title, rows), 'text/csv')
        : await spot.upload(
            regulator,
            `${noticeNo}.xlsx`,
            await noticeXlsx(title, `发布日期：${publishedOn}`, rows),
            XLSX,
          );
    if (preview.problems.length > 0) {
      throw new Error(`demo notice ${noticeNo}: ${preview.problems.map((p) => p.message).join('; ')}`);
    }
    const unqualified = rows.filter((r) => r.failing).length;
    const refusals = index % 5 === 3 ? 1 : 0;
    const { notice } = await spot.commit(regulator, preview.id, {
      notice: {
        noticeNo,
        title,
        level: plan.level,
        publishedOn,
        productCategory: plan.category,
        standards: CATEGORIES[plan.category].standards,
        batchesSampled: rows.length + refusals,
        batchesInspected: rows.length,
        batchesUnqualified: unqualified,
        refusals,
      },
    });
    results += notice.rowCount;
    if (plan.enterpriseFails && plan.daysAgo > 15) olderFailure = { noticeId: notice.id, publishedOn };
  }

  // An older failure of the demo enterprise: re-inspection requested and found qualified, dated as it happened.
  if (olderFailure) {
    const { noticeId, publishedOn } = olderFailure;
    const [failed] = await database.transaction(SYSTEM_SCOPE, (tx) =>
      tx
        .select({ id: spotCheckResult.id })
        .from(spotCheckResult)
        .where(
          and(
            eq(spotCheckResult.noticeId, noticeId),
            eq(spotCheckResult.enterpriseId, enterpriseId),
            eq(spotCheckResult.result, 'unqualified'),
          ),
        ),
    );
    if (failed) {
      const requested = await spot.requestReinspection(enterprise, failed.id, {
        receivedOn: today,
        reason: '被抽样品为经销商仓库中受潮的库存产品，非本企业当期生产；同批次留样已封存，申请对留样进行复检。',
      });
      await spot.decideReinspection(regulator, requested.id, {
        outcome: 'qualified',
        inspectionBody: '国家陶瓷及水暖卫浴产品质量检验检测中心',
        note: '同批次封存留样经复检，釉面抗龟裂性符合 GB/T 4100—2015 要求，复检结论为合格。',
        version: requested.version,
      });
      const receivedOn = addDays(publishedOn, 4);
      const decidedOn = addDays(publishedOn, 38);
      await database.transaction(SYSTEM_SCOPE, async (tx) => {
        await tx
          .update(spotCheckReinspection)
          .set({
            receivedOn,
            requestedAt: new Date(`${addDays(publishedOn, 9)}T10:20:00+08:00`),
            decidedAt: new Date(`${decidedOn}T16:40:00+08:00`),
          })
          .where(eq(spotCheckReinspection.id, requested.id));
        await tx
          .update(creditRecord)
          .set({ occurredOn: decidedOn, publishUntil: defaultPublishUntil('spot_check', 'minor', decidedOn) })
          .where(eq(creditRecord.sourceRef, `spotcheck:${failed.id}:reinspection`));
      });
    }
  }

  // The association scans its series (the rise of 陶瓷砖 signals), then the monthly scan covers everyone else.
  const scanned = await risk.scan(staff, jiancaiId);
  const rest = await scanAll(database, { creditWarnings: config.riskCreditWarnings, today });

  const year = today.slice(0, 4);
  await risk.createReport(secretary, {
    title: `${year}年会员企业陶瓷砖产品质量风险分析报告`,
    periodFrom: `${addMonths(today, -11).slice(0, 7)}-01`,
    periodTo: today,
    summary:
      '近三个月，本会会员企业陶瓷砖产品在市级、省级监督抽查中的不合格率明显上升，控制图最近一个月超出上控制限。' +
      '主要不合格项目为吸水率、破坏强度和釉面抗龟裂性，集中在大规格抛釉砖和岩板；建筑涂料不合格率保持平稳。',
    recommendations:
      '一、组织陶瓷砖会员企业开展吸水率、破坏强度专项自查，重点核查烧成制度和原料配方的变更；' +
      '二、建议在下一批次“双随机”监督抽查中提高陶瓷砖会员企业的抽样比例；' +
      '三、协会举办首席质量官专题培训，并将整改情况纳入年度质量信用评价。',
    dimensions: ['category', 'item', 'period'],
    categories: ['陶瓷砖', '建筑涂料'],
  });

  await samplingService(ctx).create(regulator, {
    title: '建材行业协会会员企业监督抽查“双随机”抽样建议（陶瓷砖专项）',
    associationId: jiancaiId,
    sampleSize: 5,
    seed: DEMO_SAMPLING_SEED,
  });

  return { notices: NOTICES.length, results, alerts: scanned.alertsCreated + rest.alerts };
}
