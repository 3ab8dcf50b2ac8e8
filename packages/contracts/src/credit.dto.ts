/**
 * Quality credit (issue #3): archives, models, evaluations, publication, objections, repair,
 * early warnings, measures and commitments.
 *
 * Routes (all under /api/v1; "public" ones need no login):
 *   GET  /credit/records                    CreditRecordListQuery → Page<CreditRecordDto>        credit.read
 *   POST /credit/records                    CreditRecordCreate → 201 CreditRecordDto             credit.record
 *   GET  /credit/records/:id                → CreditRecordDetailDto                               credit.read
 *   POST /credit/records/:id/actions        CreditRecordActionBody → CreditRecordDto             credit.record
 *   GET  /credit/records/:id/attachments/:attachmentId → the file                                credit.read
 *   POST /credit/records/:id/objections     CreditObjectionCreate → 201 CreditObjectionDto       credit.object
 *   POST /credit/records/:id/repairs        CreditRepairCreate → 201 CreditRepairDto             credit.object
 *   GET  /credit/objections                 CreditCaseListQuery → Page<CreditObjectionDto>       credit.read
 *   POST /credit/objections/:id/decision    CreditObjectionDecision → CreditObjectionDto         credit.record
 *   GET  /credit/repairs                    CreditCaseListQuery → Page<CreditRepairDto>          credit.read
 *   POST /credit/repairs/:id/decision       CreditRepairDecision → CreditRepairDto               credit.record
 *   GET  /credit/models                     CreditModelListQuery → CreditModelDto[]              credit.read
 *   POST /credit/models                     CreditModelCreate → 201 CreditModelDto (new version) credit.model
 *   POST /credit/models/:id/activate        VersionBody → CreditModelDto                          credit.model
 *   POST /credit/evaluations                CreditEvaluationCreate → 201 CreditRunDto             credit.record
 *   GET  /credit/evaluations                CreditRunListQuery → Page<CreditRunDto>               credit.read
 *   GET  /credit/evaluations/:id            → CreditRunDto (with comparison)                      credit.read
 *   GET  /credit/evaluations/:id/results    CreditResultListQuery → Page<CreditResultDto>         credit.read
 *   POST /credit/evaluations/:id/publish    → CreditRunDto                                        credit.record
 *   GET  /credit/evaluations/:id/export     → xlsx (grade list)                                   credit.read
 *   GET  /credit/enterprises/:id            CreditArchiveQuery → CreditArchiveDto                 credit.read
 *   GET  /credit/enterprises/:id/export     CreditArchiveQuery → xlsx (the archive)               credit.read
 *   GET  /credit/stats                      → CreditStatsDto (grade distribution per association) credit.read
 *   GET  /credit/warnings                   CreditWarningListQuery → Page<CreditWarningDto>       credit.read
 *   POST /credit/warnings/:id/actions       CreditWarningActionBody → CreditWarningDto            credit.record
 *   GET  /credit/measures                   CreditMeasureListQuery → Page<CreditMeasureDto>       credit.read
 *   POST /credit/measures                   CreditMeasureCreate → 201 CreditMeasureDto            credit.record
 *   POST /credit/measures/:id/end           CreditReasonBody → CreditMeasureDto                   credit.record
 *   GET  /credit/commitments                CommitmentListQuery → Page<CommitmentDto>             credit.read
 *   POST /credit/commitments                CommitmentCreate → 201 CommitmentDto                  credit.object
 *   POST /credit/commitments/:id/withdraw   CreditReasonBody → CommitmentDto                      credit.object
 *   POST /credit/commitments/:id/breach     CommitmentBreach → CommitmentDto                      credit.record
 *   GET  /public/credit                     PublicCreditListQuery → Page<PublicCreditListItemDto>
 *   GET  /public/credit/:creditCode         → PublicCreditPageDto
 *   GET  /public/credit-warnings            PageQuery → Page<PublicCreditWarningDto>
 *   GET  /public/credit-measures            PublicMeasureListQuery → Page<PublicCreditMeasureDto>
 *   GET  /public/commitments                PublicCommitmentListQuery → Page<PublicCommitmentDto>
 */
