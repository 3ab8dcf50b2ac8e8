import type { OrganisationListQuery } from '@gongzhi/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { organisationApi, organisationKeys } from '../api/organisation.api';

export function useOrganisations(query: OrganisationListQuery, enabled = true) {
  return useQuery({
    queryKey: organisationKeys.list(query),
    queryFn: ({ signal }) => organisationApi.list(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: organisationKeys.detail(id ?? ''),
    queryFn: ({ signal }) => organisationApi.get(id ?? '', signal),
    enabled: Boolean(id),
  });
}

export function useOrganisationMemberships(id: string | undefined) {
  return useQuery({
    queryKey: organisationKeys.memberships(id ?? ''),
    queryFn: ({ signal }) => organisationApi.memberships(id ?? '', signal),
    enabled: Boolean(id),
  });
}
