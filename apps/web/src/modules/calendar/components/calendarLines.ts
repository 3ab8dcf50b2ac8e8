import { CALENDAR_DAY_KINDS, type CalendarDayKind } from '@gongzhi/contracts';

export interface CalendarDayRow {
  day: string;
  kind: CalendarDayKind;
  name: string;
}

/** Why a pasted line was not taken. */
export type CalendarLineProblem = 'format' | 'date' | 'kind' | 'name' | 'year' | 'duplicate' | 'range' | 'weekday';

export interface CalendarLineError {
  /** 1-based line number in the pasted text. */
  line: number;
  text: string;
  problem: CalendarLineProblem;
}

/** Words that mean "day off" or "make-up working day", besides the enum values themselves. */
const KIND_WORDS: Record<string, CalendarDayKind> = {
  holiday: 'holiday',
  休: 'holiday',
  假: 'holiday',
  放假: 'holiday',
  休息: 'holiday',
  节假日: 'holiday',
  workday: 'workday',
  work: 'workday',
  班: 'workday',
  上班: 'workday',
  补班: 'workday',
  调休: 'workday',
  调休上班: 'workday',
  工作日: 'workday',
};

/** Longest range accepted on one line (a holiday never lasts longer). */
const MAX_RANGE_DAYS = 31;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2027-10-01`, `2027/10/1` or `2027.10.1` → `2027-10-01`; null when no such date exists. */
export function normaliseDate(text: string): string | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** A make-up working day can only be a Saturday or a Sunday (a weekday is a working day already). */
export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Adds one line's days to `days` (and `seen`); returns what is wrong with the line, if anything. */
function parseLine(
  raw: string,
  year: number | undefined,
  seen: Set<string>,
  days: CalendarDayRow[],
): CalendarLineProblem | null {
  const text = raw.replace(/#.*$/, '').trim();
  if (!text) return null;
  const parts = text.split(/[\s,，;；\t]+/).filter(Boolean);
  if (parts.length < 2) return 'format';
  const [when = '', kindWord = '', ...nameParts] = parts;
  const [fromText = '', toText] = when.split(/~|～|至|\.\.|—|–/);
  const from = normaliseDate(fromText);
  const to = toText === undefined ? from : normaliseDate(toText);
  if (!from || !to) return 'date';
  const length = daysBetween(from, to);
  if (length < 0 || length >= MAX_RANGE_DAYS) return 'range';
  const kind = KIND_WORDS[kindWord.toLowerCase()];
  if (!kind) return 'kind';
  const name = nameParts.join(' ').trim();
  if (!name || name.length > 50) return 'name';
  const lineDays = Array.from({ length: length + 1 }, (_, i) => addDays(from, i));
  if (year !== undefined && lineDays.some((day) => Number(day.slice(0, 4)) !== year)) return 'year';
  if (lineDays.some((day) => seen.has(day))) return 'duplicate';
  if (kind === 'workday' && lineDays.some((day) => !isWeekend(day))) return 'weekday';
  for (const day of lineDays) {
    seen.add(day);
    days.push({ day, kind, name });
  }
  return null;
}

/**
 * Parses pasted lines such as `2027-10-01 holiday 国庆节`, `2027-10-01~2027-10-07 休 国庆节` or
 * `2027-09-26,workday,国庆节调休` (spaces, tabs or commas between the parts; `#` starts a comment).
 * A range gives one row per day. When `year` is given, days outside it are refused.
 */
export function parseCalendarLines(
  input: string,
  year?: number,
): { days: CalendarDayRow[]; errors: CalendarLineError[] } {
  const days: CalendarDayRow[] = [];
  const errors: CalendarLineError[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of input.split(/\r?\n/).entries()) {
    const problem = parseLine(raw, year, seen, days);
    if (problem) errors.push({ line: index + 1, text: raw.trim(), problem });
  }
  return { days, errors };
}

/** Merges parsed rows into a table: a pasted day replaces the row of the same day; sorted by day. */
export function mergeDays(existing: readonly CalendarDayRow[], added: readonly CalendarDayRow[]): CalendarDayRow[] {
  const byDay = new Map(existing.map((row) => [row.day, row]));
  for (const row of added) byDay.set(row.day, row);
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** Checks a table before it is sent: each row a date of the year, a kind and a name, no day twice. */
export function tableProblems(
  rows: readonly Partial<CalendarDayRow>[],
  year: number,
): Map<number, CalendarLineProblem> {
  const problems = new Map<number, CalendarLineProblem>();
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const day = row.day ? normaliseDate(row.day) : null;
    if (!day) problems.set(index, 'date');
    else if (Number(day.slice(0, 4)) !== year) problems.set(index, 'year');
    else if (seen.has(day)) problems.set(index, 'duplicate');
    else if (!row.kind || !(CALENDAR_DAY_KINDS as readonly string[]).includes(row.kind)) problems.set(index, 'kind');
    else if (row.kind === 'workday' && !isWeekend(day)) problems.set(index, 'weekday');
    else if (!row.name?.trim() || row.name.trim().length > 50) problems.set(index, 'name');
    if (day) seen.add(day);
  });
  return problems;
}
