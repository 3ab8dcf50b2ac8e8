import type { Locale } from '@gongzhi/contracts';

/** Dates and times in the business time zone (Asia/Shanghai), in the UI language. */
const TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(value: string | null | undefined, locale: Locale): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** "1,000+" when the server only knows the total is at least `total`. */
export function formatTotal(total: number, lowerBound: boolean, locale: Locale): string {
  return `${formatNumber(total, locale)}${lowerBound ? '+' : ''}`;
}

export function currentLocale(language: string): Locale {
  return language === 'en-US' ? 'en-US' : 'zh-CN';
}

/** A share (0–1) as a percentage with at most one decimal; null when there is nothing to divide. */
export function formatPercent(value: number | null | undefined, locale: Locale): string | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** A number with at most `digits` decimals; null stays null. */
export function formatDecimal(value: number | null | undefined, locale: Locale, digits = 1): string | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** Years as runs: [2004, 2005, 2006, 2008] → "2004–2006、2008" (with the list separator of the language). */
export function formatYearRanges(years: readonly number[], separator: string): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0];
  let previous = start;
  for (const year of [...sorted.slice(1), Number.NaN]) {
    if (start === undefined || previous === undefined) break;
    if (year === previous + 1) {
      previous = year;
      continue;
    }
    runs.push(start === previous ? String(start) : `${start}–${previous}`);
    start = year;
    previous = year;
  }
  return runs.join(separator);
}
