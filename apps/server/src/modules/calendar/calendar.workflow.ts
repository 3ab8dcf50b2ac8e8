import type { CalendarYearLoad } from '@gongzhi/contracts';
import type { FieldProblem } from '../../kernel/app-error.js';
import { isWeekend, yearOf } from './working-days.js';

/** What is wrong with a year's holidays and make-up days, each problem naming its row. */
export function yearLoadProblems(year: number, input: CalendarYearLoad): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  input.days.forEach((d, i) => {
    const field = `days.${i}.day`;
    if (yearOf(d.day) !== year) problems.push({ field, issue: 'not_in_year', params: { day: d.day, year } });
    else if (seen.has(d.day)) problems.push({ field, issue: 'duplicate_day', params: { day: d.day } });
    else if (d.kind === 'workday' && !isWeekend(d.day)) {
      problems.push({ field, issue: 'weekday_workday', params: { day: d.day } });
    }
    seen.add(d.day);
  });
  return problems;
}
