import { useQuery } from '@tanstack/react-query';
import { referenceApi, referenceKeys } from '../api/reference.api';

/** Administrative divisions (GB/T 2260); they change rarely, so they are loaded once per session. */
export function useDivisions() {
  return useQuery({
    queryKey: referenceKeys.divisions,
    queryFn: ({ signal }) => referenceApi.divisions(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Industry classification (GB/T 4754). */
export function useIndustries() {
  return useQuery({
    queryKey: referenceKeys.industries,
    queryFn: ({ signal }) => referenceApi.industries(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
