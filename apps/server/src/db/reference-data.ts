import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { sql } from 'drizzle-orm';
import type { Database } from './client.js';
import { calendarDay, calendarYear, division, industry } from './schema/index.js';

/** GB/T 2260: provincial level, Guangdong's cities, Foshan's districts, and a few seen in examples. */
export const DIVISIONS: [code: string, name: string, parent: string | null][] = [
  ['110000', '北京市', null],
  ['120000', '天津市', null],
  ['130000', '河北省', null],
  ['140000', '山西省', null],
  ['150000', '内蒙古自治区', null],
  ['210000', '辽宁省', null],
  ['220000', '吉林省', null],
  ['230000', '黑龙江省', null],
  ['310000', '上海市', null],
  ['310115', '浦东新区', '310000'],
  ['320000', '江苏省', null],
  ['330000', '浙江省', null],
  ['340000', '安徽省', null],
  ['350000', '福建省', null],
  ['350100', '福州市', '350000'],
  ['350200', '厦门市', '350000'],
  ['360000', '江西省', null],
  ['370000', '山东省', null],
  ['410000', '河南省', null],
  ['420000', '湖北省', null],
  ['430000', '湖南省', null],
  ['440000', '广东省', null],
  ['440100', '广州市', '440000'],
  ['440200', '韶关市', '440000'],
  ['440300', '深圳市', '440000'],
  ['440400', '珠海市', '440000'],
  ['440500', '汕头市', '440000'],
  ['440600', '佛山市', '440000'],
  ['440604', '禅城区', '440600'],
  ['440605', '南海区', '440600'],
  ['440606', '顺德区', '440600'],
  ['440607', '三水区', '440600'],
  ['440608', '高明区', '440600'],
  ['440700', '江门市', '440000'],
  ['440800', '湛江市', '440000'],
  ['440900', '茂名市', '440000'],
  ['441200', '肇庆市', '440000'],
  ['441300', '惠州市', '440000'],
  ['441400', '梅州市', '440000'],
  ['441500', '汕尾市', '440000'],
  ['441600', '河源市', '440000'],
  ['441700', '阳江市', '440000'],
  ['441800', '清远市', '440000'],
  ['441900', '东莞市', '440000'],
  ['442000', '中山市', '440000'],
  ['445100', '潮州市', '440000'],
  ['445200', '揭阳市', '440000'],
  ['445300', '云浮市', '440000'],
  ['450000', '广西壮族自治区', null],
  ['460000', '海南省', null],
  ['500000', '重庆市', null],
  ['510000', '四川省', null],
  ['520000', '贵州省', null],
  ['530000', '云南省', null],
  ['540000', '西藏自治区', null],
  ['610000', '陕西省', null],
  ['620000', '甘肃省', null],
  ['630000', '青海省', null],
  ['640000', '宁夏回族自治区', null],
  ['650000', '新疆维吾尔自治区', null],
];

