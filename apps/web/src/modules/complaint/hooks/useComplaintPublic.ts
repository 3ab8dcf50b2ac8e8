import type { ComplaintIntake, ComplaintRateBody, ComplaintTrackBody } from '@gongzhi/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { complaintPublicApi, complaintPublicKeys } from '../api/complaintPublic.api';

/** The process, time limits and hotlines; they change rarely. */
export function useComplaintService() {
  return useQuery({
    queryKey: complaintPublicKeys.service,
    queryFn: ({ signal }) => complaintPublicApi.service(signal),
    staleTime: 300_000,
  });
}

export function useSubmitComplaint() {
  return useMutation({ mutationFn: (body: ComplaintIntake) => complaintPublicApi.submit(body) });
}

/** Tracking is a POST (the phone number stays out of URLs and logs), so it is a mutation, not a query. */
export function useTrackComplaint() {
  return useMutation({ mutationFn: (body: ComplaintTrackBody) => complaintPublicApi.track(body) });
}

export function useRateComplaint() {
  return useMutation({ mutationFn: (body: ComplaintRateBody) => complaintPublicApi.rate(body) });
}

export function useOrganisationComplaintStats(id: string, enabled: boolean) {
  return useQuery({
    queryKey: complaintPublicKeys.organisationStats(id),
    queryFn: ({ signal }) => complaintPublicApi.organisationStats(id, signal),
    enabled,
    staleTime: 300_000,
  });
}
