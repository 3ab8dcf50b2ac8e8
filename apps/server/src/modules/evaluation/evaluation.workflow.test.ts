import { ASSESSMENT_STATUSES, type AssessmentStatus, type IndicatorDto } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_ACTIONS,
  type AssessmentAction,
  allowedActions,
  checkLevel,
  indicatorsNeedingAction,
  isEditable,
  levelScore,
  nextStatus,
  rank,
  rollUp,
} from './evaluation.workflow.js';
import { builtInFrameworkText, flattenFramework, parseFrameworkText } from './framework.format.js';

const indicator = (code: string, parentCode: string | null, weight: number, leaf: boolean): IndicatorDto => ({
  code,
  parentCode,
  depth: parentCode === null ? 1 : 2,
  leaf,
  name: { zh: code, en: code },
  weight,
  outcomes: [],
  facts: [],
});

/** T1 (60): L1 (50), L2 (30), L3 (20); T2 (40): L4 (100). */
const tree: IndicatorDto[] = [
  indicator('T1', null, 60, false),
  indicator('L1', 'T1', 50, true),
  indicator('L2', 'T1', 30, true),
  indicator('L3', 'T1', 20, true),
  indicator('T2', null, 40, false),
  indicator('L4', 'T2', 100, true),
];

/** Z1 (100): M1 (0), M2 (100) — a child with weight 0. */
const zeroTree: IndicatorDto[] = [
  indicator('Z1', null, 100, false),
  indicator('M1', 'Z1', 0, true),
  indicator('M2', 'Z1', 100, true),
];

/** R1 (50): N1, N2, N3 (1 each); R2 (50): N4 — thirds, to see where rounding happens. */
const thirdsTree: IndicatorDto[] = [
  indicator('R1', null, 50, false),
  indicator('N1', 'R1', 1, true),
  indicator('N2', 'R1', 1, true),
  indicator('N3', 'R1', 1, true),
  indicator('R2', null, 50, false),
  indicator('N4', 'R2', 1, true),
];

const scores = (entries: Record<string, number | null>) => new Map(Object.entries(entries));

