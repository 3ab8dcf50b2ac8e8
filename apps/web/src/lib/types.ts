import type {
  AuditEventDto,
  ComplaintSummaryDto,
  ConsumerWarningDto,
  CreditCodeCheckDto,
  DivisionDto,
  IndustryDto,
  MembershipDto,
  OrganisationDto,
  PageOf,
  PublicOrganisationDto,
  PublicStatsDto,
  ReferralDto,
  UserDto,
  UserListQuery as UserListQueryDto,
} from '@gongzhi/contracts';

/** Short names for the contract types the web app uses. */
export type OrganisationPage = PageOf<OrganisationDto>;
export type PublicOrganisationPage = PageOf<PublicOrganisationDto>;
export type MembershipPage = PageOf<MembershipDto>;
export type UserPage = PageOf<UserDto>;
export type AuditEventPage = PageOf<AuditEventDto>;
export type ComplaintPage = PageOf<ComplaintSummaryDto>;
export type ReferralPage = PageOf<ReferralDto>;
export type ConsumerWarningPage = PageOf<ConsumerWarningDto>;
export type Division = DivisionDto;
export type Industry = IndustryDto;
export type CreditCodeCheck = CreditCodeCheckDto;
export type UserListQuery = UserListQueryDto;

/** The portal's headline figures, in display order. */
export const PUBLIC_STAT_KEYS = [
  'regulators',
  'industryOrganisations',
  'enterprises',
  'activeMemberships',
] as const satisfies readonly (keyof PublicStatsDto)[];
export type PublicStatKey = (typeof PUBLIC_STAT_KEYS)[number];
export type PublicStats = PublicStatsDto;
