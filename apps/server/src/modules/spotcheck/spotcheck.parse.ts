/**
 * Reading published spot-check result tables (产品质量监督抽查结果): an xlsx or csv file → the
 * header row and the data rows as the user sees them in Excel; the header layout's signature and
 * a suggested column mapping; then each row checked and turned into a result row.
 *
 * xlsx is read with exceljs's streaming reader (a 100,000-row sheet in a few seconds and a
 * fraction of the memory of loading the workbook); it ignores merged cells, so the first sheet's
 * `<mergeCells>` are read from the zip directly and a vertically merged cell (an enterprise with
 * several products) gives its value to the rows below it.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import {
  normaliseUscc,
  SPOT_CHECK_FIELDS,
  SPOT_CHECK_REQUIRED_FIELDS,
  type SpotCheckField,
  type SpotCheckResult,
} from '@gongzhi/contracts';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import type { ColumnMapping } from '../../db/schema/spotcheck.js';
import { AppError, type FieldProblem } from '../../kernel/app-error.js';
import { creditCodeProblem } from '../organisation/organisation.workflow.js';

export type Cell = string | number | Date | null;

export interface SheetRow {
  /** 1-based, as the user sees it in Excel. */
  rowNumber: number;
  cells: Cell[];
}

export interface Sheet {
  /** 1-based row number of the header in the file. */
  headerRow: number;
  headers: string[];
  rows: SheetRow[];
}

export interface SpotCheckRowInput {
  rowNumber: number;
  serialNumber: string;
  enterpriseName: string;
  /** Normalised (upper case); null when the cell is empty or a placeholder such as '/'. */
  creditCode: string | null;
  district: string | null;
  productName: string;
  trademark: string;
  modelSpec: string;
  batch: string;
  /** YYYY-MM-DD */
  productionDate: string | null;
  checkCategory: string;
  inspectionBody: string;
  result: SpotCheckResult;
  failingItems: string[];
}

/** The Chinese name of each field, as a notice usually heads its column. */
export const SPOT_CHECK_FIELD_LABELS: Record<SpotCheckField, string> = {
  serialNumber: '序号',
  enterpriseName: '企业名称',
  creditCode: '统一社会信用代码',
  district: '所在地',
  productName: '产品名称',
  trademark: '商标',
  modelSpec: '规格型号',
  batch: '批号',
  productionDate: '生产日期',
  checkCategory: '抽查类别',
  inspectionBody: '检验机构',
  result: '检验结果',
  failingItems: '不合格项目',
};

const HEADER_SEARCH_ROWS = 30;
const VALUE_PARAM_LENGTH = 40;
const EARLIEST_YEAR = 1990;

function fileTypeError(detected: string): AppError {
  return new AppError('validation_failed', [{ field: 'file', issue: 'file_type', params: { detected } }]);
}

// ---------------------------------------------------------------------------------------------
// Headers: normal form, signature, synonyms

/** NFKC, no whitespace at all (also full-width and line breaks), no required-marks or trailing colon. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s\u200b\ufeff]+/gu, '')
    .replace(/^\*+/u, '')
    .replace(/[:*]+$/u, '');
}

/** The same header layout gives the same signature, whatever its spacing or colons. */
export function layoutSignature(headers: readonly string[]): string {
  return createHash('sha256').update(headers.map(normaliseHeader).join('|')).digest('hex');
}

interface Synonyms {
  /** Whole header, normalised and lower case, in order of preference. */
  exact: readonly string[];
  /** Part of a header, tried when no header matched exactly. */
  contains: readonly string[];
  /** A header containing one of these is never this field (e.g. 生产企业地址 is no name). */
  exclude?: readonly string[];
}

