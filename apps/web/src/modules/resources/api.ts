import type {
  FeedbackCreate,
  FeedbackReceivedQuery,
  FeedbackUpdate,
  InfrastructureCreate,
  InfrastructureDto,
  InfrastructureListQuery,
  InfrastructureUpdate,
  PageOf,
  PolicyCreate,
  PolicyDetailDto,
  PolicyDto,
  PolicyFeedbackDto,
  PolicyListQuery,
  PolicyUpdate,
  ReceivedFeedbackDto,
  TalentCreate,
  TalentEntryDto,
  TalentListDto,
  TalentListQuery,
  TalentUpdate,
} from '@gongzhi/contracts';
import { http } from '../../lib/http';

const BASE = '/workspace/resources';

/** The console's calls to /api/v1/workspace/resources (the contract: packages/contracts/src/resources.dto.ts). */
export const resourcesApi = {
  infrastructure: (q: InfrastructureListQuery, signal?: AbortSignal) =>
    http.get<InfrastructureDto[]>(`${BASE}/infrastructure`, { ...q }, signal),
  createInfrastructure: (body: InfrastructureCreate) => http.post<InfrastructureDto>(`${BASE}/infrastructure`, body),
  updateInfrastructure: (id: string, body: InfrastructureUpdate) =>
    http.put<InfrastructureDto>(`${BASE}/infrastructure/${id}`, body),
  talent: (q: TalentListQuery, signal?: AbortSignal) => http.get<TalentListDto>(`${BASE}/talent`, { ...q }, signal),
  person: (id: string) => http.get<TalentEntryDto>(`${BASE}/talent/${id}`),
  createPerson: (body: TalentCreate) => http.post<TalentEntryDto>(`${BASE}/talent`, body),
  updatePerson: (id: string, body: TalentUpdate) => http.put<TalentEntryDto>(`${BASE}/talent/${id}`, body),
  policies: (q: PolicyListQuery, signal?: AbortSignal) => http.get<PolicyDto[]>(`${BASE}/policies`, { ...q }, signal),
  policy: (id: string, signal?: AbortSignal) => http.get<PolicyDetailDto>(`${BASE}/policies/${id}`, undefined, signal),
  createPolicy: (body: PolicyCreate) => http.post<PolicyDto>(`${BASE}/policies`, body),
  updatePolicy: (id: string, body: PolicyUpdate) => http.put<PolicyDto>(`${BASE}/policies/${id}`, body),
  createFeedback: (policyId: string, body: FeedbackCreate) =>
    http.post<PolicyFeedbackDto>(`${BASE}/policies/${policyId}/feedback`, body),
  updateFeedback: (id: string, body: FeedbackUpdate) => http.put<PolicyFeedbackDto>(`${BASE}/feedback/${id}`, body),
  submitFeedback: (id: string, version: number) =>
    http.post<PolicyFeedbackDto>(`${BASE}/feedback/${id}/submit`, { version }),
  received: (q: FeedbackReceivedQuery, signal?: AbortSignal) =>
    http.get<PageOf<ReceivedFeedbackDto>>(`${BASE}/feedback-received`, { ...q }, signal),
};

export const resourcesKeys = {
  all: ['resources'] as const,
  infrastructure: (q: InfrastructureListQuery) => ['resources', 'infrastructure', q] as const,
  talent: (q: TalentListQuery) => ['resources', 'talent', q] as const,
  policies: (q: PolicyListQuery) => ['resources', 'policies', q] as const,
  policy: (id: string) => ['resources', 'policy', id] as const,
  received: (q: FeedbackReceivedQuery) => ['resources', 'received', q] as const,
};
