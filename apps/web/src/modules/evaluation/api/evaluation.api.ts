import type {
  AssessmentCommentBody,
  AssessmentCreate,
  AssessmentDto,
  AssessmentListQuery,
  AssessmentReviewBody,
  AssessmentSummaryDto,
  AssigneeBody,
  CampaignCreate,
  CampaignDto,
  CommentDto,
  EvidenceDto,
  EvidenceLinkBody,
  FrameworkCheckDto,
  FrameworkDto,
  FrameworkImportBody,
  FrameworkSummaryDto,
  FrameworkWeightsBody,
  ImprovementActionDto,
  ImprovementActionImplemented,
  ImprovementActionListQuery,
  ImprovementActionUpdate,
  ImprovementActionVerification,
  IndicatorScoreBody,
  IndicatorScoreDto,
  Locale,
  PageOf,
  RankingDto,
  VersionBody,
} from '@gongzhi/contracts';
import { API_BASE, download, http, uploadFile } from '../../../lib/http';

export interface PageParams {
  page?: number;
  pageSize?: number;
}

/** Sends an evidence file as the raw request body; the name goes in `?fileName=`. */
function uploadEvidence(assessmentId: string, code: string, file: Blob, fileName: string): Promise<EvidenceDto> {
  const path = `/evaluation/assessments/${assessmentId}/indicators/${encodeURIComponent(code)}/evidence`;
  return uploadFile<EvidenceDto>(path, file, file.type || 'application/octet-stream', { fileName });
}

const assessmentPath = (id: string) => `/evaluation/assessments/${id}`;
const indicatorPath = (id: string, code: string) => `${assessmentPath(id)}/indicators/${encodeURIComponent(code)}`;

/** The console's calls to /api/v1/evaluation (the contract: packages/contracts/src/evaluation.dto.ts). */
export const evaluationApi = {
  frameworks: (signal?: AbortSignal) => http.get<FrameworkSummaryDto[]>('/evaluation/frameworks', undefined, signal),
  framework: (id: string, signal?: AbortSignal) =>
    http.get<FrameworkDto>(`/evaluation/frameworks/${id}`, undefined, signal),
  /** The framework as YAML (the import format). */
  frameworkFile: (id: string) => download(`/evaluation/frameworks/${id}/file`),
  checkFramework: (body: FrameworkImportBody) => http.post<FrameworkCheckDto>('/evaluation/frameworks/check', body),
  importFramework: (body: FrameworkImportBody) => http.post<FrameworkDto>('/evaluation/frameworks', body),
  saveWeights: (id: string, body: FrameworkWeightsBody) =>
    http.post<FrameworkDto>(`/evaluation/frameworks/${id}/versions`, body),

  assessments: (query: AssessmentListQuery, signal?: AbortSignal) =>
    http.get<PageOf<AssessmentSummaryDto>>('/evaluation/assessments', { ...query }, signal),
  assessment: (id: string, signal?: AbortSignal) => http.get<AssessmentDto>(assessmentPath(id), undefined, signal),
  createAssessment: (body: AssessmentCreate) => http.post<AssessmentDto>('/evaluation/assessments', body),
  saveScore: (id: string, code: string, body: IndicatorScoreBody) =>
    http.put<IndicatorScoreDto>(indicatorPath(id, code), body),
  assign: (id: string, code: string, body: AssigneeBody) =>
    http.put<IndicatorScoreDto>(`${indicatorPath(id, code)}/assignee`, body),
  uploadEvidence,
  linkEvidence: (id: string, code: string, body: EvidenceLinkBody) =>
    http.post<EvidenceDto>(`${indicatorPath(id, code)}/links`, body),
  /** Where a file of evidence downloads from (the browser follows it with the session cookie). */
  evidenceUrl: (id: string, evidenceId: string) => `${API_BASE}${assessmentPath(id)}/evidence/${evidenceId}`,
  refreshFacts: (id: string) => http.post<AssessmentDto>(`${assessmentPath(id)}/facts`),
  submit: (id: string, body: VersionBody) => http.post<AssessmentDto>(`${assessmentPath(id)}/submit`, body),
  review: (id: string, body: AssessmentReviewBody) => http.post<AssessmentDto>(`${assessmentPath(id)}/review`, body),
  finalise: (id: string, body: VersionBody) => http.post<AssessmentDto>(`${assessmentPath(id)}/finalise`, body),
  comment: (id: string, body: AssessmentCommentBody) => http.post<CommentDto>(`${assessmentPath(id)}/comments`, body),
  exportDocx: (id: string, lang: Locale) => download(`${assessmentPath(id)}/export.docx`, { lang }),
  exportXlsx: (id: string) => download(`${assessmentPath(id)}/export.xlsx`),

  campaigns: (query: PageParams, signal?: AbortSignal) =>
    http.get<PageOf<CampaignDto>>('/evaluation/campaigns', { ...query }, signal),
  createCampaign: (body: CampaignCreate) => http.post<CampaignDto>('/evaluation/campaigns', body),
  ranking: (id: string, signal?: AbortSignal) =>
    http.get<RankingDto>(`/evaluation/campaigns/${id}/ranking`, undefined, signal),

  actions: (query: ImprovementActionListQuery, signal?: AbortSignal) =>
    http.get<PageOf<ImprovementActionDto>>('/evaluation/actions', { ...query }, signal),
  /** Who may own an action: the active accounts of its organisation. */
  actionOwners: (id: string, signal?: AbortSignal) =>
    http.get<{ id: string; name: string }[]>(`/evaluation/actions/${id}/owners`, undefined, signal),
  updateAction: (id: string, body: ImprovementActionUpdate) =>
    http.put<ImprovementActionDto>(`/evaluation/actions/${id}`, body),
  actionImplemented: (id: string, body: ImprovementActionImplemented) =>
    http.post<ImprovementActionDto>(`/evaluation/actions/${id}/implemented`, body),
  verifyAction: (id: string, body: ImprovementActionVerification) =>
    http.post<ImprovementActionDto>(`/evaluation/actions/${id}/verification`, body),
};

/** Query keys: everything here starts with 'evaluation', so one invalidation can refresh it all. */
export const evaluationKeys = {
  all: ['evaluation'] as const,
  frameworks: ['evaluation', 'frameworks'] as const,
  frameworkList: ['evaluation', 'frameworks', 'list'] as const,
  framework: (id: string) => ['evaluation', 'frameworks', 'detail', id] as const,
  assessments: ['evaluation', 'assessments'] as const,
  assessmentList: (query: AssessmentListQuery) => ['evaluation', 'assessments', 'list', query] as const,
  assessment: (id: string) => ['evaluation', 'assessments', 'detail', id] as const,
  campaigns: ['evaluation', 'campaigns'] as const,
  campaignList: (query: PageParams) => ['evaluation', 'campaigns', 'list', query] as const,
  ranking: (id: string) => ['evaluation', 'campaigns', 'ranking', id] as const,
  actions: ['evaluation', 'actions'] as const,
  actionList: (query: ImprovementActionListQuery) => ['evaluation', 'actions', 'list', query] as const,
  actionOwners: (id: string) => ['evaluation', 'actions', 'owners', id] as const,
};
