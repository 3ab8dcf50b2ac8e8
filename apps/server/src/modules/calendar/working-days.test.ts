import { isWorkday } from 'chinese-days';
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, type WorkingCalendar, workingDaysBetween } from './working-days.js';

const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };

/** The official calendar as shipped by chinese-days (2004–2026), as the database is seeded with it. */
function officialCalendar(years: number[] = [2024, 2025, 2026]): WorkingCalendar {
  const loaded = new Set(years);
  const inLoaded = (d: string) => loaded.has(Number(d.slice(0, 4)));
  return {
    loadedYears: loaded,
    holidays: new Set(Object.keys(data.holidays).filter(inLoaded)),
    workdays: new Set(Object.keys(data.workdays).filter(inLoaded)),
  };
}

describe('working days (domain-facts worked examples)', () => {
  const calendar = officialCalendar();

  it.each([
    ['2026-09-28', 7, '2026-10-13'],
    ['2026-09-28', 45, '2026-12-04'],
    ['2026-02-12', 7, '2026-02-28'],
  ])('received %s → working day %i is %s', (received, n, expected) => {
    expect(addWorkingDays(calendar, received, n)).toEqual({ date: expected, provisional: false });
  });

  it('does not count the day of receipt', () => {
    // Monday 2026-11-23: the 1st working day is Tuesday, not the Monday itself.
    expect(addWorkingDays(calendar, '2026-11-23', 1).date).toBe('2026-11-24');
  });

  it('skips the National Day holiday and counts its make-up Saturday', () => {
    // 2026-09-30 (Wed) → Oct 1–7 off, Sat Oct 10 is a make-up working day.
    expect(isWorkingDay(calendar, '2026-10-01')).toBe(false);
    expect(isWorkingDay(calendar, '2026-10-10')).toBe(true);
    expect(addWorkingDays(calendar, '2026-09-30', 1).date).toBe('2026-10-08');
    expect(addWorkingDays(calendar, '2026-09-30', 3).date).toBe('2026-10-10');
    expect(addWorkingDays(calendar, '2026-09-30', 4).date).toBe('2026-10-12');
  });

  it('counts a make-up Saturday in February 2026 as a working day', () => {
    expect(isWorkingDay(calendar, '2026-02-14')).toBe(true);
    expect(isWorkingDay(calendar, '2026-02-21')).toBe(false);
  });

  it('marks a deadline reaching an unloaded year as provisional, counting Monday–Friday there', () => {
    // 2026-12-28 (Mon) + 7: Dec 29, 30, 31, then Jan 2027 (not loaded): Jan 1 (Fri) counts provisionally.
    const result = addWorkingDays(calendar, '2026-12-28', 7);
    expect(result.provisional).toBe(true);
    expect(result.date).toBe('2027-01-06');
    // Loading 2027 with New Year's Day as a holiday moves it and makes it final.
    const with2027: WorkingCalendar = {
      loadedYears: new Set([...calendar.loadedYears, 2027]),
      holidays: new Set([...calendar.holidays, '2027-01-01']),
      workdays: calendar.workdays,
    };
    expect(addWorkingDays(with2027, '2026-12-28', 7)).toEqual({ date: '2027-01-07', provisional: false });
  });

  it('is not provisional when the count ends before the unloaded year', () => {
    expect(addWorkingDays(calendar, '2026-12-01', 7).provisional).toBe(false);
  });

  it('counts working days between two dates, start excluded', () => {
    expect(workingDaysBetween(calendar, '2026-09-28', '2026-10-13')).toBe(7);
    expect(workingDaysBetween(calendar, '2026-10-01', '2026-10-07')).toBe(0);
    expect(workingDaysBetween(calendar, '2026-10-13', '2026-10-13')).toBe(0);
    expect(workingDaysBetween(calendar, '2026-10-13', '2026-10-01')).toBe(0);
  });

  it('agrees with the chinese-days library on every day of 2024–2026', () => {
    for (let day = Date.UTC(2024, 0, 1); day <= Date.UTC(2026, 11, 31); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      expect(isWorkingDay(calendar, date), date).toBe(isWorkday(date));
    }
  });
});
