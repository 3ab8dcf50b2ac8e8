import type { CalendarDayKind } from '@gongzhi/contracts';
import { asc, count, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { calendarDay, calendarYear } from '../../db/schema/index.js';
import type { WorkingCalendar } from './working-days.js';

export async function readCalendar(tx: Tx): Promise<WorkingCalendar> {
  const [years, days] = await Promise.all([
    tx.select({ year: calendarYear.year }).from(calendarYear),
    tx.select({ day: calendarDay.day, kind: calendarDay.kind }).from(calendarDay),
  ]);
  return {
    loadedYears: new Set(years.map((y) => y.year)),
    holidays: new Set(days.filter((d) => d.kind === 'holiday').map((d) => d.day)),
    workdays: new Set(days.filter((d) => d.kind === 'workday').map((d) => d.day)),
  };
}

export async function listYears(tx: Tx) {
  return tx
    .select({
      year: calendarYear.year,
      source: calendarYear.source,
      note: calendarYear.note,
      loadedAt: calendarYear.loadedAt,
      holidays: sql<number>`count(*) filter (where ${calendarDay.kind} = 'holiday')::int`,
      workdays: sql<number>`count(*) filter (where ${calendarDay.kind} = 'workday')::int`,
    })
    .from(calendarYear)
    .leftJoin(calendarDay, eq(calendarDay.year, calendarYear.year))
    .groupBy(calendarYear.year)
    .orderBy(asc(calendarYear.year));
}

export async function daysOf(tx: Tx, year: number) {
  return tx
    .select({ day: calendarDay.day, kind: calendarDay.kind, name: calendarDay.name })
    .from(calendarDay)
    .where(eq(calendarDay.year, year))
    .orderBy(asc(calendarDay.day));
}

export async function yearExists(tx: Tx, year: number): Promise<boolean> {
  const rows = await tx.select({ n: count() }).from(calendarYear).where(eq(calendarYear.year, year));
  return (rows[0]?.n ?? 0) > 0;
}

/** Replaces a year's exceptions (a correction replaces the whole year, as the State Council notice does). */
export async function replaceYear(
  tx: Tx,
  year: number,
  meta: { source: string; note: string | null; loadedBy: string | null },
  days: { day: string; kind: CalendarDayKind; name: string }[],
): Promise<void> {
  await tx
    .insert(calendarYear)
    .values({ year, ...meta })
    .onConflictDoUpdate({
      target: calendarYear.year,
      set: { source: meta.source, note: meta.note, loadedBy: meta.loadedBy, loadedAt: sql`now()` },
    });
  await tx.delete(calendarDay).where(eq(calendarDay.year, year));
  if (days.length) await tx.insert(calendarDay).values(days.map((d) => ({ ...d, year })));
}
