import type { ComplaintKind, ComplaintListQuery, ComplaintStatus } from '@gongzhi/contracts';

/** The queue's deadline filter; `all` shows every case, whatever its deadline. */
export const QUEUE_DUE_FILTERS = ['open', 'overdue', 'due_soon', 'all'] as const;
export type QueueDueFilter = (typeof QUEUE_DUE_FILTERS)[number];

export interface QueueFilters {
  trackingNo?: string | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  due?: string | undefined;
  associationId?: string | undefined;
}

/**
 * The deadline filter in effect: what the URL says, else `open` (cases with a running deadline,
 * soonest first) — unless a status or a tracking number is asked for, which may well be closed.
 */
export function effectiveDue(filters: QueueFilters): QueueDueFilter {
  if (filters.due && (QUEUE_DUE_FILTERS as readonly string[]).includes(filters.due))
    return filters.due as QueueDueFilter;
  return filters.status || filters.trackingNo ? 'all' : 'open';
}

export function toQueueQuery(filters: QueueFilters, page: number, pageSize: number): ComplaintListQuery {
  const due = effectiveDue(filters);
  return {
    trackingNo: filters.trackingNo?.trim() || undefined,
    status: (filters.status || undefined) as ComplaintStatus | undefined,
    kind: (filters.kind || undefined) as ComplaintKind | undefined,
    associationId: filters.associationId || undefined,
    due: due === 'all' ? undefined : due,
    page,
    pageSize,
  };
}
