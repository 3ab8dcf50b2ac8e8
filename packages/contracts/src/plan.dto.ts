/**
 * The association's workspace, plan–do–check–act (issue #7; R-ENV-1/2, R-PDCA-1…4, R-GOAL-1):
 * environment registers, plans with goals, KPIs, tasks and reviews, competence evaluations.
 *
 * Percentages: a KPI whose unit is `percent` (every metric KPI of unit percent, and a manual KPI with
 * unit `percent`) stores and returns its target and actual as a SHARE from 0 to 1, like the
 * evaluation facts (0.9 = 90 %); the web shows and edits percentages.
 *
 * Routes (all under /api/v1/workspace; reads `workspace.read`, writes `workspace.manage`; a regulator
 * names an association of its region with `organisationId`, an association's people read their own):
 *   GET  /environment                  EnvironmentListQuery → EnvironmentFactorDto[]
 *   POST /environment                  EnvironmentFactorBody → 201 EnvironmentFactorDto
 *   PUT  /environment/:id              EnvironmentFactorUpdate → EnvironmentFactorDto (stale version → 409)
 *   POST /environment/:id/archive      VersionBody → EnvironmentFactorDto
 *   GET  /plan-options                 OrganisationQuery → PlanOptionsDto (people, posts, experts, plans, goals)
 *   GET  /plans                        PlanListQuery → PlanSummaryDto[]
 *   POST /plans                        PlanCreate → 201 PlanDetailDto
 *   GET  /plans/:id                    → PlanDetailDto (goals → KPIs, tasks, reviews, progress)
 *   PUT  /plans/:id                    PlanUpdate → PlanDetailDto
 *   POST /plans/:id/status             PlanStatusBody → PlanDetailDto (draft → active → closed)
 *   POST /plans/:id/goals              GoalBody → 201 GoalDto
 *   PUT  /goals/:id                    GoalUpdate → GoalDto
 *   POST /goals/:id/kpis               KpiBody → 201 KpiDto (a metric KPI is computed at once)
 *   PUT  /kpis/:id                     KpiUpdate → KpiDto
 *   POST /kpis/:id/actual              KpiActualBody → KpiDto (manual KPIs)
 *   POST /kpis/:id/compute             → KpiDto (metric KPIs: computed now from the platform's data)
 *   GET  /tasks                        TaskListQuery → Page<TaskDto>
 *   POST /plans/:id/tasks              TaskBody → 201 TaskDto
 *   PUT  /tasks/:id                    TaskUpdate → TaskDto
 *   POST /tasks/:id/status             TaskStatusBody → TaskDto (done on a recurring task opens the next one)
 *   POST /tasks/:id/evidence?fileName= raw file (≤ 20 MB, checked by content) → 201 TaskEvidenceDto
 *   POST /tasks/:id/links              TaskLinkBody → 201 TaskEvidenceDto
 *   GET  /tasks/:id/evidence/:evidenceId → the file
 *   POST /plans/:id/reviews            ReviewCreate → 201 ReviewDto (every KPI snapshotted)
 *   PUT  /reviews/:id                  ReviewUpdate → ReviewDto
 *   POST /reviews/:id/close            VersionBody → ReviewDto (a missed KPI opens an improvement action)
 *   GET  /competence                   OrganisationQuery → CompetenceDto[]
 *   POST /competence                   CompetenceCreate → 201 CompetenceDto
 */
import { type Static, Type } from 'typebox';
import { DateOnly, DateTime, Enum, OrNull, PageQuery, strict, Uuid } from './dto.js';
import type { EvaluationFactKey, EvaluationFactMetric } from './evaluation-facts.js';
import {
  COMPETENCE_EVALUATORS,
  ENVIRONMENT_CATEGORIES,
  ENVIRONMENT_KINDS,
  IMPACT_DIRECTIONS,
  IMPACT_LEVELS,
  KPI_DIRECTIONS,
  KPI_SOURCES,
  PLAN_KINDS,
  PLAN_STATUSES,
  REVIEW_STATUSES,
  TASK_RECURRENCES,
  TASK_STATUSES,
} from './workspace.js';

