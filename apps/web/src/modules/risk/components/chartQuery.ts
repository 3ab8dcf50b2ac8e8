import { RISK_SERIES_KINDS, type RiskChartQuery, type RiskSeriesKind } from '@gongzhi/contracts';

/** The monitor page's URL filters. */
export const CHART_FILTERS = ['kind', 'key', 'associationId'] as const;
export type ChartFilters = Partial<Record<(typeof CHART_FILTERS)[number], string | undefined>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isKind(value: string | undefined): value is RiskSeriesKind {
  return (RISK_SERIES_KINDS as readonly (string | undefined)[]).includes(value);
}

/**
 * The chart to load from the address: a product category (any text up to 100 characters) or an
 * enterprise id; `query` is null until one is picked (or when the address names none the server would take).
 */
export function chartQueryOf(filters: ChartFilters): { kind: RiskSeriesKind; query: RiskChartQuery | null } {
  const kind = isKind(filters.kind) ? filters.kind : 'category_nonconformity';
  const key = filters.key?.trim();
  const valid =
    Boolean(key) && (key?.length ?? 0) <= 100 && (kind === 'category_nonconformity' || UUID.test(key ?? ''));
  if (!valid || !key) return { kind, query: null };
  const query: RiskChartQuery = { kind, key };
  if (filters.associationId && UUID.test(filters.associationId)) query.associationId = filters.associationId;
  return { kind, query };
}
