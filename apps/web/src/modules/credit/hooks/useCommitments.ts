import type { CommitmentBreach, CommitmentCreate, CommitmentListQuery, CreditReasonBody } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { creditApi, creditKeys } from '../api/credit.api';

export function useCommitments(query: CommitmentListQuery) {
  return useQuery({
    queryKey: creditKeys.commitmentList(query),
    queryFn: ({ signal }) => creditApi.commitments(query, signal),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateCommitments(alsoRecords = false) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: creditKeys.commitments });
    void queryClient.invalidateQueries({ queryKey: creditKeys.archives });
    // A broken commitment becomes a credit record.
    if (alsoRecords) void queryClient.invalidateQueries({ queryKey: creditKeys.records });
  };
}

export function useSignCommitment() {
  const invalidate = useInvalidateCommitments();
  return useMutation({ mutationFn: (body: CommitmentCreate) => creditApi.signCommitment(body), onSuccess: invalidate });
}

export function useWithdrawCommitment() {
  const invalidate = useInvalidateCommitments();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CreditReasonBody }) => creditApi.withdrawCommitment(id, body),
    onSuccess: invalidate,
  });
}

export function useBreachCommitment() {
  const invalidate = useInvalidateCommitments(true);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CommitmentBreach }) => creditApi.breachCommitment(id, body),
    onSuccess: invalidate,
  });
}
