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