const NullableDate = Type.Union([DateOnly, Type.Null()]);
const NullableDateTime = Type.Union([DateTime, Type.Null()]);
const NullableUuid = Type.Union([Uuid, Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const NullableBoolean = Type.Union([Type.Boolean(), Type.Null()]);
const Title = Type.String({ minLength: 1, maxLength: 200 });
const Note = Type.String({ maxLength: 5000 });
const Version = Type.Integer({ minimum: 1 });

// ---------------------------------------------------------------- the platform metric catalogue

/**
 * The platform metrics a KPI may be computed from: each is a metric of the evaluation facts, computed
 * by the fact whose registered computation provides it, for the association and the KPI's period.
 */
export const PLAN_METRICS = {
  'complaints.on_time_rate': { fact: 'complaints.handling', unit: 'percent' },
  'complaints.settled_rate': { fact: 'complaints.handling', unit: 'percent' },
  'complaints.received': { fact: 'complaints.handling', unit: 'count' },
  'commitments.rate': { fact: 'members.commitments', unit: 'percent' },
  'commitments.signed': { fact: 'members.commitments', unit: 'count' },
  'members.active': { fact: 'members.commitments', unit: 'count' },
  'members.cqo_rate': { fact: 'members.cqo', unit: 'percent' },
  'credit.coverage': { fact: 'credit.archive', unit: 'percent' },
  'credit.freshness': { fact: 'credit.archive', unit: 'percent' },
  'satisfaction.satisfied_rate': { fact: 'satisfaction.trend', unit: 'percent' },
  'satisfaction.average': { fact: 'satisfaction.trend', unit: 'score' },
  'spotcheck.member_pass_rate': { fact: 'spotcheck.research', unit: 'percent' },
  'warnings.published': { fact: 'publicity.warnings', unit: 'count' },
} as const satisfies Partial<
  Record<EvaluationFactMetric, { fact: EvaluationFactKey; unit: 'count' | 'percent' | 'score' }>
>;
export type PlanMetricKey = keyof typeof PLAN_METRICS;
export const PLAN_METRIC_KEYS = Object.keys(PLAN_METRICS) as PlanMetricKey[];
export function isPlanMetricKey(key: string): key is PlanMetricKey {
  return Object.hasOwn(PLAN_METRICS, key);
}
/** How long before its due date a task reminds its owner (days). */
export const TASK_DUE_SOON_DAYS = 3;
export const TASK_EVIDENCE_BYTES_MAX = 20 * 1024 * 1024;

// ---------------------------------------------------------------- shared

export const OrganisationQuery = Type.Object({ organisationId: Type.Optional(Uuid) }, strict);
export type OrganisationQuery = Static<typeof OrganisationQuery>;

// ---------------------------------------------------------------- environment (§6)

export const EnvironmentListQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    kind: Type.Optional(Enum(ENVIRONMENT_KINDS)),
    category: Type.Optional(Enum(ENVIRONMENT_CATEGORIES)),
    archived: Type.Optional(Type.Boolean()),
  },
  strict,
);
export type EnvironmentListQuery = Static<typeof EnvironmentListQuery>;

const EnvironmentFields = {
  kind: Enum(ENVIRONMENT_KINDS),
  /** external: EXTERNAL_FACTOR_CATEGORIES; internal: INTERNAL_ENABLER_CATEGORIES */
  category: Enum(ENVIRONMENT_CATEGORIES),
  title: Title,
  description: Type.Optional(Note),
  source: Type.Optional(Type.String({ maxLength: 500 })),
  observedOn: DateOnly,
  impactDirection: Enum(IMPACT_DIRECTIONS),
  impactLevel: Enum(IMPACT_LEVELS),
  impactNote: Type.Optional(Note),
  reviewOn: Type.Optional(OrNull(DateOnly)),
  /** plans and goals of the same organisation */
  linkedPlanIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })),
  linkedGoalIds: Type.Optional(Type.Array(Uuid, { maxItems: 100 })),
};
export const EnvironmentFactorBody = Type.Object(EnvironmentFields, strict);
export type EnvironmentFactorBody = Static<typeof EnvironmentFactorBody>;
export const EnvironmentFactorUpdate = Type.Object({ ...EnvironmentFields, version: Version }, strict);
export type EnvironmentFactorUpdate = Static<typeof EnvironmentFactorUpdate>;

export const PlanRefDto = Type.Object({ id: Uuid, title: Type.String(), kind: Enum(PLAN_KINDS) });
export type PlanRefDto = Static<typeof PlanRefDto>;
export const GoalRefDto = Type.Object({
  id: Uuid,
  title: Type.String(),
  planId: Uuid,
  planTitle: Type.String(),
  planKind: Enum(PLAN_KINDS),
});
export type GoalRefDto = Static<typeof GoalRefDto>;

