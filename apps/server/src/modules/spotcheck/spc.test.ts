import { describe, expect, it } from 'vitest';
import { pChart, runRules, type SpcInput, uChart } from './spc.js';

/** Consecutive months from 2025-01, one per [count, size]. */
function series(rows: readonly (readonly [number, number])[]): SpcInput[] {
  return rows.map(([count, size], i) => {
    const month = new Date(Date.UTC(2025, i, 1)).toISOString().slice(0, 7);
    return { period: month, count, size };
  });
}

const hits = (z: readonly (number | null)[]) => runRules(z).map((h) => `${h.index}:${h.rule}:${h.side}`);

describe('p-chart limits (worked by hand)', () => {
  it('n = 5 each: p̄ = 5/25 = 0.2, σ = √(0.2·0.8/5) = 0.178885, UCL = 0.736656, LCL clipped at 0', () => {
    const c = pChart(
      series([
        [1, 5],
        [0, 5],
        [2, 5],
        [1, 5],
        [1, 5],
      ]),
    );
    expect(c.kind).toBe('p');
    expect(c.centre).toBeCloseTo(0.2, 12);
    expect(c.baselinePeriods).toBe(5);
    for (const p of c.points) {
      expect(p.sigma).toBeCloseTo(0.1788854382, 9);
      expect(p.ucl).toBeCloseTo(0.7366563146, 9);
      expect(p.lcl).toBe(0);
    }
    expect(c.points[2]?.value).toBe(0.4);
    expect(c.points[2]?.z).toBeCloseTo((0.4 - 0.2) / 0.1788854382, 9);
    expect(c.points[1]?.z).toBeCloseTo(-0.2 / 0.1788854382, 9);
    expect(c.signals).toEqual([]);
  });

  it('varying sizes 50/200/100: p̄ = 15/350, each point has its own σ and limits', () => {
    const c = pChart(
      series([
        [2, 50],
        [10, 200],
        [3, 100],
      ]),
    );
    expect(c.centre).toBeCloseTo(0.0428571429, 9);
    const expected = [
      [0.0286427681, 0.1287854471],
      [0.014321384, 0.085821295],
      [0.0202534955, 0.1036176295],
    ];
    c.points.forEach((p, i) => {
      const [sigma, ucl] = expected[i] ?? [];
      expect(p.sigma).toBeCloseTo(sigma ?? Number.NaN, 9);
      expect(p.ucl).toBeCloseTo(ucl ?? Number.NaN, 9);
      expect(p.lcl).toBe(0);
    });
    expect(c.points[0]?.z).toBeCloseTo((0.04 - 15 / 350) / 0.0286427681, 7);
  });

  it('LCL above 0 when the centre is far from 0: p̄ = 150/500 = 0.3', () => {
    const c = pChart(
      series([
        [30, 100],
        [120, 400],
      ]),
    );
    expect(c.points[0]?.ucl).toBeCloseTo(0.4374772708, 9);
    expect(c.points[0]?.lcl).toBeCloseTo(0.1625227292, 9);
    expect(c.points[1]?.ucl).toBeCloseTo(0.3687386354, 9);
    expect(c.points[1]?.lcl).toBeCloseTo(0.2312613646, 9);
  });

  it('UCL capped at 1: p̄ = 0.5, n = 2, σ = 0.353553, p̄+3σ = 1.56 → 1', () => {
    const c = pChart(
      series([
        [1, 2],
        [1, 2],
      ]),
    );
    expect(c.points[0]?.sigma).toBeCloseTo(0.3535533906, 9);
    expect(c.points[0]?.ucl).toBe(1);
    expect(c.points[0]?.lcl).toBe(0);
  });

  it('baselinePeriods: the centre comes from the first N points only; the later jump is a signal', () => {
    const rows: [number, number][] = [
      [10, 100],
      [10, 100],
      [10, 100],
      [10, 100],
      [10, 100],
      [40, 100],
    ];
    const c = pChart(series(rows), { baselinePeriods: 3 });
    expect(c.baselinePeriods).toBe(3);
    expect(c.centre).toBeCloseTo(0.1, 12);
    expect(c.points[5]?.sigma).toBeCloseTo(0.03, 12);
    expect(c.points[5]?.ucl).toBeCloseTo(0.19, 12);
    expect(c.points[5]?.lcl).toBeCloseTo(0.01, 12);
    expect(c.points[5]?.z).toBeCloseTo(10, 9);
    expect(c.signals).toEqual([{ index: 5, period: '2025-06', rule: 'beyond_limit', side: 'up' }]);
    expect(c.points[5]?.signals).toEqual(c.signals);

    const all = pChart(series(rows));
    expect(all.baselinePeriods).toBe(6);
    expect(all.centre).toBeCloseTo(0.15, 12);
    expect(pChart(series(rows), { baselinePeriods: 99 }).baselinePeriods).toBe(6);
    expect(() => pChart(series(rows), { baselinePeriods: 0 })).toThrow(RangeError);
    expect(() => pChart(series(rows), { baselinePeriods: 2.5 })).toThrow(RangeError);
  });

  it('σ = 0 at a zero centre: no z anywhere, but a point above 0 is beyond_limit up', () => {
    const c = pChart(
      series([
        [0, 10],
        [0, 10],
        [0, 10],
        [1, 10],
      ]),
      { baselinePeriods: 3 },
    );
    expect(c.centre).toBe(0);
    expect(c.points.map((p) => p.z)).toEqual([null, null, null, null]);
    expect(c.points[3]).toMatchObject({ value: 0.1, sigma: 0, ucl: 0, lcl: 0 });
    expect(c.signals).toEqual([{ index: 3, period: '2025-04', rule: 'beyond_limit', side: 'up' }]);
  });

  it('σ = 0 at p̄ = 1: a point below 1 is beyond_limit down', () => {
    const c = pChart(
      series([
        [10, 10],
        [10, 10],
        [9, 10],
      ]),
      { baselinePeriods: 2 },
    );
    expect(c.centre).toBe(1);
    expect(c.points[2]).toMatchObject({ sigma: 0, ucl: 1, lcl: 1, z: null });
    expect(c.signals.map((s) => `${s.index}:${s.rule}:${s.side}`)).toEqual(['2:beyond_limit:down']);
  });

  it('rejects counts above the size, negative numbers and unordered or malformed periods', () => {
    expect(() => pChart(series([[6, 5]]))).toThrow(RangeError);
    expect(() => pChart(series([[-1, 5]]))).toThrow(RangeError);
    expect(() => uChart(series([[1, -5]]))).toThrow(RangeError);
    const [a, b] = series([
      [1, 5],
      [1, 5],
    ]);
    if (!a || !b) throw new Error('fixture');
    expect(() => pChart([b, a])).toThrow(RangeError);
    expect(() => pChart([a, a])).toThrow(RangeError);
    expect(() => pChart([{ ...a, period: '2025-13' }])).toThrow(RangeError);
    expect(pChart([]).points).toEqual([]);
  });
});