import { type Static, Type } from 'typebox';
import { AttachmentDto, AttachmentUpload } from './complaint.dto.js';
import { DateOnly, DateTime, Enum, PageQuery, strict, Uuid } from './dto.js';
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  CREDIT_MEASURE_KINDS,
  CREDIT_MEASURE_LISTS,
  CREDIT_MEASURE_STATUSES,
  CREDIT_MODEL_STATUSES,
  CREDIT_OBJECTION_REMEDIES,
  CREDIT_OBJECTION_STATUSES,
  CREDIT_POLARITIES,
  CREDIT_RECORD_ACTIONS,
  CREDIT_RECORD_STATUSES,
  CREDIT_RECORD_TYPES,
  CREDIT_REPAIR_DOCUMENTS,
  CREDIT_REPAIR_STATUSES,
  CREDIT_RUN_KINDS,
  CREDIT_RUN_STATUSES,
  CREDIT_SEVERITIES,
  CREDIT_WARNING_LEVELS,
  CREDIT_WARNING_RULES,
  CREDIT_WARNING_STATUSES,
} from './enums.js';
import { COMPLAINT_LIMITS } from './limits.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const NullableDate = Type.Union([DateOnly, Type.Null()]);
const NullableDateTime = Type.Union([DateTime, Type.Null()]);
const NullableUuid = Type.Union([Uuid, Type.Null()]);
const Title = Type.String({ minLength: 1, maxLength: 200 });
const Reason = Type.String({ minLength: 2, maxLength: 2000 });
const OptionalText = Type.Optional(Type.String({ maxLength: 5000 }));
export const VersionBody = Type.Object({ version: Type.Integer({ minimum: 1 }) }, strict);
export type VersionBody = Static<typeof VersionBody>;

export const CreditRecordTypeSchema = Enum(CREDIT_RECORD_TYPES);
export const CreditSeveritySchema = Enum(CREDIT_SEVERITIES);
export const CreditPolaritySchema = Enum(CREDIT_POLARITIES);
export const CreditRecordStatusSchema = Enum(CREDIT_RECORD_STATUSES);

/** An evidence file: same rules as complaint attachments (content-checked JPEG/PNG/WebP/PDF, ≤ 5 MB). */
export const CreditEvidenceUpload = AttachmentUpload;
export const CreditAttachmentDto = Type.Object({
  id: Uuid,
  filename: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  /** record evidence, objection evidence, or one of the repair documents */
  purpose: Enum(['evidence', 'objection', ...CREDIT_REPAIR_DOCUMENTS] as const),
  createdAt: DateTime,
});
export type CreditAttachmentDto = Static<typeof CreditAttachmentDto>;
export { AttachmentDto };

// ---------------------------------------------------------------- the credit model (as data)
export const CreditRuleSchema = Type.Object(
  {
    recordType: CreditRecordTypeSchema,
    severity: Type.Optional(CreditSeveritySchema),
    points: Type.Number({ minimum: -100, maximum: 100 }),
    windowMonths: Type.Integer({ minimum: 1, maximum: 120 }),
    decay: Enum(['none', 'linear'] as const),
    cap: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100 })),
  },
  strict,
);
export const CreditVetoSchema = Type.Object(
  {
    recordType: CreditRecordTypeSchema,
    severity: CreditSeveritySchema,
    maxGrade: Type.String({ minLength: 1, maxLength: 8 }),
  },
  strict,
);
export const CreditGradeSchema = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 8 }),
    label: Type.Object(
      { 'zh-CN': Type.String({ minLength: 1, maxLength: 40 }), 'en-US': Type.String({ minLength: 1, maxLength: 40 }) },
      strict,
    ),
    minScore: Type.Number({ minimum: -1000, maximum: 1000 }),
  },
  strict,
);
/** Procedure settings that travel with the model version. */
export const CreditProcedureSchema = Type.Object(
  {
    /** Calendar days after a record is made known (confirmed) during which the enterprise may object. */
    objectionWindowDays: Type.Integer({ minimum: 1, maximum: 365 }),
    /** Working days the association has to decide an objection. */
    objectionDecisionWorkingDays: Type.Integer({ minimum: 1, maximum: 60 }),
    /** Working days the association has to decide a repair application. */
    repairDecisionWorkingDays: Type.Integer({ minimum: 1, maximum: 60 }),
    /** Early warning: this many justified complaints … */
    complaintWarningCount: Type.Integer({ minimum: 1, maximum: 100 }),
    /** … within this many months. */
    complaintWarningMonths: Type.Integer({ minimum: 1, maximum: 60 }),
  },
  strict,
);
export type CreditProcedure = Static<typeof CreditProcedureSchema>;
export const CreditModelDefinition = Type.Object(
  {
    baseScore: Type.Number({ minimum: -1000, maximum: 1000 }),
    minScore: Type.Number({ minimum: -1000, maximum: 1000 }),
    maxScore: Type.Number({ minimum: -1000, maximum: 1000 }),
    rules: Type.Array(CreditRuleSchema, { minItems: 1, maxItems: 100 }),
    vetoes: Type.Array(CreditVetoSchema, { maxItems: 50 }),
    grades: Type.Array(CreditGradeSchema, { minItems: 2, maxItems: 10 }),
    procedure: CreditProcedureSchema,
  },
  strict,
);
export type CreditModelDefinition = Static<typeof CreditModelDefinition>;

