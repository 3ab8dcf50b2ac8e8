import {
  SPOT_CHECK_ANALYSIS_DIMENSIONS,
  SPOT_CHECK_LEVELS,
  type SpotCheckAnalysisDimension,
  type SpotCheckAnalysisQuery,
  type SpotCheckLevel,
} from '@gongzhi/contracts';

/** The analysis page's URL filters. */
export const ANALYSIS_FILTERS = ['by', 'from', 'to', 'level', 'associationId', 'category'] as const;
export type AnalysisFilters = Partial<Record<(typeof ANALYSIS_FILTERS)[number], string | undefined>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDimension(value: string | undefined): value is SpotCheckAnalysisDimension {
  return (SPOT_CHECK_ANALYSIS_DIMENSIONS as readonly (string | undefined)[]).includes(value);
}

export function isLevel(value: string | undefined): value is SpotCheckLevel {
  return (SPOT_CHECK_LEVELS as readonly (string | undefined)[]).includes(value);
}

/** A real calendar day written YYYY-MM-DD. */
export function isDate(value: string | undefined): value is string {
  const match = DATE.exec(value ?? '');
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The first day of the month eleven months before `today`: with today, the last twelve months. */
export function twelveMonthsBefore(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - 11;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-01`;
}

/**
 * URL filters → the analysis query; a hand-edited address never produces a query the server refuses.
 * Without dates the period is the last twelve months (a report needs one).
 */
export function toAnalysisQuery(
  filters: AnalysisFilters,
  today: string,
): SpotCheckAnalysisQuery & { from: string; to: string } {
  let to = isDate(filters.to) ? filters.to : today;
  let from = isDate(filters.from) ? filters.from : twelveMonthsBefore(to);
  if (from > to) [from, to] = [to, from];
  const query: SpotCheckAnalysisQuery & { from: string; to: string } = {
    by: isDimension(filters.by) ? filters.by : 'category',
    from,
    to,
  };
  if (isLevel(filters.level)) query.level = filters.level;
  if (filters.associationId && UUID.test(filters.associationId)) query.associationId = filters.associationId;
  const category = filters.category?.trim();
  if (category && category.length <= 100) query.category = category;
  return query;
}
