/**
 * Spot checks, analysis and risk monitoring (issue #6).
 *
 * Routes (all under /api/v1; "public" ones need no login):
 *   POST /spot-checks/imports?fileName=…      raw xlsx/csv body → 201 SpotCheckPreviewDto          spotcheck.import
 *   GET  /spot-checks/imports/:id             → SpotCheckPreviewDto                                 spotcheck.import
 *   PUT  /spot-checks/imports/:id/mapping     SpotCheckMappingBody → SpotCheckPreviewDto            spotcheck.import
 *   POST /spot-checks/imports/:id/commit      SpotCheckCommitBody → 201 SpotCheckNoticeDto (200 when already imported) spotcheck.import
 *   GET  /spot-checks/notices                 SpotCheckNoticeListQuery → Page<SpotCheckNoticeDto>   spotcheck.read
 *   GET  /spot-checks/notices/:id             → SpotCheckNoticeDto                                  spotcheck.read
 *   GET  /spot-checks/results                 SpotCheckResultListQuery → Page<SpotCheckResultDto>   spotcheck.read
 *   GET  /spot-checks/unmatched               SpotCheckUnmatchedQuery → Page<SpotCheckResultDto>    spotcheck.import
 *   POST /spot-checks/results/:id/match       SpotCheckMatchBody → SpotCheckResultDto               spotcheck.import
 *   POST /spot-checks/results/:id/reinspection ReinspectionCreate → 201 ReinspectionDto             spotcheck.reinspect
 *   GET  /spot-checks/reinspections           ReinspectionListQuery → Page<ReinspectionDto>         spotcheck.read
 *   POST /spot-checks/reinspections/:id/decision ReinspectionDecision → ReinspectionDto             spotcheck.import
 *   GET  /spot-checks/analysis                SpotCheckAnalysisQuery → SpotCheckAnalysisDto         spotcheck.read
 *   GET  /spot-checks/analysis/export         SpotCheckAnalysisQuery → xlsx                         spotcheck.read
 *   POST /spot-checks/sampling-plans          SamplingPlanCreate → 201 SamplingPlanDto              spotcheck.import
 *   GET  /spot-checks/sampling-plans          PageQuery → Page<SamplingPlanDto>                     spotcheck.import
 *   GET  /spot-checks/sampling-plans/:id      → SamplingPlanDto                                     spotcheck.import
 *   GET  /spot-checks/sampling-plans/:id/export → xlsx                                              spotcheck.import
 *   GET  /risk/charts                         RiskChartQuery → SpcChartDto                          risk.read
 *   POST /risk/scan                           RiskScanBody → RiskScanResultDto                      risk.read (association or regulator)
 *   GET  /risk/alerts                         RiskAlertListQuery → Page<RiskAlertDto>               risk.read
 *   POST /risk/alerts/:id/acknowledge         → RiskAlertDto                                        risk.read
 *   POST /risk/reports                        RiskReportCreate → 201 RiskReportDto                  risk.report
 *   GET  /risk/reports                        RiskReportListQuery → Page<RiskReportDto>             risk.read
 *   GET  /risk/reports/:id                    → RiskReportDto                                       risk.read
 *   POST /risk/reports/:id/acknowledge        RiskReportAcknowledge → RiskReportDto                 risk.acknowledge
 *   GET  /public/spot-checks                  PublicSpotCheckListQuery → Page<PublicSpotCheckNoticeDto>
 *   GET  /public/spot-checks/failing          PublicFailingQuery → Page<PublicFailingProductDto>
 */
import { type Static, Type } from 'typebox';
import { DateOnly, DateTime, Enum, PageQuery, strict, Uuid } from './dto.js';
import {
  REINSPECTION_STATUSES,
  RISK_ALERT_LEVELS,
  RISK_ALERT_STATUSES,
  RISK_REPORT_STATUSES,
  RISK_SERIES_KINDS,
  SPC_RULES,
  SPOT_CHECK_FIELDS,
  SPOT_CHECK_IMPORT_STATUSES,
  SPOT_CHECK_LEVELS,
  SPOT_CHECK_MATCHES,
  SPOT_CHECK_RESULTS,
} from './enums.js';
import { SPOT_CHECK_ANALYSIS_DIMENSIONS, SPOT_CHECK_LIMITS } from './spotcheck-rules.js';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const NullableDate = Type.Union([DateOnly, Type.Null()]);
const NullableDateTime = Type.Union([DateTime, Type.Null()]);
const NullableUuid = Type.Union([Uuid, Type.Null()]);
const Label = Type.String({ minLength: 1, maxLength: 200 });
const Reason = Type.String({ minLength: 2, maxLength: 2000 });

