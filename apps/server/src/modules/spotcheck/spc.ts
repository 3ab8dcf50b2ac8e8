/**
 * Statistical process control over monthly series (pure): the p-chart (share of nonconforming
 * batches per product category) and the u-chart (justified complaints per unit, per member), with
 * limits that vary with each month's size, and the documented subset of the Western Electric run
 * rules. Formulas and the exact firing conditions: docs/spc-and-sampling.md.
 */

import { SPC_RULES, type SpcRule } from '@gongzhi/contracts';

export interface SpcInput {
  /** 'YYYY-MM'; the series is in strictly ascending order. A missing month is the same as a size-0 month. */
  period: string;
  /** Nonconforming batches (p-chart) or defects/complaints (u-chart). */
  count: number;
  /** Inspected batches (p-chart) or units (u-chart). */
  size: number;
}

export interface SpcSignal {
  index: number;
  period: string;
  rule: SpcRule;
  side: 'up' | 'down';
}

export interface SpcPoint {
  period: string;
  count: number;
  size: number;
  /** count / size; null when size is 0. */
  value: number | null;
  centre: number;
  ucl: number | null;
  lcl: number | null;
  sigma: number | null;
  /** (value − centre) / sigma; null when size is 0 or sigma is 0. */
  z: number | null;
  signals: SpcSignal[];
}

export interface SpcChart {
  kind: 'p' | 'u';
  centre: number;
  points: SpcPoint[];
  signals: SpcSignal[];
  /** How many leading points the centre line was computed from. */
  baselinePeriods: number;
}

export interface SpcOptions {
  /** The centre line is estimated from the first N points (default: all of them). */
  baselinePeriods?: number;
}