const SYNONYMS: Record<SpotCheckField, Synonyms> = {
  serialNumber: { exact: ['序号', '编号', '序', 'no', 'no.'], contains: ['序号'] },
  enterpriseName: {
    exact: [
      '企业名称',
      '标称生产企业名称',
      '标称生产者名称',
      '生产企业名称',
      '生产者名称',
      '标称生产企业',
      '标称生产者',
      '生产企业',
      '生产单位',
      '生产单位名称',
      '受检单位',
      '受检单位名称',
      '受检企业',
      '受检企业名称',
      '被抽样单位名称',
      '被抽样单位',
      '被检单位',
      '企业',
    ],
    contains: [
      '企业名称',
      '生产企业',
      '生产者',
      '生产单位',
      '受检单位',
      '受检企业',
      '被抽样单位',
      '被检单位',
      '单位名称',
    ],
    exclude: ['地址', '所在地', '地区', '区域', '代码', '电话', '联系', '编号', '注册号'],
  },
  creditCode: {
    exact: ['统一社会信用代码', '社会信用代码', '信用代码', '统一社会信用代码/注册号', '营业执照号', '组织机构代码'],
    contains: ['信用代码', '营业执照', '注册号', '机构代码'],
  },
  district: {
    exact: [
      '所在地',
      '所在地区',
      '地区',
      '区域',
      '所属区域',
      '所属地区',
      '企业所在地',
      '所在区',
      '区县',
      '辖区',
      '所在市',
    ],
    contains: ['所在地', '地区', '区域', '辖区', '区县'],
    exclude: ['地址'],
  },
  productName: {
    exact: ['产品名称', '样品名称', '产品', '商品名称', '抽查产品', '产品名', '抽样产品名称'],
    contains: ['产品名称', '样品名称', '商品名称'],
  },
  trademark: { exact: ['商标', '品牌', '商标/品牌', '注册商标'], contains: ['商标', '品牌'] },
  modelSpec: {
    exact: ['规格型号', '型号规格', '规格/型号', '型号/规格', '规格', '型号', '产品规格型号'],
    contains: ['规格', '型号'],
  },
  batch: {
    exact: ['批号', '生产批号', '批次', '批次号', '生产批次'],
    contains: ['批号', '批次'],
  },
  productionDate: {
    exact: ['生产日期', '生产(加工)日期', '加工日期', '生产加工日期', '生产/加工日期'],
    contains: ['生产日期', '加工日期', '生产(加工)日期'],
  },
  checkCategory: {
    exact: ['抽查类别', '抽样环节', '抽查领域', '抽样领域', '抽检环节', '抽查环节', '抽查类型', '类别', '环节', '领域'],
    contains: ['抽查类', '抽样环节', '抽检环节', '抽查环节', '领域', '环节'],
  },
  inspectionBody: {
    exact: ['检验机构', '承检机构', '承检单位', '检验单位', '检测机构', '检验检测机构', '检验机构名称', '抽检机构'],
    contains: ['检验机构', '承检', '检测机构', '检验单位', '检测单位'],
  },
  result: {
    exact: ['检验结果', '抽查结果', '检验结论', '抽检结果', '检测结果', '判定结果', '抽查结论', '结论', '结果'],
    contains: ['结果', '结论', '判定'],
  },
  failingItems: {
    exact: ['不合格项目', '主要不合格项目', '不合格项目名称', '不合格项', '主要不合格项', '不合格内容', '不合格原因'],
    contains: ['不合格项', '不合格内容', '不合格原因', '不合格'],
  },
};

/** The order fields pick their column in: the most specific first. */
const PICK_ORDER: readonly SpotCheckField[] = [
  'enterpriseName',
  'productName',
  'result',
  'creditCode',
  'failingItems',
  'productionDate',
  'batch',
  'modelSpec',
  'trademark',
  'district',
  'checkCategory',
  'inspectionBody',
  'serialNumber',
];

function headerKey(header: string): string {
  return normaliseHeader(header).toLowerCase();
}

function matchesExact(key: string, field: SpotCheckField): boolean {
  return SYNONYMS[field].exact.includes(key);
}

function matchesContains(key: string, field: SpotCheckField, synonym: string): boolean {
  const { exclude = [] } = SYNONYMS[field];
  return key.includes(synonym) && !exclude.some((word) => key.includes(word));
}

