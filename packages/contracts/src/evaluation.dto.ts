/**
 * Appendix A evaluation (issue #5): indicator frameworks as data, assessments, facts, roll-up,
 * improvement actions, campaigns and ranking.
 *
 * Routes (all under /api/v1):
 *   GET  /evaluation/frameworks                        → FrameworkSummaryDto[]                       evaluation.read
 *   GET  /evaluation/frameworks/:id                    → FrameworkDto                                evaluation.read
 *   GET  /evaluation/frameworks/:id/file               → the framework as YAML (format of docs/evaluation.md) evaluation.read
 *   POST /evaluation/frameworks/check                  FrameworkImportBody → FrameworkCheckDto (200, problems listed) evaluation.framework
 *   POST /evaluation/frameworks                        FrameworkImportBody → 201 FrameworkDto (200 when the same content exists) evaluation.framework
 *   POST /evaluation/frameworks/:id/versions           FrameworkWeightsBody → 201 FrameworkDto (a new version) evaluation.framework
 *   POST /evaluation/assessments                       AssessmentCreate → 201 AssessmentDto          evaluation.assess
 *   GET  /evaluation/assessments                       AssessmentListQuery → Page<AssessmentSummaryDto> evaluation.read
 *   GET  /evaluation/assessments/:id                   → AssessmentDto                               evaluation.read
 *   PUT  /evaluation/assessments/:id/indicators/:code  IndicatorScoreBody → IndicatorScoreDto        evaluation.assess
 *   PUT  /evaluation/assessments/:id/indicators/:code/assignee AssigneeBody → IndicatorScoreDto     evaluation.assess
 *   POST /evaluation/assessments/:id/indicators/:code/evidence?fileName=… raw file → 201 EvidenceDto evaluation.assess
 *   POST /evaluation/assessments/:id/indicators/:code/links EvidenceLinkBody → 201 EvidenceDto      evaluation.assess
 *   GET  /evaluation/assessments/:id/evidence/:evidenceId → the file                                evaluation.read
 *   POST /evaluation/assessments/:id/facts             → AssessmentDto (facts computed again; draft only) evaluation.assess
 *   POST /evaluation/assessments/:id/submit            VersionBody (credit.dto) → AssessmentDto                   evaluation.assess
 *   POST /evaluation/assessments/:id/review            AssessmentReviewBody → AssessmentDto          evaluation.review
 *   POST /evaluation/assessments/:id/finalise          VersionBody (credit.dto) → AssessmentDto                   evaluation.review
 *   POST /evaluation/assessments/:id/comments          AssessmentCommentBody → 201 CommentDto        evaluation.read
 *   GET  /evaluation/assessments/:id/export.docx       ?lang → docx (table A.1 layout)               evaluation.read
 *   GET  /evaluation/assessments/:id/export.xlsx       → xlsx of the scores                          evaluation.read
 *   POST /evaluation/campaigns                         CampaignCreate → 201 CampaignDto              evaluation.review
 *   GET  /evaluation/campaigns                         PageQuery → Page<CampaignDto>                 evaluation.read
 *   GET  /evaluation/campaigns/:id/ranking             → RankingDto                                  evaluation.read
 *   GET  /evaluation/actions                           ImprovementActionListQuery → Page<ImprovementActionDto> evaluation.read
 *   GET  /evaluation/actions/:id/owners                → {id, name}[] (who may own it)               evaluation.assess
 *   PUT  /evaluation/actions/:id                       ImprovementActionUpdate → ImprovementActionDto evaluation.assess
 *   POST /evaluation/actions/:id/implemented           ImprovementActionImplemented → ImprovementActionDto evaluation.assess
 *   POST /evaluation/actions/:id/verification          ImprovementActionVerification → ImprovementActionDto evaluation.assess
 */
import { type Static, Type } from 'typebox';
import { DateOnly, DateTime, Enum, OrNull, PageQuery, strict, Uuid } from './dto.js';
import {
  ASSESSMENT_KINDS,
  ASSESSMENT_STATUSES,
  EVIDENCE_RECORD_TYPES,
  IMPROVEMENT_ACTION_STATUSES,
  type ORGANISATION_KINDS,
} from './enums.js';

