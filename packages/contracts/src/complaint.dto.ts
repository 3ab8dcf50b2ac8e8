import { type Static, Type } from 'typebox';
import { DateOnly, DateTime, Enum, PageQuery, strict, Uuid } from './dto.js';
import {
  CALENDAR_DAY_KINDS,
  COMPLAINT_ACTIONS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_KINDS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_SIDES,
  COMPLAINT_STATS_GROUPS,
  COMPLAINT_STATUSES,
  DUE_KINDS,
  DUE_STATES,
  REFERRAL_KINDS,
  REFERRAL_STATUSES,
  REFUSAL_GROUNDS,
  TERMINATION_GROUNDS,
  WARNING_STATUSES,
} from './enums.js';
import { COMPLAINT_LIMITS } from './limits.js';

const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableDate = Type.Union([DateOnly, Type.Null()]);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const ComplaintKindSchema = Enum(COMPLAINT_KINDS);
export const ComplaintStatusSchema = Enum(COMPLAINT_STATUSES);
export const ComplaintCategorySchema = Enum(COMPLAINT_CATEGORIES);
export const ComplaintActionSchema = Enum(COMPLAINT_ACTIONS);
export const RefusalGroundSchema = Enum(REFUSAL_GROUNDS);
export const TerminationGroundSchema = Enum(TERMINATION_GROUNDS);
export const DueKindSchema = Enum(DUE_KINDS);
export const DueStateSchema = Enum(DUE_STATES);

export const AttachmentUpload = Type.Object(
  {
    filename: Type.String({ minLength: 1, maxLength: 200 }),
    contentBase64: Type.String({ minLength: 1, maxLength: COMPLAINT_LIMITS.attachmentBase64Max }),
  },
  strict,
);
export type AttachmentUpload = Static<typeof AttachmentUpload>;

// ---------------------------------------------------------------- public intake and tracking
export const ComplaintIntake = Type.Object(
  {
    kind: ComplaintKindSchema,
    /** The association handling it: taken from the enterprise's membership when one is chosen. */
    associationId: Type.Optional(Uuid),
    enterpriseId: Type.Optional(Uuid),
    /** Required when no member enterprise is chosen. */
    respondentName: Type.Optional(Type.String({ maxLength: 100 })),
    respondentAddress: Type.Optional(Type.String({ maxLength: 200 })),
    complainantName: Type.String({ minLength: 1, maxLength: 50 }),
    /** Checked against PHONE_PATTERN by the server (a 400 says what a phone number looks like). */
    complainantPhone: Type.String({ minLength: 1, maxLength: 20 }),
    complainantAddress: Type.String({ minLength: 1, maxLength: 200 }),
    complainantIdNumber: Type.Optional(Type.String({ maxLength: 18 })),
    category: ComplaintCategorySchema,
    productName: Type.Optional(Type.String({ maxLength: 100 })),
    facts: Type.String({ minLength: COMPLAINT_LIMITS.factsMin, maxLength: COMPLAINT_LIMITS.factsMax }),
    /** What the consumer asks for (required for a complaint). */
    request: Type.Optional(Type.String({ maxLength: COMPLAINT_LIMITS.requestMax })),
    /** When the consumer knew of the harm: more than the limitation period ago is a refusal ground. */
    harmKnownOn: Type.Optional(DateOnly),
    consentShareContact: Type.Boolean(),
    attachments: Type.Optional(Type.Array(AttachmentUpload, { maxItems: COMPLAINT_LIMITS.attachmentsMax })),
  },
  strict,
);
export type ComplaintIntake = Static<typeof ComplaintIntake>;

export const IntakeReceiptDto = Type.Object({
  trackingNo: Type.String(),
  status: ComplaintStatusSchema,
  receivedOn: DateOnly,
  dueOn: NullableDate,
  dueKind: Nullable(DueKindSchema),
  dueProvisional: Type.Boolean(),
  /** The same submission arrived minutes ago: this is its tracking number, nothing new was filed. */
  duplicate: Type.Boolean(),
});
export type IntakeReceiptDto = Static<typeof IntakeReceiptDto>;

