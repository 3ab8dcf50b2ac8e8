import type { MembershipStatus } from '@gongzhi/contracts';
import type { FieldProblem } from '../../kernel/app-error.js';

/** Allowed status changes: a withdrawn member rejoins through a new decision, not by editing history. */
export const transitions = {
  active: ['active', 'suspended', 'withdrawn'],
  suspended: ['suspended', 'active', 'withdrawn'],
  withdrawn: ['withdrawn', 'active'],
} as const satisfies Record<MembershipStatus, readonly MembershipStatus[]>;

export function canTransition(from: MembershipStatus, to: MembershipStatus): boolean {
  return (transitions[from] as readonly MembershipStatus[]).includes(to);
}

/** Dates and status after an edit: withdrawing sets the leaving date; rejoining clears it. */
export function nextMembershipDates(
  current: { status: MembershipStatus; joinedOn: string; leftOn: string | null },
  change: { status?: MembershipStatus | undefined; leftOn?: string | null | undefined },
  today: string,
): { leftOn: string | null; problem: FieldProblem | null } {
  const status = change.status ?? current.status;
  let leftOn = change.leftOn === undefined ? current.leftOn : change.leftOn;
  if (status === 'withdrawn' && !leftOn) leftOn = today;
  if (status !== 'withdrawn' && change.status !== undefined && change.leftOn === undefined) leftOn = null;
  if (!canTransition(current.status, status)) {
    return {
      leftOn,
      problem: { field: 'status', issue: 'one_of', params: { allowed: transitions[current.status].join(', ') } },
    };
  }
  if (leftOn && leftOn < current.joinedOn) return { leftOn, problem: { field: 'leftOn', issue: 'date_order' } };
  return { leftOn, problem: null };
}
