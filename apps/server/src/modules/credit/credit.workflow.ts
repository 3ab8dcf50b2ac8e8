/**
 * Pure rules of the credit archive: default polarity and publication windows (domain-facts.md),
 * when a record may be objected to or repaired, which record steps are allowed, which measures a
 * grade allows, and how warnings are levelled. No I/O.
 */
import type {
  CreditMeasureKind,
  CreditPolarity,
  CreditRecordAction,
  CreditRecordStatus,
  CreditWarningLevel,
} from '@gongzhi/contracts';
import {
  addMonths,
  CREDIT_INCENTIVES,
  defaultPolarity,
  defaultPublicationMonths,
  defaultPublishUntil,
} from '@gongzhi/contracts';
import { addCalendarDays } from '../calendar/working-days.js';

export { addMonths, defaultPolarity, defaultPublicationMonths, defaultPublishUntil };

/** Negative information may be repaired after 6 months (12 for food, drugs, special equipment). */
export function repairableFrom(record: {
  polarity: CreditPolarity;
  occurredOn: string;
  specialSector: boolean;
  status: CreditRecordStatus;
}): string | null {
  if (record.polarity !== 'negative') return null;
  if (!['confirmed', 'published'].includes(record.status)) return null;
  return addMonths(record.occurredOn, record.specialSector ? 12 : 6);
}

/** The last day an objection may be filed: `windowDays` after the record was made known. */
export function objectableUntil(confirmedOn: string | null, windowDays: number): string | null {
  return confirmedOn ? addCalendarDays(confirmedOn, windowDays) : null;
}

const RECORD_STEPS: Record<CreditRecordAction, readonly CreditRecordStatus[]> = {
  confirm: ['draft'],
  publish: ['confirmed'],
  unpublish: ['published'],
  revoke: ['draft', 'confirmed', 'published'],
};

const RECORD_TARGET: Record<CreditRecordAction, CreditRecordStatus> = {
  confirm: 'confirmed',
  publish: 'published',
  unpublish: 'confirmed',
  revoke: 'revoked',
};

export function recordStepAllowed(status: CreditRecordStatus, action: CreditRecordAction): boolean {
  return RECORD_STEPS[action].includes(status);
}

export function recordStepTarget(action: CreditRecordAction): CreditRecordStatus {
  return RECORD_TARGET[action];
}

export function allowedRecordSteps(status: CreditRecordStatus): CreditRecordAction[] {
  return (Object.keys(RECORD_STEPS) as CreditRecordAction[]).filter((a) => RECORD_STEPS[a].includes(status));
}

/** Records that count in an evaluation (an open objection does not suspend a record). */
export const COUNTED_STATUSES: readonly CreditRecordStatus[] = ['confirmed', 'published', 'objected'];

/** Shown publicly on `today`. */
export function publiclyVisible(record: { status: CreditRecordStatus; publishUntil: string }, today: string): boolean {
  return record.status === 'published' && record.publishUntil >= today;
}

export function measureList(kind: CreditMeasureKind): 'red' | 'black' {
  return CREDIT_INCENTIVES.includes(kind) ? 'red' : 'black';
}

/**
 * Which published grades a measure needs, by position in the model's grades (best first):
 * incentives the best grade only; constraints the two lowest grades.
 */
export function eligibleGrades(kind: CreditMeasureKind, gradesBestFirst: readonly string[]): string[] {
  if (measureList(kind) === 'red') return gradesBestFirst.slice(0, 1);
  return gradesBestFirst.slice(-2);
}

/** A fall by one grade is yellow, by two orange, to the lowest grade (or by three) red. */
export function gradeFellLevel(from: number, to: number, gradeCount: number): CreditWarningLevel | null {
  if (to <= from) return null;
  if (to === gradeCount - 1 || to - from >= 3) return 'red';
  return to - from === 2 ? 'orange' : 'yellow';
}
