import type { ComplaintStatsDto, ComplaintStatsRowDto, Locale } from '@gongzhi/contracts';
import ExcelJS from 'exceljs';

const HEADERS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    label: '分组',
    received: '收到',
    complaints: '投诉',
    consultations: '咨询',
    accepted: '受理',
    refused: '不予受理',
    settled: '调解成功',
    terminated: '终止调解',
    transferred: '移送',
    open: '办理中',
    onTimeRate: '按时办结率',
    settledRate: '调解成功率',
    medianDays: '办结天数中位数',
    satisfaction: '满意度（1–5）',
    rated: '评价数',
    total: '合计',
    sheet: '投诉统计',
    period: '期间',
    groupBy: '分组方式',
  },
  'en-US': {
    label: 'Group',
    received: 'Received',
    complaints: 'Complaints',
    consultations: 'Consultations',
    accepted: 'Accepted',
    refused: 'Refused',
    settled: 'Settled',
    terminated: 'Terminated',
    transferred: 'Transferred',
    open: 'Open',
    onTimeRate: 'On-time rate',
    settledRate: 'Settled rate',
    medianDays: 'Median days',
    satisfaction: 'Satisfaction (1–5)',
    rated: 'Ratings',
    total: 'Total',
    sheet: 'Complaint statistics',
    period: 'Period',
    groupBy: 'Grouped by',
  },
};

const CATEGORY_LABELS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    quality: '质量',
    after_sales: '售后服务',
    contract: '合同',
    price: '价格',
    safety: '安全',
    advertising: '虚假宣传',
    other: '其他',
  },
  'en-US': {
    quality: 'Quality',
    after_sales: 'After-sales service',
    contract: 'Contract',
    price: 'Price',
    safety: 'Safety',
    advertising: 'False advertising',
    other: 'Other',
  },
};

const COLUMNS: (keyof ComplaintStatsRowDto)[] = [
  'label',
  'received',
  'complaints',
  'consultations',
  'accepted',
  'refused',
  'settled',
  'terminated',
  'transferred',
  'open',
  'onTimeRate',
  'settledRate',
  'medianDays',
  'satisfaction',
  'rated',
];
const PERCENT = new Set<keyof ComplaintStatsRowDto>(['onTimeRate', 'settledRate']);

/** The statistics as a real xlsx workbook (one sheet, a header row, a total row, rates as percentages). */
export async function statsWorkbook(stats: ComplaintStatsDto, locale: Locale): Promise<Buffer> {
  const h = HEADERS[locale];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongzhi 共治';
  const sheet = workbook.addWorksheet(h.sheet);
  sheet.addRow([h.period, `${stats.from} – ${stats.to}`, h.groupBy, stats.groupBy]);
  sheet.addRow([]);
  const header = sheet.addRow(COLUMNS.map((c) => h[c] ?? c));
  header.font = { bold: true };
  const add = (row: ComplaintStatsRowDto, label?: string) =>
    sheet.addRow(COLUMNS.map((c) => (c === 'label' && label ? label : row[c])));
  for (const row of stats.rows) {
    add(row, stats.groupBy === 'category' ? CATEGORY_LABELS[locale][row.key] : undefined);
  }
  const total = add(stats.total, h.total);
  total.font = { bold: true };
  COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c === 'label' ? 36 : 14;
    if (PERCENT.has(c)) column.numFmt = '0.0%';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
