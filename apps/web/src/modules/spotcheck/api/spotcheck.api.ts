import type {
  PageOf,
  ReinspectionCreate,
  ReinspectionDecision,
  ReinspectionDto,
  ReinspectionListQuery,
  SpotCheckCommitBody,
  SpotCheckMappingBody,
  SpotCheckMatchBody,
  SpotCheckNoticeDto,
  SpotCheckNoticeListQuery,
  SpotCheckPreviewDto,
  SpotCheckResultDto,
  SpotCheckResultListQuery,
  SpotCheckUnmatchedQuery,
} from '@gongzhi/contracts';
import { http, uploadFile } from '../../../lib/http';

/** Sends the notice file as the raw request body (xlsx or csv as published); the name goes in `?fileName=`. */
function uploadNotice(file: Blob, fileName: string, contentType: string): Promise<SpotCheckPreviewDto> {
  return uploadFile<SpotCheckPreviewDto>('/spot-checks/imports', file, contentType, { fileName });
}

/** The console's calls to /api/v1/spot-checks (the contract: packages/contracts/src/spotcheck.dto.ts). */
export const spotCheckApi = {
  upload: uploadNotice,
  preview: (id: string, signal?: AbortSignal) =>
    http.get<SpotCheckPreviewDto>(`/spot-checks/imports/${id}`, undefined, signal),
  map: (id: string, body: SpotCheckMappingBody) =>
    http.put<SpotCheckPreviewDto>(`/spot-checks/imports/${id}/mapping`, body),
  commit: (id: string, body: SpotCheckCommitBody) =>
    http.post<SpotCheckNoticeDto>(`/spot-checks/imports/${id}/commit`, body),

  notices: (query: SpotCheckNoticeListQuery, signal?: AbortSignal) =>
    http.get<PageOf<SpotCheckNoticeDto>>('/spot-checks/notices', { ...query }, signal),
  notice: (id: string, signal?: AbortSignal) =>
    http.get<SpotCheckNoticeDto>(`/spot-checks/notices/${id}`, undefined, signal),

  results: (query: SpotCheckResultListQuery, signal?: AbortSignal) =>
    http.get<PageOf<SpotCheckResultDto>>('/spot-checks/results', { ...query }, signal),
  unmatched: (query: SpotCheckUnmatchedQuery, signal?: AbortSignal) =>
    http.get<PageOf<SpotCheckResultDto>>('/spot-checks/unmatched', { ...query }, signal),
  match: (id: string, body: SpotCheckMatchBody) =>
    http.post<SpotCheckResultDto>(`/spot-checks/results/${id}/match`, body),
  requestReinspection: (resultId: string, body: ReinspectionCreate) =>
    http.post<ReinspectionDto>(`/spot-checks/results/${resultId}/reinspection`, body),

  reinspections: (query: ReinspectionListQuery, signal?: AbortSignal) =>
    http.get<PageOf<ReinspectionDto>>('/spot-checks/reinspections', { ...query }, signal),
  decide: (id: string, body: ReinspectionDecision) =>
    http.post<ReinspectionDto>(`/spot-checks/reinspections/${id}/decision`, body),
};

/** Query keys: everything here starts with 'spotCheck', so one invalidation can refresh it all. */
export const spotCheckKeys = {
  all: ['spotCheck'] as const,
  preview: (id: string) => ['spotCheck', 'imports', id] as const,
  notices: ['spotCheck', 'notices'] as const,
  noticeList: (query: SpotCheckNoticeListQuery) => ['spotCheck', 'notices', 'list', query] as const,
  notice: (id: string) => ['spotCheck', 'notices', 'detail', id] as const,
  results: ['spotCheck', 'results'] as const,
  resultList: (query: SpotCheckResultListQuery) => ['spotCheck', 'results', 'list', query] as const,
  unmatchedList: (query: SpotCheckUnmatchedQuery) => ['spotCheck', 'results', 'unmatched', query] as const,
  reinspections: ['spotCheck', 'reinspections'] as const,
  reinspectionList: (query: ReinspectionListQuery) => ['spotCheck', 'reinspections', query] as const,
};