export const CreditModelDto = Type.Object({
  id: Uuid,
  ownerId: Uuid,
  ownerName: Type.String(),
  version: Type.Integer(),
  name: Type.String(),
  rationale: Type.String(),
  status: Enum(CREDIT_MODEL_STATUSES),
  definition: CreditModelDefinition,
  createdAt: DateTime,
  activatedAt: NullableDateTime,
});
export type CreditModelDto = Static<typeof CreditModelDto>;

export const CreditModelListQuery = Type.Object({ associationId: Uuid }, strict);
export type CreditModelListQuery = Static<typeof CreditModelListQuery>;
export const CreditModelCreate = Type.Object(
  {
    associationId: Uuid,
    name: Title,
    rationale: Type.String({ maxLength: 10000 }),
    definition: CreditModelDefinition,
  },
  strict,
);
export type CreditModelCreate = Static<typeof CreditModelCreate>;

// ---------------------------------------------------------------- records (the archive)
export const CreditRecordDto = Type.Object({
  id: Uuid,
  associationId: Uuid,
  associationName: Type.String(),
  enterpriseId: Uuid,
  enterpriseName: Type.String(),
  enterpriseCreditCode: Type.String(),
  recordType: CreditRecordTypeSchema,
  polarity: CreditPolaritySchema,
  severity: CreditSeveritySchema,
  title: Type.String(),
  description: Type.String(),
  occurredOn: DateOnly,
  /** Who the information comes from: an organisation on the platform, or a named outside body. */
  sourceOrganisationId: NullableUuid,
  sourceName: Type.String(),
  /** Where an automatic record came from, e.g. `complaint:TS20261127ABCDEFGH`, `commitment:<id>`. */
  sourceRef: Nullable(Type.String()),
  publishUntil: DateOnly,
  /** Food, drugs, special equipment: repair after 12 months instead of 6. */
  specialSector: Type.Boolean(),
  /** The earliest date a repair may be applied for (null: not repairable, e.g. a positive record). */
  repairableFrom: NullableDate,
  /** The last day an objection may be filed (null while a draft). */
  objectableUntil: NullableDate,
  status: CreditRecordStatusSchema,
  /** The record this one corrects, and the one that corrected it. */
  supersedesId: NullableUuid,
  supersededById: NullableUuid,
  confirmedAt: NullableDateTime,
  publishedAt: NullableDateTime,
  /** Shown publicly now: published, in its window, not corrected/revoked/repaired. */
  publiclyVisible: Type.Boolean(),
  version: Type.Integer(),
  createdAt: DateTime,
  abilities: Type.Object({
    confirm: Type.Boolean(),
    publish: Type.Boolean(),
    unpublish: Type.Boolean(),
    revoke: Type.Boolean(),
    object: Type.Boolean(),
    repair: Type.Boolean(),
  }),
});
export type CreditRecordDto = Static<typeof CreditRecordDto>;

