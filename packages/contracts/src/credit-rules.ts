/**
 * Credit rules both apps need (pure, schema-free): the default model shipped with the platform
 * (rationale: docs/credit-model.md), the default polarity of a record, and its default publication
 * window (domain-facts.md). The server applies them; the web app shows what the server will fill in.
 */
import type { CreditModelDefinition, CreditProcedure } from './credit.dto.js';
import type { CreditPolarity, CreditRecordType, CreditSeverity } from './enums.js';

export const DEFAULT_CREDIT_PROCEDURE: CreditProcedure = {
  objectionWindowDays: 30,
  objectionDecisionWorkingDays: 10,
  repairDecisionWorkingDays: 15,
  complaintWarningCount: 3,
  complaintWarningMonths: 12,
};

/** 100 points, A ≥ 90, B ≥ 75, C ≥ 60, D below; a serious penalty or spot-check failing in its window caps the grade at C. */
export const DEFAULT_CREDIT_MODEL: CreditModelDefinition = {
  procedure: DEFAULT_CREDIT_PROCEDURE,
  baseScore: 80,
  minScore: 0,
  maxScore: 100,
  rules: [
    { recordType: 'administrative_penalty', severity: 'serious', points: -30, windowMonths: 36, decay: 'none' },
    { recordType: 'administrative_penalty', severity: 'general', points: -15, windowMonths: 36, decay: 'linear' },
    { recordType: 'administrative_penalty', severity: 'minor', points: -5, windowMonths: 3, decay: 'none' },
    { recordType: 'spot_check', severity: 'serious', points: -20, windowMonths: 24, decay: 'linear' },
    { recordType: 'spot_check', severity: 'general', points: -10, windowMonths: 24, decay: 'linear' },
    { recordType: 'spot_check', severity: 'minor', points: 2, windowMonths: 12, decay: 'linear', cap: 6 },
    { recordType: 'justified_complaint', points: -3, windowMonths: 12, decay: 'linear', cap: 15 },
    { recordType: 'commitment_broken', points: -10, windowMonths: 24, decay: 'linear' },
    { recordType: 'commitment_kept', points: 2, windowMonths: 12, decay: 'none', cap: 4 },
    { recordType: 'certification', points: 3, windowMonths: 36, decay: 'none', cap: 6 },
    { recordType: 'test_report', points: 1, windowMonths: 12, decay: 'linear', cap: 3 },
    { recordType: 'honour', points: 4, windowMonths: 36, decay: 'linear', cap: 8 },
    { recordType: 'standard_work', points: 3, windowMonths: 36, decay: 'none', cap: 6 },
    { recordType: 'training', points: 1, windowMonths: 12, decay: 'none', cap: 2 },
    { recordType: 'self_reported', points: 0.5, windowMonths: 12, decay: 'none', cap: 1 },
  ],
  vetoes: [
    { recordType: 'administrative_penalty', severity: 'serious', maxGrade: 'C' },
    { recordType: 'spot_check', severity: 'serious', maxGrade: 'C' },
  ],
  grades: [
    { code: 'A', label: { 'zh-CN': 'A 级（诚信）', 'en-US': 'A (trustworthy)' }, minScore: 90 },
    { code: 'B', label: { 'zh-CN': 'B 级（较好）', 'en-US': 'B (good)' }, minScore: 75 },
    { code: 'C', label: { 'zh-CN': 'C 级（关注）', 'en-US': 'C (watch)' }, minScore: 60 },
    { code: 'D', label: { 'zh-CN': 'D 级（失信风险）', 'en-US': 'D (high risk)' }, minScore: 0 },
  ],
};

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

/**
 * How long a record is shown publicly: an administrative penalty 3 months when minor (通报批评 or a
 * low fine), 3 years otherwise; a justified complaint 1 year; everything else 3 years.
 */
export function defaultPublicationMonths(type: CreditRecordType, severity: CreditSeverity): number {
  if (type === 'administrative_penalty') return severity === 'minor' ? 3 : 36;
  if (type === 'justified_complaint') return 12;
  return 36;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD plus whole months (clamped to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** YYYY-MM-DD plus (or minus) calendar days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The last day a record is shown publicly by default: the window from the day it happened. */
export function defaultPublishUntil(type: CreditRecordType, severity: CreditSeverity, occurredOn: string): string {
  return addDays(addMonths(occurredOn, defaultPublicationMonths(type, severity)), -1);
}