function knownFields(header: string): SpotCheckField[] {
  const key = headerKey(header);
  if (!key) return [];
  return SPOT_CHECK_FIELDS.filter(
    (field) => matchesExact(key, field) || SYNONYMS[field].contains.some((s) => matchesContains(key, field, s)),
  );
}

function sharesAllowed(a: SpotCheckField, b: SpotCheckField): boolean {
  return (a === 'productionDate' && b === 'batch') || (a === 'batch' && b === 'productionDate');
}

/**
 * A column per field where a header names it: exact names first, then names containing a
 * synonym. A column serves one field, except a combined 生产日期/批号 column (date and batch).
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const keys = headers.map(headerKey);
  const mapping: ColumnMapping = {};
  const taken = new Map<number, SpotCheckField[]>();
  const free = (column: number, field: SpotCheckField) =>
    (taken.get(column) ?? []).every((other) => sharesAllowed(other, field));
  const take = (column: number, field: SpotCheckField) => {
    mapping[field] = column;
    taken.set(column, [...(taken.get(column) ?? []), field]);
  };
  for (const field of PICK_ORDER) {
    for (const synonym of SYNONYMS[field].exact) {
      const column = keys.findIndex((key, c) => key === synonym && free(c, field));
      if (column >= 0) {
        take(column, field);
        break;
      }
    }
  }
  for (const field of PICK_ORDER) {
    if (mapping[field] !== undefined) continue;
    for (const synonym of SYNONYMS[field].contains) {
      const column = keys.findIndex((key, c) => matchesContains(key, field, synonym) && free(c, field));
      if (column >= 0) {
        take(column, field);
        break;
      }
    }
  }
  return mapping;
}

/** What stops a mapping from being used: required fields unmapped, columns out of range or shared. */
export function mappingProblems(headers: readonly string[], mapping: ColumnMapping): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of SPOT_CHECK_REQUIRED_FIELDS) {
    if (mapping[field] === undefined || mapping[field] === null) {
      problems.push({
        field: `mapping.${field}`,
        issue: 'mapping_missing',
        params: { column: SPOT_CHECK_FIELD_LABELS[field] },
      });
    }
  }
  const seen = new Map<number, SpotCheckField[]>();
  for (const field of SPOT_CHECK_FIELDS) {
    const column = mapping[field];
    if (column === undefined || column === null) continue;
    if (!Number.isInteger(column) || column < 0 || column >= headers.length) {
      problems.push({ field: `mapping.${field}`, issue: 'mapping_column', params: { column: Number(column) + 1 } });
      continue;
    }
    const before = seen.get(column) ?? [];
    if (before.some((other) => !sharesAllowed(other, field))) {
      problems.push({ field: `mapping.${field}`, issue: 'mapping_duplicate', params: { column: column + 1 } });
    }
    seen.set(column, [...before, field]);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Reading the file

/** Reads an xlsx or csv result table, deciding by its content (never its name). */
export async function readSpotCheckFile(content: Buffer, _fileName: string): Promise<Sheet> {
  const raw = await readRawRows(content);
  return sheetOf(raw);
}

async function readRawRows(content: Buffer): Promise<SheetRow[]> {
  if (content.length === 0) throw fileTypeError('empty');
  const magic = content.subarray(0, 8);
  if (magic[0] === 0x50 && magic[1] === 0x4b && magic[2] === 0x03 && magic[3] === 0x04) {
    const rows = await readXlsx(content);
    if (rows) return rows;
    throw fileTypeError(await zipKind(content));
  }
  if (magic.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw fileTypeError('xls (Excel 97-2003)');
  }
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') throw fileTypeError('pdf');
  const text = decodeText(content);
  if (text === null) throw fileTypeError((await fileTypeFromBuffer(content))?.ext ?? 'unknown');
  return readCsv(text);
}

async function zipKind(content: Buffer): Promise<string> {
  const ext = (await fileTypeFromBuffer(content).catch(() => undefined))?.ext;
  if (!ext || ext === 'xlsx') return ext ? 'xlsx (damaged)' : 'zip';
  return ext;
}

/** Text of a csv, or null when the bytes are not text. UTF-8 (BOM or not), UTF-16 with BOM, else GB18030. */
function decodeText(content: Buffer): string | null {
  let text: string;
  if (content[0] === 0xff && content[1] === 0xfe) text = new TextDecoder('utf-16le').decode(content);
  else if (content[0] === 0xfe && content[1] === 0xff) text = new TextDecoder('utf-16be').decode(content);
  else {
    if (content.includes(0)) return null;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      text = new TextDecoder('gb18030').decode(content);
    }
  }
  // Binary bytes that happen to hold no NUL still decode to many control or replacement characters.
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) odd += 1;
  }
  return odd > Math.max(2, text.length / 200) ? null : text;
}