const NullableDate = Type.Union([DateOnly, Type.Null()]);
const NullableDateTime = Type.Union([DateTime, Type.Null()]);
const NullableUuid = Type.Union([Uuid, Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

// ---------------------------------------------------------------- framework file format
/** A text in both languages; `en` may be empty in an imported framework, never `zh`. */
export const LocalisedText = Type.Object(
  { zh: Type.String({ minLength: 1, maxLength: 2000 }), en: Type.String({ maxLength: 2000 }) },
  strict,
);
export type LocalisedText = Static<typeof LocalisedText>;

export const FrameworkScaleLevel = Type.Object(
  {
    /** 0, 1, 2 … without gaps */
    level: Type.Integer({ minimum: 0, maximum: 20 }),
    /** percentage credited for this level, strictly increasing with the level, 0–100 */
    score: Type.Number({ minimum: 0, maximum: 100 }),
    name: LocalisedText,
    description: LocalisedText,
  },
  strict,
);
export type FrameworkScaleLevel = Static<typeof FrameworkScaleLevel>;

export interface FrameworkFileIndicator {
  code: string;
  name: LocalisedText;
  /** share of this indicator among its siblings; siblings add up to 100 */
  weight: number;
  /** 工作成果: what achieving the indicator means (leaves: at least one) */
  outcomes?: LocalisedText[];
  /** keys of EVALUATION_FACTS the platform shows for this indicator */
  facts?: string[];
  children?: FrameworkFileIndicator[];
}

const FrameworkFileIndicatorSchema = Type.Cyclic(
  {
    Indicator: Type.Object(
      {
        code: Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9._-]+$' }),
        name: LocalisedText,
        weight: Type.Number({ minimum: 0, maximum: 100 }),
        outcomes: Type.Optional(Type.Array(LocalisedText, { maxItems: 20 })),
        facts: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 80 }), { maxItems: 30 })),
        children: Type.Optional(Type.Array(Type.Ref('Indicator'), { maxItems: 100 })),
      },
      strict,
    ),
  },
  'Indicator',
);

/** The file an organisation imports (YAML or JSON); docs/evaluation.md documents it. */
export const FrameworkFileSchema = Type.Object(
  {
    /** stable identity across versions, e.g. "DB4406/T 15-2022" */
    code: Type.String({ minLength: 1, maxLength: 60 }),
    name: LocalisedText,
    /** where it comes from: the standard, the region's decision … */
    source: Type.Optional(Type.String({ maxLength: 500 })),
    scale: Type.Array(FrameworkScaleLevel, { minItems: 2, maxItems: 21 }),
    /** an indicator scored below this percentage opens an improvement action when the assessment is final */
    improvementThreshold: Type.Number({ minimum: 0, maximum: 100 }),
    indicators: Type.Array(FrameworkFileIndicatorSchema, { minItems: 1, maxItems: 100 }),
  },
  strict,
);
export interface FrameworkFile {
  code: string;
  name: LocalisedText;
  source?: string;
  scale: FrameworkScaleLevel[];
  improvementThreshold: number;
  indicators: FrameworkFileIndicator[];
}

/** One problem of a framework file; `path` is where it is (e.g. "indicators[0].children[2].weight"). */
export const FrameworkProblemDto = Type.Object({
  path: Type.String(),
  issue: Type.String(),
  message: Type.String(),
  params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
});
export type FrameworkProblemDto = Static<typeof FrameworkProblemDto>;

export const FrameworkImportBody = Type.Object(
  {
    /** the file's text, YAML or JSON */
    content: Type.String({ minLength: 1, maxLength: 1_000_000 }),
  },
  strict,
);
export type FrameworkImportBody = Static<typeof FrameworkImportBody>;

// ---------------------------------------------------------------- frameworks as stored
/** An indicator of a stored framework, flattened in document order. */
export const IndicatorDto = Type.Object({
  code: Type.String(),
  parentCode: NullableString,
  /** 1 = first level (A), 2 = second (B), 3 = third (C) … */
  depth: Type.Integer(),
  /** true for the indicators that are scored (no children) */
  leaf: Type.Boolean(),
  name: LocalisedText,
  weight: Type.Number(),
  outcomes: Type.Array(LocalisedText),
  facts: Type.Array(Type.String()),
});
export type IndicatorDto = Static<typeof IndicatorDto>;

