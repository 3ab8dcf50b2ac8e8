import {
  COMPLAINT_LIMITS,
  type ComplaintCategory,
  type ComplaintIntake,
  type ComplaintKind,
  type FieldError,
  type FieldIssue,
  fieldMessage,
  type Locale,
  PHONE_PATTERN,
  validateIdNumber,
} from '@gongzhi/contracts';
import type { PreparedAttachment } from './attachmentFiles';

/** The member enterprise a consumer picked, with the associations it belongs to. */
export interface ChosenEnterprise {
  id: string;
  name: string;
  associations: { id: string; name: string }[];
}

export interface IntakeValues {
  kind: ComplaintKind;
  /** A member enterprise picked from the search; null when the consumer types a name instead. */
  enterprise: ChosenEnterprise | null;
  respondentName: string;
  respondentAddress: string;
  /** The handling association: for a typed name, or for a member of several associations. */
  associationId: string;
  category: ComplaintCategory | '';
  productName: string;
  facts: string;
  request: string;
  harmKnownOn: string;
  complainantName: string;
  complainantPhone: string;
  complainantAddress: string;
  complainantIdNumber: string;
  consentShareContact: boolean;
  attachments: PreparedAttachment[];
}

/** The form's fields that show a message of their own. */
export const INTAKE_FIELDS = [
  'kind',
  'respondent',
  'respondentAddress',
  'associationId',
  'category',
  'productName',
  'facts',
  'request',
  'harmKnownOn',
  'complainantName',
  'complainantPhone',
  'complainantAddress',
  'complainantIdNumber',
  'consentShareContact',
  'attachments',
] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];

export const INTAKE_TEXT_LIMITS = {
  respondentName: 100,
  respondentAddress: 200,
  complainantName: 50,
  complainantAddress: 200,
  productName: 100,
  idNumber: 18,
} as const;

export function emptyIntake(kind: ComplaintKind = 'complaint'): IntakeValues {
  return {
    kind,
    enterprise: null,
    respondentName: '',
    respondentAddress: '',
    associationId: '',
    category: '',
    productName: '',
    facts: '',
    request: '',
    harmKnownOn: '',
    complainantName: '',
    complainantPhone: '',
    complainantAddress: '',
    complainantIdNumber: '',
    consentShareContact: false,
    attachments: [],
  };
}

/** The intake field that shows a server message about `path` (null: shown above the form). */
export function intakeFieldOf(path: string): IntakeField | null {
  const [head = ''] = path.split('.');
  if (head === 'enterpriseId' || head === 'respondentName') return 'respondent';
  if (head === 'contentBase64' || head === 'filename') return 'attachments';
  return (INTAKE_FIELDS as readonly string[]).includes(head) ? (head as IntakeField) : null;
}

/** Names the file in the server's message about attachment N ("IMG_0001.jpg: …"), which only says where it is. */
export function nameAttachmentErrors(
  fields: readonly FieldError[],
  attachments: readonly PreparedAttachment[],
): FieldError[] {
  return fields.map((error) => {
    const match = /^attachments\.(\d+)(\.|$)/.exec(error.field);
    const file = match ? attachments[Number(match[1])] : undefined;
    return file ? { ...error, message: `${file.originalName}: ${error.message}` } : error;
  });
}

/** Whether the handling association has to be chosen by the consumer. */
export function needsAssociation(values: Pick<IntakeValues, 'enterprise'>): boolean {
  return values.enterprise === null || values.enterprise.associations.length > 1;
}

const phone = new RegExp(PHONE_PATTERN);

/** Today in the business time zone, as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/**
 * The same checks as the server's (with its own messages), so that the consumer sees every
 * problem at once before sending. Returns a message per field; empty when the form can be sent.
 */
