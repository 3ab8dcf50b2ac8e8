import type {
  GuidanceCreate,
  TeamAssociationDto,
  TeamDocumentCreate,
  TeamDocumentDto,
  TeamDutyCreate,
  TeamDutyDto,
  TeamMemberCreate,
  TeamMemberDto,
  TeamMemberEnd,
  TeamOverviewDto,
  TeamPostCreate,
  TeamPostDto,
  TeamPostUpdate,
} from '@gongzhi/contracts';
import { download, http } from '../../../lib/http';

/** The console's calls to /api/v1/team (contract: packages/contracts/src/team.dto.ts). */
export const teamApi = {
  overview: (organisationId: string | undefined, signal?: AbortSignal) =>
    http.get<TeamOverviewDto>('/team', { organisationId }, signal),
  associations: (signal?: AbortSignal) => http.get<TeamAssociationDto[]>('/team/associations', undefined, signal),
  guidance: (signal?: AbortSignal) => http.get<TeamDocumentDto[]>('/team/guidance', undefined, signal),
  createPost: (body: TeamPostCreate) => http.post<TeamPostDto>('/team/posts', body),
  updatePost: (id: string, body: TeamPostUpdate) => http.put<TeamPostDto>(`/team/posts/${id}`, body),
  appoint: (body: TeamMemberCreate) => http.post<TeamMemberDto>('/team/members', body),
  endAppointment: (id: string, body: TeamMemberEnd) => http.post<TeamMemberDto>(`/team/members/${id}/end`, body),
  createDuty: (body: TeamDutyCreate) => http.post<TeamDutyDto>('/team/duties', body),
  deactivateDuty: (id: string, version: number) => http.post<TeamDutyDto>(`/team/duties/${id}/deactivate`, { version }),
  createDocument: (body: TeamDocumentCreate) => http.post<TeamDocumentDto>('/team/documents', body),
  issueGuidance: (body: GuidanceCreate) => http.post<TeamDocumentDto>('/team/guidance', body),
  file: (id: string) => download(`/team/documents/${id}/file`),
};

export const teamKeys = {
  all: ['team'] as const,
  overview: (organisationId: string | undefined) => ['team', 'overview', organisationId ?? 'own'] as const,
  associations: ['team', 'associations'] as const,
  guidance: ['team', 'guidance'] as const,
};
