import type { CreditCaseListQuery } from '@gongzhi/contracts';

/** The status filter of a case queue: the open cases unless the URL asks for another status or for all. */
export function caseQuery(
  filters: { status?: string | undefined; overdue?: string | undefined },
  associationId: string | undefined,
  page: number,
  pageSize: number,
): CreditCaseListQuery {
  const status = filters.status === 'all' ? undefined : (filters.status ?? 'open');
  return {
    associationId,
    status,
    overdue: filters.overdue === 'true' ? true : undefined,
    page,
    pageSize,
  };
}
