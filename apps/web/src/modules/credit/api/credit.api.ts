import type {
  CommitmentBreach,
  CommitmentCreate,
  CommitmentDto,
  CommitmentListQuery,
  CreditArchiveDto,
  CreditArchiveQuery,
  CreditCaseListQuery,
  CreditEvaluationCreate,
  CreditMeasureCreate,
  CreditMeasureDto,
  CreditMeasureListQuery,
  CreditModelCreate,
  CreditModelDto,
  CreditObjectionCreate,
  CreditObjectionDecision,
  CreditObjectionDto,
  CreditReasonBody,
  CreditRecordActionBody,
  CreditRecordCreate,
  CreditRecordDetailDto,
  CreditRecordDto,
  CreditRecordListQuery,
  CreditRepairCreate,
  CreditRepairDecision,
  CreditRepairDto,
  CreditResultDto,
  CreditResultListQuery,
  CreditRunDto,
  CreditRunListQuery,
  CreditStatsDto,
  CreditWarningActionBody,
  CreditWarningDto,
  CreditWarningListQuery,
  PageOf,
  VersionBody,
} from '@gongzhi/contracts';
import { API_BASE, download, http } from '../../../lib/http';

/** The console's calls to /api/v1/credit (the contract: packages/contracts/src/credit.dto.ts). */
export const creditApi = {
  records: (query: CreditRecordListQuery, signal?: AbortSignal) =>
    http.get<PageOf<CreditRecordDto>>('/credit/records', { ...query }, signal),
  record: (id: string, signal?: AbortSignal) =>
    http.get<CreditRecordDetailDto>(`/credit/records/${id}`, undefined, signal),
  createRecord: (body: CreditRecordCreate) => http.post<CreditRecordDto>('/credit/records', body),
  actOnRecord: (id: string, body: CreditRecordActionBody) =>
    http.post<CreditRecordDto>(`/credit/records/${id}/actions`, body),
  /** An evidence file or document's address (the session cookie goes along, so a plain link works). */
  attachmentUrl: (recordId: string, attachmentId: string) =>
    `${API_BASE}/credit/records/${recordId}/attachments/${attachmentId}`,
  object: (recordId: string, body: CreditObjectionCreate) =>
    http.post<CreditObjectionDto>(`/credit/records/${recordId}/objections`, body),
  applyForRepair: (recordId: string, body: CreditRepairCreate) =>
    http.post<CreditRepairDto>(`/credit/records/${recordId}/repairs`, body),

  objections: (query: CreditCaseListQuery, signal?: AbortSignal) =>
    http.get<PageOf<CreditObjectionDto>>('/credit/objections', { ...query }, signal),
  decideObjection: (id: string, body: CreditObjectionDecision) =>
    http.post<CreditObjectionDto>(`/credit/objections/${id}/decision`, body),
  repairs: (query: CreditCaseListQuery, signal?: AbortSignal) =>
    http.get<PageOf<CreditRepairDto>>('/credit/repairs', { ...query }, signal),
  decideRepair: (id: string, body: CreditRepairDecision) =>
    http.post<CreditRepairDto>(`/credit/repairs/${id}/decision`, body),

  models: (associationId: string, signal?: AbortSignal) =>
    http.get<CreditModelDto[]>('/credit/models', { associationId }, signal),
  createModel: (body: CreditModelCreate) => http.post<CreditModelDto>('/credit/models', body),
  activateModel: (id: string, body: VersionBody) => http.post<CreditModelDto>(`/credit/models/${id}/activate`, body),

  runs: (query: CreditRunListQuery, signal?: AbortSignal) =>
    http.get<PageOf<CreditRunDto>>('/credit/evaluations', { ...query }, signal),
  run: (id: string, signal?: AbortSignal) => http.get<CreditRunDto>(`/credit/evaluations/${id}`, undefined, signal),
  startRun: (body: CreditEvaluationCreate) => http.post<CreditRunDto>('/credit/evaluations', body),
  results: (id: string, query: CreditResultListQuery, signal?: AbortSignal) =>
    http.get<PageOf<CreditResultDto>>(`/credit/evaluations/${id}/results`, { ...query }, signal),
  publishRun: (id: string) => http.post<CreditRunDto>(`/credit/evaluations/${id}/publish`),
  /** The grade list of a run as xlsx. */
  exportRun: (id: string) => download(`/credit/evaluations/${id}/export`),

  archive: (enterpriseId: string, query: CreditArchiveQuery, signal?: AbortSignal) =>
    http.get<CreditArchiveDto>(`/credit/enterprises/${enterpriseId}`, { ...query }, signal),
  /** One enterprise's archive as xlsx. */
  exportArchive: (enterpriseId: string, query: CreditArchiveQuery) =>
    download(`/credit/enterprises/${enterpriseId}/export`, { ...query }),
  stats: (signal?: AbortSignal) => http.get<CreditStatsDto>('/credit/stats', undefined, signal),

  warnings: (query: CreditWarningListQuery, signal?: AbortSignal) =>
    http.get<PageOf<CreditWarningDto>>('/credit/warnings', { ...query }, signal),
  actOnWarning: (id: string, body: CreditWarningActionBody) =>
    http.post<CreditWarningDto>(`/credit/warnings/${id}/actions`, body),

  measures: (query: CreditMeasureListQuery, signal?: AbortSignal) =>
    http.get<PageOf<CreditMeasureDto>>('/credit/measures', { ...query }, signal),
  applyMeasure: (body: CreditMeasureCreate) => http.post<CreditMeasureDto>('/credit/measures', body),
  endMeasure: (id: string, body: CreditReasonBody) => http.post<CreditMeasureDto>(`/credit/measures/${id}/end`, body),

  commitments: (query: CommitmentListQuery, signal?: AbortSignal) =>
    http.get<PageOf<CommitmentDto>>('/credit/commitments', { ...query }, signal),
  signCommitment: (body: CommitmentCreate) => http.post<CommitmentDto>('/credit/commitments', body),
  withdrawCommitment: (id: string, body: CreditReasonBody) =>
    http.post<CommitmentDto>(`/credit/commitments/${id}/withdraw`, body),
  breachCommitment: (id: string, body: CommitmentBreach) =>
    http.post<CommitmentDto>(`/credit/commitments/${id}/breach`, body),
};

