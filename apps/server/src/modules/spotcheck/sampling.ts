/**
 * 双随机 with risk weights (pure): a suggested list of enterprises for the next spot-check plan.
 * Weighted random sampling without replacement (Efraimidis–Spirakis, A-Res): every candidate draws
 * u ∈ (0,1) from SHA-256(seed + ':' + id), its key is u^(1/weight), the largest keys are picked.
 * Anyone with the seed, the weights and the candidate list gets the same picks, in any input order.
 * Method and a reproduction recipe: docs/spc-and-sampling.md.
 */

import { createHash } from 'node:crypto';
import { DEFAULT_SAMPLING_WEIGHTS, type FieldIssue, type SamplingWeights } from '@gongzhi/contracts';

export interface SamplingCandidate {
  id: string;
  name: string;
  creditCode: string;
  /** The current credit grade (A best … D worst), or null when none is published. */
  grade: string | null;
  /** Unqualified spot-check results in the lookback window. */
  unqualifiedResults: number;
  justifiedComplaints: number;
  /** The last spot check, YYYY-MM-DD; null when never checked. */
  lastCheckedOn: string | null;
}

export type { SamplingWeights };
export { DEFAULT_SAMPLING_WEIGHTS };

export type SamplingFactorKind = 'base' | 'grade' | 'no_grade' | 'unqualified' | 'complaints' | 'not_checked_recently';

export interface SamplingFactor {
  factor: SamplingFactorKind;
  contribution: number;
  /** grade: the grade; no_grade: the unknown grade or null; unqualified/complaints: the count; not_checked_recently: the last check or null. */
  detail: string | number | null;
}

export interface SamplingPick {
  id: string;
  name: string;
  creditCode: string;
  rank: number;
  weight: number;
  /** The uniform draw u in (0,1). */
  random: number;
  /** u^(1/weight); picks are the largest keys. */
  key: number;
  factors: SamplingFactor[];
}

export type SamplingWeightsIssue = Extract<FieldIssue, 'too_small' | 'too_large' | 'required' | 'type'>;

export interface SamplingWeightsProblem {
  field: string;
  issue: SamplingWeightsIssue;
  params?: Record<string, string | number>;
}

/** Bounds checked by samplingWeightsProblems. */
export const SAMPLING_WEIGHT_LIMITS = {
  minBase: 0.01,
  maxWeight: 100,
  maxCount: 100,
  maxRecentMonths: 120,
} as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A candidate's weight and the factors it is made of (they sum to the weight, in this order). */
export function weightOf(
  candidate: SamplingCandidate,
  weights: SamplingWeights,
  today: string,
): { weight: number; factors: SamplingFactor[] } {
  const factors: SamplingFactor[] = [{ factor: 'base', contribution: weights.base, detail: null }];
  const grade = candidate.grade;
  if (grade !== null && Object.hasOwn(weights.byGrade, grade)) {
    factors.push({ factor: 'grade', contribution: weights.byGrade[grade] ?? 0, detail: grade });
  } else {
    factors.push({ factor: 'no_grade', contribution: weights.noGrade, detail: candidate.grade });
  }
  if (candidate.unqualifiedResults > 0) {
    const counted = Math.min(candidate.unqualifiedResults, weights.maxUnqualified);
    factors.push({
      factor: 'unqualified',
      contribution: counted * weights.perUnqualified,
      detail: candidate.unqualifiedResults,
    });
  }
  if (candidate.justifiedComplaints > 0) {
    const counted = Math.min(candidate.justifiedComplaints, weights.maxComplaints);
    factors.push({
      factor: 'complaints',
      contribution: counted * weights.perComplaint,
      detail: candidate.justifiedComplaints,
    });
  }
  const cutoff = monthsBefore(today, weights.recentMonths);
  if (candidate.lastCheckedOn === null || parseDate(candidate.lastCheckedOn) < cutoff) {
    factors.push({
      factor: 'not_checked_recently',
      contribution: weights.notCheckedRecently,
      detail: candidate.lastCheckedOn,
    });
  }
  let weight = 0;
  for (const f of factors) weight += f.contribution;
  return { weight, factors };
}

/** The uniform draw of one candidate: the first 52 bits of SHA-256(seed + ':' + id) over 2^52 (2^-53 if they are all 0). */
export function uniformDraw(seed: string, id: string): number {
  const hex = createHash('sha256').update(`${seed}:${id}`, 'utf8').digest('hex');
  const bits = Number.parseInt(hex.slice(0, 13), 16);
  return bits === 0 ? 2 ** -53 : bits / 2 ** 52;
}

