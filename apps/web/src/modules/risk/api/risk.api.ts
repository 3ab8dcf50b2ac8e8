import type {
  PageOf,
  RiskAlertDto,
  RiskAlertListQuery,
  RiskChartQuery,
  RiskReportAcknowledge,
  RiskReportCreate,
  RiskReportDto,
  RiskReportListQuery,
  RiskScanBody,
  RiskScanResultDto,
  SamplingPlanCreate,
  SamplingPlanDto,
  SpcChartDto,
  SpotCheckAnalysisDto,
  SpotCheckAnalysisQuery,
} from '@gongzhi/contracts';
import { download, http } from '../../../lib/http';

export interface PageParams {
  page?: number;
  pageSize?: number;
}

/**
 * The console's calls for spot-check analysis, sampling and risk monitoring
 * (the contract: packages/contracts/src/spotcheck.dto.ts).
 */
export const riskApi = {
  analysis: (query: SpotCheckAnalysisQuery, signal?: AbortSignal) =>
    http.get<SpotCheckAnalysisDto>('/spot-checks/analysis', { ...query }, signal),
  /** The same analysis as xlsx. */
  exportAnalysis: (query: SpotCheckAnalysisQuery) => download('/spot-checks/analysis/export', { ...query }),

  samplingPlans: (query: PageParams, signal?: AbortSignal) =>
    http.get<PageOf<SamplingPlanDto>>('/spot-checks/sampling-plans', { ...query }, signal),
  samplingPlan: (id: string, signal?: AbortSignal) =>
    http.get<SamplingPlanDto>(`/spot-checks/sampling-plans/${id}`, undefined, signal),
  createSamplingPlan: (body: SamplingPlanCreate) => http.post<SamplingPlanDto>('/spot-checks/sampling-plans', body),
  /** A plan's picks with their weights and factors as xlsx. */
  exportSamplingPlan: (id: string) => download(`/spot-checks/sampling-plans/${id}/export`),

  chart: (query: RiskChartQuery, signal?: AbortSignal) => http.get<SpcChartDto>('/risk/charts', { ...query }, signal),
  scan: (body: RiskScanBody) => http.post<RiskScanResultDto>('/risk/scan', body),
  alerts: (query: RiskAlertListQuery, signal?: AbortSignal) =>
    http.get<PageOf<RiskAlertDto>>('/risk/alerts', { ...query }, signal),
  acknowledgeAlert: (id: string) => http.post<RiskAlertDto>(`/risk/alerts/${id}/acknowledge`),

  reports: (query: RiskReportListQuery, signal?: AbortSignal) =>
    http.get<PageOf<RiskReportDto>>('/risk/reports', { ...query }, signal),
  report: (id: string, signal?: AbortSignal) => http.get<RiskReportDto>(`/risk/reports/${id}`, undefined, signal),
  createReport: (body: RiskReportCreate) => http.post<RiskReportDto>('/risk/reports', body),
  acknowledgeReport: (id: string, body: RiskReportAcknowledge) =>
    http.post<RiskReportDto>(`/risk/reports/${id}/acknowledge`, body),
};

/** Query keys: everything here starts with 'risk', so one invalidation can refresh it all. */
export const riskKeys = {
  all: ['risk'] as const,
  analyses: ['risk', 'analysis'] as const,
  analysis: (query: SpotCheckAnalysisQuery) => ['risk', 'analysis', query] as const,
  plans: ['risk', 'plans'] as const,
  planList: (query: PageParams) => ['risk', 'plans', 'list', query] as const,
  plan: (id: string) => ['risk', 'plans', 'detail', id] as const,
  charts: ['risk', 'charts'] as const,
  chart: (query: RiskChartQuery) => ['risk', 'charts', query] as const,
  alerts: ['risk', 'alerts'] as const,
  alertList: (query: RiskAlertListQuery) => ['risk', 'alerts', query] as const,
  reports: ['risk', 'reports'] as const,
  reportList: (query: RiskReportListQuery) => ['risk', 'reports', 'list', query] as const,
  report: (id: string) => ['risk', 'reports', 'detail', id] as const,
};
