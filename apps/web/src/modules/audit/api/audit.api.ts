import type { AuditListQuery } from '@gongzhi/contracts';
import { http } from '../../../lib/http';
import type { AuditEventPage } from '../../../lib/types';

export const auditApi = {
  list: (query: AuditListQuery, signal?: AbortSignal) =>
    http.get<AuditEventPage>('/audit-events', { ...query }, signal),
};

export const auditKeys = {
  list: (query: AuditListQuery) => ['audit', query] as const,
};
