/** Closed value lists. Each list is the single source: the type and the schema derive from it. */
export const ORGANISATION_KINDS = [
  'regulator',
  'industry_organisation',
  'enterprise',
  'testing_body',
  'certification_body',
  'research',
  'media',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_STATUSES = ['active', 'disabled'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

/** 会长 / 副会长 / 理事 / 会员单位 */
export const MEMBERSHIP_LEVELS = ['president', 'vice_president', 'director', 'member'] as const;
export type MembershipLevel = (typeof MEMBERSHIP_LEVELS)[number];

export const MEMBERSHIP_STATUSES = ['active', 'suspended', 'withdrawn'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const ROLES = [
  'regulator_admin',
  'regulator_staff',
  'association_admin',
  'association_staff',
  'association_liaison',
  'enterprise_admin',
  'chief_quality_officer',
  'expert',
  'consumer',
] as const;
export type Role = (typeof ROLES)[number];

/** Which kind of organisation a role is held in (null: held by a person without one). */
export const ROLE_ORGANISATION_KIND = {
  regulator_admin: 'regulator',
  regulator_staff: 'regulator',
  association_admin: 'industry_organisation',
  association_staff: 'industry_organisation',
  association_liaison: 'industry_organisation',
  enterprise_admin: 'enterprise',
  chief_quality_officer: 'enterprise',
  expert: null,
  consumer: null,
} as const satisfies Record<Role, OrganisationKind | null>;

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

// ---------------------------------------------------------------- consumer complaints
export const COMPLAINT_KINDS = ['complaint', 'consultation'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

/** 质量 / 售后服务 / 合同 / 价格 / 安全 / 虚假宣传 / 其他 */
export const COMPLAINT_CATEGORIES = [
  'quality',
  'after_sales',
  'contract',
  'price',
  'safety',
  'advertising',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_STATUSES = [
  'received',
  'accepted',
  'with_enterprise',
  'enterprise_responded',
  'mediating',
  'paused',
  'closed',
  'refused',
  'transferred',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_OUTCOMES = ['settled', 'terminated', 'answered', 'refused', 'transferred'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** Grounds to refuse a complaint (SAMR Order 20 Art. 15; Order 121 adds false materials and refused identity checks). */
export const REFUSAL_GROUNDS = [
  'outside_authority',
  'already_handled',
  'not_consumer_dispute',
  'time_barred',
  'materials_missing',
  'false_materials',
  'identity_refused',
  'other',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/** Grounds to end mediation without agreement (SAMR Order 20 Art. 26). */
export const TERMINATION_GROUNDS = [
  'withdrawn_or_settled',
  'no_testing_agreement',
  'no_show_or_refusal',
  'agreement_impossible',
  'time_limit_reached',
  'refusal_ground_found',
  'other',
] as const;
export type TerminationGround = (typeof TERMINATION_GROUNDS)[number];

export const COMPLAINT_ACTIONS = [
  'accept',
  'refuse',
  'answer',
  'forward',
  'enterprise_respond',
  'start_mediation',
  'pause',
  'resume',
  'record_agreement',
  'terminate',
  'transfer',
  'comment',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** Who takes a step on a case. */
export const COMPLAINT_SIDES = ['consumer', 'association', 'enterprise', 'regulator', 'system'] as const;
export type ComplaintSide = (typeof COMPLAINT_SIDES)[number];

export const DUE_KINDS = ['acceptance', 'response', 'mediation'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

export const DUE_STATES = ['overdue', 'due_soon', 'on_track'] as const;
export type DueState = (typeof DUE_STATES)[number];

export const REFERRAL_KINDS = ['outside_power', 'suspected_violation'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export const REFERRAL_STATUSES = ['sent', 'answered'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const WARNING_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];

export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export const COMPLAINT_STATS_GROUPS = ['month', 'member', 'category'] as const;
export type ComplaintStatsGroup = (typeof COMPLAINT_STATS_GROUPS)[number];

// ---------------------------------------------------------------- quality credit (issue #3)
/** Sources of credit information (DB4406/T 15—2022 §8.3.3). */
export const CREDIT_RECORD_TYPES = [
  'spot_check',
  'administrative_penalty',
  'certification',
  'test_report',
  'honour',
  'standard_work',
  'training',
  'commitment_kept',
  'commitment_broken',
  'justified_complaint',
  'self_reported',
] as const;
export type CreditRecordType = (typeof CREDIT_RECORD_TYPES)[number];

/** 轻微 / 一般 / 严重. For a passed spot check or a positive record, 'minor'. */
export const CREDIT_SEVERITIES = ['minor', 'general', 'serious'] as const;
export type CreditSeverity = (typeof CREDIT_SEVERITIES)[number];

export const CREDIT_POLARITIES = ['positive', 'negative', 'neutral'] as const;
export type CreditPolarity = (typeof CREDIT_POLARITIES)[number];

/**
 * draft → confirmed → published; objected while an objection is open; corrected (superseded by a
 * new record), revoked, repaired. Nothing is deleted.
 */
export const CREDIT_RECORD_STATUSES = [
  'draft',
  'confirmed',
  'published',
  'objected',
  'corrected',
  'revoked',
  'repaired',
] as const;
export type CreditRecordStatus = (typeof CREDIT_RECORD_STATUSES)[number];

export const CREDIT_RECORD_ACTIONS = ['confirm', 'publish', 'unpublish', 'revoke'] as const;
export type CreditRecordAction = (typeof CREDIT_RECORD_ACTIONS)[number];

export const CREDIT_MODEL_STATUSES = ['draft', 'active', 'retired'] as const;
export type CreditModelStatus = (typeof CREDIT_MODEL_STATUSES)[number];

/** official: may be published; preview: a model version tried on the population; correction: one enterprise re-evaluated after an objection or repair, published at once. */
export const CREDIT_RUN_KINDS = ['official', 'preview', 'correction'] as const;
export type CreditRunKind = (typeof CREDIT_RUN_KINDS)[number];

export const CREDIT_RUN_STATUSES = ['completed', 'failed', 'published', 'superseded'] as const;
export type CreditRunStatus = (typeof CREDIT_RUN_STATUSES)[number];

export const CREDIT_OBJECTION_STATUSES = ['open', 'upheld', 'rejected'] as const;
export type CreditObjectionStatus = (typeof CREDIT_OBJECTION_STATUSES)[number];

/** Upheld objection: the record is revoked, or corrected (superseded by a corrected copy). */
export const CREDIT_OBJECTION_REMEDIES = ['revoke', 'correct'] as const;
export type CreditObjectionRemedy = (typeof CREDIT_OBJECTION_REMEDIES)[number];

export const CREDIT_REPAIR_STATUSES = ['open', 'approved', 'rejected'] as const;
export type CreditRepairStatus = (typeof CREDIT_REPAIR_STATUSES)[number];

/** The documents a repair needs: 修复申请书, 信用承诺书, 整改证明. */
export const CREDIT_REPAIR_DOCUMENTS = ['application', 'pledge', 'proof'] as const;
export type CreditRepairDocument = (typeof CREDIT_REPAIR_DOCUMENTS)[number];

/** Early-warning rules (R-CREDIT-3). */
export const CREDIT_WARNING_RULES = [
  'grade_fell',
  'serious_negative',
  'complaints',
  'spot_check_failed',
  /** A control-chart signal on the member's series (issue #6), where RISK_CREDIT_WARNINGS is on. */
  'risk_signal',
] as const;
export type CreditWarningRule = (typeof CREDIT_WARNING_RULES)[number];

export const CREDIT_WARNING_LEVELS = ['yellow', 'orange', 'red'] as const;
export type CreditWarningLevel = (typeof CREDIT_WARNING_LEVELS)[number];

export const CREDIT_WARNING_STATUSES = ['issued', 'published', 'lifted'] as const;
export type CreditWarningStatus = (typeof CREDIT_WARNING_STATUSES)[number];

/** Incentives (red list) and constraints (black list) tied to grades (R-CREDIT-4). */
export const CREDIT_MEASURE_KINDS = [
  'award_recommendation',
  'project_priority',
  'fewer_inspections',
  'public_commendation',
  'honour_restriction',
  'more_frequent_checks',
  'project_exclusion',
  'public_notice',
] as const;
export type CreditMeasureKind = (typeof CREDIT_MEASURE_KINDS)[number];
export const CREDIT_INCENTIVES: readonly CreditMeasureKind[] = [
  'award_recommendation',
  'project_priority',
  'fewer_inspections',
  'public_commendation',
];

export const CREDIT_MEASURE_LISTS = ['red', 'black'] as const;
export type CreditMeasureList = (typeof CREDIT_MEASURE_LISTS)[number];

export const CREDIT_MEASURE_STATUSES = ['active', 'ended'] as const;
export type CreditMeasureStatus = (typeof CREDIT_MEASURE_STATUSES)[number];

/** 质量安全承诺, 放心消费承诺, 线下无理由退货承诺 (§8.2.2.1 c). */
export const COMMITMENT_KINDS = ['quality_safety', 'assured_consumption', 'offline_no_reason_return'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export const COMMITMENT_STATUSES = ['active', 'withdrawn', 'broken', 'expired'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

// ---------------------------------------------------------------- spot checks and risk (issue #6)
/** 国抽 / 省抽 / 市抽 / 区抽: who ordered the product-quality supervision spot check. */
export const SPOT_CHECK_LEVELS = ['national', 'provincial', 'municipal', 'district'] as const;
export type SpotCheckLevel = (typeof SPOT_CHECK_LEVELS)[number];

/** 合格 / 不合格. A refusal to be sampled is counted on the notice, not as a row. */
export const SPOT_CHECK_RESULTS = ['qualified', 'unqualified'] as const;
export type SpotCheckResult = (typeof SPOT_CHECK_RESULTS)[number];

/** How a result row found its enterprise: credit code, exact registered name, by hand, or not yet. */
export const SPOT_CHECK_MATCHES = ['credit_code', 'name', 'manual', 'unmatched'] as const;
export type SpotCheckMatch = (typeof SPOT_CHECK_MATCHES)[number];

/**
 * The columns of a published result table the platform understands. `enterpriseName`,
 * `productName` and `result` are required; the rest are read when mapped.
 */
export const SPOT_CHECK_FIELDS = [
  'serialNumber',
  'enterpriseName',
  'creditCode',
  'district',
  'productName',
  'trademark',
  'modelSpec',
  'batch',
  'productionDate',
  'checkCategory',
  'inspectionBody',
  'result',
  'failingItems',
] as const;
export type SpotCheckField = (typeof SPOT_CHECK_FIELDS)[number];
export const SPOT_CHECK_REQUIRED_FIELDS: readonly SpotCheckField[] = ['enterpriseName', 'productName', 'result'];

export const SPOT_CHECK_IMPORT_STATUSES = ['draft', 'committed'] as const;
export type SpotCheckImportStatus = (typeof SPOT_CHECK_IMPORT_STATUSES)[number];

/** 复检: requested by the producer within 15 days of receiving the result; decided by the regulator. */
export const REINSPECTION_STATUSES = ['requested', 'qualified', 'unqualified'] as const;
export type ReinspectionStatus = (typeof REINSPECTION_STATUSES)[number];

/** Statistical process control series: p-chart of non-conformity per product category, u-chart of justified complaints per member. */
export const RISK_SERIES_KINDS = ['category_nonconformity', 'member_complaints'] as const;
export type RiskSeriesKind = (typeof RISK_SERIES_KINDS)[number];

/** The documented subset of the Western Electric run rules (docs/spot-checks.md). */
export const SPC_RULES = ['beyond_limit', 'two_of_three_beyond_2sigma', 'eight_on_one_side', 'six_trending'] as const;
export type SpcRule = (typeof SPC_RULES)[number];

export const RISK_ALERT_LEVELS = ['yellow', 'orange', 'red'] as const;
export type RiskAlertLevel = (typeof RISK_ALERT_LEVELS)[number];

export const RISK_ALERT_STATUSES = ['open', 'acknowledged'] as const;
export type RiskAlertStatus = (typeof RISK_ALERT_STATUSES)[number];

export const RISK_REPORT_STATUSES = ['submitted', 'acknowledged'] as const;
export type RiskReportStatus = (typeof RISK_REPORT_STATUSES)[number];

/** What a testing or certification body pushes through the data-provider API. */
export const QUALITY_DOCUMENT_KINDS = ['test_report', 'certificate'] as const;
export type QualityDocumentKind = (typeof QUALITY_DOCUMENT_KINDS)[number];

// ---------------------------------------------------------------- evaluation (Appendix A, issue #5)
/** Who assesses: the organisation itself (§8.1.3.4), its regulator, or a third party the regulator appoints. */
export const ASSESSMENT_KINDS = ['self', 'regulator', 'third_party'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** draft → submitted → (changes_requested → submitted …) → reviewed → final (locked). */
export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'changes_requested', 'reviewed', 'final'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** open → implemented (measure carried out) → closed (effect verified); an ineffective verification reopens it. */
export const IMPROVEMENT_ACTION_STATUSES = ['open', 'implemented', 'closed'] as const;
export type ImprovementActionStatus = (typeof IMPROVEMENT_ACTION_STATUSES)[number];

/** Records an evidence link may point at (the web turns each into a console path). */
export const EVIDENCE_RECORD_TYPES = [
  'complaint',
  'credit_record',
  'credit_measure',
  'spot_check_notice',
  'risk_report',
  'risk_alert',
  'consumer_warning',
  'organisation',
  'improvement_action',
  'assessment',
  'work_plan',
  'plan_task',
  'rule_document',
  'consultation',
  'liaison_thread',
  'member_notice',
  'team_document',
  'fund_source',
  'url',
] as const;
export type EvidenceRecordType = (typeof EVIDENCE_RECORD_TYPES)[number];
