/**
 * Pure rules of the workspace's plan–do–check–act (issue #7): which plan may implement which, which
 * category belongs to which register, when a KPI is met, task transitions and recurrence.
 */
import {
  addDays,
  addMonths,
  type EnvironmentCategory,
  type EnvironmentKind,
  EXTERNAL_FACTOR_CATEGORIES,
  INTERNAL_ENABLER_CATEGORIES,
  type KpiDirection,
  type PlanKind,
  type PlanStatus,
  TASK_DUE_SOON_DAYS,
  type TaskRecurrence,
  type TaskStatus,
} from '@gongzhi/contracts';

/** §6.1 categories for external factors, §6.2 categories for internal enablers. */
export function categoriesOf(kind: EnvironmentKind): readonly EnvironmentCategory[] {
  return kind === 'external' ? EXTERNAL_FACTOR_CATEGORIES : INTERNAL_ENABLER_CATEGORIES;
}

/** The kinds of plan a plan of this kind may implement (its parent). */
export function parentKindsOf(kind: PlanKind): readonly PlanKind[] {
  if (kind === 'annual') return ['co_governance', 'development'];
  if (kind === 'co_governance') return ['development'];
  return [];
}

/** R-GOAL-1: a goal may be consistent with a goal of a development or co-governance plan only. */
export function mayBeParentGoalPlan(kind: PlanKind): boolean {
  return kind === 'development' || kind === 'co_governance';
}

const PLAN_STEPS: Record<PlanStatus, readonly PlanStatus[]> = {
  draft: ['active'],
  active: ['closed'],
  closed: [],
};
export function planStepsFrom(status: PlanStatus): readonly PlanStatus[] {
  return PLAN_STEPS[status];
}

const TASK_STEPS: Record<TaskStatus, readonly TaskStatus[]> = {
  todo: ['in_progress', 'done', 'cancelled'],
  in_progress: ['todo', 'done', 'cancelled'],
  done: [],
  cancelled: [],
};
export function taskStepsFrom(status: TaskStatus): readonly TaskStatus[] {
  return TASK_STEPS[status];
}

export function isOpenTask(status: TaskStatus): boolean {
  return status === 'todo' || status === 'in_progress';
}

/** null while there is no actual. */
export function kpiMet(direction: KpiDirection, target: number, actual: number | null): boolean | null {
  if (actual === null) return null;
  return direction === 'at_most' ? actual <= target : actual >= target;
}

/** The due date of the next occurrence of a recurring task (null when it does not recur). */
export function nextDueDate(dueDate: string, recurrence: TaskRecurrence): string | null {
  if (recurrence === 'monthly') return addMonths(dueDate, 1);
  if (recurrence === 'quarterly') return addMonths(dueDate, 3);
  if (recurrence === 'yearly') return addMonths(dueDate, 12);
  return null;
}

/** Which reminder an open task gets today, if any. */
export function reminderFor(
  task: { status: TaskStatus; dueDate: string; dueSoonRemindedOn: string | null; overdueRemindedOn: string | null },
  today: string,
): 'due_soon' | 'overdue' | null {
  if (!isOpenTask(task.status)) return null;
  if (task.dueDate < today) return task.overdueRemindedOn === today ? null : 'overdue';
  if (task.dueDate <= addDays(today, TASK_DUE_SOON_DAYS)) {
    return task.dueSoonRemindedOn === today ? null : 'due_soon';
  }
  return null;
}
