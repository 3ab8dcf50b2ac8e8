import type {
  CommentAnswerBody,
  ConsultationCloseBody,
  ConsultationCommentCreate,
  ConsultationCommentDto,
  ConsultationCreate,
  ConsultationDto,
  ConsultationListQuery,
  ConsultationReportDto,
  ConsultationSummaryDto,
  Locale,
  PageOf,
  PublicRuleDocumentQuery,
  RuleDiffDto,
  RuleDocumentCreate,
  RuleDocumentDto,
  RuleDocumentListQuery,
  RuleDocumentSummaryDto,
  RuleVersionUpdate,
  RuleVisibilityBody,
} from '@gongzhi/contracts';
import { download, http } from '../../../lib/http';

/** The console's calls to /api/v1/rules (the contract: packages/contracts/src/rules.dto.ts). */
export const rulesApi = {
  documents: (query: RuleDocumentListQuery, signal?: AbortSignal) =>
    http.get<PageOf<RuleDocumentSummaryDto>>('/rules/documents', { ...query }, signal),
  document: (id: string, signal?: AbortSignal) =>
    http.get<RuleDocumentDto>(`/rules/documents/${id}`, undefined, signal),
  createDocument: (body: RuleDocumentCreate) => http.post<RuleDocumentDto>('/rules/documents', body),
  changeVisibility: (id: string, body: RuleVisibilityBody) =>
    http.put<RuleDocumentDto>(`/rules/documents/${id}/visibility`, body),
  newVersion: (id: string) => http.post<RuleDocumentDto>(`/rules/documents/${id}/versions`, {}),
  diff: (id: string, from: string, to: string, signal?: AbortSignal) =>
    http.get<RuleDiffDto>(`/rules/documents/${id}/diff`, { from, to }, signal),
  updateVersion: (versionId: string, body: RuleVersionUpdate) =>
    http.put<RuleDocumentDto>(`/rules/versions/${versionId}`, body),
  publish: (versionId: string, version: number) =>
    http.post<RuleDocumentDto>(`/rules/versions/${versionId}/publish`, { version }),
  openConsultation: (versionId: string, body: ConsultationCreate) =>
    http.post<ConsultationDto>(`/rules/versions/${versionId}/consultations`, body),

  consultations: (query: ConsultationListQuery, signal?: AbortSignal) =>
    http.get<PageOf<ConsultationSummaryDto>>('/rules/consultations', { ...query }, signal),
  consultation: (id: string, signal?: AbortSignal) =>
    http.get<ConsultationDto>(`/rules/consultations/${id}`, undefined, signal),
  comment: (id: string, body: ConsultationCommentCreate) =>
    http.post<ConsultationCommentDto>(`/rules/consultations/${id}/comments`, body),
  answer: (id: string, commentId: string, body: CommentAnswerBody) =>
    http.put<ConsultationCommentDto>(`/rules/consultations/${id}/comments/${commentId}/answer`, body),
  close: (id: string, body: ConsultationCloseBody) =>
    http.post<ConsultationDto>(`/rules/consultations/${id}/close`, body),
  report: (id: string, signal?: AbortSignal) =>
    http.get<ConsultationReportDto>(`/rules/consultations/${id}/report`, undefined, signal),
  reportDocx: (id: string, lang: Locale) => download(`/rules/consultations/${id}/report.docx`, { lang }),

  publicDocuments: (query: PublicRuleDocumentQuery, signal?: AbortSignal) =>
    http.get<PageOf<RuleDocumentSummaryDto>>('/public/rules/documents', { ...query }, signal),
  publicDocument: (id: string, signal?: AbortSignal) =>
    http.get<RuleDocumentDto>(`/public/rules/documents/${id}`, undefined, signal),
  publicConsultations: (query: ConsultationListQuery, signal?: AbortSignal) =>
    http.get<PageOf<ConsultationSummaryDto>>('/public/rules/consultations', { ...query }, signal),
  publicConsultation: (id: string, signal?: AbortSignal) =>
    http.get<ConsultationDto>(`/public/rules/consultations/${id}`, undefined, signal),
};

export const rulesKeys = {
  all: ['rules'] as const,
  documents: ['rules', 'documents'] as const,
  documentList: (query: RuleDocumentListQuery) => ['rules', 'documents', 'list', query] as const,
  document: (id: string) => ['rules', 'documents', 'detail', id] as const,
  diff: (id: string, from: string, to: string) => ['rules', 'documents', 'diff', id, from, to] as const,
  consultations: ['rules', 'consultations'] as const,
  consultationList: (query: ConsultationListQuery) => ['rules', 'consultations', 'list', query] as const,
  consultation: (id: string) => ['rules', 'consultations', 'detail', id] as const,
  report: (id: string) => ['rules', 'consultations', 'report', id] as const,
};