export interface RunRuleHit {
  index: number;
  rule: SpcRule;
  side: 'up' | 'down';
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** p-chart: p̄ = Σcount/Σsize over the baseline; σᵢ = √(p̄(1−p̄)/nᵢ); UCL = min(1, p̄+3σᵢ), LCL = max(0, p̄−3σᵢ). */
export function pChart(series: readonly SpcInput[], options: SpcOptions = {}): SpcChart {
  return chart('p', series, options);
}

/** u-chart: ū = Σcount/Σsize over the baseline; σᵢ = √(ū/nᵢ); UCL = ū+3σᵢ, LCL = max(0, ū−3σᵢ). */
export function uChart(series: readonly SpcInput[], options: SpcOptions = {}): SpcChart {
  return chart('u', series, options);
}

function chart(kind: 'p' | 'u', series: readonly SpcInput[], options: SpcOptions): SpcChart {
  validate(kind, series);
  const baselinePeriods = baselineLength(series.length, options.baselinePeriods);
  let sumCount = 0;
  let sumSize = 0;
  for (const point of series.slice(0, baselinePeriods)) {
    sumCount += point.count;
    sumSize += point.size;
  }
  // No inspected units in the baseline: nothing is known, the centre is 0 (every σ is 0 as well).
  const centre = sumSize > 0 ? sumCount / sumSize : 0;

  const points: SpcPoint[] = series.map((input) => {
    const base = { period: input.period, count: input.count, size: input.size, centre, signals: [] };
    if (input.size === 0) return { ...base, value: null, ucl: null, lcl: null, sigma: null, z: null };
    const value = input.count / input.size;
    const sigma = Math.sqrt((kind === 'p' ? centre * (1 - centre) : centre) / input.size);
    const upper = centre + 3 * sigma;
    const ucl = kind === 'p' ? Math.min(1, upper) : upper;
    const lcl = Math.max(0, centre - 3 * sigma);
    return { ...base, value, ucl, lcl, sigma, z: sigma > 0 ? (value - centre) / sigma : null };
  });

  const hits: RunRuleHit[] = runRules(points.map((p) => p.z));
  // σ = 0 (centre 0, or p̄ = 1): the limits collapse onto the centre, no z exists and the run rules
  // cannot apply; a value off the centre is still outside the limits, so it is 'beyond_limit'.
  points.forEach((p, index) => {
    if (p.sigma === 0 && p.value !== null && p.value !== centre) {
      hits.push({ index, rule: 'beyond_limit', side: p.value > centre ? 'up' : 'down' });
    }
  });
  hits.sort((a, b) => a.index - b.index || SPC_RULES.indexOf(a.rule) - SPC_RULES.indexOf(b.rule));

  const signals: SpcSignal[] = [];
  for (const hit of hits) {
    const point = points[hit.index];
    if (!point) continue;
    const signal: SpcSignal = { index: hit.index, period: point.period, rule: hit.rule, side: hit.side };
    point.signals.push(signal);
    signals.push(signal);
  }
  return { kind, centre, points, signals, baselinePeriods };
}

function validate(kind: 'p' | 'u', series: readonly SpcInput[]): void {
  let previous = '';
  series.forEach((point, i) => {
    if (!PERIOD.test(point.period)) throw new RangeError(`series[${i}].period is not YYYY-MM: ${point.period}`);
    if (point.period <= previous) throw new RangeError(`series[${i}].period is not after ${previous}`);
    previous = point.period;
    if (!Number.isFinite(point.count) || point.count < 0) throw new RangeError(`series[${i}].count must be ≥ 0`);
    if (!Number.isFinite(point.size) || point.size < 0) throw new RangeError(`series[${i}].size must be ≥ 0`);
    if (kind === 'p' && point.count > point.size) throw new RangeError(`series[${i}].count exceeds its size`);
  });
}

function baselineLength(length: number, requested: number | undefined): number {
  if (requested === undefined) return length;
  if (!Number.isInteger(requested) || requested < 1) throw new RangeError('baselinePeriods must be an integer ≥ 1');
  return Math.min(requested, length);
}

/**
 * The run rules on a z sequence. Null entries (months with size 0, or σ = 0) are removed first, so
 * they neither extend nor break a run; indices refer to the original sequence. A signal is raised
 * on the point that completes a pattern (and on every later point that keeps it going), never
 * retroactively on the earlier points. Sorted by index, then in SPC_RULES order.
 */
export function runRules(z: readonly (number | null)[]): RunRuleHit[] {
  const hits: RunRuleHit[] = [];
  const seen: { index: number; z: number }[] = [];
  let sideRun = 0; // > 0: consecutive points above the centre; < 0: below
  let trendRun = 0; // > 0: consecutive increases; < 0: consecutive decreases
  z.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) return;
    const previous = seen.at(-1);
    seen.push({ index, z: value });

    if (Math.abs(value) > 3) hits.push({ index, rule: 'beyond_limit', side: value > 0 ? 'up' : 'down' });

    if (Math.abs(value) > 2) {
      const up = value > 0;
      const beyond = seen.slice(-3).filter((p) => (up ? p.z > 2 : p.z < -2)).length;
      if (beyond >= 2) hits.push({ index, rule: 'two_of_three_beyond_2sigma', side: up ? 'up' : 'down' });
    }

    if (value > 0) sideRun = sideRun > 0 ? sideRun + 1 : 1;
    else if (value < 0) sideRun = sideRun < 0 ? sideRun - 1 : -1;
    else sideRun = 0;
    if (Math.abs(sideRun) >= 8) hits.push({ index, rule: 'eight_on_one_side', side: sideRun > 0 ? 'up' : 'down' });

    if (previous === undefined || value === previous.z) trendRun = 0;
    else if (value > previous.z) trendRun = trendRun > 0 ? trendRun + 1 : 1;
    else trendRun = trendRun < 0 ? trendRun - 1 : -1;
    if (Math.abs(trendRun) >= 5) hits.push({ index, rule: 'six_trending', side: trendRun > 0 ? 'up' : 'down' });
  });
  return hits;
}