export const SpotCheckLevelSchema = Enum(SPOT_CHECK_LEVELS);
export const SpotCheckResultSchema = Enum(SPOT_CHECK_RESULTS);

// ---------------------------------------------------------------- import
/** field → 0-based column index of the file's header row */
export const ColumnMappingSchema = Type.Object(
  Object.fromEntries(SPOT_CHECK_FIELDS.map((f) => [f, Type.Optional(Type.Integer({ minimum: 0, maximum: 199 }))])),
  strict,
);
export type ColumnMappingDto = Partial<Record<(typeof SPOT_CHECK_FIELDS)[number], number>>;

export const SpotCheckImportQuery = Type.Object({ fileName: Type.String({ minLength: 1, maxLength: 200 }) }, strict);
export type SpotCheckImportQuery = Static<typeof SpotCheckImportQuery>;

/** One problem of the file: row and column as the user sees them in Excel (null for file-level ones). */
export const ImportProblemDto = Type.Object({
  field: Type.String(),
  issue: Type.String(),
  message: Type.String(),
  row: Type.Union([Type.Integer(), Type.Null()]),
  column: Type.Union([Type.String(), Type.Null()]),
});
export type ImportProblemDto = Static<typeof ImportProblemDto>;

export const SpotCheckPreviewRowDto = Type.Object({
  rowNumber: Type.Integer(),
  cells: Type.Array(Type.String()),
  excluded: Type.Boolean(),
  problems: Type.Array(Type.String()),
  /** How the row would find its enterprise, when it is clean. */
  match: Type.Union([Enum(SPOT_CHECK_MATCHES), Type.Null()]),
  enterpriseName: Type.Union([Type.String(), Type.Null()]),
});
export type SpotCheckPreviewRowDto = Static<typeof SpotCheckPreviewRowDto>;

export const SpotCheckPreviewDto = Type.Object({
  id: Uuid,
  fileName: Type.String(),
  status: Enum(SPOT_CHECK_IMPORT_STATUSES),
  headerRow: Type.Integer(),
  headers: Type.Array(Type.String()),
  mapping: ColumnMappingSchema,
  /** The mapping came from an earlier import with the same header layout. */
  mappingRemembered: Type.Boolean(),
  rowCount: Type.Integer(),
  excludedRows: Type.Array(Type.Integer()),
  cleanRows: Type.Integer(),
  counts: Type.Object({
    qualified: Type.Integer(),
    unqualified: Type.Integer(),
    matchedByCode: Type.Integer(),
    matchedByName: Type.Integer(),
    unmatched: Type.Integer(),
  }),
  /** Every problem (up to SPOT_CHECK_LIMITS.problemsMax; `problemsTruncated` says when more). */
  problems: Type.Array(ImportProblemDto),
  problemsTruncated: Type.Boolean(),
  /** The first rows, then every row with a problem, up to the problem limit. */
  rows: Type.Array(SpotCheckPreviewRowDto),
  noticeId: NullableUuid,
  createdAt: DateTime,
});
export type SpotCheckPreviewDto = Static<typeof SpotCheckPreviewDto>;

export const SpotCheckMappingBody = Type.Object(
  {
    mapping: ColumnMappingSchema,
    excludedRows: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 10_000 })),
  },
  strict,
);
export type SpotCheckMappingBody = Static<typeof SpotCheckMappingBody>;

export const SpotCheckNoticeFacts = Type.Object(
  {
    noticeNo: Type.String({ minLength: 1, maxLength: 100 }),
    title: Label,
    level: SpotCheckLevelSchema,
    publishedOn: DateOnly,
    productCategory: Type.String({ minLength: 1, maxLength: 100 }),
    standards: Type.Optional(Type.String({ maxLength: 2000 })),
    batchesSampled: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
    batchesInspected: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
    batchesUnqualified: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
    refusals: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  },
  strict,
);
export type SpotCheckNoticeFacts = Static<typeof SpotCheckNoticeFacts>;

