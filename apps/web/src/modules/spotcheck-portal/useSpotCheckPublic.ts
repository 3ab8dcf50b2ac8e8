import type { PublicFailingQuery, PublicSpotCheckListQuery } from '@gongzhi/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { spotCheckPublicApi, spotCheckPublicKeys } from './spotCheckPublic.api';

/** Published notices change when the regulator imports one: a minute of staleness is fine. */
const STALE_MS = 60_000;

export function usePublicSpotChecks(query: PublicSpotCheckListQuery) {
  return useQuery({
    queryKey: spotCheckPublicKeys.notices(query),
    queryFn: ({ signal }) => spotCheckPublicApi.notices(query, signal),
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  });
}

export function usePublicFailingProducts(query: PublicFailingQuery) {
  return useQuery({
    queryKey: spotCheckPublicKeys.failing(query),
    queryFn: ({ signal }) => spotCheckPublicApi.failing(query, signal),
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  });
}
