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
  CreditRecordType,
  CreditSeverity,
  CreditWarningLevel,
} from '@gongzhi/contracts';
import { CREDIT_INCENTIVES } from '@gongzhi/contracts';
import { addCalendarDays } from '../calendar/working-days.js';

const NEGATIVE_TYPES: readonly CreditRecordType[] = [
  'administrative_penalty',
  'commitment_broken',
  'justified_complaint',
];
const POSITIVE_TYPES: readonly CreditRecordType[] = [
  'certification',
  'honour',
  'standard_work',
  'training',
  'commitment_kept',
];

/** Penalties, broken commitments and justified complaints are negative; a failed spot check (general/serious) too. */
export function defaultPolarity(type: CreditRecordType, severity: CreditSeverity): CreditPolarity {
  if (NEGATIVE_TYPES.includes(type)) return 'negative';
  if (POSITIVE_TYPES.includes(type)) return 'positive';
  if (type === 'spot_check') return severity === 'minor' ? 'positive' : 'negative';
  return 'neutral';
}

/** YYYY-MM-DD plus whole months (clamped to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * How long a record is shown publicly: an administrative penalty 3 months when minor (通报批评 or a
 * low fine), 3 years otherwise; a justified complaint 1 year; everything else 3 years.
 */
export function defaultPublicationMonths(type: CreditRecordType, severity: CreditSeverity): number {
  if (type === 'administrative_penalty') return severity === 'minor' ? 3 : 36;
  if (type === 'justified_complaint') return 12;
  return 36;
}

export function defaultPublishUntil(type: CreditRecordType, severity: CreditSeverity, occurredOn: string): string {
  return addCalendarDays(addMonths(occurredOn, defaultPublicationMonths(type, severity)), -1);
}

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