export const ComplaintTrackBody = Type.Object(
  {
    trackingNo: Type.String({ minLength: 1, maxLength: 40 }),
    phone: Type.String({ minLength: 1, maxLength: 20 }),
  },
  strict,
);
export type ComplaintTrackBody = Static<typeof ComplaintTrackBody>;

export const TimelineEntryDto = Type.Object({
  id: Type.String(),
  occurredAt: DateTime,
  side: Enum(COMPLAINT_SIDES),
  action: Type.String(),
  fromStatus: Nullable(ComplaintStatusSchema),
  toStatus: Nullable(ComplaintStatusSchema),
  note: NullableString,
  /** Who acted (staff only; never shown to the public). */
  actorUsername: Type.Optional(NullableString),
  public: Type.Boolean(),
});
export type TimelineEntryDto = Static<typeof TimelineEntryDto>;

export const ComplaintPublicDto = Type.Object({
  trackingNo: Type.String(),
  kind: ComplaintKindSchema,
  category: ComplaintCategorySchema,
  status: ComplaintStatusSchema,
  outcome: Nullable(Enum(COMPLAINT_OUTCOMES)),
  associationName: Type.String(),
  respondentName: Type.String(),
  productName: NullableString,
  receivedOn: DateOnly,
  dueOn: NullableDate,
  dueKind: Nullable(DueKindSchema),
  dueProvisional: Type.Boolean(),
  refusalGround: Nullable(RefusalGroundSchema),
  terminationGround: Nullable(TerminationGroundSchema),
  resolution: NullableString,
  enterpriseResponse: NullableString,
  timeline: Type.Array(TimelineEntryDto),
  canRate: Type.Boolean(),
  rating: Nullable(Type.Integer()),
  ratingComment: NullableString,
});
export type ComplaintPublicDto = Static<typeof ComplaintPublicDto>;

export const ComplaintRateBody = Type.Object(
  {
    trackingNo: Type.String({ minLength: 1, maxLength: 40 }),
    phone: Type.String({ minLength: 1, maxLength: 20 }),
    rating: Type.Integer({ minimum: 1, maximum: 5 }),
    comment: Type.Optional(Type.String({ maxLength: 500 })),
  },
  strict,
);
export type ComplaintRateBody = Static<typeof ComplaintRateBody>;

/** The public page of the complaint service: process, time limits, hotlines. */
export const ComplaintServiceInfoDto = Type.Object({
  timeLimit: Type.Object({
    version: Type.Integer(),
    ruleName: Type.String(),
    acceptanceDays: Type.Integer(),
    enterpriseResponseDays: Type.Integer(),
    mediationDays: Type.Integer(),
    terminationNoticeDays: Type.Integer(),
    limitationYears: Type.Integer(),
  }),
  associations: Type.Array(
    Type.Object({ id: Uuid, name: Type.String(), hotline: NullableString, regionCode: Type.String() }),
  ),
  loadedYears: Type.Array(Type.Integer()),
});
export type ComplaintServiceInfoDto = Static<typeof ComplaintServiceInfoDto>;

// ---------------------------------------------------------------- staff and enterprise views
export const ComplaintSummaryDto = Type.Object({
  id: Uuid,
  trackingNo: Type.String(),
  kind: ComplaintKindSchema,
  category: ComplaintCategorySchema,
  status: ComplaintStatusSchema,
  outcome: Nullable(Enum(COMPLAINT_OUTCOMES)),
  associationId: Uuid,
  associationName: Type.String(),
  enterpriseId: Nullable(Uuid),
  respondentName: Type.String(),
  /** Masked (e.g. 张*、138****5678). */
  complainantName: Type.String(),
  complainantPhone: Type.String(),
  productName: NullableString,
  receivedOn: DateOnly,
  dueOn: NullableDate,
  dueKind: Nullable(DueKindSchema),
  dueProvisional: Type.Boolean(),
  dueState: Nullable(DueStateSchema),
  late: Type.Boolean(),
  version: Type.Integer(),
});
export type ComplaintSummaryDto = Static<typeof ComplaintSummaryDto>;

