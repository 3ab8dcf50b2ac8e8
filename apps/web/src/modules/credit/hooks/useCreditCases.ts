import type { CreditCaseListQuery, CreditObjectionDecision, CreditRepairDecision } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { creditApi, creditKeys } from '../api/credit.api';

export function useCreditObjections(query: CreditCaseListQuery) {
  return useQuery({
    queryKey: creditKeys.objectionList(query),
    queryFn: ({ signal }) => creditApi.objections(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCreditRepairs(query: CreditCaseListQuery) {
  return useQuery({
    queryKey: creditKeys.repairList(query),
    queryFn: ({ signal }) => creditApi.repairs(query, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * A decision changes the record (revoked, corrected, repaired) and re-evaluates the enterprise (a
 * correction run, new grades, maybe warnings): everything credit is loaded again.
 */
function useInvalidateAllCredit() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: creditKeys.all });
}

export function useDecideObjection() {
  const invalidate = useInvalidateAllCredit();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CreditObjectionDecision }) => creditApi.decideObjection(id, body),
    onSuccess: invalidate,
  });
}

export function useDecideRepair() {
  const invalidate = useInvalidateAllCredit();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CreditRepairDecision }) => creditApi.decideRepair(id, body),
    onSuccess: invalidate,
  });
}