function readCsv(text: string): SheetRow[] {
  const sample = text.slice(0, 20_000);
  const delimiter = (sample.match(/\t/g)?.length ?? 0) > (sample.match(/,/g)?.length ?? 0) ? '\t' : ',';
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch {
    throw fileTypeError('csv (malformed)');
  }
  return records.map((record, i) => ({ rowNumber: i + 1, cells: record.map(csvCell) }));
}

function csvCell(value: string): Cell {
  const text = value.trim();
  return text === '' ? null : text;
}

/** The first worksheet's rows, or null when exceljs cannot read the zip as a workbook. */
async function readXlsx(content: Buffer): Promise<SheetRow[] | null> {
  const zip = readZipDirectory(content);
  const first = zip ? firstSheet(content, zip) : null;
  // exceljs would inflate it to a temporary file and hold every row: refuse it before.
  if (zip && first && (zip.get(first.path)?.size ?? 0) > MAX_PART_BYTES) {
    throw AppError.validation('file', 'too_large', { limit: `${MAX_PART_BYTES / 1024 / 1024} MB` });
  }
  // The streaming reader spills worksheets to temporary files and can fail on a busy machine; a
  // valid workbook must not be refused for that, so it is then read whole (slower, no temporary files).
  const read = (await readWorksheet(content, first)) ?? (await readWorkbookWhole(content, first));
  if (!read) return null;
  if (!read.chosen) {
    // The workbook named a first sheet exceljs did not report under that id: take the first it reads.
    const fallback = read.sheets > 0 && first ? await readWorksheet(content, null) : null;
    return fallback?.chosen ? fallback.rows : null;
  }
  if (zip && first) applyVerticalMerges(read.rows, mergedRanges(content, zip, first.path));
  return read.rows;
}

async function readWorksheet(
  content: Buffer,
  first: { sheetId: string; fileNumber: string } | null,
): Promise<{ rows: SheetRow[]; chosen: boolean; sheets: number } | null> {
  const rows: SheetRow[] = [];
  let chosen = false;
  let sheets = 0;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    // Every worksheet is read to its end (exceljs removes its temporary file only then).
    for await (const worksheet of reader) {
      sheets += 1;
      const id = String((worksheet as unknown as { id?: unknown }).id ?? '');
      const take = !chosen && (!first || id === first.sheetId || id === first.fileNumber);
      for await (const row of worksheet) {
        if (!take) continue;
        const values = row.values as unknown[];
        const cells: Cell[] = [];
        for (let c = 1; c < values.length; c++) cells.push(xlsxCell(values[c]));
        rows.push({ rowNumber: row.number, cells });
      }
      if (take) chosen = true;
    }
  } catch {
    return null;
  }
  return { rows, chosen, sheets };
}

/** The same as readWorksheet, from the whole workbook in memory; null when exceljs cannot read it. */
async function readWorkbookWhole(
  content: Buffer,
  first: { sheetId: string; fileNumber: string } | null,
): Promise<{ rows: SheetRow[]; chosen: boolean; sheets: number } | null> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const worksheet =
    (first && book.worksheets.find((w) => String(w.id) === first.sheetId || String(w.id) === first.fileNumber)) ??
    book.worksheets[0];
  if (!worksheet) return { rows: [], chosen: false, sheets: 0 };
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const cells: Cell[] = [];
    for (let c = 1; c < values.length; c++) cells.push(xlsxCell(values[c]));
    rows.push({ rowNumber, cells });
  });
  return { rows, chosen: true, sheets: book.worksheets.length };
}

