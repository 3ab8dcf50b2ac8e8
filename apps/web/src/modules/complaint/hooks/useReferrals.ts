import type { ReferralFeedback, ReferralListQuery } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { complaintKeys, referralApi } from '../api/complaint.api';

export function useReferrals(query: ReferralListQuery) {
  return useQuery({
    queryKey: complaintKeys.referrals(query),
    queryFn: ({ signal }) => referralApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReferralFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReferralFeedback }) => referralApi.feedback(id, body),
    onSuccess: (referral) => {
      void queryClient.invalidateQueries({ queryKey: complaintKeys.referralsAll });
      void queryClient.invalidateQueries({ queryKey: complaintKeys.detail(referral.complaintId) });
    },
  });
}
