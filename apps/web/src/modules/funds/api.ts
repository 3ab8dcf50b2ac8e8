import type {
  BudgetLineCreate,
  BudgetLineDto,
  BudgetLineListQuery,
  BudgetLineUpdate,
  ExpenditureCreate,
  ExpenditureDto,
  ExpenditureListQuery,
  FundSourceCreate,
  FundSourceDto,
  FundSourceListQuery,
  FundSourceUpdate,
  FundsReportDto,
  FundsReportQuery,
  PageOf,
} from '@gongzhi/contracts';
import { download, http } from '../../lib/http';

const BASE = '/workspace/funds';

/** The console's calls to /api/v1/workspace/funds (the contract: packages/contracts/src/funds.dto.ts). */
export const fundsApi = {
  sources: (query: FundSourceListQuery, signal?: AbortSignal) =>
    http.get<FundSourceDto[]>(`${BASE}/sources`, { ...query }, signal),
  createSource: (body: FundSourceCreate) => http.post<FundSourceDto>(`${BASE}/sources`, body),
  updateSource: (id: string, body: FundSourceUpdate) => http.put<FundSourceDto>(`${BASE}/sources/${id}`, body),
  lines: (query: BudgetLineListQuery, signal?: AbortSignal) =>
    http.get<BudgetLineDto[]>(`${BASE}/lines`, { ...query }, signal),
  createLine: (body: BudgetLineCreate) => http.post<BudgetLineDto>(`${BASE}/lines`, body),
  updateLine: (id: string, body: BudgetLineUpdate) => http.put<BudgetLineDto>(`${BASE}/lines/${id}`, body),
  expenditures: (query: ExpenditureListQuery, signal?: AbortSignal) =>
    http.get<PageOf<ExpenditureDto>>(`${BASE}/expenditures`, { ...query }, signal),
  createExpenditure: (body: ExpenditureCreate) => http.post<ExpenditureDto>(`${BASE}/expenditures`, body),
  report: (query: FundsReportQuery, signal?: AbortSignal) =>
    http.get<FundsReportDto>(`${BASE}/report`, { ...query }, signal),
  reportFile: (query: FundsReportQuery) => download(`${BASE}/report.xlsx`, { ...query }),
};

export const fundsKeys = {
  all: ['funds'] as const,
  sources: (q: FundSourceListQuery) => ['funds', 'sources', q] as const,
  lines: (q: BudgetLineListQuery) => ['funds', 'lines', q] as const,
  expenditures: (q: ExpenditureListQuery) => ['funds', 'expenditures', q] as const,
  report: (q: FundsReportQuery) => ['funds', 'report', q] as const,
};