export function validateIntake(
  values: IntakeValues,
  locale: Locale,
  today: string = todayInShanghai(),
): Partial<Record<IntakeField, string>> {
  const errors: Partial<Record<IntakeField, string>> = {};
  const set = (field: IntakeField, issue: FieldIssue, params?: Record<string, string | number>) => {
    errors[field] ??= fieldMessage(locale, issue, params);
  };
  const tooLong = (field: IntakeField, value: string, limit: number) => {
    if (value.trim().length > limit) set(field, 'too_long', { limit });
  };

  if (values.enterprise === null) {
    if (!values.respondentName.trim()) set('respondent', 'respondent_required');
    tooLong('respondent', values.respondentName, INTAKE_TEXT_LIMITS.respondentName);
    tooLong('respondentAddress', values.respondentAddress, INTAKE_TEXT_LIMITS.respondentAddress);
  }
  if (needsAssociation(values) && !values.associationId) set('associationId', 'association_required');
  if (!values.category) set('category', 'required');
  tooLong('productName', values.productName, INTAKE_TEXT_LIMITS.productName);

  const facts = values.facts.trim();
  if (!facts) set('facts', 'required');
  else if (facts.length < COMPLAINT_LIMITS.factsMin) set('facts', 'too_short', { limit: COMPLAINT_LIMITS.factsMin });
  else tooLong('facts', facts, COMPLAINT_LIMITS.factsMax);

  if (values.kind === 'complaint' && !values.request.trim()) set('request', 'request_required');
  tooLong('request', values.request, COMPLAINT_LIMITS.requestMax);

  if (values.harmKnownOn && values.harmKnownOn > today) set('harmKnownOn', 'future_date');

  if (!values.complainantName.trim()) set('complainantName', 'required');
  tooLong('complainantName', values.complainantName, INTAKE_TEXT_LIMITS.complainantName);
  if (!values.complainantPhone.trim()) set('complainantPhone', 'required');
  else if (!phone.test(values.complainantPhone)) set('complainantPhone', 'phone');
  if (!values.complainantAddress.trim()) set('complainantAddress', 'required');
  tooLong('complainantAddress', values.complainantAddress, INTAKE_TEXT_LIMITS.complainantAddress);
  const idNumber = values.complainantIdNumber.trim();
  if (idNumber && !validateIdNumber(idNumber).ok) set('complainantIdNumber', 'id_number');

  if (values.attachments.length > COMPLAINT_LIMITS.attachmentsMax) {
    set('attachments', 'too_large', { limit: COMPLAINT_LIMITS.attachmentsMax });
  }
  return errors;
}

/** Trimmed text, or undefined when blank (optional fields are then left out). */
function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** The request body: only the fields that apply, blanks left out. */
export function toIntakeBody(values: IntakeValues): ComplaintIntake {
  const body: ComplaintIntake = {
    kind: values.kind,
    complainantName: values.complainantName.trim(),
    complainantPhone: values.complainantPhone.trim(),
    complainantAddress: values.complainantAddress.trim(),
    category: values.category || 'other',
    facts: values.facts.trim(),
    consentShareContact: values.consentShareContact,
  };
  if (values.enterprise) {
    body.enterpriseId = values.enterprise.id;
    if (values.enterprise.associations.length > 1 && values.associationId) body.associationId = values.associationId;
  } else {
    body.respondentName = values.respondentName.trim();
    const address = optional(values.respondentAddress);
    if (address) body.respondentAddress = address;
    if (values.associationId) body.associationId = values.associationId;
  }
  const optionalFields = {
    productName: optional(values.productName),
    request: optional(values.request),
    harmKnownOn: optional(values.harmKnownOn),
    complainantIdNumber: optional(values.complainantIdNumber)?.toUpperCase(),
  };
  for (const [key, value] of Object.entries(optionalFields) as [keyof typeof optionalFields, string | undefined][]) {
    if (value !== undefined) body[key] = value;
  }
  if (values.attachments.length > 0) {
    body.attachments = values.attachments.map(({ filename, contentBase64 }) => ({ filename, contentBase64 }));
  }
  return body;
}
