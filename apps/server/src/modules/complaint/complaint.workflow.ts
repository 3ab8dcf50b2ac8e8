/**
 * The complaint workflow as data and pure functions: states, the steps allowed from each, who may
 * take them, what each step needs, and the deadlines that follow. The service only loads, calls
 * these, and stores.
 */
import type {
  ComplaintAction,
  ComplaintActionBody,
  ComplaintKind,
  ComplaintOutcome,
  ComplaintStatus,
  DueKind,
  DueState,
} from '@gongzhi/contracts';
import type { FieldProblem } from '../../kernel/app-error.js';
import { addCalendarDays, addWorkingDays, type WorkingCalendar, workingDaysBetween } from '../calendar/working-days.js';

/** Who acts on a case: the handling association, the enterprise complained about, the regulator it went to. */
export type CaseSide = 'association' | 'enterprise' | 'regulator';

export const TERMINAL_STATUSES: readonly ComplaintStatus[] = ['closed', 'refused', 'transferred'];
const OPEN_AFTER_ACCEPTANCE: ComplaintStatus[] = ['accepted', 'with_enterprise', 'enterprise_responded', 'mediating'];

interface Step {
  from: readonly ComplaintStatus[];
  by: readonly CaseSide[];
  /** null: the status does not change. */
  to: ComplaintStatus | null;
  kinds?: readonly ComplaintKind[];
  /** The case must name a member enterprise. */
  needsEnterprise?: boolean;
}

export const STEPS: Record<ComplaintAction, Step> = {
  accept: { from: ['received'], by: ['association'], to: 'accepted', kinds: ['complaint'] },
  refuse: { from: ['received'], by: ['association'], to: 'refused', kinds: ['complaint'] },
  answer: { from: ['received'], by: ['association'], to: 'closed', kinds: ['consultation'] },
  forward: { from: ['accepted'], by: ['association'], to: 'with_enterprise', needsEnterprise: true },
  enterprise_respond: { from: ['with_enterprise'], by: ['enterprise'], to: 'enterprise_responded' },
  start_mediation: {
    from: ['accepted', 'with_enterprise', 'enterprise_responded'],
    by: ['association'],
    to: 'mediating',
  },
  pause: { from: ['mediating'], by: ['association'], to: 'paused' },
  resume: { from: ['paused'], by: ['association'], to: 'mediating' },
  record_agreement: { from: OPEN_AFTER_ACCEPTANCE, by: ['association'], to: 'closed' },
  terminate: { from: [...OPEN_AFTER_ACCEPTANCE, 'paused'], by: ['association'], to: 'closed' },
  transfer: { from: ['received', 'accepted'], by: ['association'], to: 'transferred', kinds: ['complaint'] },
  comment: {
    from: [
      'received',
      'accepted',
      'with_enterprise',
      'enterprise_responded',
      'mediating',
      'paused',
      'closed',
      'refused',
      'transferred',
    ],
    by: ['association', 'enterprise', 'regulator'],
    to: null,
  },
};

export interface CaseFacts {
  kind: ComplaintKind;
  status: ComplaintStatus;
  enterpriseId: string | null;
}

/** The steps these sides may take on the case now. */
export function allowedActions(facts: CaseFacts, sides: readonly CaseSide[]): ComplaintAction[] {
  return (Object.keys(STEPS) as ComplaintAction[]).filter((action) => {
    const step = STEPS[action];
    return (
      step.from.includes(facts.status) &&
      step.by.some((s) => sides.includes(s)) &&
      (!step.kinds || step.kinds.includes(facts.kind)) &&
      (!step.needsEnterprise || facts.enterpriseId !== null)
    );
  });
}