export const EnvironmentFactorDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  kind: Enum(ENVIRONMENT_KINDS),
  category: Enum(ENVIRONMENT_CATEGORIES),
  title: Type.String(),
  description: Type.String(),
  source: Type.String(),
  observedOn: DateOnly,
  impactDirection: Enum(IMPACT_DIRECTIONS),
  impactLevel: Enum(IMPACT_LEVELS),
  impactNote: Type.String(),
  reviewOn: NullableDate,
  /** the review date has come (today or earlier) and the factor is not archived */
  reviewDue: Type.Boolean(),
  linkedPlans: Type.Array(PlanRefDto),
  linkedGoals: Type.Array(GoalRefDto),
  archived: Type.Boolean(),
  version: Type.Integer(),
  updatedAt: DateTime,
});
export type EnvironmentFactorDto = Static<typeof EnvironmentFactorDto>;

// ---------------------------------------------------------------- options

export const PersonOptionDto = Type.Object({ id: Uuid, name: Type.String() });
export const PostOptionDto = Type.Object({
  id: Uuid,
  name: Type.String(),
  holderUserId: NullableUuid,
  holderName: NullableString,
});
export const PlanOptionsDto = Type.Object({
  organisationId: Uuid,
  organisationName: Type.String(),
  /** may the caller change this organisation's plans */
  canManage: Type.Boolean(),
  people: Type.Array(PersonOptionDto),
  posts: Type.Array(PostOptionDto),
  experts: Type.Array(PersonOptionDto),
  plans: Type.Array(PlanRefDto),
  /** goals of development and co-governance plans (what a goal may be consistent with) */
  parentGoals: Type.Array(GoalRefDto),
});
export type PlanOptionsDto = Static<typeof PlanOptionsDto>;

// ---------------------------------------------------------------- plans

export const PlanListQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    kind: Type.Optional(Enum(PLAN_KINDS)),
    status: Type.Optional(Enum(PLAN_STATUSES)),
  },
  strict,
);
export type PlanListQuery = Static<typeof PlanListQuery>;

const PlanFields = {
  title: Title,
  summary: Type.Optional(Note),
  periodStart: DateOnly,
  periodEnd: DateOnly,
  /** annual → co-governance or development; co-governance → development; development → none */
  parentPlanId: Type.Optional(OrNull(Uuid)),
};
export const PlanCreate = Type.Object({ kind: Enum(PLAN_KINDS), ...PlanFields }, strict);
export type PlanCreate = Static<typeof PlanCreate>;
export const PlanUpdate = Type.Object({ ...PlanFields, version: Version }, strict);
export type PlanUpdate = Static<typeof PlanUpdate>;
export const PlanStatusBody = Type.Object({ status: Enum(PLAN_STATUSES), version: Version }, strict);
export type PlanStatusBody = Static<typeof PlanStatusBody>;

export const PlanProgressDto = Type.Object({
  tasksTotal: Type.Integer(),
  tasksDone: Type.Integer(),
  tasksOverdue: Type.Integer(),
  kpisTotal: Type.Integer(),
  kpisMet: Type.Integer(),
});
export type PlanProgressDto = Static<typeof PlanProgressDto>;

export const PlanSummaryDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  kind: Enum(PLAN_KINDS),
  title: Type.String(),
  summary: Type.String(),
  periodStart: DateOnly,
  periodEnd: DateOnly,
  parentPlanId: NullableUuid,
  parentPlanTitle: NullableString,
  status: Enum(PLAN_STATUSES),
  progress: PlanProgressDto,
  version: Type.Integer(),
  updatedAt: DateTime,
});
export type PlanSummaryDto = Static<typeof PlanSummaryDto>;

export const KpiDto = Type.Object({
  id: Uuid,
  planId: Uuid,
  goalId: Uuid,
  name: Type.String(),
  source: Enum(KPI_SOURCES),
  metricKey: NullableString,
  /** 'percent' → target and actual are shares 0–1 */
  unit: Type.String(),
  direction: Enum(KPI_DIRECTIONS),
  target: Type.Number(),
  periodStart: DateOnly,
  periodEnd: DateOnly,
  actual: NullableNumber,
  actualNote: Type.String(),
  /** when the actual was entered or computed */
  actualAt: NullableDateTime,
  /** null while there is no actual */
  met: NullableBoolean,
  version: Type.Integer(),
});
export type KpiDto = Static<typeof KpiDto>;

