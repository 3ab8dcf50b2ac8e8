import type { OrganisationListQuery, PublicOrganisationDto } from '@gongzhi/contracts';
import { http } from '../../../lib/http';
import type { PublicOrganisationPage, PublicStats } from '../../../lib/types';

export const publicApi = {
  stats: (signal?: AbortSignal) => http.get<PublicStats>('/public/stats', undefined, signal),
  organisations: (query: OrganisationListQuery, signal?: AbortSignal) =>
    http.get<PublicOrganisationPage>('/public/organisations', { ...query }, signal),
  organisation: (id: string, signal?: AbortSignal) =>
    http.get<PublicOrganisationDto>(`/public/organisations/${id}`, undefined, signal),
};

export const publicKeys = {
  stats: ['public', 'stats'] as const,
  organisations: (query: OrganisationListQuery) => ['public', 'organisations', query] as const,
  organisation: (id: string) => ['public', 'organisation', id] as const,
};