function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? null : text;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return xlsxCell((v.richText as { text?: unknown }[]).map((run) => String(run.text ?? '')).join(''));
    }
    if ('formula' in v || 'sharedFormula' in v) return xlsxCell(v.result);
    if (typeof v.error === 'string') return v.error;
    if ('text' in v) return xlsxCell(v.text);
  }
  return null;
}

/** A merged cell spanning rows (one enterprise, several products) gives its value to each row. */
function applyVerticalMerges(rows: SheetRow[], ranges: MergeRange[]): void {
  const vertical = ranges.filter((r) => r.bottom > r.top);
  if (!vertical.length) return;
  const byNumber = new Map(rows.map((row) => [row.rowNumber, row]));
  for (const range of vertical) {
    const master = byNumber.get(range.top)?.cells[range.left - 1] ?? null;
    if (master === null) continue;
    for (let r = range.top + 1; r <= range.bottom; r++) {
      let row = byNumber.get(r);
      if (!row) {
        row = { rowNumber: r, cells: [] };
        byNumber.set(r, row);
        rows.push(row);
      }
      while (row.cells.length < range.left) row.cells.push(null);
      if (row.cells[range.left - 1] === null) row.cells[range.left - 1] = master;
    }
  }
  rows.sort((a, b) => a.rowNumber - b.rowNumber);
}

// A small zip reader: the worksheet's merged cells, which exceljs's streaming reader skips.

interface ZipEntry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** A part larger than this is not inflated a second time (a zip bomb, or a sheet far beyond any notice). */
const MAX_PART_BYTES = 256 * 1024 * 1024;

function readZipDirectory(buf: Buffer): Map<string, ZipEntry> | null {
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return null; // zip64: no merges, first sheet by order
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLength = buf.readUInt16LE(offset + 28);
    const name = buf.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name.replace(/^\//u, ''), {
      method: buf.readUInt16LE(offset + 10),
      compressedSize: buf.readUInt32LE(offset + 20),
      size: buf.readUInt32LE(offset + 24),
      localOffset: buf.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
  return entries;
}

function readZipEntry(buf: Buffer, zip: Map<string, ZipEntry>, name: string): Buffer | null {
  const entry = zip.get(name);
  if (!entry || entry.size > MAX_PART_BYTES) return null;
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
  } catch {
    return null;
  }
  return null;
}

function xmlAttribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'u').exec(tag);
  return match ? (match[1] ?? '') : null;
}

