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