export const SpotCheckCommitBody = Type.Object(
  {
    notice: SpotCheckNoticeFacts,
    mapping: Type.Optional(ColumnMappingSchema),
    excludedRows: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 10_000 })),
  },
  strict,
);
export type SpotCheckCommitBody = Static<typeof SpotCheckCommitBody>;

export const SpotCheckNoticeDto = Type.Object({
  id: Uuid,
  ownerId: Uuid,
  ownerName: Type.String(),
  noticeNo: Type.String(),
  title: Type.String(),
  level: SpotCheckLevelSchema,
  publishedOn: DateOnly,
  productCategory: Type.String(),
  standards: Type.String(),
  batchesSampled: Type.Integer(),
  batchesInspected: Type.Integer(),
  batchesUnqualified: Type.Integer(),
  refusals: Type.Integer(),
  /** unqualified ÷ inspected (refusals apart); null when nothing was inspected */
  nonConformityRate: Type.Union([Type.Number(), Type.Null()]),
  rowCount: Type.Integer(),
  unmatchedCount: Type.Integer(),
  createdAt: DateTime,
  /** 200 instead of 201: this file was already imported as this notice. */
  alreadyImported: Type.Optional(Type.Boolean()),
});
export type SpotCheckNoticeDto = Static<typeof SpotCheckNoticeDto>;

export const SpotCheckNoticeListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100 })),
    level: Type.Optional(SpotCheckLevelSchema),
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
  },
  strict,
);
export type SpotCheckNoticeListQuery = Static<typeof SpotCheckNoticeListQuery>;

// ---------------------------------------------------------------- results
export const ReinspectionStatusSchema = Enum(REINSPECTION_STATUSES);

export const SpotCheckResultDto = Type.Object({
  id: Uuid,
  noticeId: Uuid,
  noticeNo: Type.String(),
  noticeTitle: Type.String(),
  level: SpotCheckLevelSchema,
  rowNumber: Type.Integer(),
  enterpriseId: NullableUuid,
  enterpriseName: Type.String(),
  creditCode: Nullable(Type.String()),
  match: Enum(SPOT_CHECK_MATCHES),
  district: Nullable(Type.String()),
  productName: Type.String(),
  productCategory: Type.String(),
  trademark: Type.String(),
  modelSpec: Type.String(),
  batch: Type.String(),
  productionDate: NullableDate,
  checkCategory: Type.String(),
  inspectionBody: Type.String(),
  result: SpotCheckResultSchema,
  /** The result that stands after any re-inspection. */
  finalResult: SpotCheckResultSchema,
  failingItems: Type.Array(Type.String()),
  checkedOn: DateOnly,
  reinspection: Type.Union([ReinspectionStatusSchema, Type.Null()]),
  /** Last day the producer may request re-inspection, counted from the notice date; null once decided or when qualified. */
  reinspectionDeadline: NullableDate,
  abilities: Type.Object({ requestReinspection: Type.Boolean(), match: Type.Boolean() }),
});
export type SpotCheckResultDto = Static<typeof SpotCheckResultDto>;

export const SpotCheckResultListQuery = Type.Object(
  {
    ...PageQuery,
    noticeId: Type.Optional(Uuid),
    enterpriseId: Type.Optional(Uuid),
    /** Members of this association (an association's people see their own members by default). */
    associationId: Type.Optional(Uuid),
    result: Type.Optional(SpotCheckResultSchema),
    category: Type.Optional(Type.String({ maxLength: 100 })),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
  },
  strict,
);
export type SpotCheckResultListQuery = Static<typeof SpotCheckResultListQuery>;

export const SpotCheckUnmatchedQuery = Type.Object({ ...PageQuery, noticeId: Type.Optional(Uuid) }, strict);
export type SpotCheckUnmatchedQuery = Static<typeof SpotCheckUnmatchedQuery>;

export const SpotCheckMatchBody = Type.Object({ enterpriseId: Uuid }, strict);
export type SpotCheckMatchBody = Static<typeof SpotCheckMatchBody>;

// ---------------------------------------------------------------- re-inspection (复检)
export const ReinspectionCreate = Type.Object(
  {
    /** The day the enterprise received the result; at most 15 days ago. */
    receivedOn: DateOnly,
    reason: Reason,
  },
  strict,
);
export type ReinspectionCreate = Static<typeof ReinspectionCreate>;