describe('rollUp', () => {
  const cases: {
    name: string;
    indicators: IndicatorDto[];
    leaves: Record<string, number | null>;
    nodes: Record<string, [score: number | null, scored: number, total: number]>;
    total: number | null;
  }[] = [
    {
      // T1 = (50·100 + 30·50 + 20·0) / 100 = 65; T2 = 75; total = (60·65 + 40·75) / 100 = 69
      name: 'every leaf scored',
      indicators: tree,
      leaves: { L1: 100, L2: 50, L3: 0, L4: 75 },
      nodes: { T1: [65, 3, 3], T2: [75, 1, 1], L3: [0, 1, 1] },
      total: 69,
    },
    {
      // T1 = (50·100 + 30·50) / 80 = 81.25 (L3 not scored yet); T2 none; total = T1 alone
      name: 'partly scored',
      indicators: tree,
      leaves: { L1: 100, L2: 50, L3: null },
      nodes: { T1: [81.25, 2, 3], T2: [null, 0, 1], L3: [null, 0, 1], L4: [null, 0, 1] },
      total: 81.25,
    },
    {
      // L2 not scored: T1 = (50·25 + 20·0) / 70 = 1250 / 70 = 17.857142… → 17.86;
      // total = (60·17.857142… + 40·100) / 100 = 50.714285… → 50.71 (with T1 rounded first: 50.716 → 50.72)
      name: 'partial figures rounded only at output',
      indicators: tree,
      leaves: { L1: 25, L3: 0, L4: 100 },
      nodes: { T1: [17.86, 2, 3], T2: [100, 1, 1] },
      total: 50.71,
    },
    {
      name: 'nothing scored',
      indicators: tree,
      leaves: {},
      nodes: { T1: [null, 0, 3], T2: [null, 0, 1] },
      total: null,
    },
    {
      // M1 has weight 0: it does not count; Z1 = M2 = 50
      name: 'a child of weight 0 does not count',
      indicators: zeroTree,
      leaves: { M1: 100, M2: 50 },
      nodes: { Z1: [50, 2, 2], M1: [100, 1, 1] },
      total: 50,
    },
    {
      // the only scored child has weight 0: no figure yet
      name: 'only children of weight 0 scored',
      indicators: zeroTree,
      leaves: { M1: 100 },
      nodes: { Z1: [null, 1, 2] },
      total: null,
    },
    {
      // R1 = 200/3 = 66.666…; total = (50·66.666… + 50·0.003) / 100 = 33.334833… → 33.33.
      // Rounding R1 first would give (66.67 + 0.003) / 2 = 33.3365 → 33.34.
      name: 'full precision inside',
      indicators: thirdsTree,
      leaves: { N1: 100, N2: 100, N3: 0, N4: 0.003 },
      nodes: { R1: [66.67, 3, 3], R2: [0, 1, 1] },
      total: 33.33,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const { nodes, total } = rollUp(c.indicators, scores(c.leaves));
      expect(total).toBe(c.total);
      for (const [code, [score, scored, all]] of Object.entries(c.nodes)) {
        expect(nodes.get(code), code).toEqual({ code, score, scoredLeaves: scored, totalLeaves: all });
      }
      expect(nodes.size).toBe(c.indicators.length);
    });
  }

  const builtIn = () => {
    const { framework } = parseFrameworkText(builtInFrameworkText());
    if (!framework) throw new Error('the built-in framework does not parse');
    return flattenFramework(framework);
  };

  it('gives 75 everywhere for the built-in framework scored at level 3 throughout', () => {
    const indicators = builtIn();
    const leaves = new Map(indicators.filter((i) => i.leaf).map((i) => [i.code, 75]));
    const { nodes, total } = rollUp(indicators, leaves);
    expect(total).toBe(75);
    for (const i of indicators) expect(nodes.get(i.code)?.score, i.code).toBe(75);
    expect(nodes.get('A1')).toEqual({ code: 'A1', score: 75, scoredLeaves: 9, totalLeaves: 9 });
    expect(nodes.get('A2')).toEqual({ code: 'A2', score: 75, scoredLeaves: 9, totalLeaves: 9 });
    expect(nodes.get('A3')).toEqual({ code: 'A3', score: 75, scoredLeaves: 4, totalLeaves: 4 });
  });

  it('computes a mixed assessment of the built-in framework', () => {
    // Level 3 (75) everywhere except C1 = 100, C5 = 0, C10 = 50, C19 = 25 and C22 not scored.
    // B1 = (50·100 + 50·75) / 100 = 87.5; B2 = 75; B3 = 0; B4 = 75
    // A1 = (25·87.5 + 25·75 + 25·0 + 25·75) / 100 = 59.375 → 59.38
    // B5 = (20·50 + 4·20·75) / 100 = 70; B6 = 75; A2 = (50·70 + 50·75) / 100 = 72.5
    // B7 = 25; B8 = 75; B9 = none; A3 = (40·25 + 30·75) / 70 = 3250 / 70 = 46.428571… → 46.43
    // total = (30·59.375 + 40·72.5 + 30·46.428571…) / 100 = 6074.107142… / 100 → 60.74
    const indicators = builtIn();
    const leaves = new Map<string, number | null>(indicators.filter((i) => i.leaf).map((i) => [i.code, 75]));
    leaves.set('C1', 100);
    leaves.set('C5', 0);
    leaves.set('C10', 50);
    leaves.set('C19', 25);
    leaves.set('C22', null);
    const { nodes, total } = rollUp(indicators, leaves);
    const got = Object.fromEntries(
      ['B1', 'B2', 'B3', 'B4', 'A1', 'B5', 'B6', 'A2', 'B7', 'B8', 'B9', 'A3'].map((c) => [c, nodes.get(c)?.score]),
    );
    expect(got).toEqual({
      B1: 87.5,
      B2: 75,
      B3: 0,
      B4: 75,
      A1: 59.38,
      B5: 70,
      B6: 75,
      A2: 72.5,
      B7: 25,
      B8: 75,
      B9: null,
      A3: 46.43,
    });
    expect(total).toBe(60.74);
    expect(nodes.get('A3')).toMatchObject({ scoredLeaves: 3, totalLeaves: 4 });
    expect(nodes.get('B9')).toMatchObject({ scoredLeaves: 0, totalLeaves: 1 });
    expect(indicatorsNeedingAction(indicators, leaves, 60)).toEqual(['C5', 'C10', 'C19']);
  });
});

