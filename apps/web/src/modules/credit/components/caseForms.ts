import type {
  CommitmentBreach,
  CommitmentCreate,
  CommitmentKind,
  CreditObjectionCreate,
  CreditObjectionDecision,
  CreditObjectionRemedy,
  CreditPolarity,
  CreditRecordDto,
  CreditRepairCreate,
  CreditRepairDocument,
  CreditSeverity,
} from '@gongzhi/contracts';
import type { Dayjs } from 'dayjs';
import type { PreparedAttachment } from '../../complaint/components/attachmentFiles';
import { toUploads } from './evidence';

const DATE = 'YYYY-MM-DD';

// ---------------------------------------------------------------- objections

export interface ObjectionValues {
  reason: string;
  evidence?: PreparedAttachment[];
}

export function toObjectionCreate(values: ObjectionValues): CreditObjectionCreate {
  const evidence = toUploads(values.evidence);
  return { reason: values.reason.trim(), ...(evidence.length > 0 ? { evidence } : {}) };
}

/** The fields of a record that an upheld objection may correct. */
export interface CorrectionValues {
  severity?: CreditSeverity | null;
  polarity?: CreditPolarity | null;
  title?: string | null;
  description?: string | null;
  occurredOn?: Dayjs | null;
  publishUntil?: Dayjs | null;
}

export interface ObjectionDecisionValues {
  decision: 'uphold' | 'reject';
  reason: string;
  remedy?: CreditObjectionRemedy | null;
  correction?: CorrectionValues;
}

/** The record's current values, to start the correction from. */
export function correctionDefaults(
  record: Pick<CreditRecordDto, 'severity' | 'polarity' | 'title' | 'description' | 'occurredOn' | 'publishUntil'>,
  toDay: (day: string) => Dayjs,
): CorrectionValues {
  return {
    severity: record.severity,
    polarity: record.polarity,
    title: record.title,
    description: record.description,
    occurredOn: toDay(record.occurredOn),
    publishUntil: toDay(record.publishUntil),
  };
}

type Correction = NonNullable<CreditObjectionDecision['correction']>;

/**
 * Only what differs from the record goes to the server (a correction must change at least one field;
 * an empty result means nothing changed). Without the record, every filled field is sent.
 */
export function changedCorrection(
  values: CorrectionValues | undefined,
  record?: Pick<CreditRecordDto, 'severity' | 'polarity' | 'title' | 'description' | 'occurredOn' | 'publishUntil'>,
): Correction {
  const out: Correction = {};
  if (!values) return out;
  if (values.severity && values.severity !== record?.severity) out.severity = values.severity;
  if (values.polarity && values.polarity !== record?.polarity) out.polarity = values.polarity;
  const title = values.title?.trim();
  if (title && title !== record?.title) out.title = title;
  const description = values.description?.trim() ?? '';
  if (values.description !== undefined && values.description !== null && description !== (record?.description ?? ''))
    out.description = description;
  const occurredOn = values.occurredOn?.format(DATE);
  if (occurredOn && occurredOn !== record?.occurredOn) out.occurredOn = occurredOn;
  const publishUntil = values.publishUntil?.format(DATE);
  if (publishUntil && publishUntil !== record?.publishUntil) out.publishUntil = publishUntil;
  return out;
}

export function toObjectionDecision(
  values: ObjectionDecisionValues,
  version: number,
  record?: Pick<CreditRecordDto, 'severity' | 'polarity' | 'title' | 'description' | 'occurredOn' | 'publishUntil'>,
): CreditObjectionDecision {
  const base = { decision: values.decision, version, reason: values.reason.trim() };
  if (values.decision === 'reject') return base;
  const remedy = values.remedy ?? undefined;
  if (remedy !== 'correct') return { ...base, ...(remedy ? { remedy } : {}) };
  return { ...base, remedy, correction: changedCorrection(values.correction, record) };
}

// ---------------------------------------------------------------- repairs

export interface RepairValues {
  statement: string;
  application?: PreparedAttachment[];
  pledge?: PreparedAttachment[];
  proof?: PreparedAttachment[];
}

/** The three documents a repair needs, in the order they are sent. */
export const REPAIR_DOCUMENT_ORDER = [
  'application',
  'pledge',
  'proof',
] as const satisfies readonly CreditRepairDocument[];

export function missingRepairDocuments(values: RepairValues): CreditRepairDocument[] {
  return REPAIR_DOCUMENT_ORDER.filter((kind) => (values[kind] ?? []).length === 0);
}

export function toRepairCreate(values: RepairValues): CreditRepairCreate {
  return {
    statement: values.statement.trim(),
    documents: REPAIR_DOCUMENT_ORDER.flatMap((kind) => toUploads(values[kind]).map((file) => ({ kind, ...file }))),
  };
}

/** Which picker and which of its files `documents.<n>` of the body is (to put a server message next to it). */
export function repairDocumentAt(
  values: RepairValues,
  index: number,
): { kind: CreditRepairDocument; position: number } | null {
  let offset = index;
  for (const kind of REPAIR_DOCUMENT_ORDER) {
    const count = (values[kind] ?? []).length;
    if (offset < count) return { kind, position: offset };
    offset -= count;
  }
  return null;
}

// ---------------------------------------------------------------- commitments

/** The return period of an offline no-reason return commitment is at least this many days. */
export const MIN_RETURN_DAYS = 7;

export function needsReturnTerms(kind: CommitmentKind | undefined | null): boolean {
  return kind === 'offline_no_reason_return';
}

export interface CommitmentValues {
  associationId: string;
  kind: CommitmentKind;
  content: string;
  scope?: string | null;
  returnDays?: number | null;
  period: [Dayjs, Dayjs];
}

export function toCommitmentCreate(enterpriseId: string, values: CommitmentValues): CommitmentCreate {
  const [from, until] = values.period;
  const terms = needsReturnTerms(values.kind);
  const scope = values.scope?.trim();
  return {
    enterpriseId,
    associationId: values.associationId,
    kind: values.kind,
    content: values.content.trim(),
    ...(terms && scope ? { scope } : {}),
    ...(terms && values.returnDays !== null && values.returnDays !== undefined
      ? { returnDays: values.returnDays }
      : {}),
    validFrom: from.format(DATE),
    validUntil: until.format(DATE),
  };
}

export interface BreachValues {
  reason: string;
  severity: CreditSeverity;
  occurredOn: Dayjs;
}

export function toCommitmentBreach(values: BreachValues, version: number): CommitmentBreach {
  return {
    version,
    reason: values.reason.trim(),
    severity: values.severity,
    occurredOn: values.occurredOn.format(DATE),
  };
}