export const ReinspectionDecision = Type.Object(
  {
    outcome: Enum(['qualified', 'unqualified'] as const),
    inspectionBody: Type.String({ minLength: 1, maxLength: 200 }),
    note: Reason,
    version: Type.Integer({ minimum: 1 }),
  },
  strict,
);
export type ReinspectionDecision = Static<typeof ReinspectionDecision>;

export const ReinspectionDto = Type.Object({
  id: Uuid,
  resultId: Uuid,
  noticeNo: Type.String(),
  enterpriseId: Uuid,
  enterpriseName: Type.String(),
  productName: Type.String(),
  failingItems: Type.Array(Type.String()),
  receivedOn: DateOnly,
  reason: Type.String(),
  status: ReinspectionStatusSchema,
  inspectionBody: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
  requestedAt: DateTime,
  decidedAt: NullableDateTime,
  version: Type.Integer(),
  abilities: Type.Object({ decide: Type.Boolean() }),
});
export type ReinspectionDto = Static<typeof ReinspectionDto>;

export const ReinspectionListQuery = Type.Object(
  { ...PageQuery, status: Type.Optional(ReinspectionStatusSchema) },
  strict,
);
export type ReinspectionListQuery = Static<typeof ReinspectionListQuery>;

// ---------------------------------------------------------------- analysis

export const SpotCheckAnalysisQuery = Type.Object(
  {
    by: Enum(SPOT_CHECK_ANALYSIS_DIMENSIONS),
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    /** The association whose members form the "members" columns (its own people: always their association). */
    associationId: Type.Optional(Uuid),
    category: Type.Optional(Type.String({ maxLength: 100 })),
    level: Type.Optional(SpotCheckLevelSchema),
  },
  strict,
);
export type SpotCheckAnalysisQuery = Static<typeof SpotCheckAnalysisQuery>;

const Tally = Type.Object({
  inspected: Type.Integer(),
  unqualified: Type.Integer(),
  /** unqualified ÷ inspected, 0–1; null when nothing was inspected */
  rate: Type.Union([Type.Number(), Type.Null()]),
});
export const SpotCheckAnalysisRowDto = Type.Object({
  key: Type.String(),
  label: Type.String(),
  /** The association's members (absent when no association is in view). */
  members: Type.Union([Tally, Type.Null()]),
  /** The whole region. */
  region: Tally,
});
export type SpotCheckAnalysisRowDto = Static<typeof SpotCheckAnalysisRowDto>;

export const SpotCheckAnalysisDto = Type.Object({
  by: Enum(SPOT_CHECK_ANALYSIS_DIMENSIONS),
  from: NullableDate,
  to: NullableDate,
  associationId: NullableUuid,
  associationName: Nullable(Type.String()),
  rows: Type.Array(SpotCheckAnalysisRowDto),
  totals: Type.Object({ members: Type.Union([Tally, Type.Null()]), region: Tally }),
});
export type SpotCheckAnalysisDto = Static<typeof SpotCheckAnalysisDto>;

// ---------------------------------------------------------------- sampling (双随机)
export const SamplingWeightsSchema = Type.Object(
  {
    base: Type.Number({ exclusiveMinimum: 0, maximum: 100 }),
    byGrade: Type.Record(Type.String({ maxLength: 8 }), Type.Number({ minimum: 0, maximum: 100 })),
    noGrade: Type.Number({ minimum: 0, maximum: 100 }),
    perUnqualified: Type.Number({ minimum: 0, maximum: 100 }),
    maxUnqualified: Type.Integer({ minimum: 0, maximum: 100 }),
    perComplaint: Type.Number({ minimum: 0, maximum: 100 }),
    maxComplaints: Type.Integer({ minimum: 0, maximum: 100 }),
    notCheckedRecently: Type.Number({ minimum: 0, maximum: 100 }),
    recentMonths: Type.Integer({ minimum: 1, maximum: 120 }),
  },
  strict,
);
export type SamplingWeightsDto = Static<typeof SamplingWeightsSchema>;

