import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SAMPLING_WEIGHTS,
  type SamplingCandidate,
  type SamplingWeights,
  samplingWeightsProblems,
  suggestSample,
  uniformDraw,
  weightOf,
} from './sampling.js';

const TODAY = '2026-03-31';

function candidate(id: string, extra: Partial<SamplingCandidate> = {}): SamplingCandidate {
  return {
    id,
    name: `企业${id}`,
    creditCode: `91440600MA${id.padStart(7, '0')}X`,
    grade: 'A',
    unqualifiedResults: 0,
    justifiedComplaints: 0,
    lastCheckedOn: '2025-06-01',
    ...extra,
  };
}

/** 40 varied candidates (grades, records, last checks) built from their index. */
const population: SamplingCandidate[] = Array.from({ length: 40 }, (_, i) =>
  candidate(`ent-${i}`, {
    grade: [null, 'A', 'B', 'C', 'D'][i % 5] ?? null,
    unqualifiedResults: i % 7 === 0 ? 2 : 0,
    justifiedComplaints: i % 4,
    lastCheckedOn: i % 3 === 0 ? null : '2025-01-15',
  }),
);

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('weightOf', () => {
  it('adds the factors, capping the counted results and complaints', () => {
    const c = candidate('1', { grade: 'C', unqualifiedResults: 5, justifiedComplaints: 10, lastCheckedOn: null });
    const { weight, factors } = weightOf(c, DEFAULT_SAMPLING_WEIGHTS, TODAY);
    expect(factors).toEqual([
      { factor: 'base', contribution: 1, detail: null },
      { factor: 'grade', contribution: 1.5, detail: 'C' },
      { factor: 'unqualified', contribution: 3, detail: 5 },
      { factor: 'complaints', contribution: 2, detail: 10 },
      { factor: 'not_checked_recently', contribution: 1, detail: null },
    ]);
    expect(weight).toBe(8.5);
  });

  it('a grade-A enterprise checked recently keeps just the base', () => {
    const { weight, factors } = weightOf(candidate('1'), DEFAULT_SAMPLING_WEIGHTS, TODAY);
    expect(weight).toBe(1);
    expect(factors).toEqual([
      { factor: 'base', contribution: 1, detail: null },
      { factor: 'grade', contribution: 0, detail: 'A' },
    ]);
  });

  it('no grade, or a grade the weights do not know, counts as no grade', () => {
    expect(weightOf(candidate('1', { grade: null }), DEFAULT_SAMPLING_WEIGHTS, TODAY).factors[1]).toEqual({
      factor: 'no_grade',
      contribution: 1,
      detail: null,
    });
    expect(weightOf(candidate('1', { grade: 'toString' }), DEFAULT_SAMPLING_WEIGHTS, TODAY).factors[1]).toEqual({
      factor: 'no_grade',
      contribution: 1,
      detail: 'toString',
    });
  });

  it.each<[string, string, string, boolean]>([
    ['exactly 24 months before is recent', TODAY, '2024-03-31', false],
    ['one day earlier is not', TODAY, '2024-03-30', true],
    ['a later check is recent', TODAY, '2026-01-01', false],
    [
      'the cutoff is clamped to a shorter month (2028-02-29 − 24 months = 2026-02-28)',
      '2028-02-29',
      '2026-02-28',
      false,
    ],
    ['… and the day before it is not recent', '2028-02-29', '2026-02-27', true],
  ])('not checked recently: %s', (_, today, lastCheckedOn, boosted) => {
    const { factors } = weightOf(candidate('1', { lastCheckedOn }), DEFAULT_SAMPLING_WEIGHTS, today);
    expect(factors.some((f) => f.factor === 'not_checked_recently')).toBe(boosted);
  });

  it('the factors always sum to the weight, which is at least the base', () => {
    for (const c of population) {
      const { weight, factors } = weightOf(c, DEFAULT_SAMPLING_WEIGHTS, TODAY);
      expect(sum(factors.map((f) => f.contribution))).toBe(weight);
      expect(weight).toBeGreaterThanOrEqual(DEFAULT_SAMPLING_WEIGHTS.base);
    }
  });

  it('refuses a malformed date', () => {
    expect(() => weightOf(candidate('1'), DEFAULT_SAMPLING_WEIGHTS, '2026-02-30')).toThrow(RangeError);
    expect(() => weightOf(candidate('1', { lastCheckedOn: '2025-1-1' }), DEFAULT_SAMPLING_WEIGHTS, TODAY)).toThrow(
      RangeError,
    );
  });
});

