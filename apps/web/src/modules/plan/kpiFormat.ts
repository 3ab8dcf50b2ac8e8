import { EVALUATION_FACT_METRICS, type EvaluationFactMetric, type Locale } from '@gongzhi/contracts';

/**
 * KPI values: a percent KPI is stored as a share 0–1 (like the evaluation facts) and shown and
 * edited as a percentage; other units as they are.
 */
export function toDisplay(unit: string, value: number | null): number | null {
  if (value === null) return null;
  return unit === 'percent' ? Math.round(value * 10_000) / 100 : value;
}

export function fromDisplay(unit: string, value: number | null): number | null {
  if (value === null) return null;
  return unit === 'percent' ? Math.round(value * 100) / 10_000 : value;
}

export function formatKpi(unit: string, value: number | null): string {
  const shown = toDisplay(unit, value);
  if (shown === null) return '—';
  if (unit === 'percent') return `${shown}%`;
  if (unit === 'count' || unit === 'score' || unit === '') return String(shown);
  return `${shown} ${unit}`;
}

/** How far the actual is towards the target, 0–100 (for the progress bar). */
export function kpiProgress(direction: 'at_least' | 'at_most', target: number, actual: number | null): number {
  if (actual === null) return 0;
  if (direction === 'at_most') return actual <= target ? 100 : Math.max(0, Math.round((target / actual) * 100));
  if (target <= 0) return 100;
  return Math.max(0, Math.min(100, Math.round((actual / target) * 100)));
}

/** A platform metric's name, from the contracts' catalogue of fact metrics. */
export function metricLabel(key: string | null, locale: Locale): string {
  if (!key || !Object.hasOwn(EVALUATION_FACT_METRICS, key)) return key ?? '';
  return EVALUATION_FACT_METRICS[key as EvaluationFactMetric][locale];
}
