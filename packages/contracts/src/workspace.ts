/**
 * The association's co-governance workspace (issue #7): the closed value lists shared by the server,
 * the web app and the database. Each area's request/response shapes live in its own `*.dto.ts`.
 */

// ---- Environment (§6) ----
/** §6.1 a)–e) external factors and §6.2 a)–d) internal enablers. */
export const EXTERNAL_FACTOR_CATEGORIES = [
  'policy_law_standard',
  'policy_effect',
  'supply_chain_feedback',
  'pain_point',
  'technology_market',
] as const;
export const INTERNAL_ENABLER_CATEGORIES = [
  'responsibilities',
  'membership_structure',
  'competence',
  'development_plan',
] as const;
export const ENVIRONMENT_CATEGORIES = [...EXTERNAL_FACTOR_CATEGORIES, ...INTERNAL_ENABLER_CATEGORIES] as const;
export type EnvironmentCategory = (typeof ENVIRONMENT_CATEGORIES)[number];
export const ENVIRONMENT_KINDS = ['external', 'internal'] as const;
export type EnvironmentKind = (typeof ENVIRONMENT_KINDS)[number];
export const IMPACT_DIRECTIONS = ['positive', 'negative', 'mixed'] as const;
export type ImpactDirection = (typeof IMPACT_DIRECTIONS)[number];
export const IMPACT_LEVELS = ['low', 'medium', 'high'] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

// ---- Plans, goals, KPIs, tasks, reviews (§7, §8.1.1) ----
/** 行业质量发展规划 (multi-year), 共治工作方案, 年度工作计划. */
export const PLAN_KINDS = ['development', 'co_governance', 'annual'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const KPI_SOURCES = ['manual', 'metric'] as const;
export type KpiSource = (typeof KPI_SOURCES)[number];
/** Whether the actual must reach the target from below (at least) or stay under it (at most). */
export const KPI_DIRECTIONS = ['at_least', 'at_most'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];
export const TASK_STATUSES = ['todo', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_RECURRENCES = ['none', 'monthly', 'quarterly', 'yearly'] as const;
export type TaskRecurrence = (typeof TASK_RECURRENCES)[number];
export const REVIEW_STATUSES = ['draft', 'closed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const COMPETENCE_EVALUATORS = ['internal', 'external_expert'] as const;
export type CompetenceEvaluator = (typeof COMPETENCE_EVALUATORS)[number];

// ---- Work team (§8.1.2) ----
export const TEAM_ROLES = ['lead', 'liaison', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
/** Appointment documents and the incentive scheme come from the association; guidance from the regulator. */
export const TEAM_DOCUMENT_KINDS = ['appointment', 'talent_incentive', 'guidance'] as const;
export type TeamDocumentKind = (typeof TEAM_DOCUMENT_KINDS)[number];

// ---- Rules and documents (§8.1.3.2, §8.1.3.3, §7.2 d) ----
export const RULE_DOCUMENT_KINDS = [
  'charter',
  'self_discipline_code',
  'ethics_code',
  'management_rule',
  'credit_information_rule',
  'work_standard',
  'other',
] as const;
export type RuleDocumentKind = (typeof RULE_DOCUMENT_KINDS)[number];
/** Kinds that count as self-discipline (R-DISC-1): the charter's clauses and the two codes. */
export const SELF_DISCIPLINE_KINDS: readonly RuleDocumentKind[] = ['charter', 'self_discipline_code', 'ethics_code'];
export const DOCUMENT_VISIBILITIES = ['public', 'members', 'internal'] as const;
export type DocumentVisibility = (typeof DOCUMENT_VISIBILITIES)[number];
export const DOCUMENT_VERSION_STATUSES = ['draft', 'in_consultation', 'published', 'superseded'] as const;
export type DocumentVersionStatus = (typeof DOCUMENT_VERSION_STATUSES)[number];
export const CONSULTATION_AUDIENCES = ['members', 'public'] as const;
export type ConsultationAudience = (typeof CONSULTATION_AUDIENCES)[number];
export const CONSULTATION_STATUSES = ['open', 'closed'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
export const COMMENT_ANSWERS = ['adopted', 'partly_adopted', 'not_adopted'] as const;
export type CommentAnswer = (typeof COMMENT_ANSWERS)[number];

// ---- Funds (Appendix A C5) ----
export const FUND_KINDS = ['self_raised', 'special'] as const;
export type FundKind = (typeof FUND_KINDS)[number];
/** What money is spent on; a special fund declares the purposes it may be spent on. */
export const FUND_PURPOSES = [
  'standards',
  'spot_check_testing',
  'credit_system',
  'consumer_rights',
  'training',
  'brand_building',
  'research',
  'publicity',
  'platform_operation',
  'administration',
] as const;
export type FundPurpose = (typeof FUND_PURPOSES)[number];

// ---- Resources (§8.3) ----
export const INFRASTRUCTURE_SCOPES = ['internal', 'external'] as const;
export type InfrastructureScope = (typeof INFRASTRUCTURE_SCOPES)[number];
export const INFRASTRUCTURE_KINDS = [
  'office',
  'testing_lab',
  'information_platform',
  'one_stop_service',
  'training_venue',
  'other',
] as const;
export type InfrastructureKind = (typeof INFRASTRUCTURE_KINDS)[number];
/** §8.3.2: the five human-resource pools. */
export const TALENT_POOLS = [
  'regulator_staff',
  'association_staff',
  'member_delegate',
  'external_expert',
  'partner_delegate',
] as const;
export type TalentPool = (typeof TALENT_POOLS)[number];
export const POLICY_KINDS = ['law', 'project_call', 'industrial_policy', 'trade_policy', 'standard'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];