/** GB/T 4754-2017: section C (manufacturing), its divisions, and the groups and classes of Foshan's drafters. */
export const INDUSTRIES: [code: string, name: string, parent: string | null][] = [
  ['C', '制造业', null],
  ['C13', '农副食品加工业', 'C'],
  ['C14', '食品制造业', 'C'],
  ['C15', '酒、饮料和精制茶制造业', 'C'],
  ['C16', '烟草制品业', 'C'],
  ['C17', '纺织业', 'C'],
  ['C18', '纺织服装、服饰业', 'C'],
  ['C19', '皮革、毛皮、羽毛及其制品和制鞋业', 'C'],
  ['C20', '木材加工和木、竹、藤、棕、草制品业', 'C'],
  ['C21', '家具制造业', 'C'],
  ['C22', '造纸和纸制品业', 'C'],
  ['C23', '印刷和记录媒介复制业', 'C'],
  ['C24', '文教、工美、体育和娱乐用品制造业', 'C'],
  ['C25', '石油、煤炭及其他燃料加工业', 'C'],
  ['C26', '化学原料和化学制品制造业', 'C'],
  ['C27', '医药制造业', 'C'],
  ['C28', '化学纤维制造业', 'C'],
  ['C29', '橡胶和塑料制品业', 'C'],
  ['C30', '非金属矿物制品业', 'C'],
  ['C301', '水泥、石灰和石膏制造', 'C30'],
  ['C3011', '水泥制造', 'C301'],
  ['C302', '石膏、水泥制品及类似制品制造', 'C30'],
  ['C3021', '水泥制品制造', 'C302'],
  ['C304', '玻璃制造', 'C30'],
  ['C3041', '平板玻璃制造', 'C304'],
  ['C307', '陶瓷制品制造', 'C30'],
  ['C3071', '建筑陶瓷制品制造', 'C307'],
  ['C3072', '卫生陶瓷制品制造', 'C307'],
  ['C31', '黑色金属冶炼和压延加工业', 'C'],
  ['C32', '有色金属冶炼和压延加工业', 'C'],
  ['C33', '金属制品业', 'C'],
  ['C34', '通用设备制造业', 'C'],
  ['C35', '专用设备制造业', 'C'],
  ['C36', '汽车制造业', 'C'],
  ['C37', '铁路、船舶、航空航天和其他运输设备制造业', 'C'],
  ['C38', '电气机械和器材制造业', 'C'],
  ['C383', '电线、电缆、光缆及电工器材制造', 'C38'],
  ['C3831', '电线、电缆制造', 'C383'],
  ['C3832', '光纤制造', 'C383'],
  ['C385', '家用电力器具制造', 'C38'],
  ['C3854', '家用厨房电器具制造', 'C385'],
  ['C386', '燃气、太阳能及类似能源家用器具制造', 'C38'],
  ['C3861', '燃气及类似能源家用器具制造', 'C386'],
  ['C3862', '太阳能器具制造', 'C386'],
  ['C39', '计算机、通信和其他电子设备制造业', 'C'],
  ['C40', '仪器仪表制造业', 'C'],
  ['C41', '其他制造业', 'C'],
  ['C42', '废弃资源综合利用业', 'C'],
  ['C43', '金属制品、机械和设备修理业', 'C'],
  ['M', '科学研究和技术服务业', null],
  ['M745', '质检技术服务', 'M'],
  ['S', '公共管理、社会保障和社会组织', null],
];

/** Upserts the reference lists; run after every migration so each database has the current ones. */
export async function ensureReferenceData(database: Database): Promise<void> {
  // As the owner: the application role may only read reference data.
  await database.db.transaction(async (tx) => {
    // Parents first: the lists are ordered so.
    await tx
      .insert(division)
      .values(DIVISIONS.map(([code, name, parentCode]) => ({ code, name, parentCode })))
      .onConflictDoUpdate({
        target: division.code,
        set: { name: sql`excluded.name`, parentCode: sql`excluded.parent_code` },
      });
    await tx
      .insert(industry)
      .values(INDUSTRIES.map(([code, name, parentCode]) => ({ code, name, parentCode })))
      .onConflictDoUpdate({
        target: industry.code,
        set: { name: sql`excluded.name`, parentCode: sql`excluded.parent_code` },
      });
    await ensureOfficialCalendar(tx);
  });
}

/**
 * Seeds the official holidays and make-up working days that chinese-days holds (2004–2026), once per
 * year: a year already in the database (perhaps corrected by an administrator) is left as it is.
 */
async function ensureOfficialCalendar(tx: Pick<Database['db'], 'insert'>): Promise<void> {
  const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
  const days = [
    ...Object.entries(data.holidays).map(([day, label]) => ({ day, kind: 'holiday' as const, label })),
    ...Object.entries(data.workdays).map(([day, label]) => ({ day, kind: 'workday' as const, label })),
  ];
  const years = [...new Set(days.map((d) => Number(d.day.slice(0, 4))))];
  const added = await tx
    .insert(calendarYear)
    .values(years.map((year) => ({ year, source: 'chinese-days', note: 'chinese-days 1.5.7' })))
    .onConflictDoNothing()
    .returning({ year: calendarYear.year });
  const addedYears = new Set(added.map((a) => a.year));
  const rows = days
    .filter((d) => addedYears.has(Number(d.day.slice(0, 4))))
    // "National Day,国庆节,3": the Chinese name.
    .map((d) => ({
      day: d.day,
      year: Number(d.day.slice(0, 4)),
      kind: d.kind,
      name: d.label.split(',')[1] ?? d.label,
    }));
  for (let i = 0; i < rows.length; i += 500) await tx.insert(calendarDay).values(rows.slice(i, i + 500));
}