export const CreditObjectionDto = Type.Object({
  id: Uuid,
  recordId: Uuid,
  recordTitle: Type.String(),
  associationId: Uuid,
  enterpriseId: Uuid,
  enterpriseName: Type.String(),
  reason: Type.String(),
  status: Enum(CREDIT_OBJECTION_STATUSES),
  dueOn: DateOnly,
  overdue: Type.Boolean(),
  remedy: Type.Union([Enum(CREDIT_OBJECTION_REMEDIES), Type.Null()]),
  decisionReason: Nullable(Type.String()),
  /** When the remedy was 'correct': the corrected record. */
  correctedRecordId: NullableUuid,
  attachments: Type.Array(CreditAttachmentDto),
  createdAt: DateTime,
  decidedAt: NullableDateTime,
  version: Type.Integer(),
});
export type CreditObjectionDto = Static<typeof CreditObjectionDto>;

export const CreditRepairDto = Type.Object({
  id: Uuid,
  recordId: Uuid,
  recordTitle: Type.String(),
  associationId: Uuid,
  enterpriseId: Uuid,
  enterpriseName: Type.String(),
  statement: Type.String(),
  status: Enum(CREDIT_REPAIR_STATUSES),
  dueOn: DateOnly,
  overdue: Type.Boolean(),
  decisionReason: Nullable(Type.String()),
  attachments: Type.Array(CreditAttachmentDto),
  createdAt: DateTime,
  decidedAt: NullableDateTime,
  version: Type.Integer(),
});
export type CreditRepairDto = Static<typeof CreditRepairDto>;

export const CreditRecordDetailDto = Type.Object({
  ...CreditRecordDto.properties,
  attachments: Type.Array(CreditAttachmentDto),
  objections: Type.Array(CreditObjectionDto),
  repairs: Type.Array(CreditRepairDto),
});
export type CreditRecordDetailDto = Static<typeof CreditRecordDetailDto>;

export const CreditRecordListQuery = Type.Object(
  {
    associationId: Type.Optional(Uuid),
    enterpriseId: Type.Optional(Uuid),
    status: Type.Optional(CreditRecordStatusSchema),
    recordType: Type.Optional(CreditRecordTypeSchema),
    polarity: Type.Optional(CreditPolaritySchema),
    ...PageQuery,
  },
  strict,
);
export type CreditRecordListQuery = Static<typeof CreditRecordListQuery>;

export const CreditRecordCreate = Type.Object(
  {
    associationId: Uuid,
    enterpriseId: Uuid,
    recordType: CreditRecordTypeSchema,
    /** Default: from the type (penalties, broken commitments, justified complaints negative; …). */
    polarity: Type.Optional(CreditPolaritySchema),
    severity: CreditSeveritySchema,
    title: Title,
    description: OptionalText,
    occurredOn: DateOnly,
    sourceOrganisationId: Type.Optional(Uuid),
    sourceName: Type.String({ minLength: 1, maxLength: 200 }),
    /** Default: per domain rules (penalty 3 months when minor, else 3 years; …). */
    publishUntil: Type.Optional(DateOnly),
    specialSector: Type.Optional(Type.Boolean()),
    evidence: Type.Optional(Type.Array(CreditEvidenceUpload, { maxItems: COMPLAINT_LIMITS.attachmentsMax })),
  },
  strict,
);
export type CreditRecordCreate = Static<typeof CreditRecordCreate>;

export const CreditRecordActionBody = Type.Object(
  {
    action: Enum(CREDIT_RECORD_ACTIONS),
    version: Type.Integer({ minimum: 1 }),
    /** Required to revoke. */
    reason: Type.Optional(Reason),
  },
  strict,
);
export type CreditRecordActionBody = Static<typeof CreditRecordActionBody>;

export const CreditObjectionCreate = Type.Object(
  {
    reason: Type.String({ minLength: 10, maxLength: 5000 }),
    evidence: Type.Optional(Type.Array(CreditEvidenceUpload, { maxItems: COMPLAINT_LIMITS.attachmentsMax })),
  },
  strict,
);
export type CreditObjectionCreate = Static<typeof CreditObjectionCreate>;

