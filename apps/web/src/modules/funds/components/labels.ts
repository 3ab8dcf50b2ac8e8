import { type Locale, WORKSPACE_RESOURCE_LABELS, type WorkspaceResourceLabels } from '@gongzhi/contracts';

/** The words for the funds and resources value lists, from the contracts (one copy for server and web). */
export function resourceLabels(locale: Locale): WorkspaceResourceLabels {
  return WORKSPACE_RESOURCE_LABELS[locale];
}

/** Yuan with two decimals and grouping: 1234.5 → "1,234.50". */
export function formatYuan(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** The share of a line already spent, 0–100 for a progress bar. */
export function spentPercent(spent: number, amount: number): number {
  if (amount <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((spent / amount) * 1000) / 10));
}