describe('suggestSample', () => {
  it('the draw is the first 52 bits of SHA-256(seed:id) over 2^52 (checked against Python hashlib)', () => {
    // hashlib.sha256(b'2026-Q3:ent-1').hexdigest()[:13] == '6be79900a8016' → 1898279177191446 / 2**52
    expect(uniformDraw('2026-Q3', 'ent-1')).toBe(0.42150264993688813);
  });

  it('is reproducible: the same seed gives the same picks, another seed other picks', () => {
    const a = suggestSample(population, DEFAULT_SAMPLING_WEIGHTS, 8, '2026-Q3', TODAY);
    const b = suggestSample(population, DEFAULT_SAMPLING_WEIGHTS, 8, '2026-Q3', TODAY);
    const c = suggestSample(population, DEFAULT_SAMPLING_WEIGHTS, 8, '2026-Q4', TODAY);
    expect(b).toEqual(a);
    expect(a).toHaveLength(8);
    expect(c.map((p) => p.id)).not.toEqual(a.map((p) => p.id));
  });

  it('does not depend on the order of the candidates', () => {
    const reversed = [...population].reverse();
    const shuffled = [...population].sort((x, y) => uniformDraw('shuffle', x.id) - uniformDraw('shuffle', y.id));
    const expected = suggestSample(population, DEFAULT_SAMPLING_WEIGHTS, 10, 'order', TODAY);
    expect(suggestSample(reversed, DEFAULT_SAMPLING_WEIGHTS, 10, 'order', TODAY)).toEqual(expected);
    expect(suggestSample(shuffled, DEFAULT_SAMPLING_WEIGHTS, 10, 'order', TODAY)).toEqual(expected);
  });

  it('explains each pick: key = u^(1/weight), ranks by descending key, factors sum to the weight', () => {
    const all = suggestSample(population, DEFAULT_SAMPLING_WEIGHTS, population.length, 'explain', TODAY);
    all.forEach((p, i) => {
      expect(p.rank).toBe(i + 1);
      expect(p.random).toBe(uniformDraw('explain', p.id));
      expect(p.random).toBeGreaterThan(0);
      expect(p.random).toBeLessThan(1);
      expect(p.key).toBeCloseTo(p.random ** (1 / p.weight), 15);
      expect(sum(p.factors.map((f) => f.contribution))).toBe(p.weight);
      if (i > 0) expect(p.key).toBeLessThanOrEqual(all[i - 1]?.key ?? Number.NaN);
    });
    // A smaller plan is the head of the full ranking.
    expect(suggestSample(population, DEFAULT_SAMPLING_WEIGHTS, 5, 'explain', TODAY)).toEqual(all.slice(0, 5));
  });

  it('picks a heavier candidate more often, in proportion to its weight (2,000 fixed seeds)', () => {
    // Nine candidates of weight 1 (grade A, checked recently) and one of weight 4 (grade D): P(heavy first) = 4/13 ≈ 0.31.
    const group = Array.from({ length: 10 }, (_, i) => candidate(`c${i}`, { grade: i === 3 ? 'D' : 'A' }));
    expect(weightOf(group[3] as SamplingCandidate, DEFAULT_SAMPLING_WEIGHTS, TODAY).weight).toBe(4);
    const first = new Map<string, number>();
    const inThree = new Map<string, number>();
    const runs = 2000;
    for (let s = 0; s < runs; s++) {
      const picks = suggestSample(group, DEFAULT_SAMPLING_WEIGHTS, 3, `seed-${s}`, TODAY);
      const top = picks[0]?.id ?? '';
      first.set(top, (first.get(top) ?? 0) + 1);
      for (const p of picks) inThree.set(p.id, (inThree.get(p.id) ?? 0) + 1);
    }
    const heavyShare = (first.get('c3') ?? 0) / runs;
    expect(heavyShare).toBeGreaterThan(0.26);
    expect(heavyShare).toBeLessThan(0.36);
    for (const c of group) {
      if (c.id === 'c3') continue;
      expect((first.get(c.id) ?? 0) / runs).toBeLessThan(0.12); // 1/13 ≈ 0.077
      expect(inThree.get(c.id) ?? 0).toBeLessThan(inThree.get('c3') ?? 0);
      expect(inThree.get(c.id) ?? 0).toBeGreaterThan(0); // the base keeps everyone in the draw
    }
  });

  it('handles sizes at the edges', () => {
    expect(suggestSample(population, DEFAULT_SAMPLING_WEIGHTS, 0, 's', TODAY)).toEqual([]);
    expect(suggestSample([], DEFAULT_SAMPLING_WEIGHTS, 5, 's', TODAY)).toEqual([]);
    const everyone = suggestSample(population.slice(0, 3), DEFAULT_SAMPLING_WEIGHTS, 10, 's', TODAY);
    expect(everyone.map((p) => p.rank)).toEqual([1, 2, 3]);
    expect(new Set(everyone.map((p) => p.id))).toEqual(new Set(['ent-0', 'ent-1', 'ent-2']));
    expect(suggestSample(population, DEFAULT_SAMPLING_WEIGHTS, 1, 's', TODAY)).toHaveLength(1);
    expect(() => suggestSample(population, DEFAULT_SAMPLING_WEIGHTS, -1, 's', TODAY)).toThrow(RangeError);
    expect(() => suggestSample(population, DEFAULT_SAMPLING_WEIGHTS, 1.5, 's', TODAY)).toThrow(RangeError);
  });

  it('refuses duplicate ids and invalid weights', () => {
    const dup = [candidate('x'), candidate('x')];
    expect(() => suggestSample(dup, DEFAULT_SAMPLING_WEIGHTS, 1, 's', TODAY)).toThrow(RangeError);
    expect(() => suggestSample(population, { ...DEFAULT_SAMPLING_WEIGHTS, base: 0 }, 1, 's', TODAY)).toThrow(
      RangeError,
    );
  });
});