export const CreditObjectionDecision = Type.Object(
  {
    decision: Enum(['uphold', 'reject'] as const),
    version: Type.Integer({ minimum: 1 }),
    reason: Reason,
    /** Required when upheld. */
    remedy: Type.Optional(Enum(CREDIT_OBJECTION_REMEDIES)),
    /** With remedy 'correct': what changes in the corrected copy (at least one field). */
    correction: Type.Optional(
      Type.Object(
        {
          severity: Type.Optional(CreditSeveritySchema),
          polarity: Type.Optional(CreditPolaritySchema),
          title: Type.Optional(Title),
          description: OptionalText,
          occurredOn: Type.Optional(DateOnly),
          publishUntil: Type.Optional(DateOnly),
        },
        strict,
      ),
    ),
  },
  strict,
);
export type CreditObjectionDecision = Static<typeof CreditObjectionDecision>;

export const CreditRepairCreate = Type.Object(
  {
    statement: Type.String({ minLength: 10, maxLength: 5000 }),
    /** One file for each of application, pledge and proof (more proofs allowed). */
    documents: Type.Array(
      Type.Object(
        {
          kind: Enum(CREDIT_REPAIR_DOCUMENTS),
          filename: AttachmentUpload.properties.filename,
          contentBase64: AttachmentUpload.properties.contentBase64,
        },
        strict,
      ),
      { minItems: 1, maxItems: 6 },
    ),
  },
  strict,
);
export type CreditRepairCreate = Static<typeof CreditRepairCreate>;

export const CreditRepairDecision = Type.Object(
  { decision: Enum(['approve', 'reject'] as const), version: Type.Integer({ minimum: 1 }), reason: Reason },
  strict,
);
export type CreditRepairDecision = Static<typeof CreditRepairDecision>;

export const CreditCaseListQuery = Type.Object(
  {
    associationId: Type.Optional(Uuid),
    enterpriseId: Type.Optional(Uuid),
    status: Type.Optional(Type.String({ maxLength: 20 })),
    overdue: Type.Optional(Type.Boolean()),
    ...PageQuery,
  },
  strict,
);
export type CreditCaseListQuery = Static<typeof CreditCaseListQuery>;

// ---------------------------------------------------------------- evaluations
export const CreditContributionDto = Type.Object({
  kind: Enum(['base', 'record', 'clamp'] as const),
  recordId: NullableUuid,
  /** For a record: its title, type and severity (so the explanation reads without another call). */
  recordTitle: Nullable(Type.String()),
  recordType: Type.Union([CreditRecordTypeSchema, Type.Null()]),
  severity: Type.Union([CreditSeveritySchema, Type.Null()]),
  occurredOn: NullableDate,
  points: Type.Number(),
  capped: Type.Boolean(),
});
export type CreditContributionDto = Static<typeof CreditContributionDto>;

export const CreditRunDto = Type.Object({
  id: Uuid,
  associationId: Uuid,
  associationName: Type.String(),
  modelId: Uuid,
  modelVersion: Type.Integer(),
  kind: Enum(CREDIT_RUN_KINDS),
  status: Enum(CREDIT_RUN_STATUSES),
  asOf: DateOnly,
  enterpriseCount: Type.Integer(),
  /** Count per grade code. */
  distribution: Type.Record(Type.String(), Type.Integer()),
  error: Nullable(Type.String()),
  createdAt: DateTime,
  publishedAt: NullableDateTime,
  /** Against the grades published now: how many would move up, down, stay, or are new. */
  comparison: Type.Union([
    Type.Object({ up: Type.Integer(), down: Type.Integer(), same: Type.Integer(), new: Type.Integer() }),
    Type.Null(),
  ]),
  durationMs: Type.Integer(),
});
export type CreditRunDto = Static<typeof CreditRunDto>;

export const CreditEvaluationCreate = Type.Object(
  {
    associationId: Uuid,
    kind: Enum(['official', 'preview'] as const),
    /** Default: the active model (a preview usually names a draft version). */
    modelId: Type.Optional(Uuid),
    /** Default: today (Asia/Shanghai). */
    asOf: Type.Optional(DateOnly),
  },
  strict,
);
export type CreditEvaluationCreate = Static<typeof CreditEvaluationCreate>;

export const CreditRunListQuery = Type.Object({ associationId: Type.Optional(Uuid), ...PageQuery }, strict);
export type CreditRunListQuery = Static<typeof CreditRunListQuery>;