export const SamplingPlanCreate = Type.Object(
  {
    title: Label,
    /** The population: active members of this association (else every published enterprise of the region). */
    associationId: Type.Optional(Uuid),
    sampleSize: Type.Integer({ minimum: 1, maximum: SPOT_CHECK_LIMITS.sampleSizeMax }),
    /** Omitted: a random seed is drawn and recorded. */
    seed: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    weights: Type.Optional(SamplingWeightsSchema),
  },
  strict,
);
export type SamplingPlanCreate = Static<typeof SamplingPlanCreate>;

export const SamplingFactorDto = Type.Object({
  factor: Enum(['base', 'grade', 'no_grade', 'unqualified', 'complaints', 'not_checked_recently'] as const),
  contribution: Type.Number(),
  detail: Type.Union([Type.String(), Type.Number(), Type.Null()]),
});
export const SamplingPickDto = Type.Object({
  id: Uuid,
  name: Type.String(),
  creditCode: Type.String(),
  rank: Type.Integer(),
  weight: Type.Number(),
  random: Type.Number(),
  key: Type.Number(),
  factors: Type.Array(SamplingFactorDto),
});
export type SamplingPickDto = Static<typeof SamplingPickDto>;

export const SamplingPlanDto = Type.Object({
  id: Uuid,
  title: Type.String(),
  seed: Type.String(),
  sampleSize: Type.Integer(),
  associationId: NullableUuid,
  weights: SamplingWeightsSchema,
  populationCount: Type.Integer(),
  picks: Type.Array(SamplingPickDto),
  createdAt: DateTime,
});
export type SamplingPlanDto = Static<typeof SamplingPlanDto>;

// ---------------------------------------------------------------- risk monitoring (SPC)
export const RiskSeriesKindSchema = Enum(RISK_SERIES_KINDS);

export const RiskChartQuery = Type.Object(
  {
    kind: RiskSeriesKindSchema,
    /** category_nonconformity: the product category; member_complaints: the enterprise id */
    key: Type.String({ minLength: 1, maxLength: 100 }),
    associationId: Type.Optional(Uuid),
    /** First and last month, YYYY-MM; default the last 24 months. */
    from: Type.Optional(Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' })),
    to: Type.Optional(Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' })),
  },
  strict,
);
export type RiskChartQuery = Static<typeof RiskChartQuery>;

export const SpcSignalDto = Type.Object({
  index: Type.Integer(),
  period: Type.String(),
  rule: Enum(SPC_RULES),
  side: Enum(['up', 'down'] as const),
});
export const SpcPointDto = Type.Object({
  period: Type.String(),
  count: Type.Number(),
  size: Type.Number(),
  value: Type.Union([Type.Number(), Type.Null()]),
  centre: Type.Number(),
  ucl: Type.Union([Type.Number(), Type.Null()]),
  lcl: Type.Union([Type.Number(), Type.Null()]),
  sigma: Type.Union([Type.Number(), Type.Null()]),
  z: Type.Union([Type.Number(), Type.Null()]),
  signals: Type.Array(SpcSignalDto),
});
export const SpcChartDto = Type.Object({
  kind: Enum(['p', 'u'] as const),
  seriesKind: RiskSeriesKindSchema,
  key: Type.String(),
  label: Type.String(),
  centre: Type.Number(),
  baselinePeriods: Type.Integer(),
  points: Type.Array(SpcPointDto),
  signals: Type.Array(SpcSignalDto),
});
export type SpcChartDto = Static<typeof SpcChartDto>;

export const RiskScanBody = Type.Object({ associationId: Type.Optional(Uuid) }, strict);
export type RiskScanBody = Static<typeof RiskScanBody>;
export const RiskScanResultDto = Type.Object({ seriesScanned: Type.Integer(), alertsCreated: Type.Integer() });
export type RiskScanResultDto = Static<typeof RiskScanResultDto>;

export const RiskAlertDto = Type.Object({
  id: Uuid,
  ownerId: Uuid,
  ownerName: Type.String(),
  seriesKind: RiskSeriesKindSchema,
  seriesKey: Type.String(),
  seriesLabel: Type.String(),
  period: Type.String(),
  rule: Enum(SPC_RULES),
  level: Enum(RISK_ALERT_LEVELS),
  data: Type.Record(Type.String(), Type.Unknown()),
  status: Enum(RISK_ALERT_STATUSES),
  createdAt: DateTime,
  acknowledgedAt: NullableDateTime,
});
export type RiskAlertDto = Static<typeof RiskAlertDto>;

export const RiskAlertListQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional(Enum(RISK_ALERT_STATUSES)),
    seriesKind: Type.Optional(RiskSeriesKindSchema),
  },
  strict,
);
export type RiskAlertListQuery = Static<typeof RiskAlertListQuery>;