export const GoalDto = Type.Object({
  id: Uuid,
  planId: Uuid,
  title: Type.String(),
  description: Type.String(),
  basis: Type.String(),
  parentGoalId: NullableUuid,
  /** R-GOAL-1: the goal of the development (or co-governance) plan this one is consistent with */
  parentGoal: Type.Union([GoalRefDto, Type.Null()]),
  position: Type.Integer(),
  kpis: Type.Array(KpiDto),
  version: Type.Integer(),
});
export type GoalDto = Static<typeof GoalDto>;

const GoalFields = {
  title: Title,
  description: Type.Optional(Note),
  /** the strategy, standard or best practice the goal follows */
  basis: Type.Optional(Type.String({ maxLength: 1000 })),
  parentGoalId: Type.Optional(OrNull(Uuid)),
};
export const GoalBody = Type.Object(GoalFields, strict);
export type GoalBody = Static<typeof GoalBody>;
export const GoalUpdate = Type.Object({ ...GoalFields, version: Version }, strict);
export type GoalUpdate = Static<typeof GoalUpdate>;

const KpiFields = {
  name: Title,
  source: Enum(KPI_SOURCES),
  /** a key of PLAN_METRICS when the source is `metric` */
  metricKey: Type.Optional(OrNull(Type.String({ maxLength: 80 }))),
  /** free text for a manual KPI ('percent' → shares 0–1); a metric KPI takes its metric's unit */
  unit: Type.Optional(Type.String({ maxLength: 20 })),
  direction: Type.Optional(Enum(KPI_DIRECTIONS)),
  target: Type.Number({ minimum: -1e9, maximum: 1e9 }),
  periodStart: DateOnly,
  periodEnd: DateOnly,
};
export const KpiBody = Type.Object(KpiFields, strict);
export type KpiBody = Static<typeof KpiBody>;
export const KpiUpdate = Type.Object({ ...KpiFields, version: Version }, strict);
export type KpiUpdate = Static<typeof KpiUpdate>;
export const KpiActualBody = Type.Object(
  { actual: OrNull(Type.Number({ minimum: -1e9, maximum: 1e9 })), actualNote: Type.Optional(Note), version: Version },
  strict,
);
export type KpiActualBody = Static<typeof KpiActualBody>;

// ---------------------------------------------------------------- tasks

export const TaskEvidenceDto = Type.Object({
  id: Uuid,
  kind: Type.Union([Type.Literal('file'), Type.Literal('link')]),
  label: Type.String(),
  url: NullableString,
  fileName: NullableString,
  mimeType: NullableString,
  size: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: DateTime,
});
export type TaskEvidenceDto = Static<typeof TaskEvidenceDto>;

export const TaskDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  planId: Uuid,
  planTitle: Type.String(),
  goalId: NullableUuid,
  title: Type.String(),
  description: Type.String(),
  ownerUserId: NullableUuid,
  ownerUserName: NullableString,
  ownerPostId: NullableUuid,
  ownerPostName: NullableString,
  /** who holds the owning post now */
  ownerPostHolderName: NullableString,
  dueDate: DateOnly,
  status: Enum(TASK_STATUSES),
  recurrence: Enum(TASK_RECURRENCES),
  previousTaskId: NullableUuid,
  completedAt: NullableDateTime,
  completionNote: Type.String(),
  /** not done or cancelled and due before today (Asia/Shanghai) */
  overdue: Type.Boolean(),
  evidence: Type.Array(TaskEvidenceDto),
  version: Type.Integer(),
});
export type TaskDto = Static<typeof TaskDto>;

export const TaskListQuery = Type.Object(
  {
    ...PageQuery,
    organisationId: Type.Optional(Uuid),
    planId: Type.Optional(Uuid),
    /** tasks I own, or owned by a post I hold */
    mine: Type.Optional(Type.Boolean()),
    status: Type.Optional(Enum(TASK_STATUSES)),
    overdue: Type.Optional(Type.Boolean()),
  },
  strict,
);
export type TaskListQuery = Static<typeof TaskListQuery>;

