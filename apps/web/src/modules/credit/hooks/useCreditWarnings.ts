import type { CreditWarningActionBody, CreditWarningListQuery } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { creditApi, creditKeys } from '../api/credit.api';

export function useCreditWarnings(query: CreditWarningListQuery) {
  return useQuery({
    queryKey: creditKeys.warningList(query),
    queryFn: ({ signal }) => creditApi.warnings(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** publish / lift a warning. */
export function useCreditWarningAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CreditWarningActionBody }) => creditApi.actOnWarning(id, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: creditKeys.warnings });
      void queryClient.invalidateQueries({ queryKey: creditKeys.archives });
      void queryClient.invalidateQueries({ queryKey: creditKeys.stats });
    },
  });
}
