import type {
  ComplaintIntake,
  ComplaintPublicDto,
  ComplaintRateBody,
  ComplaintServiceInfoDto,
  ComplaintTrackBody,
  IntakeReceiptDto,
  PublicComplaintStatsDto,
} from '@gongzhi/contracts';
import { http } from '../../../lib/http';

/** The consumer side of the complaint service: no account, no antd (used by the portal). */
export const complaintPublicApi = {
  service: (signal?: AbortSignal) => http.get<ComplaintServiceInfoDto>('/public/complaint-service', undefined, signal),
  submit: (body: ComplaintIntake) => http.post<IntakeReceiptDto>('/public/complaints', body),
  track: (body: ComplaintTrackBody) => http.post<ComplaintPublicDto>('/public/complaints/track', body),
  rate: (body: ComplaintRateBody) => http.post<ComplaintPublicDto>('/public/complaints/rate', body),
  organisationStats: (id: string, signal?: AbortSignal) =>
    http.get<PublicComplaintStatsDto>(`/public/organisations/${id}/complaint-stats`, undefined, signal),
};

export const complaintPublicKeys = {
  service: ['public', 'complaint-service'] as const,
  organisationStats: (id: string) => ['public', 'complaint-stats', id] as const,
};
