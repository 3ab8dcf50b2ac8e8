import type {
  ComplaintActionBody,
  ComplaintContactDto,
  ComplaintDetailDto,
  ComplaintListQuery,
  ComplaintStatsDto,
  ComplaintStatsQuery,
  ReferralCreate,
  ReferralDto,
  ReferralFeedback,
  ReferralListQuery,
} from '@gongzhi/contracts';
import { API_BASE, download, http } from '../../../lib/http';
import type { ComplaintPage, ReferralPage } from '../../../lib/types';

export const complaintApi = {
  list: (query: ComplaintListQuery, signal?: AbortSignal) =>
    http.get<ComplaintPage>('/complaints', { ...query }, signal),
  get: (id: string, signal?: AbortSignal) => http.get<ComplaintDetailDto>(`/complaints/${id}`, undefined, signal),
  act: (id: string, body: ComplaintActionBody) => http.post<ComplaintDetailDto>(`/complaints/${id}/actions`, body),
  /** The unmasked contact details (audited on the server). */
  revealContact: (id: string) => http.post<ComplaintContactDto>(`/complaints/${id}/contact`),
  refer: (id: string, body: ReferralCreate) => http.post<ReferralDto>(`/complaints/${id}/referrals`, body),
  /** An attachment's address (the session cookie goes along, so a plain link works). */
  attachmentUrl: (id: string, attachmentId: string) => `${API_BASE}/complaints/${id}/attachments/${attachmentId}`,
};

export const referralApi = {
  list: (query: ReferralListQuery, signal?: AbortSignal) => http.get<ReferralPage>('/referrals', { ...query }, signal),
  feedback: (id: string, body: ReferralFeedback) => http.post<ReferralDto>(`/referrals/${id}/feedback`, body),
};

export const complaintStatsApi = {
  get: (query: ComplaintStatsQuery, signal?: AbortSignal) =>
    http.get<ComplaintStatsDto>('/complaint-stats', { ...query }, signal),
  export: (query: ComplaintStatsQuery) => download('/complaint-stats/export', { ...query }),
};

export const complaintKeys = {
  all: ['complaints'] as const,
  list: (query: ComplaintListQuery) => ['complaints', 'list', query] as const,
  detail: (id: string) => ['complaints', 'detail', id] as const,
  referralsAll: ['referrals'] as const,
  referrals: (query: ReferralListQuery) => ['referrals', query] as const,
  stats: (query: ComplaintStatsQuery) => ['complaint-stats', query] as const,
};
