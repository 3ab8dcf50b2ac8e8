import { isWorkday } from 'chinese-days';
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import type { WorkingCalendar } from '../calendar/working-days.js';
import {
  allowedActions,
  applyStep,
  type CaseClock,
  dueStateOf,
  isTimeBarred,
  openCase,
  STEPS,
  stepProblems,
  type TimeLimits,
} from './complaint.workflow.js';

const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
const calendar: WorkingCalendar = {
  loadedYears: new Set([2025, 2026]),
  holidays: new Set(Object.keys(data.holidays).filter((d) => d >= '2025')),
  workdays: new Set(Object.keys(data.workdays).filter((d) => d >= '2025')),
};
const limits: TimeLimits = {
  acceptanceDays: 7,
  enterpriseResponseDays: 10,
  mediationDays: 45,
  terminationNoticeDays: 7,
  dueSoonDays: 2,
  limitationYears: 3,
};
const facts = { kind: 'complaint' as const, status: 'received' as const, enterpriseId: 'e1' };

describe('complaint workflow', () => {
  it.each([
    ['received', ['association'], ['accept', 'refuse', 'transfer', 'comment']],
    ['received', ['enterprise'], ['comment']],
    [
      'accepted',
      ['association'],
      ['forward', 'start_mediation', 'record_agreement', 'terminate', 'transfer', 'comment'],
    ],
    ['with_enterprise', ['enterprise'], ['enterprise_respond', 'comment']],
    ['with_enterprise', ['association'], ['start_mediation', 'record_agreement', 'terminate', 'comment']],
    ['enterprise_responded', ['association'], ['start_mediation', 'record_agreement', 'terminate', 'comment']],
    ['mediating', ['association'], ['pause', 'record_agreement', 'terminate', 'comment']],
    ['paused', ['association'], ['resume', 'terminate', 'comment']],
    ['closed', ['association', 'enterprise'], ['comment']],
    ['refused', ['regulator'], ['comment']],
  ] as const)('from %s, %j may %j', (status, sides, expected) => {
    expect(allowedActions({ ...facts, status }, sides)).toEqual(expected);
  });

  it('offers answer (not accept) for a consultation, and no forward without a member enterprise', () => {
    expect(allowedActions({ ...facts, kind: 'consultation' }, ['association'])).toEqual(['answer', 'comment']);
    expect(allowedActions({ ...facts, status: 'accepted', enterpriseId: null }, ['association'])).not.toContain(
      'forward',
    );
  });

  it('every step leads from states that exist to a state or nowhere', () => {
    for (const step of Object.values(STEPS)) expect(step.from.length).toBeGreaterThan(0);
  });

  it.each([
    ['refuse', {}, ['refusalGround', 'resolution']],
    ['answer', {}, ['resolution']],
    ['enterprise_respond', { response: '  ' }, ['response']],
    ['start_mediation', { consumerConsent: true }, ['enterpriseConsent']],
    ['pause', {}, ['note']],
    ['terminate', {}, ['terminationGround']],
    ['transfer', { note: 'x' }, ['regulatorId']],
    ['accept', {}, []],
  ] as const)('%s with %j lacks %j', (action, extra, fields) => {
    const problems = stepProblems(facts, { action, version: 1, ...extra });
    expect(problems.map((p) => p.field)).toEqual(fields);
  });

  it('opens a case with the acceptance deadline 7 working days after receipt (receipt day not counted)', () => {
    const clock = openCase({ kind: 'complaint', receivedOn: '2026-09-28', harmKnownOn: null }, limits, calendar);
    expect(clock).toMatchObject({ status: 'received', dueOn: '2026-10-13', dueKind: 'acceptance', late: false });
  });

  it('refuses at once a complaint about harm known more than 3 years before receipt, keeping the record', () => {
    const clock = openCase(
      { kind: 'complaint', receivedOn: '2026-09-28', harmKnownOn: '2023-09-27' },
      limits,
      calendar,
    );
    expect(clock).toMatchObject({ status: 'refused', outcome: 'refused', closedOn: '2026-09-28', dueOn: null });
    expect(isTimeBarred('2023-09-28', '2026-09-28', limits)).toBe(false);
    expect(isTimeBarred('2025-02-28', '2028-02-29', limits)).toBe(true);
    expect(isTimeBarred('2025-03-01', '2028-02-29', limits)).toBe(false);
  });

  it('runs acceptance → forward → response → mediation deadlines on working days', () => {
    let clock: CaseClock = openCase(
      { kind: 'complaint', receivedOn: '2026-09-28', harmKnownOn: null },
      limits,
      calendar,
    );
    clock = applyStep(clock, 'accept', '2026-09-29', limits, calendar);
    // 45 working days after 2026-09-29 (National Day week skipped, make-up Saturday 10-10 counted).
    expect(clock).toMatchObject({ status: 'accepted', dueKind: 'mediation', mediationDue: '2026-12-07' });
    clock = applyStep(clock, 'forward', '2026-09-30', limits, calendar);
    // 10 working days after 09-30: Oct 8, 9, 10 (make-up Saturday), 12–16, 19, 20.
    expect(clock).toMatchObject({ status: 'with_enterprise', dueKind: 'response', dueOn: '2026-10-20' });
    clock = applyStep(clock, 'enterprise_respond', '2026-10-12', limits, calendar);
    expect(clock).toMatchObject({ status: 'enterprise_responded', dueKind: 'mediation', dueOn: '2026-12-07' });
    expect(clock.late).toBe(false);
  });

  it('stops the mediation clock while testing runs and extends it by the working days paused', () => {
    let clock = openCase({ kind: 'complaint', receivedOn: '2026-09-28', harmKnownOn: null }, limits, calendar);
    clock = applyStep(clock, 'accept', '2026-09-29', limits, calendar);
    clock = applyStep(clock, 'start_mediation', '2026-11-02', limits, calendar);
    clock = applyStep(clock, 'pause', '2026-11-09', limits, calendar);
    expect(clock).toMatchObject({ status: 'paused', dueOn: null, pausedSince: '2026-11-09' });
    clock = applyStep(clock, 'resume', '2026-11-16', limits, calendar);
    expect(clock).toMatchObject({ status: 'mediating', pausedWorkingDays: 5, pausedSince: null });
    expect(clock.dueOn).toBe('2026-12-14');
  });

  it('marks a case late when a step comes after its running deadline', () => {
    let clock = openCase({ kind: 'complaint', receivedOn: '2026-09-28', harmKnownOn: null }, limits, calendar);
    clock = applyStep(clock, 'accept', '2026-10-14', limits, calendar);
    expect(clock.late).toBe(true);
    clock = applyStep(clock, 'record_agreement', '2026-10-20', limits, calendar);
    expect(clock).toMatchObject({
      status: 'closed',
      outcome: 'settled',
      closedOn: '2026-10-20',
      dueOn: null,
      late: true,
    });
  });

  it('marks a deadline in a year not loaded as provisional', () => {
    const clock = openCase({ kind: 'complaint', receivedOn: '2026-12-28', harmKnownOn: null }, limits, calendar);
    expect(clock).toMatchObject({ dueOn: '2027-01-06', dueProvisional: true });
  });

  it('tells overdue, due soon and on track apart on working days', () => {
    expect(dueStateOf('2026-10-13', '2026-10-14', 2, calendar)).toBe('overdue');
    expect(dueStateOf('2026-10-13', '2026-10-13', 2, calendar)).toBe('due_soon');
    // Friday 10-09 → Tuesday 10-13: 3 working days (make-up Saturday 10-10, Monday 10-12, Tuesday 10-13).
    expect(dueStateOf('2026-10-13', '2026-10-09', 2, calendar)).toBe('on_track');
    expect(dueStateOf('2026-10-13', '2026-10-10', 2, calendar)).toBe('due_soon');
    expect(dueStateOf(null, '2026-10-10', 2, calendar)).toBeNull();
    expect(isWorkday('2026-10-10')).toBe(true);
  });
});