/** What the step needs in its body: one problem per missing or wrong field. */
export function stepProblems(facts: CaseFacts, body: ComplaintActionBody): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const need = (field: keyof ComplaintActionBody) => {
    const value = body[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      problems.push({ field, issue: 'required' });
    }
  };
  switch (body.action) {
    case 'refuse':
      need('refusalGround');
      need('resolution');
      break;
    case 'answer':
    case 'record_agreement':
      need('resolution');
      break;
    case 'enterprise_respond':
      need('response');
      break;
    case 'start_mediation':
      if (body.consumerConsent !== true) problems.push({ field: 'consumerConsent', issue: 'consent_required' });
      if (body.enterpriseConsent !== true) problems.push({ field: 'enterpriseConsent', issue: 'consent_required' });
      break;
    case 'pause':
    case 'comment':
      need('note');
      break;
    case 'terminate':
      need('terminationGround');
      break;
    case 'transfer':
      need('regulatorId');
      need('note');
      break;
    case 'forward':
      if (facts.enterpriseId === null) problems.push({ field: 'action', issue: 'enterprise_required' });
      break;
    default:
      break;
  }
  return problems;
}

export interface TimeLimits {
  acceptanceDays: number;
  enterpriseResponseDays: number;
  mediationDays: number;
  terminationNoticeDays: number;
  dueSoonDays: number;
  limitationYears: number;
}

/** The dates and counters a case carries; a step returns the next values. */
export interface CaseClock {
  status: ComplaintStatus;
  receivedOn: string;
  acceptedOn: string | null;
  forwardedOn: string | null;
  mediationStartedOn: string | null;
  pausedSince: string | null;
  pausedWorkingDays: number;
  closedOn: string | null;
  acceptanceDue: string | null;
  responseDue: string | null;
  mediationDue: string | null;
  dueOn: string | null;
  dueKind: DueKind | null;
  dueProvisional: boolean;
  late: boolean;
  outcome: ComplaintOutcome | null;
}

interface Deadline {
  kind: DueKind;
  date: string;
  provisional: boolean;
}

/** Deadlines of a case on a calendar, from its dates (recomputed whole: loading a year changes them). */
export function deadlinesOf(
  clock: Pick<
    CaseClock,
    'status' | 'receivedOn' | 'acceptedOn' | 'forwardedOn' | 'pausedWorkingDays' | 'closedOn' | 'pausedSince'
  >,
  limits: TimeLimits,
  calendar: WorkingCalendar,
): {
  acceptanceDue: string;
  responseDue: string | null;
  mediationDue: string | null;
  running: Deadline | null;
  provisional: boolean;
} {
  const acceptance = addWorkingDays(calendar, clock.receivedOn, limits.acceptanceDays);
  const response = clock.forwardedOn
    ? addWorkingDays(calendar, clock.forwardedOn, limits.enterpriseResponseDays)
    : null;
  const mediation = clock.acceptedOn
    ? addWorkingDays(calendar, clock.acceptedOn, limits.mediationDays + clock.pausedWorkingDays)
    : null;
  let running: Deadline | null = null;
  if (clock.closedOn === null && clock.status !== 'paused') {
    if (clock.status === 'received') {
      running = { kind: 'acceptance', date: acceptance.date, provisional: acceptance.provisional };
    } else if (clock.status === 'with_enterprise' && response && mediation && response.date <= mediation.date) {
      running = { kind: 'response', date: response.date, provisional: response.provisional };
    } else if (mediation) {
      running = { kind: 'mediation', date: mediation.date, provisional: mediation.provisional };
    }
  }
  return {
    acceptanceDue: acceptance.date,
    responseDue: response?.date ?? null,
    mediationDue: mediation?.date ?? null,
    running,
    provisional: running?.provisional ?? false,
  };
}

/** The deadline columns of a case, counted on a calendar. */
export function deadlineFields(
  clock: Parameters<typeof deadlinesOf>[0],
  limits: TimeLimits,
  calendar: WorkingCalendar,
): Pick<CaseClock, 'acceptanceDue' | 'responseDue' | 'mediationDue' | 'dueOn' | 'dueKind' | 'dueProvisional'> {
  const d = deadlinesOf(clock, limits, calendar);
  return {
    acceptanceDue: d.acceptanceDue,
    responseDue: d.responseDue,
    mediationDue: d.mediationDue,
    dueOn: d.running?.date ?? null,
    dueKind: d.running?.kind ?? null,
    dueProvisional: d.provisional,
  };
}

function withDeadlines(clock: CaseClock, limits: TimeLimits, calendar: WorkingCalendar): CaseClock {
  return { ...clock, ...deadlineFields(clock, limits, calendar) };
}

