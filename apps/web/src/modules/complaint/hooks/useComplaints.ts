import type { ComplaintActionBody, ComplaintListQuery, ReferralCreate } from '@gongzhi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { complaintApi, complaintKeys } from '../api/complaint.api';

export function useComplaints(query: ComplaintListQuery) {
  return useQuery({
    queryKey: complaintKeys.list(query),
    queryFn: ({ signal }) => complaintApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useComplaint(id: string) {
  return useQuery({
    queryKey: complaintKeys.detail(id),
    queryFn: ({ signal }) => complaintApi.get(id, signal),
  });
}

/** One step on a case; the answer is the case as it is now. */
export function useComplaintAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ComplaintActionBody) => complaintApi.act(id, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(complaintKeys.detail(id), updated);
      void queryClient.invalidateQueries({ queryKey: [...complaintKeys.all, 'list'] });
      void queryClient.invalidateQueries({ queryKey: complaintKeys.referralsAll });
    },
  });
}

/** The complainant's unmasked contact details: never cached, asked for again each time (each reveal is audited). */
export function useRevealContact(id: string) {
  return useMutation({ mutationFn: () => complaintApi.revealContact(id) });
}

export function useCreateReferral(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralCreate) => complaintApi.refer(id, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: complaintKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: complaintKeys.referralsAll });
    },
  });
}
