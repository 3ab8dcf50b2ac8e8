import type { PublicCommitmentListQuery, PublicCreditListQuery, PublicMeasureListQuery } from '@gongzhi/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { creditPublicApi, creditPublicKeys, type PublicPageQuery } from './creditPublic.api';

/** Published information changes when an association publishes: a minute of staleness is fine. */
const STALE_MS = 60_000;

export function usePublicCreditList(query: PublicCreditListQuery) {
  return useQuery({
    queryKey: creditPublicKeys.list(query),
    queryFn: ({ signal }) => creditPublicApi.list(query, signal),
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  });
}

/** One enterprise's public credit page; `creditCode` null means the address cannot name one (no call). */
export function usePublicCreditPage(creditCode: string | null) {
  return useQuery({
    queryKey: creditPublicKeys.enterprise(creditCode ?? ''),
    queryFn: ({ signal }) => creditPublicApi.enterprise(creditCode ?? '', signal),
    enabled: creditCode !== null,
    staleTime: STALE_MS,
  });
}

export function usePublicCreditWarnings(query: PublicPageQuery) {
  return useQuery({
    queryKey: creditPublicKeys.warnings(query),
    queryFn: ({ signal }) => creditPublicApi.warnings(query, signal),
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  });
}

export function usePublicCreditMeasures(query: PublicMeasureListQuery) {
  return useQuery({
    queryKey: creditPublicKeys.measures(query),
    queryFn: ({ signal }) => creditPublicApi.measures(query, signal),
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  });
}

export function usePublicCommitments(query: PublicCommitmentListQuery) {
  return useQuery({
    queryKey: creditPublicKeys.commitments(query),
    queryFn: ({ signal }) => creditPublicApi.commitments(query, signal),
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  });
}