export const FrameworkSummaryDto = Type.Object({
  id: Uuid,
  code: Type.String(),
  version: Type.Integer(),
  name: LocalisedText,
  source: NullableString,
  builtIn: Type.Boolean(),
  /** the newest version of its code */
  current: Type.Boolean(),
  leafCount: Type.Integer(),
  assessmentCount: Type.Integer(),
  createdAt: DateTime,
});
export type FrameworkSummaryDto = Static<typeof FrameworkSummaryDto>;

export const FrameworkDto = Type.Object({
  ...FrameworkSummaryDto.properties,
  scale: Type.Array(FrameworkScaleLevel),
  improvementThreshold: Type.Number(),
  indicators: Type.Array(IndicatorDto),
});
export type FrameworkDto = Static<typeof FrameworkDto>;

export const FrameworkCheckDto = Type.Object({
  valid: Type.Boolean(),
  problems: Type.Array(FrameworkProblemDto),
  /** what would be stored (when valid) */
  code: NullableString,
  leafCount: Type.Integer(),
});
export type FrameworkCheckDto = Static<typeof FrameworkCheckDto>;

/** A new version of a framework with other weights (and threshold); everything else is kept. */
export const FrameworkWeightsBody = Type.Object(
  {
    weights: Type.Record(Type.String({ minLength: 1, maxLength: 20 }), Type.Number({ minimum: 0, maximum: 100 })),
    improvementThreshold: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  },
  strict,
);
export type FrameworkWeightsBody = Static<typeof FrameworkWeightsBody>;

// ---------------------------------------------------------------- facts
export const FactValueDto = Type.Object({
  /** key of EVALUATION_FACT_METRICS (label and unit) */
  metric: Type.String(),
  value: Type.Union([Type.Number(), Type.String(), Type.Null()]),
});
export type FactValueDto = Static<typeof FactValueDto>;

export const FactLinkDto = Type.Object({
  recordType: Enum(EVIDENCE_RECORD_TYPES),
  /** null: the list, filtered by `query` */
  recordId: NullableString,
  /** what the link lists: a key of EVALUATION_FACT_METRICS, whose words the web and the export show */
  label: Type.String(),
  /** console path the web opens (e.g. "/console/complaints?status=settled") */
  href: Type.String(),
});
export type FactLinkDto = Static<typeof FactLinkDto>;

/** What the platform holds about one fact for the assessed organisation and period. */
export const FactDto = Type.Object({
  key: Type.String(),
  /** the module the fact comes from (EVALUATION_FACTS[key].module) */
  module: Type.String(),
  /** unavailable: the module holding it has not landed — the indicator says so instead of a number */
  status: Type.Union([Type.Literal('available'), Type.Literal('unavailable')]),
  values: Type.Array(FactValueDto),
  links: Type.Array(FactLinkDto),
});
export type FactDto = Static<typeof FactDto>;

// ---------------------------------------------------------------- assessments
export const AssessmentKindSchema = Enum(ASSESSMENT_KINDS);
export const AssessmentStatusSchema = Enum(ASSESSMENT_STATUSES);

export const AssessmentCreate = Type.Object(
  {
    organisationId: Uuid,
    frameworkId: Uuid,
    kind: AssessmentKindSchema,
    periodStart: DateOnly,
    periodEnd: DateOnly,
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    /** third party: the experts who score (users with the expert role) */
    assessorUserIds: Type.Optional(Type.Array(Uuid, { maxItems: 20 })),
  },
  strict,
);
export type AssessmentCreate = Static<typeof AssessmentCreate>;

export const AssessmentListQuery = Type.Object(
  {
    ...PageQuery,
    organisationId: Type.Optional(Uuid),
    campaignId: Type.Optional(Uuid),
    status: Type.Optional(AssessmentStatusSchema),
    kind: Type.Optional(AssessmentKindSchema),
  },
  strict,
);
export type AssessmentListQuery = Static<typeof AssessmentListQuery>;