/** The workbook's first sheet (tab order): its sheetId and its part's path. */
function firstSheet(
  buf: Buffer,
  zip: Map<string, ZipEntry>,
): { sheetId: string; path: string; fileNumber: string } | null {
  const workbook = readZipEntry(buf, zip, 'xl/workbook.xml')?.toString('utf8');
  const rels = readZipEntry(buf, zip, 'xl/_rels/workbook.xml.rels')?.toString('utf8');
  if (!workbook || !rels) return null;
  const sheetTag = /<(?:\w+:)?sheet\s[^>]*>/u.exec(workbook)?.[0];
  if (!sheetTag) return null;
  const sheetId = xmlAttribute(sheetTag, 'sheetId');
  const relId = xmlAttribute(sheetTag, '\\w+:id');
  if (!sheetId || !relId) return null;
  for (const [relTag] of rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/gu)) {
    if (xmlAttribute(relTag, 'Id') !== relId) continue;
    const target = xmlAttribute(relTag, 'Target') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const fileNumber = /sheet(\d+)\.xml$/u.exec(path)?.[1] ?? '';
    return { sheetId, path, fileNumber };
  }
  return null;
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergedRanges(buf: Buffer, zip: Map<string, ZipEntry>, path: string): MergeRange[] {
  const xml = readZipEntry(buf, zip, path);
  if (!xml) return [];
  const start = xml.lastIndexOf('<mergeCells');
  if (start < 0) return [];
  const end = xml.indexOf('</mergeCells>', start);
  const part = xml.toString('utf8', start, end < 0 ? xml.length : end);
  const ranges: MergeRange[] = [];
  for (const match of part.matchAll(/\sref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/gu)) {
    const [, c1 = 'A', r1 = '1', c2 = 'A', r2 = '1'] = match;
    ranges.push({ top: Number(r1), left: columnNumber(c1), bottom: Number(r2), right: columnNumber(c2) });
  }
  return ranges;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

// The header row, then the data rows under it.

function sheetOf(raw: SheetRow[]): Sheet {
  const header = raw.find((row) => row.rowNumber <= HEADER_SEARCH_ROWS && looksLikeHeader(row.cells));
  if (!header) throw AppError.validation('file', 'header_not_found');
  const headers = header.cells.map((cell) => collapse(cellText(cell)));
  while (headers.length && headers[headers.length - 1] === '') headers.pop();
  const rows = raw.filter((row) => row.rowNumber > header.rowNumber && !isBlankOrFootnote(row.cells));
  if (!rows.length) throw AppError.validation('file', 'file_empty');
  return { headerRow: header.rowNumber, headers, rows };
}

function looksLikeHeader(cells: readonly Cell[]): boolean {
  let known = 0;
  let names = false;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const fields = knownFields(cell);
    if (!fields.length) continue;
    known += 1;
    if (fields.includes('enterpriseName') || fields.includes('productName')) names = true;
  }
  return known >= 3 && names;
}

function isBlankOrFootnote(cells: readonly Cell[]): boolean {
  const filled = cells.filter((cell) => cell !== null);
  if (filled.length === 0) return true;
  const [only] = filled;
  return filled.length === 1 && typeof only === 'string' && /^(注|说明|备注)/u.test(only);
}

// ---------------------------------------------------------------------------------------------
// Rows

const PLACEHOLDERS = new Set(['', '/', '-', '—', '——', '--', '―', '无', 'n/a']);

function isPlaceholder(text: string): boolean {
  if (text.length > 4) return false;
  return PLACEHOLDERS.has(text.normalize('NFKC').trim().toLowerCase());
}

function ymd(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** What the cell shows, before any normalisation. */
function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return ymd(cell);
  return String(cell).trim();
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function cut(text: string): string {
  const chars = Array.from(text);
  return chars.length > VALUE_PARAM_LENGTH ? chars.slice(0, VALUE_PARAM_LENGTH).join('') : text;
}

type DateParse = { ok: true; date: string } | { ok: false };

function checkedDate(year: number, month: number, day: number): DateParse {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false };
  }
  return inRange(date);
}

function inRange(date: Date): DateParse {
  const year = date.getUTCFullYear();
  if (year < EARLIEST_YEAR || year > new Date().getUTCFullYear() + 1) return { ok: false };
  return { ok: true, date: ymd(date) };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30); // serials from 61 on (after Excel's fake 1900-02-29)

function fromSerial(serial: number): DateParse {
  return inRange(new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000));
}

/** 20260305 as a number or text. */
function fromCompact(digits: string): DateParse {
  return checkedDate(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6, 8)));
}

const SEPARATED_DATE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:\s*日)?/u;
const COMPACT_DATE = /^(\d{8})(?=$|[\s/,;、|])/u;
const TIME_ONLY = /^T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/u;

/** A date at the start of the text, and what follows it. `compact` says it had no separators. */
function leadingDate(text: string): { date: DateParse; rest: string; compact: boolean } | null {
  const separated = SEPARATED_DATE.exec(text);
  if (separated) {
    const [whole, y = '', m = '', d = ''] = separated;
    return {
      date: checkedDate(Number(y), Number(m), Number(d)),
      rest: text.slice(whole.length).trim(),
      compact: false,
    };
  }
  const compact = COMPACT_DATE.exec(text);
  if (compact) {
    const [whole, digits = ''] = compact;
    return { date: fromCompact(digits), rest: text.slice(whole.length).trim(), compact: true };
  }
  return null;
}

