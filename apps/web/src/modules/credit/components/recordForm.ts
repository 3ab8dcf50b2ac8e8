import type { CreditPolarity, CreditRecordCreate, CreditRecordType, CreditSeverity } from '@gongzhi/contracts';
import type { Dayjs } from 'dayjs';
import type { PreparedAttachment } from '../../complaint/components/attachmentFiles';
import { blankToNull } from '../../organisation/components/organisationFormValues';
import { toUploads } from './evidence';

/**
 * Mirrors of the server's defaults (apps/server/src/modules/credit/credit.workflow.ts, domain-facts.md)
 * so that the form can show what the server will fill in when a field is left empty.
 */
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

/** A penalty is published 3 months when minor, 3 years otherwise; a justified complaint 1 year; others 3 years. */
export function defaultPublicationMonths(type: CreditRecordType, severity: CreditSeverity): number {
  if (type === 'administrative_penalty') return severity === 'minor' ? 3 : 36;
  if (type === 'justified_complaint') return 12;
  return 36;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD plus whole months, clamped to the month's last day. */
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

/** The last day the record will be shown publicly when the form leaves "publish until" empty. */
export function defaultPublishUntil(type: CreditRecordType, severity: CreditSeverity, occurredOn: string): string {
  return addDays(addMonths(occurredOn, defaultPublicationMonths(type, severity)), -1);
}

/** What the "new record" form holds. */
export interface RecordFormValues {
  enterpriseId: string;
  recordType: CreditRecordType;
  severity: CreditSeverity;
  /** Empty: the default of the type. */
  polarity?: CreditPolarity | null;
  title: string;
  description?: string | null;
  occurredOn: Dayjs;
  sourceName: string;
  /** Empty: the default publication period. */
  publishUntil?: Dayjs | null;
  specialSector?: boolean;
  evidence?: PreparedAttachment[];
}

const DATE = 'YYYY-MM-DD';

/** The create body: optional fields left out when empty, so that the server applies its defaults. */
export function toRecordCreate(associationId: string, values: RecordFormValues): CreditRecordCreate {
  const description = blankToNull(values.description);
  const evidence = toUploads(values.evidence);
  return {
    associationId,
    enterpriseId: values.enterpriseId,
    recordType: values.recordType,
    severity: values.severity,
    ...(values.polarity ? { polarity: values.polarity } : {}),
    title: values.title.trim(),
    ...(description ? { description } : {}),
    occurredOn: values.occurredOn.format(DATE),
    sourceName: values.sourceName.trim(),
    ...(values.publishUntil ? { publishUntil: values.publishUntil.format(DATE) } : {}),
    ...(values.specialSector ? { specialSector: true } : {}),
    ...(evidence.length > 0 ? { evidence } : {}),
  };
}
