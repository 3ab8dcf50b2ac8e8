import {
  LIMITS,
  type Locale,
  type PublicFailingProductDto,
  type PublicFailingQuery,
  type PublicSpotCheckListQuery,
} from '@gongzhi/contracts';

/** Pure helpers of the public spot-check pages: URL filters → API queries, rates, re-inspection. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A search text as the server takes it: trimmed, at most the portal's search length; empty → none. */
export function searchText(value: string | undefined): string | undefined {
  const text = (value ?? '').trim().slice(0, LIMITS.searchMax).trim();
  return text || undefined;
}

function positivePage(value: number): number {
  return Number.isInteger(value) && value > 0 ? value : 1;
}

function pageSizeOf(value: number): number {
  return Number.isInteger(value) && value > 0 ? Math.min(value, LIMITS.pageSizeMax) : 20;
}

/** The notices list: a hand-edited address never produces a query the server refuses. */
export function toNoticeQuery(
  filters: { q?: string | undefined },
  page: number,
  pageSize: number,
): PublicSpotCheckListQuery {
  const query: PublicSpotCheckListQuery = { page: positivePage(page), pageSize: pageSizeOf(pageSize) };
  const q = searchText(filters.q);
  if (q) query.q = q;
  return query;
}

/** The failing products, optionally of one notice. */
export function toFailingQuery(
  filters: { q?: string | undefined; notice?: string | undefined },
  page: number,
  pageSize: number,
): PublicFailingQuery {
  const query: PublicFailingQuery = { page: positivePage(page), pageSize: pageSizeOf(pageSize) };
  const q = searchText(filters.q);
  if (q) query.q = q;
  if (filters.notice && UUID.test(filters.notice)) query.noticeId = filters.notice.toLowerCase();
  return query;
}

/** A non-conformity rate (0–1) as a percentage with at most one decimal; null when nothing was inspected. */
export function formatRate(rate: number | null | undefined, locale: Locale): string | null {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return null;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** A rate's tone for the badge: none, some, or high (one batch in five or more). */
export function rateTone(rate: number | null | undefined): 'none' | 'some' | 'high' {
  if (!rate) return 'none';
  return rate >= 0.2 ? 'high' : 'some';
}

/** True while a re-inspection is under way: the result may still change ("复检中"). */
export function isReinspecting(product: Pick<PublicFailingProductDto, 'reinspection'>): boolean {
  return product.reinspection === 'requested';
}