export const RollupDto = Type.Object({
  code: Type.String(),
  /** weighted percentage of the scored children (null when none is scored) */
  score: NullableNumber,
  scoredLeaves: Type.Integer(),
  totalLeaves: Type.Integer(),
});
export type RollupDto = Static<typeof RollupDto>;

export const AssessmentSummaryDto = Type.Object({
  id: Uuid,
  title: Type.String(),
  organisationId: Uuid,
  organisationName: Type.String(),
  assessorOrganisationId: Uuid,
  assessorOrganisationName: Type.String(),
  kind: AssessmentKindSchema,
  status: AssessmentStatusSchema,
  frameworkId: Uuid,
  frameworkCode: Type.String(),
  frameworkVersion: Type.Integer(),
  campaignId: NullableUuid,
  periodStart: DateOnly,
  periodEnd: DateOnly,
  dueDate: NullableDate,
  /** weighted total 0–100 (null until one leaf is scored) */
  total: NullableNumber,
  scoredLeaves: Type.Integer(),
  totalLeaves: Type.Integer(),
  version: Type.Integer(),
  createdAt: DateTime,
  submittedAt: NullableDateTime,
  finalisedAt: NullableDateTime,
});
export type AssessmentSummaryDto = Static<typeof AssessmentSummaryDto>;

export const EvidenceDto = Type.Object({
  id: Uuid,
  indicatorCode: Type.String(),
  /** file: uploaded; link: a record of the platform or a web address */
  kind: Type.Union([Type.Literal('file'), Type.Literal('link')]),
  fileName: NullableString,
  mimeType: NullableString,
  size: Type.Union([Type.Integer(), Type.Null()]),
  recordType: Type.Union([Enum(EVIDENCE_RECORD_TYPES), Type.Null()]),
  recordId: NullableString,
  label: Type.String(),
  /** console path or web address to open the evidence (files: the download path) */
  href: Type.String(),
  createdBy: Type.String(),
  createdAt: DateTime,
});
export type EvidenceDto = Static<typeof EvidenceDto>;

export const IndicatorScoreDto = Type.Object({
  indicatorCode: Type.String(),
  level: Type.Union([Type.Integer(), Type.Null()]),
  /** the scale's percentage for the level */
  score: NullableNumber,
  rationale: Type.String(),
  assigneeUserId: NullableUuid,
  assigneeName: NullableString,
  updatedBy: NullableString,
  updatedAt: NullableDateTime,
  /** optimistic concurrency: send it back with the next save */
  version: Type.Integer(),
});
export type IndicatorScoreDto = Static<typeof IndicatorScoreDto>;

export const CommentDto = Type.Object({
  id: Uuid,
  indicatorCode: NullableString,
  body: Type.String(),
  authorName: Type.String(),
  authorOrganisationName: Type.String(),
  /** the review decision the comment came with, if any */
  decision: Type.Union([Type.Literal('approve'), Type.Literal('request_changes'), Type.Null()]),
  createdAt: DateTime,
});
export type CommentDto = Static<typeof CommentDto>;

/** The organisation's previous final assessment under the same framework code, for comparison. */
export const PreviousAssessmentDto = Type.Object({
  id: Uuid,
  periodStart: DateOnly,
  periodEnd: DateOnly,
  frameworkVersion: Type.Integer(),
  total: NullableNumber,
  /** code → percentage, for every indicator (leaves and roll-ups) */
  scores: Type.Record(Type.String(), NullableNumber),
});
export type PreviousAssessmentDto = Static<typeof PreviousAssessmentDto>;

