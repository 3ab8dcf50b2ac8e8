import {
  COMMITMENT_KINDS,
  type CommitmentKind,
  CREDIT_MEASURE_LISTS,
  type CreditMeasureList,
  type CreditPolarity,
  LIMITS,
  type Locale,
  type PublicCommitmentListQuery,
  type PublicCreditListQuery,
  type PublicCreditPageDto,
  type PublicMeasureListQuery,
} from '@gongzhi/contracts';

/** Pure helpers of the public credit pages: URL filters → API queries, labels, tones. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The longest grade code a model may define (CreditGradeSchema.code). */
const GRADE_CODE_MAX = 8;
/** The longest credit code the public route accepts (CreditCodeParams). */
const CREDIT_CODE_MAX = 30;

/**
 * The grade codes offered by the list's grade filter: those of the default model. An association
 * may label its own grades, but no public route lists them, so other codes are reachable only
 * through the address (and are kept in the filter when they are).
 */
export const DEFAULT_GRADE_CODES = ['A', 'B', 'C', 'D'] as const;

/** A search text as the server takes it: trimmed, at most the portal's search length; empty → none. */
export function searchText(value: string | undefined): string | undefined {
  const text = (value ?? '').trim().slice(0, LIMITS.searchMax).trim();
  return text || undefined;
}

function gradeCode(value: string | undefined): string | undefined {
  const code = (value ?? '').trim();
  return code && code.length <= GRADE_CODE_MAX ? code : undefined;
}

function positivePage(value: number): number {
  return Number.isInteger(value) && value > 0 ? value : 1;
}

function pageSizeOf(value: number): number {
  return Number.isInteger(value) && value > 0 ? Math.min(value, LIMITS.pageSizeMax) : 20;
}

export interface CreditListFilters {
  q?: string | undefined;
  grade?: string | undefined;
  association?: string | undefined;
}

/** The list of published grades: a hand-edited address never produces a query the server refuses. */
export function toCreditListQuery(filters: CreditListFilters, page: number, pageSize: number): PublicCreditListQuery {
  const query: PublicCreditListQuery = { page: positivePage(page), pageSize: pageSizeOf(pageSize) };
  const q = searchText(filters.q);
  if (q) query.q = q;
  const grade = gradeCode(filters.grade);
  if (grade) query.grade = grade;
  if (filters.association && UUID.test(filters.association)) query.associationId = filters.association.toLowerCase();
  return query;
}

/** The grade filter's choices: the default codes, plus the one in the address when it is another. */
export function gradeFilterOptions(current: string | undefined): string[] {
  const codes: string[] = [...DEFAULT_GRADE_CODES];
  const code = gradeCode(current);
  if (code && !codes.includes(code)) codes.push(code);
  return codes;
}

export function parseMeasureList(value: string | undefined): CreditMeasureList {
  return (CREDIT_MEASURE_LISTS as readonly string[]).includes(value ?? '') ? (value as CreditMeasureList) : 'red';
}

export function toMeasureListQuery(
  filters: { list?: string | undefined; q?: string | undefined },
  page: number,
  pageSize: number,
): PublicMeasureListQuery {
  const query: PublicMeasureListQuery = {
    list: parseMeasureList(filters.list),
    page: positivePage(page),
    pageSize: pageSizeOf(pageSize),
  };
  const q = searchText(filters.q);
  if (q) query.q = q;
  return query;
}

export function parseCommitmentKind(value: string | undefined): CommitmentKind | undefined {
  return (COMMITMENT_KINDS as readonly string[]).includes(value ?? '') ? (value as CommitmentKind) : undefined;
}

export function toCommitmentListQuery(
  filters: { kind?: string | undefined; q?: string | undefined },
  page: number,
  pageSize: number,
): PublicCommitmentListQuery {
  const query: PublicCommitmentListQuery = { page: positivePage(page), pageSize: pageSizeOf(pageSize) };
  const q = searchText(filters.q);
  if (q) query.q = q;
  const kind = parseCommitmentKind(filters.kind);
  if (kind) query.kind = kind;
  return query;
}

/**
 * The credit code named by the address (`/credit/:creditCode`), in its stored form (upper case, no
 * spaces); null when it cannot be one, so the page says "not found" without asking the server.
 */
export function creditCodeFromParam(value: string | undefined): string | null {
  const code = (value ?? '').replace(/\s+/g, '').toUpperCase();
  if (!code || code.length > CREDIT_CODE_MAX || !/^[0-9A-Z]+$/.test(code)) return null;
  return code;
}

/** The portal address of an enterprise's public credit page. */
export function creditPagePath(creditCode: string): string {
  return `/credit/${encodeURIComponent(creditCode)}`;
}

/** A grade's label in the UI language, falling back to the other language and then to the code. */
export function pickGradeLabel(
  label: Partial<Record<Locale, string>> | null | undefined,
  locale: Locale,
  code: string,
): string {
  const other: Locale = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
  return label?.[locale]?.trim() || label?.[other]?.trim() || code;
}

export type GradeTone = 'best' | 'good' | 'watch' | 'risk' | 'neutral';

/**
 * The colour of a grade badge, from the letter it starts with (A best … D risk, as in the default
 * model); any other code is neutral. The badge always shows the code and label as text too.
 */
export function gradeTone(code: string): GradeTone {
  const letter = code.trim().charAt(0).toUpperCase();
  if (letter === 'A') return 'best';
  if (letter === 'B') return 'good';
  if (letter === 'C') return 'watch';
  if (letter === 'D' || letter === 'E') return 'risk';
  return 'neutral';
}

/** Severity is shown for negative records only (positive and neutral ones are always 'minor'). */
export function showsSeverity(polarity: CreditPolarity): boolean {
  return polarity === 'negative';
}

/** True when an enterprise has nothing published at all (its page then explains why, once). */
export function isCreditPageEmpty(page: PublicCreditPageDto): boolean {
  return (
    page.grades.length === 0 &&
    page.records.length === 0 &&
    page.warnings.length === 0 &&
    page.measures.length === 0 &&
    page.commitments.length === 0
  );
}

const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD, business time zone) of a timestamp; the input itself when it is not one. */
export function dayOf(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : DAY.format(date);
}

/** Text shown as a sentence of its own starts with a capital (the shared reason texts are written mid-sentence). */
export function asSentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
