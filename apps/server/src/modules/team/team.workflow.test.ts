import { describe, expect, it } from 'vitest';
import { assigneeProblem, endOfAppointment, isSingleHolderRole, leadAndLiaison } from './team.workflow.js';

describe('team workflow', () => {
  it('a duty needs exactly one of a person or a post', () => {
    expect(assigneeProblem({})).toEqual({ field: 'assigneeUserId', issue: 'owner_required' });
    expect(assigneeProblem({ assigneeUserId: null, assigneePostId: null })).toEqual({
      field: 'assigneeUserId',
      issue: 'owner_required',
    });
    expect(assigneeProblem({ assigneeUserId: 'u', assigneePostId: 'p' })).toEqual({
      field: 'assigneePostId',
      issue: 'one_owner_only',
    });
    expect(assigneeProblem({ assigneeUserId: 'u' })).toBeNull();
    expect(assigneeProblem({ assigneePostId: 'p' })).toBeNull();
  });

  it('only the lead and the liaison are held by one person at a time', () => {
    expect(isSingleHolderRole('lead')).toBe(true);
    expect(isSingleHolderRole('liaison')).toBe(true);
    expect(isSingleHolderRole('member')).toBe(false);
  });

  it('an appointment ends today, on the given day, or is refused before it began', () => {
    expect(endOfAppointment('2025-01-01', undefined, '2025-06-01')).toBe('2025-06-01');
    expect(endOfAppointment('2025-01-01', '2025-03-01', '2025-06-01')).toBe('2025-03-01');
    expect(endOfAppointment('2025-01-01', '2024-12-31', '2025-06-01')).toBe('date_order');
    // appointed for a future day and ended before it began: ends on its first day
    expect(endOfAppointment('2025-07-01', undefined, '2025-06-01')).toBe('2025-07-01');
  });

  it('picks the active lead and liaison', () => {
    const members = [
      { id: 1, role: 'lead' as const, active: false },
      { id: 2, role: 'lead' as const, active: true },
      { id: 3, role: 'member' as const, active: true },
    ];
    expect(leadAndLiaison(members)).toEqual({ lead: members[1], liaison: null });
  });
});
