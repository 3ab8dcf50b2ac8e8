import {
  type ColumnMappingDto,
  type FieldError,
  type ImportProblemDto,
  SPOT_CHECK_FIELDS,
  SPOT_CHECK_REQUIRED_FIELDS,
  type SpotCheckField,
  type SpotCheckLevel,
  type SpotCheckNoticeFacts,
  type SpotCheckPreviewDto,
} from '@gongzhi/contracts';
import type { Dayjs } from 'dayjs';

/** The wizard's steps, in order: choose the file, map its columns, check the rows, describe the notice. */
export const IMPORT_STEPS = ['file', 'mapping', 'preview', 'notice'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

const CONTENT_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/** The Content-Type to send a result file with, from its name; null for a file that is neither xlsx nor csv. */
export function contentTypeOf(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  return CONTENT_TYPES[fileName.slice(dot + 1).toLowerCase()] ?? null;
}

/** A 0-based column index as Excel names it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The required fields that have no column yet. */
export function missingRequired(mapping: ColumnMappingDto): SpotCheckField[] {
  return SPOT_CHECK_REQUIRED_FIELDS.filter((field) => mapping[field] === undefined || mapping[field] === null);
}

/** The fields that share a column with another field (one column cannot be two fields). */
export function duplicateFields(mapping: ColumnMappingDto): Set<SpotCheckField> {
  const byColumn = new Map<number, SpotCheckField[]>();
  for (const field of SPOT_CHECK_FIELDS) {
    const column = mapping[field];
    if (column === undefined || column === null) continue;
    byColumn.set(column, [...(byColumn.get(column) ?? []), field]);
  }
  return new Set([...byColumn.values()].filter((fields) => fields.length > 1).flat());
}

/** A mapping without empty entries (a cleared select leaves `undefined` behind). */
export function cleanMapping(mapping: Partial<Record<SpotCheckField, number | null | undefined>>): ColumnMappingDto {
  const out: ColumnMappingDto = {};
  for (const field of SPOT_CHECK_FIELDS) {
    const column = mapping[field];
    if (typeof column === 'number') out[field] = column;
  }
  return out;
}

export function mappingIsComplete(mapping: ColumnMappingDto): boolean {
  return missingRequired(mapping).length === 0 && duplicateFields(mapping).size === 0;
}

/** The problems of one row (row numbers as in Excel). */
export interface RowProblems {
  row: number;
  problems: ImportProblemDto[];
}

/** Problems split into those about the whole file (no row) and those of each row, in row order. */
export function groupProblems(problems: readonly ImportProblemDto[]): {
  file: ImportProblemDto[];
  rows: RowProblems[];
} {
  const file: ImportProblemDto[] = [];
  const byRow = new Map<number, ImportProblemDto[]>();
  for (const problem of problems) {
    if (problem.row === null) {
      file.push(problem);
      continue;
    }
    byRow.set(problem.row, [...(byRow.get(problem.row) ?? []), problem]);
  }
  const rows = [...byRow.entries()].sort(([a], [b]) => a - b).map(([row, list]) => ({ row, problems: list }));
  return { file, rows };
}

/** The rows whose problems still stand: every row with a problem that the user has not excluded. */
export function blockingRows(problems: readonly ImportProblemDto[], excludedRows: readonly number[]): number[] {
  const excluded = new Set(excludedRows);
  return groupProblems(problems)
    .rows.map((entry) => entry.row)
    .filter((row) => !excluded.has(row));
}

/** Why the import cannot be committed yet (none: it can). */
export type CommitBlock = 'committed' | 'mapping' | 'file_problems' | 'row_problems' | 'no_rows';

export function commitBlock(preview: SpotCheckPreviewDto): CommitBlock | null {
  if (preview.status === 'committed') return 'committed';
  if (!mappingIsComplete(preview.mapping)) return 'mapping';
  if (groupProblems(preview.problems).file.length > 0) return 'file_problems';
  if (blockingRows(preview.problems, preview.excludedRows).length > 0) return 'row_problems';
  if (preview.cleanRows === 0) return 'no_rows';
  return null;
}

/** Which steps may be opened: the file always; mapping once a file is read; preview and notice once mapped. */
export function stepAllowed(step: ImportStep, preview: SpotCheckPreviewDto | undefined): boolean {
  if (step === 'file') return true;
  if (!preview || preview.status === 'committed') return false;
  if (step === 'mapping') return true;
  return mappingIsComplete(preview.mapping);
}

/** Where to open a loaded import: its mapping when that is incomplete, else the preview. */
export function firstStep(preview: SpotCheckPreviewDto | undefined): ImportStep {
  if (!preview || preview.status === 'committed') return 'file';
  return mappingIsComplete(preview.mapping) ? 'preview' : 'mapping';
}

/** The rows to exclude after ticking (`exclude` true) or unticking one row's box. */
export function toggleExcluded(excludedRows: readonly number[], row: number, exclude: boolean): number[] {
  const set = new Set(excludedRows);
  if (exclude) set.add(row);
  else set.delete(row);
  return [...set].sort((a, b) => a - b);
}

/** unqualified ÷ inspected (0–1), as the server computes it; null when nothing was inspected or input is missing. */
export function nonConformityRate(inspected: number | null | undefined, unqualified: number | null | undefined) {
  if (typeof inspected !== 'number' || typeof unqualified !== 'number' || inspected <= 0) return null;
  return unqualified / inspected;
}

/** The notice facts the form starts with: the batch counts suggested by the file's clean rows. */
export function suggestedFacts(preview: SpotCheckPreviewDto): Partial<SpotCheckNoticeFacts> {
  const inspected = preview.counts.qualified + preview.counts.unqualified;
  return {
    batchesSampled: inspected,
    batchesInspected: inspected,
    batchesUnqualified: preview.counts.unqualified,
    refusals: 0,
  };
}

export const NOTICE_FACT_FIELDS = [
  'noticeNo',
  'title',
  'level',
  'publishedOn',
  'productCategory',
  'standards',
  'batchesSampled',
  'batchesInspected',
  'batchesUnqualified',
  'refusals',
] as const satisfies readonly (keyof SpotCheckNoticeFacts)[];
export type NoticeFactField = (typeof NOTICE_FACT_FIELDS)[number];

/**
 * A failed commit's field errors: those about the notice's facts (`notice.<field>`, or the bare field
 * name) go next to their fields; the rest (rows, mapping) are listed above the form.
 */
export function splitCommitErrors(fields: readonly FieldError[]): {
  notice: Partial<Record<NoticeFactField, string[]>>;
  other: FieldError[];
} {
  const notice: Partial<Record<NoticeFactField, string[]>> = {};
  const other: FieldError[] = [];
  const known = new Set<string>(NOTICE_FACT_FIELDS);
  for (const error of fields) {
    const name = error.field.startsWith('notice.') ? error.field.slice('notice.'.length) : error.field;
    if (known.has(name)) {
      const field = name as NoticeFactField;
      const list = notice[field] ?? [];
      if (!list.includes(error.message)) list.push(error.message);
      notice[field] = list;
    } else {
      other.push(error);
    }
  }
  return { notice, other };
}

/** The values of the notice form (the date as a Dayjs). */
export interface NoticeValues {
  noticeNo: string;
  title: string;
  level: SpotCheckLevel;
  publishedOn: Dayjs;
  productCategory: string;
  standards?: string;
  batchesSampled: number;
  batchesInspected: number;
  batchesUnqualified: number;
  refusals?: number | null;
}

export function toNoticeFacts(values: NoticeValues): SpotCheckNoticeFacts {
  const standards = values.standards?.trim();
  return {
    noticeNo: values.noticeNo.trim(),
    title: values.title.trim(),
    level: values.level,
    publishedOn: values.publishedOn.format('YYYY-MM-DD'),
    productCategory: values.productCategory.trim(),
    ...(standards ? { standards } : {}),
    batchesSampled: values.batchesSampled,
    batchesInspected: values.batchesInspected,
    batchesUnqualified: values.batchesUnqualified,
    ...(typeof values.refusals === 'number' ? { refusals: values.refusals } : {}),
  };
}
