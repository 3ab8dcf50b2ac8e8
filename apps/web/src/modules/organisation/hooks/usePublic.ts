import type { OrganisationListQuery } from '@gongzhi/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { publicApi, publicKeys } from '../api/public.api';

export function usePublicStats() {
  return useQuery({ queryKey: publicKeys.stats, queryFn: ({ signal }) => publicApi.stats(signal), staleTime: 300_000 });
}

export function usePublicOrganisations(query: OrganisationListQuery) {
  return useQuery({
    queryKey: publicKeys.organisations(query),
    queryFn: ({ signal }) => publicApi.organisations(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePublicOrganisation(id: string) {
  return useQuery({
    queryKey: publicKeys.organisation(id),
    queryFn: ({ signal }) => publicApi.organisation(id, signal),
  });
}
