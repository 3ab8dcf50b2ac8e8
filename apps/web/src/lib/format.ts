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
