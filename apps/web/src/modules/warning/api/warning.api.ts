import type {
  ConsumerWarningCreate,
  ConsumerWarningDto,
  ConsumerWarningListQuery,
  ConsumerWarningUpdate,
} from '@gongzhi/contracts';
import { http } from '../../../lib/http';
import type { ConsumerWarningPage } from '../../../lib/types';

export const warningApi = {
  list: (query: ConsumerWarningListQuery, signal?: AbortSignal) =>
    http.get<ConsumerWarningPage>('/warnings', { ...query }, signal),
  create: (body: ConsumerWarningCreate) => http.post<ConsumerWarningDto>('/warnings', body),
  update: (id: string, body: ConsumerWarningUpdate) => http.patch<ConsumerWarningDto>(`/warnings/${id}`, body),
  /** Published warnings, for the public portal. */
  published: (query: { page?: number; pageSize?: number }, signal?: AbortSignal) =>
    http.get<ConsumerWarningPage>('/public/warnings', { ...query }, signal),
};

export const warningKeys = {
  all: ['warnings'] as const,
  list: (query: ConsumerWarningListQuery) => ['warnings', 'list', query] as const,
  published: (query: { page?: number; pageSize?: number }) => ['public', 'warnings', query] as const,
};