export const CreditResultDto = Type.Object({
  enterpriseId: Uuid,
  enterpriseName: Type.String(),
  enterpriseCreditCode: Type.String(),
  score: Type.Number(),
  grade: Type.String(),
  gradeBeforeVeto: Nullable(Type.String()),
  /** The grade published before this run (null when none). */
  previousGrade: Nullable(Type.String()),
  movement: Enum(['up', 'down', 'same', 'new'] as const),
});
export type CreditResultDto = Static<typeof CreditResultDto>;

export const CreditResultListQuery = Type.Object(
  {
    grade: Type.Optional(Type.String({ maxLength: 8 })),
    movement: Type.Optional(Enum(['up', 'down', 'same', 'new'] as const)),
    ...PageQuery,
  },
  strict,
);
export type CreditResultListQuery = Static<typeof CreditResultListQuery>;

/** A grade as published, with its explanation. */
export const CreditGradeDto = Type.Object({
  associationId: Uuid,
  associationName: Type.String(),
  runId: Uuid,
  modelVersion: Type.Integer(),
  asOf: DateOnly,
  score: Type.Number(),
  grade: Type.String(),
  gradeLabel: Type.Object({ 'zh-CN': Type.String(), 'en-US': Type.String() }),
  gradeBeforeVeto: Nullable(Type.String()),
  publishedAt: DateTime,
  contributions: Type.Array(CreditContributionDto),
});
export type CreditGradeDto = Static<typeof CreditGradeDto>;

export const CreditArchiveQuery = Type.Object({ associationId: Type.Optional(Uuid) }, strict);
export type CreditArchiveQuery = Static<typeof CreditArchiveQuery>;

export const CreditStatsDto = Type.Object({
  associations: Type.Array(
    Type.Object({
      associationId: Uuid,
      associationName: Type.String(),
      asOf: NullableDate,
      publishedAt: NullableDateTime,
      distribution: Type.Record(Type.String(), Type.Integer()),
      openWarnings: Type.Integer(),
    }),
  ),
});
export type CreditStatsDto = Static<typeof CreditStatsDto>;

// ---------------------------------------------------------------- warnings and measures
export const CreditWarningDto = Type.Object({
  id: Uuid,
  associationId: Uuid,
  associationName: Type.String(),
  enterpriseId: Uuid,
  enterpriseName: Type.String(),
  enterpriseCreditCode: Type.String(),
  rule: Enum(CREDIT_WARNING_RULES),
  level: Enum(CREDIT_WARNING_LEVELS),
  /** Parameters of the reason text (e.g. {from: 'B', to: 'D'}, {count: 3, months: 12}, {recordTitle}). */
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  recordId: NullableUuid,
  runId: NullableUuid,
  status: Enum(CREDIT_WARNING_STATUSES),
  liftReason: Nullable(Type.String()),
  createdAt: DateTime,
  publishedAt: NullableDateTime,
  version: Type.Integer(),
});
export type CreditWarningDto = Static<typeof CreditWarningDto>;

export const CreditWarningListQuery = Type.Object(
  {
    associationId: Type.Optional(Uuid),
    enterpriseId: Type.Optional(Uuid),
    status: Type.Optional(Enum(CREDIT_WARNING_STATUSES)),
    ...PageQuery,
  },
  strict,
);
export type CreditWarningListQuery = Static<typeof CreditWarningListQuery>;

export const CreditWarningActionBody = Type.Object(
  { action: Enum(['publish', 'lift'] as const), version: Type.Integer({ minimum: 1 }), reason: Type.Optional(Reason) },
  strict,
);
export type CreditWarningActionBody = Static<typeof CreditWarningActionBody>;

export const CreditMeasureDto = Type.Object({
  id: Uuid,
  associationId: Uuid,
  associationName: Type.String(),
  enterpriseId: Uuid,
  enterpriseName: Type.String(),
  enterpriseCreditCode: Type.String(),
  kind: Enum(CREDIT_MEASURE_KINDS),
  list: Enum(CREDIT_MEASURE_LISTS),
  /** The published grade that justified the measure when it was applied, and its run. */
  grade: Type.String(),
  runId: Uuid,
  reason: Type.String(),
  validFrom: DateOnly,
  validUntil: NullableDate,
  status: Enum(CREDIT_MEASURE_STATUSES),
  endReason: Nullable(Type.String()),
  createdAt: DateTime,
  version: Type.Integer(),
});
export type CreditMeasureDto = Static<typeof CreditMeasureDto>;

