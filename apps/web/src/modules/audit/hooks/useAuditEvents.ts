import type { AuditListQuery } from '@gongzhi/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditApi, auditKeys } from '../api/audit.api';

export function useAuditEvents(query: AuditListQuery) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => auditApi.list(query, signal),
    placeholderData: keepPreviousData,
  });
}
