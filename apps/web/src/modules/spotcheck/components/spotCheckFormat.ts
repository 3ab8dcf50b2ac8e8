import type { Locale, SpotCheckResultDto } from '@gongzhi/contracts';
import { daysBetween } from '../../credit/components/dates';

/** A non-conformity rate (0–1) as a percentage with up to two decimals; null when there is none. */
export function formatRate(rate: number | null | undefined, locale: Locale): string | null {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return null;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(rate);
}

/** The state of a result's re-inspection window on `today` (YYYY-MM-DD); null when there is no window. */
export interface ReinspectionWindow {
  deadline: string;
  /** Whole days left, 0 on the last day; negative once it has passed. */
  daysLeft: number;
  open: boolean;
}

export function reinspectionWindow(deadline: string | null, today: string): ReinspectionWindow | null {
  if (!deadline) return null;
  const daysLeft = daysBetween(today, deadline);
  return { deadline, daysLeft, open: daysLeft >= 0 };
}

/** Whether the enterprise may still ask for a re-inspection of this result (the server decides; the deadline is shown). */
export function offersReinspection(result: Pick<SpotCheckResultDto, 'abilities' | 'result'>): boolean {
  return result.abilities.requestReinspection && result.result === 'unqualified';
}

/** Failing items as one line, with the list separator of the language. */
export function joinItems(items: readonly string[], locale: Locale): string {
  return items.join(locale === 'zh-CN' ? '；' : '; ');
}