export const CreditMeasureListQuery = Type.Object(
  {
    associationId: Type.Optional(Uuid),
    enterpriseId: Type.Optional(Uuid),
    list: Type.Optional(Enum(CREDIT_MEASURE_LISTS)),
    status: Type.Optional(Enum(CREDIT_MEASURE_STATUSES)),
    ...PageQuery,
  },
  strict,
);
export type CreditMeasureListQuery = Static<typeof CreditMeasureListQuery>;

export const CreditMeasureCreate = Type.Object(
  {
    associationId: Uuid,
    enterpriseId: Uuid,
    kind: Enum(CREDIT_MEASURE_KINDS),
    reason: Reason,
    validFrom: DateOnly,
    validUntil: Type.Optional(DateOnly),
  },
  strict,
);
export type CreditMeasureCreate = Static<typeof CreditMeasureCreate>;

export const CreditReasonBody = Type.Object({ version: Type.Integer({ minimum: 1 }), reason: Reason }, strict);
export type CreditReasonBody = Static<typeof CreditReasonBody>;

// ---------------------------------------------------------------- commitments
export const CommitmentDto = Type.Object({
  id: Uuid,
  enterpriseId: Uuid,
  enterpriseName: Type.String(),
  enterpriseCreditCode: Type.String(),
  /** The association the commitment is made to (its archive receives a broken commitment). */
  associationId: Uuid,
  associationName: Type.String(),
  kind: Enum(COMMITMENT_KINDS),
  content: Type.String(),
  /** 线下无理由退货: the goods and stores it covers, and the return period (≥ 7 days). */
  scope: Nullable(Type.String()),
  returnDays: Type.Union([Type.Integer(), Type.Null()]),
  validFrom: DateOnly,
  validUntil: DateOnly,
  signedByName: Type.String(),
  signedAt: DateTime,
  /** 'expired' is derived from validUntil. */
  status: Enum(COMMITMENT_STATUSES),
  endReason: Nullable(Type.String()),
  brokenRecordId: NullableUuid,
  version: Type.Integer(),
});
export type CommitmentDto = Static<typeof CommitmentDto>;

export const CommitmentListQuery = Type.Object(
  {
    associationId: Type.Optional(Uuid),
    enterpriseId: Type.Optional(Uuid),
    status: Type.Optional(Enum(COMMITMENT_STATUSES)),
    ...PageQuery,
  },
  strict,
);
export type CommitmentListQuery = Static<typeof CommitmentListQuery>;

export const CommitmentCreate = Type.Object(
  {
    enterpriseId: Uuid,
    associationId: Uuid,
    kind: Enum(COMMITMENT_KINDS),
    content: Type.String({ minLength: 10, maxLength: 5000 }),
    scope: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    returnDays: Type.Optional(Type.Integer({ minimum: 7, maximum: 365 })),
    validFrom: DateOnly,
    validUntil: DateOnly,
  },
  strict,
);
export type CommitmentCreate = Static<typeof CommitmentCreate>;

export const CommitmentBreach = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    reason: Reason,
    severity: CreditSeveritySchema,
    occurredOn: DateOnly,
  },
  strict,
);
export type CommitmentBreach = Static<typeof CommitmentBreach>;

/** One enterprise's archive as its own staff or its association sees it. */
export const CreditArchiveDto = Type.Object({
  enterprise: Type.Object({ id: Uuid, name: Type.String(), creditCode: Type.String() }),
  grades: Type.Array(CreditGradeDto),
  history: Type.Array(
    Type.Object({
      associationId: Uuid,
      runId: Uuid,
      asOf: DateOnly,
      grade: Type.String(),
      score: Type.Number(),
      publishedAt: DateTime,
    }),
  ),
  records: Type.Array(CreditRecordDto),
  objections: Type.Array(CreditObjectionDto),
  repairs: Type.Array(CreditRepairDto),
  warnings: Type.Array(CreditWarningDto),
  measures: Type.Array(CreditMeasureDto),
  commitments: Type.Array(CommitmentDto),
});
export type CreditArchiveDto = Static<typeof CreditArchiveDto>;