function dateOfNumber(value: number): DateParse {
  if (value >= 19_000_101 && value <= 99_991_231 && Number.isInteger(value)) return fromCompact(String(value));
  if (value >= 1) return fromSerial(value);
  return { ok: false };
}

/** A production date column of its own: a date cell, an Excel serial, or a date written as text. */
function parseDateCell(cell: Cell): DateParse | null {
  if (cell === null) return null;
  if (cell instanceof Date) return inRange(cell);
  if (typeof cell === 'number') return dateOfNumber(cell);
  const text = cell.normalize('NFKC').trim();
  if (isPlaceholder(text)) return null;
  const lead = leadingDate(text);
  if (!lead || (lead.rest && !TIME_ONLY.test(lead.rest))) return { ok: false };
  return lead.date;
}

/**
 * One 生产日期/批号 column: a leading date then the batch ('2026-03-05/A123'), a date alone, or,
 * without a leading date, a batch number alone.
 */
function parseCombinedCell(cell: Cell): { date: DateParse | null; batch: string } {
  if (cell === null) return { date: null, batch: '' };
  if (cell instanceof Date) return { date: inRange(cell), batch: '' };
  if (typeof cell === 'number') {
    const compact =
      Number.isInteger(cell) && cell >= 19_000_101 && cell <= 99_991_231 ? fromCompact(String(cell)) : null;
    return compact?.ok ? { date: compact, batch: '' } : { date: null, batch: String(cell) };
  }
  const original = collapse(cell);
  if (isPlaceholder(original)) return { date: null, batch: '' };
  const lead = leadingDate(original.normalize('NFKC'));
  if (!lead || (lead.compact && !lead.date.ok)) return { date: null, batch: original };
  const rest = lead.rest.replace(/^[\s/,;、|_-]+/u, '').replace(/^批(?:号|次)\s*[:]?\s*/u, '');
  return { date: lead.date, batch: TIME_ONLY.test(rest) || isPlaceholder(rest) ? '' : rest };
}

function parseResult(text: string): SpotCheckResult | null {
  const key = text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
  if (key === '合格' || key === 'qualified' || key === 'pass' || key === 'passed') return 'qualified';
  if (key === '不合格' || key === 'unqualified' || key === 'fail' || key === 'failed') return 'unqualified';
  return null;
}

function parseFailingItems(text: string): string[] {
  if (isPlaceholder(text)) return [];
  return text
    .split(/[；;、，,\n]+/u)
    .map(collapse)
    .filter((item) => item !== '' && !isPlaceholder(item));
}

/** '/', '—', '无' and the like say "not given". */
function orEmpty(text: string): string {
  return isPlaceholder(text) ? '' : text;
}

function compareKey(text: string): string {
  return collapse(text.normalize('NFKC')).toLowerCase();
}

interface RowContext {
  mapping: ColumnMapping;
  /** productionDate and batch share one 生产日期/批号 column. */
  combined: boolean;
  columnNames: Record<SpotCheckField, string>;
}

function fieldCell(cells: readonly Cell[], mapping: ColumnMapping, field: SpotCheckField): Cell {
  const index = mapping[field];
  return index === undefined ? null : (cells[index] ?? null);
}