export const AttachmentDto = Type.Object({
  id: Uuid,
  filename: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  uploadedBySide: Enum(COMPLAINT_SIDES),
  createdAt: DateTime,
});
export type AttachmentDto = Static<typeof AttachmentDto>;

export const ReferralDto = Type.Object({
  id: Uuid,
  complaintId: Uuid,
  trackingNo: Type.String(),
  associationId: Uuid,
  associationName: Type.String(),
  regulatorId: Uuid,
  regulatorName: Type.String(),
  kind: Enum(REFERRAL_KINDS),
  reason: Type.String(),
  evidence: NullableString,
  status: Enum(REFERRAL_STATUSES),
  feedback: NullableString,
  feedbackAt: Nullable(DateTime),
  createdAt: DateTime,
  version: Type.Integer(),
});
export type ReferralDto = Static<typeof ReferralDto>;

export const TimeLimitDto = Type.Object({
  id: Uuid,
  version: Type.Integer(),
  ruleName: Type.String(),
  acceptanceDays: Type.Integer(),
  enterpriseResponseDays: Type.Integer(),
  mediationDays: Type.Integer(),
  terminationNoticeDays: Type.Integer(),
  dueSoonDays: Type.Integer(),
  limitationYears: Type.Integer(),
  createdAt: DateTime,
});
export type TimeLimitDto = Static<typeof TimeLimitDto>;

export const ComplaintDetailDto = Type.Object({
  ...ComplaintSummaryDto.properties,
  complainantAddress: Type.String(),
  complainantIdNumber: NullableString,
  respondentAddress: NullableString,
  facts: Type.String(),
  request: NullableString,
  harmKnownOn: NullableDate,
  consentShareContact: Type.Boolean(),
  refusalGround: Nullable(RefusalGroundSchema),
  terminationGround: Nullable(TerminationGroundSchema),
  resolution: NullableString,
  justified: Nullable(Type.Boolean()),
  enterpriseResponse: NullableString,
  consumerConsent: Nullable(Type.Boolean()),
  enterpriseConsent: Nullable(Type.Boolean()),
  acceptedOn: NullableDate,
  forwardedOn: NullableDate,
  mediationStartedOn: NullableDate,
  pausedSince: NullableDate,
  pausedWorkingDays: Type.Integer(),
  closedOn: NullableDate,
  acceptanceDue: NullableDate,
  responseDue: NullableDate,
  mediationDue: NullableDate,
  regulatorId: Nullable(Uuid),
  rating: Nullable(Type.Integer()),
  ratingComment: NullableString,
  timeLimit: TimeLimitDto,
  timeline: Type.Array(TimelineEntryDto),
  attachments: Type.Array(AttachmentDto),
  referrals: Type.Array(ReferralDto),
  /** The steps this caller may take now. */
  allowedActions: Type.Array(ComplaintActionSchema),
  abilities: Type.Object({ revealContact: Type.Boolean(), refer: Type.Boolean() }),
});
export type ComplaintDetailDto = Static<typeof ComplaintDetailDto>;

export const ComplaintContactDto = Type.Object({
  name: Type.String(),
  phone: Type.String(),
  address: Type.String(),
  idNumber: NullableString,
});
export type ComplaintContactDto = Static<typeof ComplaintContactDto>;

export const ComplaintListQuery = Type.Object(
  {
    associationId: Type.Optional(Uuid),
    enterpriseId: Type.Optional(Uuid),
    status: Type.Optional(ComplaintStatusSchema),
    kind: Type.Optional(ComplaintKindSchema),
    /** open: everything with a running deadline, by deadline; overdue / due_soon narrow it. */
    due: Type.Optional(Enum(['open', 'overdue', 'due_soon'] as const)),
    /** A tracking number (exact). */
    trackingNo: Type.Optional(Type.String({ maxLength: 40 })),
    ...PageQuery,
  },
  strict,
);
export type ComplaintListQuery = Static<typeof ComplaintListQuery>;