// ---------------------------------------------------------------- public
export const PublicCreditListQuery = Type.Object(
  {
    /** Name (any length) or credit code (prefix). */
    q: Type.Optional(Type.String({ maxLength: 100 })),
    grade: Type.Optional(Type.String({ maxLength: 8 })),
    associationId: Type.Optional(Uuid),
    ...PageQuery,
  },
  strict,
);
export type PublicCreditListQuery = Static<typeof PublicCreditListQuery>;

export const PublicCreditListItemDto = Type.Object({
  enterpriseName: Type.String(),
  creditCode: Type.String(),
  associationName: Type.String(),
  grade: Type.String(),
  gradeLabel: Type.Object({ 'zh-CN': Type.String(), 'en-US': Type.String() }),
  asOf: DateOnly,
});
export type PublicCreditListItemDto = Static<typeof PublicCreditListItemDto>;

export const PublicCreditRecordDto = Type.Object({
  id: Uuid,
  associationName: Type.String(),
  recordType: CreditRecordTypeSchema,
  polarity: CreditPolaritySchema,
  severity: CreditSeveritySchema,
  title: Type.String(),
  description: Type.String(),
  occurredOn: DateOnly,
  sourceName: Type.String(),
  publishUntil: DateOnly,
});
export type PublicCreditRecordDto = Static<typeof PublicCreditRecordDto>;

export const PublicCreditWarningDto = Type.Object({
  id: Uuid,
  associationName: Type.String(),
  enterpriseName: Type.String(),
  creditCode: Type.String(),
  rule: Enum(CREDIT_WARNING_RULES),
  level: Enum(CREDIT_WARNING_LEVELS),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  publishedAt: DateTime,
});
export type PublicCreditWarningDto = Static<typeof PublicCreditWarningDto>;

export const PublicCreditMeasureDto = Type.Object({
  id: Uuid,
  associationName: Type.String(),
  enterpriseName: Type.String(),
  creditCode: Type.String(),
  kind: Enum(CREDIT_MEASURE_KINDS),
  list: Enum(CREDIT_MEASURE_LISTS),
  grade: Type.String(),
  reason: Type.String(),
  validFrom: DateOnly,
  validUntil: NullableDate,
});
export type PublicCreditMeasureDto = Static<typeof PublicCreditMeasureDto>;

export const PublicMeasureListQuery = Type.Object(
  { list: Enum(CREDIT_MEASURE_LISTS), q: Type.Optional(Type.String({ maxLength: 100 })), ...PageQuery },
  strict,
);
export type PublicMeasureListQuery = Static<typeof PublicMeasureListQuery>;

export const PublicCommitmentDto = Type.Object({
  id: Uuid,
  associationName: Type.String(),
  enterpriseName: Type.String(),
  creditCode: Type.String(),
  kind: Enum(COMMITMENT_KINDS),
  content: Type.String(),
  scope: Nullable(Type.String()),
  returnDays: Type.Union([Type.Integer(), Type.Null()]),
  validFrom: DateOnly,
  validUntil: DateOnly,
  signedAt: DateTime,
});
export type PublicCommitmentDto = Static<typeof PublicCommitmentDto>;

export const PublicCommitmentListQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 100 })), kind: Type.Optional(Enum(COMMITMENT_KINDS)), ...PageQuery },
  strict,
);
export type PublicCommitmentListQuery = Static<typeof PublicCommitmentListQuery>;

export const PublicCreditPageDto = Type.Object({
  enterprise: Type.Object({
    name: Type.String(),
    creditCode: Type.String(),
    regionName: Nullable(Type.String()),
    industryName: Nullable(Type.String()),
  }),
  grades: Type.Array(
    Type.Object({
      associationName: Type.String(),
      grade: Type.String(),
      gradeLabel: Type.Object({ 'zh-CN': Type.String(), 'en-US': Type.String() }),
      asOf: DateOnly,
      publishedAt: DateTime,
    }),
  ),
  records: Type.Array(PublicCreditRecordDto),
  warnings: Type.Array(PublicCreditWarningDto),
  measures: Type.Array(PublicCreditMeasureDto),
  commitments: Type.Array(PublicCommitmentDto),
});
export type PublicCreditPageDto = Static<typeof PublicCreditPageDto>;

export const CreditCodeParams = Type.Object({ creditCode: Type.String({ minLength: 1, maxLength: 30 }) }, strict);