/**
 * The `size` candidates with the largest keys u^(1/weight), rank 1 first. Keys are compared as
 * ln(u)/weight (the same order, without underflow); equal keys — practically impossible — are
 * ordered by id. Input order does not matter; a size above the population returns everyone.
 */
export function suggestSample(
  candidates: readonly SamplingCandidate[],
  weights: SamplingWeights,
  size: number,
  seed: string,
  today: string,
): SamplingPick[] {
  const problems = samplingWeightsProblems(weights);
  if (problems.length > 0) throw new RangeError(`invalid sampling weights: ${problems.map((p) => p.field).join(', ')}`);
  if (!Number.isInteger(size) || size < 0) throw new RangeError('size must be an integer ≥ 0');
  parseDate(today);
  const ids = new Set<string>();
  const scored = candidates.map((candidate) => {
    if (ids.has(candidate.id)) throw new RangeError(`duplicate candidate id ${candidate.id}`);
    ids.add(candidate.id);
    const { weight, factors } = weightOf(candidate, weights, today);
    const random = uniformDraw(seed, candidate.id);
    return { candidate, weight, factors, random, logKey: Math.log(random) / weight };
  });
  scored.sort((a, b) => b.logKey - a.logKey || compareIds(a.candidate.id, b.candidate.id));
  return scored.slice(0, size).map((s, i) => ({
    id: s.candidate.id,
    name: s.candidate.name,
    creditCode: s.candidate.creditCode,
    rank: i + 1,
    weight: s.weight,
    random: s.random,
    key: s.random ** (1 / s.weight),
    factors: s.factors,
  }));
}

/** What is wrong with a set of weights (e.g. from a request), in the one field-problem shape. */
export function samplingWeightsProblems(
  weights: Partial<Record<keyof SamplingWeights, unknown>> | null | undefined,
): SamplingWeightsProblem[] {
  const problems: SamplingWeightsProblem[] = [];
  const w = weights ?? {};
  const { minBase, maxWeight, maxCount, maxRecentMonths } = SAMPLING_WEIGHT_LIMITS;
  const number = (field: string, value: unknown, min: number, max: number, integer = false): void => {
    if (value === undefined || value === null) problems.push({ field, issue: 'required' });
    else if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      problems.push({ field, issue: 'type', params: { type: integer ? 'integer' : 'number' } });
    } else if (value < min) problems.push({ field, issue: 'too_small', params: { limit: min } });
    else if (value > max) problems.push({ field, issue: 'too_large', params: { limit: max } });
  };
  number('base', w.base, minBase, maxWeight);
  if (w.byGrade === undefined || w.byGrade === null) problems.push({ field: 'byGrade', issue: 'required' });
  else if (typeof w.byGrade !== 'object' || Array.isArray(w.byGrade)) {
    problems.push({ field: 'byGrade', issue: 'type', params: { type: 'object' } });
  } else {
    for (const [grade, value] of Object.entries(w.byGrade)) number(`byGrade.${grade}`, value, 0, maxWeight);
  }
  number('noGrade', w.noGrade, 0, maxWeight);
  number('perUnqualified', w.perUnqualified, 0, maxWeight);
  number('maxUnqualified', w.maxUnqualified, 0, maxCount, true);
  number('perComplaint', w.perComplaint, 0, maxWeight);
  number('maxComplaints', w.maxComplaints, 0, maxCount, true);
  number('notCheckedRecently', w.notCheckedRecently, 0, maxWeight);
  number('recentMonths', w.recentMonths, 1, maxRecentMonths, true);
  return problems;
}

/** Code-unit order (the same in every language), not locale order. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** YYYY-MM-DD → a comparable day number (UTC); throws on a malformed or impossible date. */
function parseDate(value: string): number {
  const m = DATE.exec(value);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (!m || back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new RangeError(`not a date (YYYY-MM-DD): ${value}`);
  }
  return time / 86_400_000;
}

/** The same day `months` months earlier, clamped to the end of a shorter month (2026-03-31 − 1 → 2026-02-28). */
function monthsBefore(today: string, months: number): number {
  const day = parseDate(today);
  const date = new Date(day * 86_400_000);
  const target = date.getUTCFullYear() * 12 + date.getUTCMonth() - months;
  const year = Math.floor(target / 12);
  const month = target - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / 86_400_000;
}
