/**
 * Working days on the official calendar (pure). Periods in working days count Monday–Friday minus
 * statutory holidays, plus make-up working days (调休); the day of receipt is not counted. A count
 * that reaches a year the platform has not loaded is provisional (counted Monday–Friday there).
 */
export interface WorkingCalendar {
  loadedYears: ReadonlySet<number>;
  /** Days off that would otherwise be working days (and holiday weekends, harmlessly). */
  holidays: ReadonlySet<string>;
  /** Make-up working days that fall on a weekend. */
  workdays: ReadonlySet<string>;
}

export interface CountedDay {
  date: string;
  /** The count passed through a year whose holidays are not loaded. */
  provisional: boolean;
}

const DAY_MS = 86_400_000;

function toEpochDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addCalendarDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(toEpochDay(date) * DAY_MS).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  if (calendar.holidays.has(date)) return false;
  if (calendar.workdays.has(date)) return true;
  return !isWeekend(date);
}

/** The n-th working day after `start` (start itself not counted). */
export function addWorkingDays(calendar: WorkingCalendar, start: string, n: number): CountedDay {
  let day = toEpochDay(start);
  let counted = 0;
  let provisional = false;
  while (counted < n) {
    day += 1;
    const date = fromEpochDay(day);
    if (!calendar.loadedYears.has(yearOf(date))) provisional = true;
    if (isWorkingDay(calendar, date)) counted += 1;
  }
  return { date: fromEpochDay(day), provisional };
}

/** Working days in (from, to]: 0 when to ≤ from. */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  const end = toEpochDay(to);
  let n = 0;
  for (let day = toEpochDay(from) + 1; day <= end; day++) {
    if (isWorkingDay(calendar, fromEpochDay(day))) n += 1;
  }
  return n;
}

export function emptyCalendar(): WorkingCalendar {
  return { loadedYears: new Set(), holidays: new Set(), workdays: new Set() };
}