export const RiskReportCreate = Type.Object(
  {
    title: Label,
    periodFrom: DateOnly,
    periodTo: DateOnly,
    summary: Type.String({ minLength: 10, maxLength: 20_000 }),
    recommendations: Type.Optional(Type.String({ maxLength: 20_000 })),
    /** The analyses to attach: computed by the server for the period and stored with the report. */
    dimensions: Type.Array(Enum(SPOT_CHECK_ANALYSIS_DIMENSIONS), { minItems: 1, maxItems: 5, uniqueItems: true }),
    /** Product categories whose control charts to attach. */
    categories: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 10 })),
  },
  strict,
);
export type RiskReportCreate = Static<typeof RiskReportCreate>;

export const RiskReportDto = Type.Object({
  id: Uuid,
  associationId: Uuid,
  associationName: Type.String(),
  regulatorId: Uuid,
  regulatorName: Type.String(),
  title: Type.String(),
  periodFrom: DateOnly,
  periodTo: DateOnly,
  summary: Type.String(),
  recommendations: Type.String(),
  /** { analyses: SpotCheckAnalysisDto[], charts: SpcChartDto[], alerts: RiskAlertDto[] } */
  data: Type.Object({
    analyses: Type.Array(SpotCheckAnalysisDto),
    charts: Type.Array(SpcChartDto),
    alerts: Type.Array(RiskAlertDto),
  }),
  status: Enum(RISK_REPORT_STATUSES),
  feedback: Nullable(Type.String()),
  submittedAt: DateTime,
  acknowledgedAt: NullableDateTime,
  version: Type.Integer(),
  abilities: Type.Object({ acknowledge: Type.Boolean() }),
});
export type RiskReportDto = Static<typeof RiskReportDto>;

export const RiskReportListQuery = Type.Object(
  { ...PageQuery, status: Type.Optional(Enum(RISK_REPORT_STATUSES)) },
  strict,
);
export type RiskReportListQuery = Static<typeof RiskReportListQuery>;

export const RiskReportAcknowledge = Type.Object({ feedback: Reason, version: Type.Integer({ minimum: 1 }) }, strict);
export type RiskReportAcknowledge = Static<typeof RiskReportAcknowledge>;

// ---------------------------------------------------------------- public
export const PublicSpotCheckListQuery = Type.Object(
  { ...PageQuery, q: Type.Optional(Type.String({ maxLength: 100 })) },
  strict,
);
export type PublicSpotCheckListQuery = Static<typeof PublicSpotCheckListQuery>;

export const PublicSpotCheckNoticeDto = Type.Object({
  id: Uuid,
  ownerName: Type.String(),
  noticeNo: Type.String(),
  title: Type.String(),
  level: SpotCheckLevelSchema,
  publishedOn: DateOnly,
  productCategory: Type.String(),
  batchesInspected: Type.Integer(),
  batchesUnqualified: Type.Integer(),
  refusals: Type.Integer(),
  nonConformityRate: Type.Union([Type.Number(), Type.Null()]),
  /** Failing products of member enterprises in this notice. */
  memberFailures: Type.Integer(),
});
export type PublicSpotCheckNoticeDto = Static<typeof PublicSpotCheckNoticeDto>;

export const PublicFailingQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100 })),
    noticeId: Type.Optional(Uuid),
  },
  strict,
);
export type PublicFailingQuery = Static<typeof PublicFailingQuery>;

export const PublicFailingProductDto = Type.Object({
  id: Uuid,
  noticeNo: Type.String(),
  publishedOn: DateOnly,
  enterpriseName: Type.String(),
  creditCode: Nullable(Type.String()),
  associationNames: Type.Array(Type.String()),
  productName: Type.String(),
  trademark: Type.String(),
  modelSpec: Type.String(),
  batch: Type.String(),
  failingItems: Type.Array(Type.String()),
  inspectionBody: Type.String(),
  /** Re-inspection under way: the result may still change. */
  reinspection: Type.Union([ReinspectionStatusSchema, Type.Null()]),
});
export type PublicFailingProductDto = Static<typeof PublicFailingProductDto>;
