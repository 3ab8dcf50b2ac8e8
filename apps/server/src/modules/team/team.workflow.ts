/** Pure rules of the work team (R-ORG-1, §8.1.2). */
import type { FieldIssue, TeamRole } from '@gongzhi/contracts';

/** Roles one person holds at a time per association: appointing a new holder ends the previous one. */
export function isSingleHolderRole(role: TeamRole): boolean {
  return role === 'lead' || role === 'liaison';
}

/** A duty goes to exactly one of a person or a post. */
export function assigneeProblem(input: {
  assigneeUserId?: string | null | undefined;
  assigneePostId?: string | null | undefined;
}): { field: string; issue: FieldIssue } | null {
  const user = Boolean(input.assigneeUserId);
  const post = Boolean(input.assigneePostId);
  if (!user && !post) return { field: 'assigneeUserId', issue: 'owner_required' };
  if (user && post) return { field: 'assigneePostId', issue: 'one_owner_only' };
  return null;
}

/** The day an appointment ends: the given day (not before it began) or today. */
export function endOfAppointment(since: string, until: string | undefined, today: string): string | 'date_order' {
  const day = until ?? (today < since ? since : today);
  return day < since ? 'date_order' : day;
}

/** Members grouped for the overview: the active lead, the active liaison, then everyone active. */
export function leadAndLiaison<T extends { role: TeamRole; active: boolean }>(
  members: readonly T[],
): { lead: T | null; liaison: T | null } {
  return {
    lead: members.find((m) => m.active && m.role === 'lead') ?? null,
    liaison: members.find((m) => m.active && m.role === 'liaison') ?? null,
  };
}
