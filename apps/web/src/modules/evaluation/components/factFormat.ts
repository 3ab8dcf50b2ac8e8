import {
  EVALUATION_FACT_METRICS,
  EVALUATION_FACT_MODULES,
  EVALUATION_FACTS,
  type FactUnit,
  type Locale,
} from '@gongzhi/contracts';
import { formatDecimal, formatNumber, formatPercent } from '../../../lib/format';

function has<T extends object>(catalogue: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(catalogue, key);
}

/** What a fact is about, in the UI language (the key itself when the catalogue does not know it). */
export function factLabel(key: string, locale: Locale): string {
  return has(EVALUATION_FACTS, key) ? EVALUATION_FACTS[key][locale] : key;
}

/** The name of the module a fact comes from. */
export function factModuleName(module: string, locale: Locale): string {
  return has(EVALUATION_FACT_MODULES, module) ? EVALUATION_FACT_MODULES[module][locale] : module;
}

/** A metric's words (fact values and the labels of fact links are metric keys). */
export function metricLabel(metric: string, locale: Locale): string {
  return has(EVALUATION_FACT_METRICS, metric) ? EVALUATION_FACT_METRICS[metric][locale] : metric;
}

export function metricUnit(metric: string): FactUnit | null {
  return has(EVALUATION_FACT_METRICS, metric) ? EVALUATION_FACT_METRICS[metric].unit : null;
}

/** "2026-03-05" of a date or a date-time (in the business time zone). */
export function formatDay(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  // en-CA writes YYYY-MM-DD, the form the console shows days in for either language.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/**
 * A fact's value as its unit wants it: counts as integers with separators, percentages from a share
 * 0–1 ("92.5%"), scores with two decimals, dates as days; null when there is no value (nothing to
 * divide by, no record yet), which the panel shows as a dash — never as 0.
 */
export function formatFactValue(metric: string, value: number | string | null, locale: Locale): string | null {
  if (value === null || value === '') return null;
  const unit = metricUnit(metric);
  if (typeof value === 'string') {
    if (unit === 'date') return formatDay(value);
    return value;
  }
  switch (unit) {
    case 'percent':
      return formatPercent(value, locale);
    case 'score':
      return formatDecimal(value, locale, 2);
    case 'count':
      return formatNumber(value, locale);
    default:
      return formatDecimal(value, locale, 2);
  }
}

/** An indicator's score (0–100) with one decimal, or null. */
export function formatScore(score: number | null | undefined, locale: Locale): string | null {
  return formatDecimal(score, locale, 1);
}
