import type {
  PageOf,
  PublicCommitmentDto,
  PublicCommitmentListQuery,
  PublicCreditListItemDto,
  PublicCreditListQuery,
  PublicCreditMeasureDto,
  PublicCreditPageDto,
  PublicCreditWarningDto,
  PublicMeasureListQuery,
} from '@gongzhi/contracts';
import { http } from '../../../lib/http';

export type PublicCreditPage = PageOf<PublicCreditListItemDto>;
export type PublicCreditWarningPage = PageOf<PublicCreditWarningDto>;
export type PublicCreditMeasurePage = PageOf<PublicCreditMeasureDto>;
export type PublicCommitmentPage = PageOf<PublicCommitmentDto>;
export interface PublicPageQuery {
  page?: number;
  pageSize?: number;
}

/** The public side of quality credit (no account, no antd): what the portal shows. */
export const creditPublicApi = {
  list: (query: PublicCreditListQuery, signal?: AbortSignal) =>
    http.get<PublicCreditPage>('/public/credit', { ...query }, signal),
  enterprise: (creditCode: string, signal?: AbortSignal) =>
    http.get<PublicCreditPageDto>(`/public/credit/${encodeURIComponent(creditCode)}`, undefined, signal),
  warnings: (query: PublicPageQuery, signal?: AbortSignal) =>
    http.get<PublicCreditWarningPage>('/public/credit-warnings', { ...query }, signal),
  measures: (query: PublicMeasureListQuery, signal?: AbortSignal) =>
    http.get<PublicCreditMeasurePage>('/public/credit-measures', { ...query }, signal),
  commitments: (query: PublicCommitmentListQuery, signal?: AbortSignal) =>
    http.get<PublicCommitmentPage>('/public/commitments', { ...query }, signal),
};

export const creditPublicKeys = {
  all: ['public', 'credit'] as const,
  list: (query: PublicCreditListQuery) => ['public', 'credit', 'list', query] as const,
  enterprise: (creditCode: string) => ['public', 'credit', 'enterprise', creditCode] as const,
  warnings: (query: PublicPageQuery) => ['public', 'credit', 'warnings', query] as const,
  measures: (query: PublicMeasureListQuery) => ['public', 'credit', 'measures', query] as const,
  commitments: (query: PublicCommitmentListQuery) => ['public', 'credit', 'commitments', query] as const,
};