export const AssessmentDto = Type.Object({
  ...AssessmentSummaryDto.properties,
  framework: FrameworkDto,
  /** one per leaf indicator, in framework order */
  scores: Type.Array(IndicatorScoreDto),
  /** one per non-leaf indicator */
  rollup: Type.Array(RollupDto),
  /** indicator code → facts shown for it */
  facts: Type.Record(Type.String(), Type.Array(FactDto)),
  factsComputedAt: NullableDateTime,
  evidence: Type.Array(EvidenceDto),
  comments: Type.Array(CommentDto),
  previous: Type.Union([PreviousAssessmentDto, Type.Null()]),
  /** what the caller may do now */
  can: Type.Object({
    score: Type.Boolean(),
    submit: Type.Boolean(),
    review: Type.Boolean(),
    finalise: Type.Boolean(),
  }),
  assessors: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
  /** who an indicator may be assigned to (the assessing organisation's assessors and the named experts); empty unless the caller may score */
  assignableUsers: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
});
export type AssessmentDto = Static<typeof AssessmentDto>;

export const IndicatorParams = Type.Object({ id: Uuid, code: Type.String({ minLength: 1, maxLength: 20 }) }, strict);
export type IndicatorParams = Static<typeof IndicatorParams>;

export const EvidenceParams = Type.Object({ id: Uuid, evidenceId: Uuid }, strict);
export type EvidenceParams = Static<typeof EvidenceParams>;

export const IndicatorScoreBody = Type.Object(
  {
    /** a level of the framework's scale, or null to clear it */
    level: OrNull(Type.Integer({ minimum: 0, maximum: 20 })),
    rationale: Type.String({ maxLength: 5000 }),
    version: Type.Integer({ minimum: 1 }),
  },
  strict,
);
export type IndicatorScoreBody = Static<typeof IndicatorScoreBody>;

export const AssigneeBody = Type.Object({ userId: OrNull(Uuid), version: Type.Integer({ minimum: 1 }) }, strict);
export type AssigneeBody = Static<typeof AssigneeBody>;

export const EvidenceUploadQuery = Type.Object({ fileName: Type.String({ minLength: 1, maxLength: 200 }) }, strict);
export type EvidenceUploadQuery = Static<typeof EvidenceUploadQuery>;

export const EvidenceLinkBody = Type.Object(
  {
    recordType: Enum(EVIDENCE_RECORD_TYPES),
    /** the record's id, or the address when recordType is "url" */
    recordId: Type.String({ minLength: 1, maxLength: 2000 }),
    label: Type.String({ minLength: 1, maxLength: 200 }),
  },
  strict,
);
export type EvidenceLinkBody = Static<typeof EvidenceLinkBody>;

export const AssessmentReviewBody = Type.Object(
  {
    decision: Type.Union([Type.Literal('approve'), Type.Literal('request_changes')]),
    comment: Type.String({ minLength: 1, maxLength: 5000 }),
    version: Type.Integer({ minimum: 1 }),
  },
  strict,
);
export type AssessmentReviewBody = Static<typeof AssessmentReviewBody>;

export const AssessmentCommentBody = Type.Object(
  {
    indicatorCode: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
    body: Type.String({ minLength: 1, maxLength: 5000 }),
  },
  strict,
);
export type AssessmentCommentBody = Static<typeof AssessmentCommentBody>;

export const EvaluationExportQuery = Type.Object({ lang: Type.Optional(Enum(['zh-CN', 'en-US'] as const)) }, strict);
export type EvaluationExportQuery = Static<typeof EvaluationExportQuery>;

// ---------------------------------------------------------------- campaigns and ranking
export const CampaignCreate = Type.Object(
  {
    frameworkId: Uuid,
    /** self: every association assesses itself; regulator: the regulator assesses each */
    kind: Type.Union([Type.Literal('self'), Type.Literal('regulator')]),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    periodStart: DateOnly,
    periodEnd: DateOnly,
    dueDate: DateOnly,
  },
  strict,
);
export type CampaignCreate = Static<typeof CampaignCreate>;

export const CampaignDto = Type.Object({
  id: Uuid,
  title: Type.String(),
  regulatorId: Uuid,
  regulatorName: Type.String(),
  kind: AssessmentKindSchema,
  frameworkId: Uuid,
  frameworkCode: Type.String(),
  frameworkVersion: Type.Integer(),
  periodStart: DateOnly,
  periodEnd: DateOnly,
  dueDate: DateOnly,
  assessmentCount: Type.Integer(),
  finalCount: Type.Integer(),
  createdAt: DateTime,
});
export type CampaignDto = Static<typeof CampaignDto>;

