/** The funds report as an xlsx workbook: totals, by source, by purpose, by line, special funds' use. */
import { type FundsReportDto, type Locale, WORKSPACE_RESOURCE_LABELS } from '@gongzhi/contracts';
import { addPairs, addTable, newWorkbook, workbookBuffer } from '../../kernel/xlsx.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const WORDS = {
  'zh-CN': {
    summary: '汇总',
    bySource: '按资金来源',
    byPurpose: '按用途',
    byLine: '按预算科目',
    special: '专项资金使用',
    organisation: '组织',
    period: '期间',
    received: '到位资金（元）',
    budgeted: '预算（元）',
    spent: '支出（元）',
    remaining: '结余（元）',
    rate: '执行率',
    source: '资金来源',
    kind: '类别',
    grantor: '拨付单位',
    purpose: '用途',
    line: '预算科目',
    amount: '预算额（元）',
    declared: '申明用途',
    allowed: '是否符合',
    yes: '是',
    no: '否',
    file: '经费报告',
  },
  'en-US': {
    summary: 'Summary',
    bySource: 'By source',
    byPurpose: 'By purpose',
    byLine: 'By budget line',
    special: 'Special funds',
    organisation: 'Organisation',
    period: 'Period',
    received: 'Received (yuan)',
    budgeted: 'Budgeted (yuan)',
    spent: 'Spent (yuan)',
    remaining: 'Remaining (yuan)',
    rate: 'Execution rate',
    source: 'Fund source',
    kind: 'Kind',
    grantor: 'Grantor',
    purpose: 'Purpose',
    line: 'Budget line',
    amount: 'Budget (yuan)',
    declared: 'Declared purposes',
    allowed: 'Within purpose',
    yes: 'yes',
    no: 'no',
    file: 'funds-report',
  },
} as const;

export function reportFileName(report: FundsReportDto, locale: Locale): string {
  return `${WORDS[locale].file}-${report.from}-${report.to}.xlsx`;
}

export async function fundsReportXlsx(report: FundsReportDto, locale: Locale): Promise<Buffer> {
  const w = WORDS[locale];
  const labels = WORKSPACE_RESOURCE_LABELS[locale];
  const rate = (r: number | null) => (r === null ? null : Math.round(r * 10000) / 100);
  const sep = locale === 'zh-CN' ? '、' : ', ';
  const book = newWorkbook();
  addPairs(book, w.summary, [
    [w.organisation, report.organisationName],
    [w.period, `${report.from} – ${report.to}`],
    [w.received, report.totals.received],
    [w.budgeted, report.totals.budgeted],
    [w.spent, report.totals.spent],
    [w.remaining, report.totals.remaining],
    [`${w.rate} (%)`, rate(report.totals.executionRate)],
  ]);
  addTable(
    book,
    w.bySource,
    [
      { header: w.source, width: 30, value: (r) => r.name },
      { header: w.kind, width: 12, value: (r) => labels.fundKind[r.kind] },
      { header: w.grantor, width: 24, value: (r) => r.grantor },
      { header: w.received, width: 16, value: (r) => r.received },
      { header: w.budgeted, width: 16, value: (r) => r.budgeted },
      { header: w.spent, width: 16, value: (r) => r.spent },
      { header: w.remaining, width: 16, value: (r) => r.remaining },
      { header: `${w.rate} (%)`, width: 12, value: (r) => rate(r.executionRate) },
    ],
    report.bySource,
  );
  addTable(
    book,
    w.byPurpose,
    [
      { header: w.purpose, width: 20, value: (r) => labels.fundPurpose[r.purpose] },
      { header: w.budgeted, width: 16, value: (r) => r.budgeted },
      { header: w.spent, width: 16, value: (r) => r.spent },
      { header: `${w.rate} (%)`, width: 12, value: (r) => rate(r.executionRate) },
    ],
    report.byPurpose,
  );
  addTable(
    book,
    w.byLine,
    [
      { header: w.line, width: 30, value: (r) => r.name },
      { header: w.source, width: 30, value: (r) => r.fundSourceName },
      { header: w.purpose, width: 20, value: (r) => labels.fundPurpose[r.purpose] },
      { header: w.amount, width: 16, value: (r) => r.amount },
      { header: w.spent, width: 16, value: (r) => r.spent },
      { header: w.remaining, width: 16, value: (r) => r.remaining },
      { header: `${w.rate} (%)`, width: 12, value: (r) => rate(r.executionRate) },
    ],
    report.byLine,
  );
  const specialRows = report.specialUse.flatMap((s) =>
    s.spentByPurpose.map((p) => ({ source: s.name, declared: s.purposes, ...p })),
  );
  addTable(
    book,
    w.special,
    [
      { header: w.source, width: 30, value: (r) => r.source },
      { header: w.declared, width: 30, value: (r) => r.declared.map((p) => labels.fundPurpose[p]).join(sep) },
      { header: w.purpose, width: 20, value: (r) => labels.fundPurpose[r.purpose] },
      { header: w.spent, width: 16, value: (r) => r.spent },
      { header: w.allowed, width: 12, value: (r) => (r.allowed ? w.yes : w.no) },
    ],
    specialRows,
  );
  return workbookBuffer(book);
}