/** A new case on the day it is received. `harmKnownOn` beyond the limitation period refuses it at once. */
export function openCase(
  input: { kind: ComplaintKind; receivedOn: string; harmKnownOn: string | null },
  limits: TimeLimits,
  calendar: WorkingCalendar,
): CaseClock {
  const timeBarred = input.kind === 'complaint' && isTimeBarred(input.harmKnownOn, input.receivedOn, limits);
  const clock: CaseClock = {
    status: timeBarred ? 'refused' : 'received',
    receivedOn: input.receivedOn,
    acceptedOn: null,
    forwardedOn: null,
    mediationStartedOn: null,
    pausedSince: null,
    pausedWorkingDays: 0,
    closedOn: timeBarred ? input.receivedOn : null,
    acceptanceDue: null,
    responseDue: null,
    mediationDue: null,
    dueOn: null,
    dueKind: null,
    dueProvisional: false,
    late: false,
    outcome: timeBarred ? 'refused' : null,
  };
  return withDeadlines(clock, limits, calendar);
}

/** More than `limitationYears` since the consumer knew of the harm (same calendar day counts as within). */
export function isTimeBarred(harmKnownOn: string | null, receivedOn: string, limits: TimeLimits): boolean {
  if (!harmKnownOn) return false;
  const year = Number(receivedOn.slice(0, 4)) - limits.limitationYears;
  let limit = `${year}${receivedOn.slice(4)}`;
  // 29 February minus whole years lands on 1 March when that year has no 29 February.
  if (receivedOn.slice(5) === '02-29' && new Date(`${year}-02-29T00:00:00Z`).getUTCMonth() !== 1) {
    limit = `${year}-03-01`;
  }
  return harmKnownOn < limit;
}

const OUTCOME_OF: Partial<Record<ComplaintAction, ComplaintOutcome>> = {
  refuse: 'refused',
  answer: 'answered',
  record_agreement: 'settled',
  terminate: 'terminated',
  transfer: 'transferred',
};

/** The case after a step taken `today` (the step was checked as allowed). */
export function applyStep(
  clock: CaseClock,
  action: ComplaintAction,
  today: string,
  limits: TimeLimits,
  calendar: WorkingCalendar,
): CaseClock {
  const step = STEPS[action];
  if (step.to === null) return clock;
  // A step taken after the deadline it ran against makes the case late (and so not on time).
  const late = clock.late || (clock.dueOn !== null && today > clock.dueOn);
  const next: CaseClock = { ...clock, status: step.to, late };
  switch (action) {
    case 'accept':
      next.acceptedOn = today;
      break;
    case 'forward':
      next.forwardedOn = today;
      break;
    case 'start_mediation':
      next.mediationStartedOn = today;
      break;
    case 'pause':
      next.pausedSince = today;
      break;
    case 'resume':
      next.pausedWorkingDays =
        clock.pausedWorkingDays + workingDaysBetween(calendar, clock.pausedSince ?? today, today);
      next.pausedSince = null;
      break;
    default:
      break;
  }
  const outcome = OUTCOME_OF[action];
  if (outcome) {
    next.outcome = outcome;
    next.closedOn = today;
    if (clock.pausedSince) {
      next.pausedWorkingDays = clock.pausedWorkingDays + workingDaysBetween(calendar, clock.pausedSince, today);
      next.pausedSince = null;
    }
  }
  return withDeadlines(next, limits, calendar);
}

/** Overdue, due within `dueSoonDays` working days, or on track (null: nothing is due). */
export function dueStateOf(
  dueOn: string | null,
  today: string,
  dueSoonDays: number,
  calendar: WorkingCalendar,
): DueState | null {
  if (!dueOn) return null;
  if (today > dueOn) return 'overdue';
  return workingDaysBetween(calendar, today, dueOn) <= dueSoonDays ? 'due_soon' : 'on_track';
}

/** The last calendar day a due-soon window can start before: bounds the reminder job's scan. */
export function reminderHorizon(today: string, dueSoonDays: number): string {
  // Long holidays (Spring Festival) put at most ~9 days off in a row: 3 calendar days per working day is ample.
  return addCalendarDays(today, dueSoonDays * 3 + 10);
}