export const RankingRowDto = Type.Object({
  /** 1, 2, 2, 4 … by total (final assessments first; null while not final) */
  rank: Type.Union([Type.Integer(), Type.Null()]),
  assessmentId: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  status: AssessmentStatusSchema,
  total: NullableNumber,
  /** first- and second-level codes → percentage */
  scores: Type.Record(Type.String(), NullableNumber),
});
export type RankingRowDto = Static<typeof RankingRowDto>;

export const RankingDto = Type.Object({
  campaign: CampaignDto,
  /** the first- and second-level indicators, the columns of the table */
  columns: Type.Array(IndicatorDto),
  rows: Type.Array(RankingRowDto),
});
export type RankingDto = Static<typeof RankingDto>;

// ---------------------------------------------------------------- improvement actions (R-PDCA-4)
export const ImprovementActionStatusSchema = Enum(IMPROVEMENT_ACTION_STATUSES);

export const ImprovementActionDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  assessmentId: NullableUuid,
  assessmentTitle: NullableString,
  indicatorCode: NullableString,
  indicatorName: Type.Union([LocalisedText, Type.Null()]),
  /** a KPI missed at a plan review (workspace) opened it: the review, the KPI and its name */
  planReviewId: NullableUuid,
  planKpiId: NullableUuid,
  title: Type.String(),
  /** the score that opened it */
  score: NullableNumber,
  status: ImprovementActionStatusSchema,
  analysis: Type.String(),
  measure: Type.String(),
  ownerUserId: NullableUuid,
  ownerName: NullableString,
  dueDate: NullableDate,
  overdue: Type.Boolean(),
  implementation: Type.String(),
  verification: Type.String(),
  closedAt: NullableDateTime,
  version: Type.Integer(),
  createdAt: DateTime,
});
export type ImprovementActionDto = Static<typeof ImprovementActionDto>;

export const ImprovementActionListQuery = Type.Object(
  {
    ...PageQuery,
    organisationId: Type.Optional(Uuid),
    assessmentId: Type.Optional(Uuid),
    status: Type.Optional(ImprovementActionStatusSchema),
    overdue: Type.Optional(Type.Boolean()),
  },
  strict,
);
export type ImprovementActionListQuery = Static<typeof ImprovementActionListQuery>;

export const ImprovementActionUpdate = Type.Object(
  {
    analysis: Type.String({ maxLength: 5000 }),
    measure: Type.String({ maxLength: 5000 }),
    ownerUserId: OrNull(Uuid),
    dueDate: OrNull(DateOnly),
    version: Type.Integer({ minimum: 1 }),
  },
  strict,
);
export type ImprovementActionUpdate = Static<typeof ImprovementActionUpdate>;

export const ImprovementActionImplemented = Type.Object(
  { implementation: Type.String({ minLength: 1, maxLength: 5000 }), version: Type.Integer({ minimum: 1 }) },
  strict,
);
export type ImprovementActionImplemented = Static<typeof ImprovementActionImplemented>;

export const ImprovementActionVerification = Type.Object(
  {
    effective: Type.Boolean(),
    verification: Type.String({ minLength: 1, maxLength: 5000 }),
    version: Type.Integer({ minimum: 1 }),
  },
  strict,
);
export type ImprovementActionVerification = Static<typeof ImprovementActionVerification>;

/** Evidence files: checked by content on the server; the web offers the same. */
export const EVALUATION_LIMITS = {
  evidenceBytesMax: 20 * 1024 * 1024,
  evidenceMediaTypes: [
    'application/pdf',
    'image/jpeg',
    'image/png',
    'image/webp',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/zip',
  ],
  /** the file-name endings the web's picker offers for those types */
  evidenceExtensions: ['.pdf', '.jpg', '.jpeg', '.png', '.webp', '.docx', '.xlsx', '.pptx', '.zip'],
} as const;

/** Organisation kinds that can be assessed (associations and chambers of commerce). */
export const ASSESSABLE_ORGANISATION_KINDS = [
  'industry_organisation',
] as const satisfies readonly (typeof ORGANISATION_KINDS)[number][];
