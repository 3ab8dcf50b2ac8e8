/** Today in the business time zone (Asia/Shanghai) as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The state of a deadline of an open case: overdue, due within `soonDays`, or on track. */
export function deadlineState(
  dueOn: string,
  today: string,
  overdue: boolean,
  soonDays = 2,
): 'overdue' | 'due_soon' | 'on_track' {
  if (overdue || daysBetween(today, dueOn) < 0) return 'overdue';
  return daysBetween(today, dueOn) <= soonDays ? 'due_soon' : 'on_track';
}