describe('u-chart limits (worked by hand)', () => {
  it('ū = 12/40 = 0.3; σ = √(0.3/10) = 0.173205 and √(0.3/20) = 0.122474; LCL clipped at 0', () => {
    const c = uChart(
      series([
        [3, 10],
        [5, 20],
        [4, 10],
      ]),
    );
    expect(c.kind).toBe('u');
    expect(c.centre).toBeCloseTo(0.3, 12);
    expect(c.points[0]?.sigma).toBeCloseTo(0.1732050808, 9);
    expect(c.points[0]?.ucl).toBeCloseTo(0.8196152423, 9);
    expect(c.points[1]?.sigma).toBeCloseTo(0.1224744871, 9);
    expect(c.points[1]?.ucl).toBeCloseTo(0.6674234614, 9);
    expect(c.points.map((p) => p.lcl)).toEqual([0, 0, 0]);
    expect(c.points[1]?.value).toBe(0.25);
  });

  it('ū = 5 per unit, n = 10: σ = √0.5, limits 7.121320 and 2.878680 (no cap at 1)', () => {
    const c = uChart(
      series([
        [40, 10],
        [60, 10],
        [50, 10],
      ]),
    );
    expect(c.points[0]?.ucl).toBeCloseTo(7.1213203436, 9);
    expect(c.points[0]?.lcl).toBeCloseTo(2.8786796564, 9);
    expect(c.points[0]?.z).toBeCloseTo(-Math.SQRT2, 9); // (4 − 5)/√0.5;
  });

  it('a zero-size month has no value, limits or z, and neither extends nor breaks a run', () => {
    // Baseline: 4 months at exactly 1 per unit (z = 0); then 8 months at 1.2 (z = +0.632), a size-0 month after the 4th.
    const rows: [number, number][] = [
      [10, 10],
      [10, 10],
      [10, 10],
      [10, 10],
    ];
    for (let i = 0; i < 8; i++) {
      rows.push([12, 10]);
      if (i === 3) rows.push([0, 0]);
    }
    const c = uChart(series(rows), { baselinePeriods: 4 });
    expect(c.points[8]).toMatchObject({
      size: 0,
      value: null,
      ucl: null,
      lcl: null,
      sigma: null,
      z: null,
      signals: [],
    });
    expect(c.signals).toEqual([{ index: 12, period: '2026-01', rule: 'eight_on_one_side', side: 'up' }]);
  });

  it('a baseline with no units at all has centre 0', () => {
    const c = uChart(
      series([
        [0, 0],
        [2, 4],
      ]),
      { baselinePeriods: 1 },
    );
    expect(c.centre).toBe(0);
    expect(c.signals.map((s) => s.index)).toEqual([1]);
  });
});

