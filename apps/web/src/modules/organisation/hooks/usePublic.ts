import type { OrganisationListQuery } from '@gongzhi/contracts';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { publicApi, publicKeys } from '../api/public.api';

export function usePublicStats() {
  return useQuery({ queryKey: publicKeys.stats, queryFn: ({ signal }) => publicApi.stats(signal), staleTime: 300_000 });
}

export function usePublicOrganisations(query: OrganisationListQuery, enabled = true) {
  return useQuery({
    queryKey: publicKeys.organisations(query),
    queryFn: ({ signal }) => publicApi.organisations(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePublicOrganisation(id: string) {
  return useQuery({
    queryKey: publicKeys.organisation(id),
    queryFn: ({ signal }) => publicApi.organisation(id, signal),
  });
}

/** Loads a public organisation on demand (e.g. when picked from a list), sharing the page's cache. */
export function useFetchPublicOrganisation() {
  const queryClient = useQueryClient();
  return (id: string) =>
    queryClient.fetchQuery({
      queryKey: publicKeys.organisation(id),
      queryFn: ({ signal }) => publicApi.organisation(id, signal),
      staleTime: 60_000,
    });
}
