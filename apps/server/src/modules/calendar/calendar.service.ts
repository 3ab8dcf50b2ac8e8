import type { CalendarYearLoad } from '@gongzhi/contracts';
import { SYSTEM_SCOPE, type Tx } from '../../db/client.js';
import { type Actor, scopeOf } from '../../kernel/actor.js';
import { AppError } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import type { AppContext } from '../../kernel/context.js';
import * as repo from './calendar.repository.js';
import { yearLoadProblems } from './calendar.workflow.js';
import type { WorkingCalendar } from './working-days.js';

/** How long a process trusts its copy of the calendar before reading it again (other processes may load a year). */
const CACHE_MS = 60_000;

/** Runs inside the loading transaction with the new calendar; returns how many cases it recomputed. */
export type YearLoadedHook = (tx: Tx, calendar: WorkingCalendar) => Promise<number>;

export function calendarService(ctx: AppContext) {
  const { database } = ctx;
  let cached: { calendar: WorkingCalendar; at: number } | null = null;
  const hooks: YearLoadedHook[] = [];

  /** The official calendar as the database holds it (cached per process for a minute). */
  async function current(): Promise<WorkingCalendar> {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.calendar;
    const calendar = await database.read(SYSTEM_SCOPE, repo.readCalendar);
    cached = { calendar, at: Date.now() };
    return calendar;
  }

  async function listYears(actor: Actor) {
    const rows = await database.read(scopeOf(actor), repo.listYears);
    return rows.map((r) => ({ ...r, loadedAt: r.loadedAt.toISOString() }));
  }

  async function days(actor: Actor, year: number) {
    return database.read(scopeOf(actor), (tx) => repo.daysOf(tx, year));
  }

  async function loadYear(actor: Actor, year: number, input: CalendarYearLoad) {
    const problems = yearLoadProblems(year, input);
    if (problems.length) throw new AppError('validation_failed', problems);
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const before = await repo.daysOf(tx, year);
      await repo.replaceYear(
        tx,
        year,
        { source: 'administrator', note: input.note ?? null, loadedBy: actor.userId },
        input.days,
      );
      const calendar = await repo.readCalendar(tx);
      let recomputedCases = 0;
      for (const hook of hooks) recomputedCases += await hook(tx, calendar);
      await audit(tx, actor, {
        action: 'calendar.year_loaded',
        targetType: 'calendar_year',
        targetId: String(year),
        organisationId: null,
        before: before.length ? { days: before } : null,
        after: { days: input.days, note: input.note ?? null, recomputedCases },
      });
      const years = await repo.listYears(tx);
      const row = years.find((y) => y.year === year);
      if (!row) throw new AppError('internal');
      return { year: { ...row, loadedAt: row.loadedAt.toISOString() }, recomputedCases, calendar };
    });
    cached = { calendar: result.calendar, at: Date.now() };
    return { year: result.year, recomputedCases: result.recomputedCases };
  }

  return {
    current,
    listYears,
    days,
    loadYear,
    onYearLoaded: (hook: YearLoadedHook) => hooks.push(hook),
    /** Forget the cached copy (tests that change the calendar directly). */
    invalidate: () => {
      cached = null;
    },
  };
}

export type CalendarService = ReturnType<typeof calendarService>;
