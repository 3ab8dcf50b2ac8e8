/** Pure rules of the funds (R-FUND-1): amounts in whole fen, purposes of special funds, what is left. */
import { type FundKind, type FundPurpose, toFen } from '@gongzhi/contracts';
import type { FieldProblem } from '../../kernel/app-error.js';

/** An amount with more than two decimals is refused (money is kept in fen). */
export function amountProblem(field: string, yuan: number): FieldProblem | null {
  return toFen(yuan) === null ? { field, issue: 'format', params: { format: '0.01' } } : null;
}

/** Fen as yuan with two decimals, for messages: 1234567 → "12345.67". */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A special fund is spent only on its declared purposes; a self-raised one on anything. */
export function purposeAllowed(kind: FundKind, purposes: readonly FundPurpose[], purpose: FundPurpose): boolean {
  return kind === 'self_raised' || purposes.includes(purpose);
}

/** Share 0–1 with four decimals; null when nothing was budgeted. */
export function executionRate(spentFen: number, budgetedFen: number): number | null {
  return budgetedFen > 0 ? Math.round((spentFen / budgetedFen) * 10_000) / 10_000 : null;
}

export type SpendCheck =
  | { ok: true; spentAfterFen: number }
  | { ok: false; issue: 'exceeds_budget_line'; remainingFen: number }
  | { ok: false; issue: 'below_zero'; spentFen: number };

/** Whether an expenditure (or a negative correction) fits the line: 0 ≤ spent + amount ≤ line amount. */
export function checkSpend(lineFen: number, spentFen: number, amountFen: number): SpendCheck {
  const after = spentFen + amountFen;
  if (after > lineFen) return { ok: false, issue: 'exceeds_budget_line', remainingFen: lineFen - spentFen };
  if (after < 0) return { ok: false, issue: 'below_zero', spentFen };
  return { ok: true, spentAfterFen: after };
}

/** The first and last day of a year, or of a given range (a missing end taken from the year). */
export function reportPeriod(
  query: { year?: number | undefined; from?: string | undefined; to?: string | undefined },
  today: string,
) {
  const year = query.year ?? Number((query.from ?? query.to ?? today).slice(0, 4));
  const from = query.from ?? `${year}-01-01`;
  const to = query.to ?? (query.from ? `${query.from.slice(0, 4)}-12-31` : `${year}-12-31`);
  return { from, to };
}