const TaskFields = {
  goalId: Type.Optional(OrNull(Uuid)),
  title: Title,
  description: Type.Optional(Note),
  /** exactly one of ownerUserId (a person of the organisation) and ownerPostId (a post of its team) */
  ownerUserId: Type.Optional(OrNull(Uuid)),
  ownerPostId: Type.Optional(OrNull(Uuid)),
  dueDate: DateOnly,
  recurrence: Type.Optional(Enum(TASK_RECURRENCES)),
};
export const TaskBody = Type.Object(TaskFields, strict);
export type TaskBody = Static<typeof TaskBody>;
export const TaskUpdate = Type.Object({ ...TaskFields, version: Version }, strict);
export type TaskUpdate = Static<typeof TaskUpdate>;
export const TaskStatusBody = Type.Object(
  { status: Enum(TASK_STATUSES), completionNote: Type.Optional(Note), version: Version },
  strict,
);
export type TaskStatusBody = Static<typeof TaskStatusBody>;
export const TaskLinkBody = Type.Object({ label: Title, url: Type.String({ minLength: 1, maxLength: 2000 }) }, strict);
export type TaskLinkBody = Static<typeof TaskLinkBody>;
export const TaskEvidenceQuery = Type.Object({ fileName: Type.String({ minLength: 1, maxLength: 200 }) }, strict);
export type TaskEvidenceQuery = Static<typeof TaskEvidenceQuery>;
export const TaskEvidenceParams = Type.Object({ id: Uuid, evidenceId: Uuid }, strict);

// ---------------------------------------------------------------- reviews

export const ReviewKpiResultDto = Type.Object({
  kpiId: Uuid,
  name: Type.String(),
  unit: Type.String(),
  direction: Enum(KPI_DIRECTIONS),
  target: Type.Number(),
  actual: NullableNumber,
  met: NullableBoolean,
});
export type ReviewKpiResultDto = Static<typeof ReviewKpiResultDto>;

export const ReviewActionDto = Type.Object({
  id: Uuid,
  kpiId: NullableUuid,
  title: Type.String(),
  status: Type.String(),
});

export const ReviewDto = Type.Object({
  id: Uuid,
  planId: Uuid,
  title: Type.String(),
  heldOn: DateOnly,
  summary: Type.String(),
  status: Enum(REVIEW_STATUSES),
  results: Type.Array(ReviewKpiResultDto),
  /** improvement actions opened when the review was closed (evaluation's actions) */
  actions: Type.Array(ReviewActionDto),
  closedAt: NullableDateTime,
  version: Type.Integer(),
});
export type ReviewDto = Static<typeof ReviewDto>;

export const ReviewCreate = Type.Object({ title: Title, heldOn: DateOnly, summary: Type.Optional(Note) }, strict);
export type ReviewCreate = Static<typeof ReviewCreate>;
export const ReviewUpdate = Type.Object({ summary: Note, version: Version }, strict);
export type ReviewUpdate = Static<typeof ReviewUpdate>;

export const PlanDetailDto = Type.Object({
  ...PlanSummaryDto.properties,
  goals: Type.Array(GoalDto),
  tasks: Type.Array(TaskDto),
  reviews: Type.Array(ReviewDto),
  /** plans that implement this one */
  children: Type.Array(PlanRefDto),
});
export type PlanDetailDto = Static<typeof PlanDetailDto>;

// ---------------------------------------------------------------- competence

export const CompetenceDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  title: Type.String(),
  heldOn: DateOnly,
  evaluator: Enum(COMPETENCE_EVALUATORS),
  expertUserId: NullableUuid,
  expertName: NullableString,
  rating: Type.Integer(),
  findings: Type.String(),
  recommendations: Type.String(),
  createdAt: DateTime,
});
export type CompetenceDto = Static<typeof CompetenceDto>;

export const CompetenceCreate = Type.Object(
  {
    title: Title,
    heldOn: DateOnly,
    evaluator: Enum(COMPETENCE_EVALUATORS),
    /** external_expert: an expert's account (role expert) or a name */
    expertUserId: Type.Optional(OrNull(Uuid)),
    expertName: Type.Optional(OrNull(Type.String({ maxLength: 100 }))),
    rating: Type.Integer({ minimum: 1, maximum: 5 }),
    findings: Type.Optional(Note),
    recommendations: Type.Optional(Note),
  },
  strict,
);
export type CompetenceCreate = Static<typeof CompetenceCreate>;