/** One step on a case. Which fields are required depends on the action (400 names each missing one). */
export const ComplaintActionBody = Type.Object(
  {
    action: ComplaintActionSchema,
    version: Type.Integer({ minimum: 1 }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    refusalGround: Type.Optional(RefusalGroundSchema),
    terminationGround: Type.Optional(TerminationGroundSchema),
    /** The answer to a consultation, the agreement reached, the explanation of a refusal. */
    resolution: Type.Optional(Type.String({ maxLength: 5000 })),
    /** The enterprise's response / settlement proposal. */
    response: Type.Optional(Type.String({ maxLength: 5000 })),
    consumerConsent: Type.Optional(Type.Boolean()),
    enterpriseConsent: Type.Optional(Type.Boolean()),
    justified: Type.Optional(Type.Boolean()),
    regulatorId: Type.Optional(Uuid),
  },
  strict,
);
export type ComplaintActionBody = Static<typeof ComplaintActionBody>;

export const ReferralCreate = Type.Object(
  {
    kind: Enum(REFERRAL_KINDS),
    regulatorId: Uuid,
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
    evidence: Type.Optional(Type.String({ maxLength: 5000 })),
  },
  strict,
);
export type ReferralCreate = Static<typeof ReferralCreate>;

export const ReferralFeedback = Type.Object(
  { version: Type.Integer({ minimum: 1 }), feedback: Type.String({ minLength: 1, maxLength: 5000 }) },
  strict,
);
export type ReferralFeedback = Static<typeof ReferralFeedback>;

export const ReferralListQuery = Type.Object({ status: Type.Optional(Enum(REFERRAL_STATUSES)), ...PageQuery }, strict);
export type ReferralListQuery = Static<typeof ReferralListQuery>;

export const AttachmentParams = Type.Object({ id: Uuid, attachmentId: Uuid }, strict);
export const ReferralParams = Type.Object({ id: Uuid }, strict);

// ---------------------------------------------------------------- statistics
export const ComplaintStatsQuery = Type.Object(
  {
    associationId: Type.Optional(Uuid),
    enterpriseId: Type.Optional(Uuid),
    from: DateOnly,
    to: DateOnly,
    groupBy: Enum(COMPLAINT_STATS_GROUPS),
  },
  strict,
);
export type ComplaintStatsQuery = Static<typeof ComplaintStatsQuery>;

export const ComplaintStatsRowDto = Type.Object({
  key: Type.String(),
  label: Type.String(),
  received: Type.Integer(),
  complaints: Type.Integer(),
  consultations: Type.Integer(),
  accepted: Type.Integer(),
  refused: Type.Integer(),
  settled: Type.Integer(),
  terminated: Type.Integer(),
  transferred: Type.Integer(),
  open: Type.Integer(),
  /** Share of cases closed (settled, terminated, answered, refused, transferred) with every step on time. */
  onTimeRate: Nullable(Type.Number()),
  /** Settled ÷ (settled + terminated). */
  settledRate: Nullable(Type.Number()),
  medianDays: Nullable(Type.Number()),
  satisfaction: Nullable(Type.Number()),
  rated: Type.Integer(),
});
export type ComplaintStatsRowDto = Static<typeof ComplaintStatsRowDto>;

export const ComplaintStatsDto = Type.Object({
  groupBy: Enum(COMPLAINT_STATS_GROUPS),
  from: DateOnly,
  to: DateOnly,
  rows: Type.Array(ComplaintStatsRowDto),
  total: ComplaintStatsRowDto,
});
export type ComplaintStatsDto = Static<typeof ComplaintStatsDto>;

/** Per-member figures on the public member page (last 12 months). */
export const PublicComplaintStatsDto = Type.Object({
  from: DateOnly,
  to: DateOnly,
  received: Type.Integer(),
  closed: Type.Integer(),
  settledRate: Nullable(Type.Number()),
  onTimeRate: Nullable(Type.Number()),
});
export type PublicComplaintStatsDto = Static<typeof PublicComplaintStatsDto>;

// ---------------------------------------------------------------- consumer warnings
export const ConsumerWarningDto = Type.Object({
  id: Uuid,
  associationId: Uuid,
  associationName: Type.String(),
  title: Type.String(),
  body: Type.String(),
  productCategory: NullableString,
  status: Enum(WARNING_STATUSES),
  publishedAt: Nullable(DateTime),
  createdAt: DateTime,
  version: Type.Integer(),
});
export type ConsumerWarningDto = Static<typeof ConsumerWarningDto>;

export const ConsumerWarningCreate = Type.Object(
  {
    associationId: Uuid,
    title: Type.String({ minLength: 1, maxLength: 200 }),
    body: Type.String({ minLength: 1, maxLength: 10000 }),
    productCategory: Type.Optional(Type.String({ maxLength: 100 })),
  },
  strict,
);
export type ConsumerWarningCreate = Static<typeof ConsumerWarningCreate>;

export const ConsumerWarningUpdate = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    body: Type.Optional(Type.String({ minLength: 1, maxLength: 10000 })),
    productCategory: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
    status: Type.Optional(Enum(WARNING_STATUSES)),
  },
  strict,
);
export type ConsumerWarningUpdate = Static<typeof ConsumerWarningUpdate>;

