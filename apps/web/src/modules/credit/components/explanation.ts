import type { CreditContributionDto } from '@gongzhi/contracts';

/** Points are kept in hundredths; sums are rounded the same way so that floating point never shows. */
export const roundPoints = (value: number) => Math.round(value * 100) / 100;

export interface ExplanationRow {
  key: string;
  contribution: CreditContributionDto;
  /** The score after this row (base, then each record, then any clamp). */
  runningTotal: number;
}

/** The explanation's rows with the running total: the last row's total is the score. */
export function explanationRows(contributions: readonly CreditContributionDto[]): ExplanationRow[] {
  let total = 0;
  return contributions.map((contribution, index) => {
    total = roundPoints(total + contribution.points);
    return {
      key: `${contribution.kind}:${contribution.recordId ?? index}:${index}`,
      contribution,
      runningTotal: total,
    };
  });
}

export function explanationSum(contributions: readonly CreditContributionDto[]): number {
  return roundPoints(contributions.reduce((sum, contribution) => sum + contribution.points, 0));
}

/** True when the contributions add up to the score (they always should: a mismatch is shown, not hidden). */
export function explanationAddsUp(contributions: readonly CreditContributionDto[], score: number): boolean {
  return Math.abs(explanationSum(contributions) - score) < 0.005;
}

/** "+3", "−12.5", "0": the sign of a contribution always shown. */
export function signedPoints(points: number, format: (value: number) => string): string {
  const rounded = roundPoints(points);
  if (rounded > 0) return `+${format(rounded)}`;
  if (rounded < 0) return `−${format(-rounded)}`;
  return format(0);
}
