/**
 * Real-shaped spot-check result files (产品质量监督抽查结果) for tests: xlsx workbooks with a merged
 * title above the header, optional combined 生产日期/批号 column, footnote and blank trailing rows,
 * and csv files in UTF-8 (with or without BOM) or GB18030.
 */
import { makeUscc } from '@gongzhi/contracts';
import ExcelJS from 'exceljs';

export interface NoticeRow {
  enterpriseName: string;
  creditCode?: string;
  district?: string;
  productName: string;
  trademark?: string;
  modelSpec?: string;
  /** A string is written as text, a number as a plain number (an Excel serial), a Date as a date cell. */
  productionDate?: string | number | Date;
  batch?: string;
  checkCategory?: string;
  inspectionBody?: string;
  /** '合格' | '不合格' | anything, to test bad input. */
  result: string;
  failingItems?: string;
}

/** A column of the built table; `productionDateBatch` is the combined 生产日期/批号 column. */
export type NoticeColumn = 'serialNumber' | keyof NoticeRow | 'productionDateBatch';

export const DEFAULT_NOTICE_HEADERS: Record<NoticeColumn, string> = {
  serialNumber: '序号',
  enterpriseName: '标称生产企业名称',
  creditCode: '统一社会信用代码',
  district: '所在地',
  productName: '产品名称',
  trademark: '商标',
  modelSpec: '规格型号',
  productionDate: '生产日期',
  batch: '批号',
  productionDateBatch: '生产日期/批号',
  checkCategory: '抽查类别',
  inspectionBody: '检验机构',
  result: '检验结果',
  failingItems: '主要不合格项目',
};

export const DEFAULT_NOTICE_TITLE = '2026年佛山市建材产品质量监督抽查结果';

export interface NoticeOptions {
  /** Merged title row above the header; '' for none. */
  title?: string;
  /** A second merged row under the title (e.g. 发布日期). */
  subtitle?: string;
  /** One 生产日期/批号 column instead of two. */
  combinedDateColumn?: boolean;
  /** Columns in order (default: all, with the date columns as `combinedDateColumn` says). */
  columns?: NoticeColumn[];
  /** Header texts replacing the defaults. */
  headers?: Partial<Record<NoticeColumn, string>>;
}

export interface NoticeXlsxOptions extends NoticeOptions {
  /** Empty but bordered rows after the data (the first holds a lone space). */
  trailingBlankRows?: number;
  /** A merged row after the data, e.g. '注：…'. */
  footnote?: string;
}

export interface NoticeCsvOptions extends NoticeOptions {
  bom?: boolean;
  encoding?: 'utf-8' | 'gb18030';
}

function columnsOf(options: NoticeOptions): NoticeColumn[] {
  if (options.columns) return options.columns;
  const dates: NoticeColumn[] = options.combinedDateColumn ? ['productionDateBatch'] : ['productionDate', 'batch'];
  return [
    'serialNumber',
    'enterpriseName',
    'creditCode',
    'district',
    'productName',
    'trademark',
    'modelSpec',
    ...dates,
    'checkCategory',
    'inspectionBody',
    'result',
    'failingItems',
  ];
}

function headerOf(column: NoticeColumn, options: NoticeOptions): string {
  return options.headers?.[column] ?? DEFAULT_NOTICE_HEADERS[column];
}

