import { describe, expect, it } from 'vitest';
import { canTransition, nextMembershipDates } from './membership.workflow.js';

describe('membership workflow', () => {
  const current = { status: 'active' as const, joinedOn: '2020-03-01', leftOn: null };

  it('withdrawing sets the leaving date to today when none is given', () => {
    expect(nextMembershipDates(current, { status: 'withdrawn' }, '2026-11-27')).toEqual({
      leftOn: '2026-11-27',
      problem: null,
    });
  });

  it('refuses a leaving date before the joining date', () => {
    expect(nextMembershipDates(current, { status: 'withdrawn', leftOn: '2019-01-01' }, '2026-11-27').problem).toEqual({
      field: 'leftOn',
      issue: 'date_order',
    });
  });

  it('rejoining clears the leaving date', () => {
    const withdrawn = { status: 'withdrawn' as const, joinedOn: '2020-03-01', leftOn: '2024-01-01' };
    expect(nextMembershipDates(withdrawn, { status: 'active' }, '2026-11-27')).toEqual({ leftOn: null, problem: null });
  });

  it('allows only the listed transitions', () => {
    expect(canTransition('active', 'suspended')).toBe(true);
    expect(canTransition('withdrawn', 'suspended')).toBe(false);
  });
});