/** One row: its result row, or the problems that keep it out. The duplicate check is the caller's. */
function checkRow(
  { rowNumber, cells }: SheetRow,
  { mapping, combined, columnNames }: RowContext,
): {
  input: Omit<SpotCheckRowInput, 'result'> & { result: SpotCheckResult | null };
  problems: FieldProblem[];
  dateKey: string;
} {
  const problems: FieldProblem[] = [];
  const texts = {} as Record<SpotCheckField, string>;
  for (const field of SPOT_CHECK_FIELDS) texts[field] = collapse(cellText(fieldCell(cells, mapping, field)));
  const report = (field: SpotCheckField, issue: FieldProblem['issue'], extra: FieldProblem['params'] = {}) => {
    problems.push({
      field: `rows.${rowNumber}.${field}`,
      issue,
      params: { ...extra, row: rowNumber, column: columnNames[field], value: cut(texts[field]) },
    });
  };

  for (const field of SPOT_CHECK_REQUIRED_FIELDS) if (!texts[field]) report(field, 'required');

  let creditCode: string | null = null;
  const codeText = texts.creditCode.normalize('NFKC').replace(/\s+/gu, '');
  if (codeText && !isPlaceholder(codeText)) {
    const checked = creditCodeProblem(`rows.${rowNumber}.creditCode`, codeText);
    if (checked.problem) report('creditCode', checked.problem.issue, checked.problem.params);
    else creditCode = normaliseUscc(checked.code);
  }

  let productionDate: string | null = null;
  let batch = orEmpty(texts.batch);
  let dateKey = '';
  if (combined) {
    const parsed = parseCombinedCell(fieldCell(cells, mapping, 'productionDate'));
    batch = parsed.batch;
    if (parsed.date?.ok) productionDate = parsed.date.date;
    else if (parsed.date) report('productionDate', 'date_invalid');
  } else {
    const parsed = parseDateCell(fieldCell(cells, mapping, 'productionDate'));
    if (parsed?.ok) productionDate = parsed.date;
    else if (parsed) {
      report('productionDate', 'date_invalid');
      dateKey = compareKey(texts.productionDate);
    }
  }

  const result = texts.result ? parseResult(texts.result) : null;
  if (texts.result && !result) report('result', 'result_unknown');

  const district = orEmpty(texts.district);
  const input = {
    rowNumber,
    serialNumber: texts.serialNumber,
    enterpriseName: texts.enterpriseName,
    creditCode,
    district: district || null,
    productName: texts.productName,
    trademark: orEmpty(texts.trademark),
    modelSpec: orEmpty(texts.modelSpec),
    batch,
    productionDate,
    checkCategory: texts.checkCategory,
    inspectionBody: texts.inspectionBody,
    result,
    failingItems: parseFailingItems(cellText(fieldCell(cells, mapping, 'failingItems'))),
  };
  return { input, problems, dateKey };
}

/**
 * Checks every row not excluded and turns the good ones into result rows. Problems name the row
 * as the user sees it in Excel (`rows.<row>.<field>`) with the column's header and the cell text;
 * a row repeating an earlier one (same enterprise, product, model, batch and date) is a problem too.
 */
export function validateRows(
  sheet: Sheet,
  mapping: ColumnMapping,
  excludedRows: ReadonlySet<number> = new Set(),
): { rows: SpotCheckRowInput[]; problems: FieldProblem[] } {
  const mappingIssues = mappingProblems(sheet.headers, mapping);
  if (mappingIssues.length) return { rows: [], problems: mappingIssues };
  const columnNames = {} as Record<SpotCheckField, string>;
  for (const field of SPOT_CHECK_FIELDS) {
    const index = mapping[field] ?? 0;
    columnNames[field] = sheet.headers[index] || columnLetters(index);
  }
  const context: RowContext = {
    mapping,
    combined: mapping.productionDate !== undefined && mapping.productionDate === mapping.batch,
    columnNames,
  };
  const rows: SpotCheckRowInput[] = [];
  const problems: FieldProblem[] = [];
  const firstSeen = new Map<string, number>();
  for (const row of sheet.rows) {
    if (excludedRows.has(row.rowNumber)) continue;
    const { input, problems: rowProblems, dateKey } = checkRow(row, context);
    const key = [
      input.creditCode ?? `name:${compareKey(input.enterpriseName)}`,
      compareKey(input.productName),
      compareKey(input.modelSpec),
      compareKey(input.batch),
      input.productionDate ?? dateKey,
    ].join('\u0001');
    const first = firstSeen.get(key);
    if (first === undefined) firstSeen.set(key, row.rowNumber);
    else
      rowProblems.push({
        field: `rows.${row.rowNumber}`,
        issue: 'duplicate_row',
        params: { row: row.rowNumber, first },
      });
    const { result } = input;
    if (rowProblems.length || !result) problems.push(...rowProblems);
    else rows.push({ ...input, result });
  }
  return { rows, problems };
}
