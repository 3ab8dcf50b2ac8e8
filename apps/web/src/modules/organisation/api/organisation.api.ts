import type {
  MembershipDto,
  OrganisationCreate,
  OrganisationDto,
  OrganisationListQuery,
  OrganisationUpdate,
} from '@gongzhi/contracts';
import { http } from '../../../lib/http';
import type { CreditCodeCheck, OrganisationPage } from '../../../lib/types';

export const organisationApi = {
  list: (query: OrganisationListQuery, signal?: AbortSignal) =>
    http.get<OrganisationPage>('/organisations', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => http.get<OrganisationDto>(`/organisations/${id}`, undefined, signal),
  create: (body: OrganisationCreate) => http.post<OrganisationDto>('/organisations', body),
  update: (id: string, body: OrganisationUpdate) => http.patch<OrganisationDto>(`/organisations/${id}`, body),
  memberships: (id: string, signal?: AbortSignal) =>
    http.get<MembershipDto[]>(`/organisations/${id}/memberships`, undefined, signal),
  checkCreditCode: (code: string, signal?: AbortSignal) =>
    http.get<CreditCodeCheck>('/organisations/check-credit-code', { code }, signal),
};

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (query: OrganisationListQuery) => ['organisations', 'list', query] as const,
  detail: (id: string) => ['organisations', 'detail', id] as const,
  memberships: (id: string) => ['organisations', 'memberships', id] as const,
};