describe('run rules: each fires exactly when it should, not one point earlier', () => {
  it.each<[string, (number | null)[], string[]]>([
    // beyond_limit: |z| > 3 strictly
    ['exactly ±3 is inside', [3, -3], []],
    ['beyond ±3', [0, 3.01, -3.5], ['1:beyond_limit:up', '2:beyond_limit:down']],
    // two_of_three_beyond_2sigma: |z| > 2 strictly, 2 of the last 3 on the same side
    ['one beyond 2σ', [2.5, 0, 0], []],
    ['exactly 2σ is not beyond', [2, 2, 2], []],
    ['two of three above', [2.1, 1, 2.1], ['2:two_of_three_beyond_2sigma:up']],
    ['two consecutive below', [0, -2.1, -2.2], ['2:two_of_three_beyond_2sigma:down']],
    ['two at the very start', [2.5, 2.5], ['1:two_of_three_beyond_2sigma:up']],
    ['the two on different sides', [0, 2.5, -2.5, 0], []],
    ['the two four apart', [2.1, 1, 1, 2.1], []],
    [
      'three in a row fire twice',
      [2.1, 2.1, 2.1],
      ['1:two_of_three_beyond_2sigma:up', '2:two_of_three_beyond_2sigma:up'],
    ],
    // eight_on_one_side: z strictly > 0 (or < 0) eight points in a row
    ['7 above', [1, 1, 1, 1, 1, 1, 1], []],
    ['8 above', [1, 1, 1, 1, 1, 1, 1, 1], ['7:eight_on_one_side:up']],
    [
      '9 above fires on the 8th and 9th',
      [1, 1, 1, 1, 1, 1, 1, 1, 1],
      ['7:eight_on_one_side:up', '8:eight_on_one_side:up'],
    ],
    ['8 below', [-1, -1, -1, -1, -1, -1, -1, -1], ['7:eight_on_one_side:down']],
    ['a tie (z = 0) breaks the run', [1, 1, 1, 1, 0, 1, 1, 1, 1], []],
    ['a crossing breaks the run', [1, 1, 1, 1, 1, 1, 1, -1, 1], []],
    ['a null neither breaks nor extends', [1, 1, 1, null, 1, 1, 1, 1], []],
    ['a null inside 8 above', [1, 1, 1, null, 1, 1, 1, 1, 1], ['8:eight_on_one_side:up']],
    // six_trending: 6 points, 5 strict increases (or decreases)
    ['5 increasing', [-1, -0.5, 0, 0.5, 1], []],
    ['6 increasing', [-1, -0.5, 0, 0.5, 1, 1.5], ['5:six_trending:up']],
    ['6 decreasing', [1, 0.8, 0.6, 0.4, 0.2, 0], ['5:six_trending:down']],
    ['7 increasing fires on the 6th and 7th', [-3, -2, -1, 0, 0.5, 1, 1.5], ['5:six_trending:up', '6:six_trending:up']],
    ['an equal step breaks the trend', [-1, -0.5, 0, 0, 0.5, 1, 1.5], []],
    ['a reversal breaks the trend', [-1, -0.5, 0, -0.1, 0.5, 1, 1.5], []],
    ['nulls are skipped within a trend', [-1, null, -0.5, 0, null, 0.5, 1, 1.5], ['7:six_trending:up']],
  ])('%s', (_, z, expected) => {
    expect(hits(z)).toEqual(expected);
  });

  it('one point can carry several signals', () => {
    expect(hits([0.5, 1, 1.5, 2, 2.5, 3.5])).toEqual([
      '5:beyond_limit:up',
      '5:two_of_three_beyond_2sigma:up',
      '5:six_trending:up',
    ]);
  });

  it('signals on a chart carry the period and sit on their point', () => {
    // 12 months at n = 100: a baseline at 10% then 8 months at 12% (z = 0.667, no limit crossed).
    const rows: [number, number][] = [
      [10, 100],
      [10, 100],
      [10, 100],
      [10, 100],
    ];
    for (let i = 0; i < 8; i++) rows.push([12, 100]);
    const c = pChart(series(rows), { baselinePeriods: 4 });
    expect(c.signals).toEqual([{ index: 11, period: '2025-12', rule: 'eight_on_one_side', side: 'up' }]);
    expect(c.points[11]?.signals).toEqual(c.signals);
    expect(c.points[10]?.signals).toEqual([]);
  });
});