/** Query keys: everything credit starts with 'credit', so one invalidation can refresh it all. */
export const creditKeys = {
  all: ['credit'] as const,
  records: ['credit', 'records'] as const,
  recordList: (query: CreditRecordListQuery) => ['credit', 'records', 'list', query] as const,
  record: (id: string) => ['credit', 'records', 'detail', id] as const,
  objections: ['credit', 'objections'] as const,
  objectionList: (query: CreditCaseListQuery) => ['credit', 'objections', query] as const,
  repairs: ['credit', 'repairs'] as const,
  repairList: (query: CreditCaseListQuery) => ['credit', 'repairs', query] as const,
  models: ['credit', 'models'] as const,
  modelList: (associationId: string) => ['credit', 'models', associationId] as const,
  runs: ['credit', 'runs'] as const,
  runList: (query: CreditRunListQuery) => ['credit', 'runs', 'list', query] as const,
  run: (id: string) => ['credit', 'runs', 'detail', id] as const,
  results: (id: string, query: CreditResultListQuery) => ['credit', 'runs', 'results', id, query] as const,
  archives: ['credit', 'archives'] as const,
  archive: (enterpriseId: string, query: CreditArchiveQuery) => ['credit', 'archives', enterpriseId, query] as const,
  stats: ['credit', 'stats'] as const,
  warnings: ['credit', 'warnings'] as const,
  warningList: (query: CreditWarningListQuery) => ['credit', 'warnings', query] as const,
  measures: ['credit', 'measures'] as const,
  measureList: (query: CreditMeasureListQuery) => ['credit', 'measures', query] as const,
  commitments: ['credit', 'commitments'] as const,
  commitmentList: (query: CommitmentListQuery) => ['credit', 'commitments', query] as const,
};
