import { describe, expect, it } from 'vitest';
import {
  categoriesOf,
  kpiMet,
  nextDueDate,
  parentKindsOf,
  planStepsFrom,
  reminderFor,
  taskStepsFrom,
} from './plan.workflow.js';

describe('plan workflow', () => {
  it('keeps §6.1 categories for external factors and §6.2 for internal enablers', () => {
    expect(categoriesOf('external')).toContain('pain_point');
    expect(categoriesOf('external')).not.toContain('competence');
    expect(categoriesOf('internal')).toContain('competence');
  });

  it('lets an annual plan implement a co-governance or development plan, nothing implement a development plan', () => {
    expect(parentKindsOf('annual')).toEqual(['co_governance', 'development']);
    expect(parentKindsOf('co_governance')).toEqual(['development']);
    expect(parentKindsOf('development')).toEqual([]);
  });

  it('steps plans forward only and ends tasks at done or cancelled', () => {
    expect(planStepsFrom('draft')).toEqual(['active']);
    expect(planStepsFrom('closed')).toEqual([]);
    expect(taskStepsFrom('todo')).toContain('done');
    expect(taskStepsFrom('done')).toEqual([]);
  });

  it('meets a KPI at or above (at least) or at or below (at most) its target, unknown without an actual', () => {
    expect(kpiMet('at_least', 0.9, 0.9)).toBe(true);
    expect(kpiMet('at_least', 0.9, 0.89)).toBe(false);
    expect(kpiMet('at_most', 5, 6)).toBe(false);
    expect(kpiMet('at_most', 5, 5)).toBe(true);
    expect(kpiMet('at_least', 1, null)).toBeNull();
  });

  it('moves a recurring due date by a month, a quarter or a year, keeping month ends valid', () => {
    expect(nextDueDate('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextDueDate('2026-11-15', 'quarterly')).toBe('2027-02-15');
    expect(nextDueDate('2024-02-29', 'yearly')).toBe('2025-02-28');
    expect(nextDueDate('2026-05-01', 'none')).toBeNull();
  });

  it('reminds an open task once a day: due within three days, or overdue', () => {
    const task = { status: 'todo' as const, dueDate: '2026-03-10', dueSoonRemindedOn: null, overdueRemindedOn: null };
    expect(reminderFor(task, '2026-03-06')).toBeNull();
    expect(reminderFor(task, '2026-03-07')).toBe('due_soon');
    expect(reminderFor({ ...task, dueSoonRemindedOn: '2026-03-07' }, '2026-03-07')).toBeNull();
    expect(reminderFor({ ...task, dueSoonRemindedOn: '2026-03-07' }, '2026-03-08')).toBe('due_soon');
    expect(reminderFor(task, '2026-03-11')).toBe('overdue');
    expect(reminderFor({ ...task, overdueRemindedOn: '2026-03-11' }, '2026-03-11')).toBeNull();
    expect(reminderFor({ ...task, status: 'done' }, '2026-03-11')).toBeNull();
  });
});