export const ConsumerWarningListQuery = Type.Object(
  { associationId: Type.Optional(Uuid), status: Type.Optional(Enum(WARNING_STATUSES)), ...PageQuery },
  strict,
);
export type ConsumerWarningListQuery = Static<typeof ConsumerWarningListQuery>;

// ---------------------------------------------------------------- working-day calendar and time limits
export const CalendarYearDto = Type.Object({
  year: Type.Integer(),
  source: Type.String(),
  note: NullableString,
  loadedAt: DateTime,
  holidays: Type.Integer(),
  workdays: Type.Integer(),
});
export type CalendarYearDto = Static<typeof CalendarYearDto>;

export const CalendarDayInput = Type.Object(
  { day: DateOnly, kind: Enum(CALENDAR_DAY_KINDS), name: Type.String({ minLength: 1, maxLength: 50 }) },
  strict,
);
export const CalendarYearLoad = Type.Object(
  {
    note: Type.Optional(Type.String({ maxLength: 500 })),
    days: Type.Array(CalendarDayInput, { minItems: 1, maxItems: 366 }),
  },
  strict,
);
export type CalendarYearLoad = Static<typeof CalendarYearLoad>;
export const CalendarYearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }, strict);

export const CalendarDayDto = Type.Object({ day: DateOnly, kind: Enum(CALENDAR_DAY_KINDS), name: Type.String() });
export type CalendarDayDto = Static<typeof CalendarDayDto>;

export const CalendarYearLoadResultDto = Type.Object({
  year: CalendarYearDto,
  /** Cases whose provisional deadlines were recomputed on the loaded calendar. */
  recomputedCases: Type.Integer(),
});
export type CalendarYearLoadResultDto = Static<typeof CalendarYearLoadResultDto>;

export const TimeLimitCreate = Type.Object(
  {
    ruleName: Type.String({ minLength: 1, maxLength: 500 }),
    acceptanceDays: Type.Integer({ minimum: 1, maximum: 60 }),
    enterpriseResponseDays: Type.Integer({ minimum: 1, maximum: 60 }),
    mediationDays: Type.Integer({ minimum: 1, maximum: 180 }),
    terminationNoticeDays: Type.Integer({ minimum: 1, maximum: 60 }),
    dueSoonDays: Type.Integer({ minimum: 0, maximum: 10 }),
    limitationYears: Type.Integer({ minimum: 1, maximum: 20 }),
  },
  strict,
);
export type TimeLimitCreate = Static<typeof TimeLimitCreate>;

// ---------------------------------------------------------------- notifications
export const NotificationDto = Type.Object({
  id: Uuid,
  kind: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  link: NullableString,
  createdAt: DateTime,
  readAt: Nullable(DateTime),
});
export type NotificationDto = Static<typeof NotificationDto>;