describe('samplingWeightsProblems', () => {
  it('accepts the defaults', () => {
    expect(samplingWeightsProblems(DEFAULT_SAMPLING_WEIGHTS)).toEqual([]);
  });

  it.each<[string, Partial<Record<keyof SamplingWeights, unknown>>, unknown[]]>([
    [
      'base 0 (every enterprise must keep a chance)',
      { base: 0 },
      [{ field: 'base', issue: 'too_small', params: { limit: 0.01 } }],
    ],
    [
      'a negative weight',
      { perComplaint: -0.5 },
      [{ field: 'perComplaint', issue: 'too_small', params: { limit: 0 } }],
    ],
    [
      'a negative grade weight',
      { byGrade: { A: 0, D: -1 } },
      [{ field: 'byGrade.D', issue: 'too_small', params: { limit: 0 } }],
    ],
    ['a huge weight', { noGrade: 1000 }, [{ field: 'noGrade', issue: 'too_large', params: { limit: 100 } }]],
    ['recentMonths 0', { recentMonths: 0 }, [{ field: 'recentMonths', issue: 'too_small', params: { limit: 1 } }]],
    [
      'recentMonths not whole',
      { recentMonths: 1.5 },
      [{ field: 'recentMonths', issue: 'type', params: { type: 'integer' } }],
    ],
    [
      'a cap not whole',
      { maxComplaints: 2.5 },
      [{ field: 'maxComplaints', issue: 'type', params: { type: 'integer' } }],
    ],
    ['a missing field', { notCheckedRecently: undefined }, [{ field: 'notCheckedRecently', issue: 'required' }]],
    ['not a number', { perUnqualified: '1' }, [{ field: 'perUnqualified', issue: 'type', params: { type: 'number' } }]],
    ['NaN', { base: Number.NaN }, [{ field: 'base', issue: 'type', params: { type: 'number' } }]],
    ['byGrade not an object', { byGrade: [1, 2] }, [{ field: 'byGrade', issue: 'type', params: { type: 'object' } }]],
  ])('%s', (_, change, expected) => {
    expect(samplingWeightsProblems({ ...DEFAULT_SAMPLING_WEIGHTS, ...change })).toEqual(expected);
  });

  it('reports every field of an empty object as required', () => {
    const problems = samplingWeightsProblems({});
    expect(problems.map((p) => p.field)).toEqual([
      'base',
      'byGrade',
      'noGrade',
      'perUnqualified',
      'maxUnqualified',
      'perComplaint',
      'maxComplaints',
      'notCheckedRecently',
      'recentMonths',
    ]);
    expect(problems.every((p) => p.issue === 'required')).toBe(true);
    expect(samplingWeightsProblems(null)).toEqual(problems);
  });
});