describe('the scale', () => {
  const { framework } = parseFrameworkText(builtInFrameworkText());
  const scale = framework?.scale ?? [];

  it('gives the percentage of a level', () => {
    expect([0, 1, 2, 3, 4].map((l) => levelScore(scale, l))).toEqual([0, 25, 50, 75, 100]);
    expect(levelScore(scale, 5)).toBeNull();
    expect(levelScore(scale, -1)).toBeNull();
  });

  it('refuses a level outside the scale', () => {
    for (const level of [0, 4, null]) expect(checkLevel(scale, level), String(level)).toBeNull();
    for (const level of [5, -1, 2.5]) {
      expect(checkLevel(scale, level), String(level)).toEqual({
        issue: 'level_out_of_scale',
        params: { min: 0, max: 4 },
      });
    }
  });
});

describe('assessment steps', () => {
  const expected: Record<AssessmentStatus, Record<AssessmentAction, AssessmentStatus | null>> = {
    draft: { submit: 'submitted', approve: null, request_changes: null, finalise: null },
    submitted: { submit: null, approve: 'reviewed', request_changes: 'changes_requested', finalise: null },
    changes_requested: { submit: 'submitted', approve: null, request_changes: null, finalise: null },
    reviewed: { submit: null, approve: null, request_changes: null, finalise: 'final' },
    final: { submit: null, approve: null, request_changes: null, finalise: null },
  };

  for (const status of ASSESSMENT_STATUSES) {
    for (const action of ASSESSMENT_ACTIONS) {
      it(`${status} × ${action} → ${expected[status][action] ?? 'refused'}`, () => {
        expect(nextStatus(status, action)).toBe(expected[status][action]);
      });
    }
  }

  it('lists the allowed actions and which statuses may be edited', () => {
    expect(Object.fromEntries(ASSESSMENT_STATUSES.map((s) => [s, allowedActions(s)]))).toEqual({
      draft: ['submit'],
      submitted: ['approve', 'request_changes'],
      changes_requested: ['submit'],
      reviewed: ['finalise'],
      final: [],
    });
    expect(ASSESSMENT_STATUSES.filter(isEditable)).toEqual(['draft', 'changes_requested']);
  });
});

describe('indicatorsNeedingAction', () => {
  it('takes the leaves strictly below the threshold, in framework order, never the unscored ones', () => {
    const leaves = scores({ L4: 10, L1: 59.99, L2: 60, L3: null, T1: 0 });
    expect(indicatorsNeedingAction(tree, leaves, 60)).toEqual(['L1', 'L4']);
    expect(indicatorsNeedingAction(tree, leaves, 0)).toEqual([]);
    expect(indicatorsNeedingAction(tree, leaves, 100)).toEqual(['L1', 'L2', 'L4']);
  });
});

describe('rank', () => {
  it('ranks final rows with a total, ties sharing a rank (1, 2, 2, 4)', () => {
    const ranks = rank([
      { id: 'a', total: 80, final: true },
      { id: 'b', total: 90, final: true },
      { id: 'c', total: 80.000001, final: true },
      { id: 'd', total: 70, final: true },
      { id: 'e', total: 95, final: false },
      { id: 'f', total: null, final: true },
      { id: 'g', total: 0, final: true },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ a: 2, b: 1, c: 2, d: 4, e: null, f: null, g: 5 });
  });

  it('ranks several ties at the top and nothing when nothing is final', () => {
    const ranks = rank([
      { id: 'x', total: 60, final: true },
      { id: 'y', total: 75.5, final: true },
      { id: 'z', total: 75.5, final: true },
      { id: 'w', total: 75.5, final: true },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ x: 4, y: 1, z: 1, w: 1 });
    expect(Object.fromEntries(rank([{ id: 'q', total: 50, final: false }]))).toEqual({ q: null });
    expect(rank([]).size).toBe(0);
  });
});
