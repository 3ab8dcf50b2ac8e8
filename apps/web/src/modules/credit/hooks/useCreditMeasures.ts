import type { CreditMeasureCreate, CreditMeasureListQuery, CreditReasonBody } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { creditApi, creditKeys } from '../api/credit.api';

export function useCreditMeasures(query: CreditMeasureListQuery) {
  return useQuery({
    queryKey: creditKeys.measureList(query),
    queryFn: ({ signal }) => creditApi.measures(query, signal),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateMeasures() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: creditKeys.measures });
    void queryClient.invalidateQueries({ queryKey: creditKeys.archives });
  };
}

export function useApplyCreditMeasure() {
  const invalidate = useInvalidateMeasures();
  return useMutation({
    mutationFn: (body: CreditMeasureCreate) => creditApi.applyMeasure(body),
    onSuccess: invalidate,
  });
}

export function useEndCreditMeasure() {
  const invalidate = useInvalidateMeasures();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CreditReasonBody }) => creditApi.endMeasure(id, body),
    onSuccess: invalidate,
  });
}