function ymd(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dateText(value: string | number | Date): string {
  return value instanceof Date ? ymd(value) : String(value);
}

/** The value of one cell: a string, a number, a Date or nothing. */
function cellValue(row: NoticeRow, index: number, column: NoticeColumn): string | number | Date | null {
  switch (column) {
    case 'serialNumber':
      return index + 1;
    case 'productionDateBatch': {
      const date = row.productionDate;
      if (date === undefined || date === '') return row.batch ?? null;
      if (!row.batch) return date;
      return `${dateText(date)}/${row.batch}`;
    }
    default:
      return row[column] ?? null;
  }
}

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** An xlsx notice as a regulator publishes it (first worksheet, merged title, bordered table). */
export async function noticeXlsx(rows: NoticeRow[], options: NoticeXlsxOptions = {}): Promise<Buffer> {
  const columns = columnsOf(options);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('抽查结果');
  const width = columns.length;
  let r = 0;
  const merged = (text: string, bold: boolean) => {
    r += 1;
    sheet.getCell(r, 1).value = text;
    sheet.getCell(r, 1).font = { bold, size: bold ? 14 : 11 };
    sheet.getCell(r, 1).alignment = { horizontal: bold ? 'center' : 'left', wrapText: true };
    if (width > 1) sheet.mergeCells(r, 1, r, width);
  };
  const title = options.title ?? DEFAULT_NOTICE_TITLE;
  if (title) merged(title, true);
  if (options.subtitle) merged(options.subtitle, false);
  r += 1;
  columns.forEach((column, c) => {
    const cell = sheet.getCell(r, c + 1);
    cell.value = headerOf(column, options);
    cell.font = { bold: true };
    cell.border = BORDER;
  });
  rows.forEach((row, i) => {
    r += 1;
    columns.forEach((column, c) => {
      const cell = sheet.getCell(r, c + 1);
      const value = cellValue(row, i, column);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      cell.border = BORDER;
    });
  });
  if (options.footnote) merged(options.footnote, false);
  for (let i = 0; i < (options.trailingBlankRows ?? 0); i++) {
    r += 1;
    for (let c = 1; c <= width; c++) sheet.getCell(r, c).border = BORDER;
    if (i === 0) sheet.getCell(r, 1).value = ' ';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A csv notice (CRLF lines, as Excel saves them), optionally with a title line above the header. */
export function noticeCsv(rows: NoticeRow[], options: NoticeCsvOptions = {}): Buffer {
  const columns = columnsOf(options);
  const lines: string[] = [];
  if (options.title) lines.push(csvField(options.title) + ','.repeat(columns.length - 1));
  if (options.subtitle) lines.push(csvField(options.subtitle) + ','.repeat(columns.length - 1));
  lines.push(columns.map((column) => csvField(headerOf(column, options))).join(','));
  rows.forEach((row, i) => {
    const cells = columns.map((column) => {
      const value = cellValue(row, i, column);
      return value === null ? '' : csvField(value instanceof Date ? ymd(value) : String(value));
    });
    lines.push(cells.join(','));
  });
  const text = `${lines.join('\r\n')}\r\n`;
  if (options.encoding === 'gb18030') return encodeGb18030(text);
  const body = Buffer.from(text, 'utf8');
  return options.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

let gbTable: Map<string, number> | null = null;

/**
 * GB18030 has no encoder in Node; its two-byte part (all of GBK, every common Chinese character
 * and full-width punctuation) is built once by decoding every lead/trail byte pair.
 */
export function encodeGb18030(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, (lead << 8) | trail);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = gbTable.get(ch);
    if (pair === undefined) throw new Error(`encodeGb18030: no two-byte code for ${ch}`);
    bytes.push(pair >> 8, pair & 0xff);
  }
  return Buffer.from(bytes);
}

const DISTRICTS = ['禅城区', '南海区', '顺德区', '高明区', '三水区'];
const DIVISIONS = ['440604', '440605', '440606', '440608', '440607'];
const PRODUCTS: [string, string, string][] = [
  ['陶瓷砖', '800mm×800mm', '吸水率；破坏强度'],
  ['卫生陶瓷', 'CL-3201', '用水量'],
  ['建筑用铝合金型材', '6063-T5', '膜厚'],
  ['燃气灶具', 'JZT-2B', '热负荷准确度、熄火保护装置'],
  ['电线电缆', 'BV 2.5mm2', '导体电阻'],
];

/**
 * `count` plausible rows with valid credit codes, one enterprise per row, every `unqualifiedEvery`th
 * row unqualified (default 7). Deterministic, so tests and benchmarks get the same file each time.
 */
export function noticeRows(count: number, options: { unqualifiedEvery?: number; startAt?: number } = {}): NoticeRow[] {
  const every = options.unqualifiedEvery ?? 7;
  const start = options.startAt ?? 0;
  const rows: NoticeRow[] = [];
  for (let i = start; i < start + count; i++) {
    const d = i % DISTRICTS.length;
    const [productName, modelSpec, failing] = PRODUCTS[i % PRODUCTS.length] ?? ['陶瓷砖', '', ''];
    const unqualified = every > 0 && i % every === every - 1;
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    rows.push({
      enterpriseName: `佛山市${DISTRICTS[d]}测试${i + 1}号建材有限公司`,
      creditCode: makeUscc('91', DIVISIONS[d] ?? '440604', String(20000000 + i)),
      district: `佛山市${DISTRICTS[d]}`,
      productName,
      trademark: `品牌${(i % 50) + 1}`,
      modelSpec,
      productionDate: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      batch: `B${String(i + 1).padStart(6, '0')}`,
      checkCategory: i % 3 === 0 ? '流通领域' : '生产领域',
      inspectionBody: '广东省佛山市质量计量监督检测中心',
      result: unqualified ? '不合格' : '合格',
      failingItems: unqualified ? failing : '/',
    });
  }
  return rows;
}
