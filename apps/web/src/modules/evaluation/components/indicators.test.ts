import type { IndicatorDto } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import {
  changeOf,
  comparisonRows,
  groupCodesOf,
  indicatorTree,
  leavesUnder,
  levelOf,
  localised,
  scoresByCode,
  siblingSums,
  trendOf,
  unbalancedGroups,
  weightsChanged,
  weightsOf,
} from './indicators';

function indicator(code: string, parentCode: string | null, weight: number, leaf = false): IndicatorDto {
  return {
    code,
    parentCode,
    depth: parentCode === null ? 1 : code.startsWith('B') ? 2 : 3,
    leaf,
    name: { zh: `指标${code}`, en: code === 'C2' ? '' : `Indicator ${code}` },
    weight,
    outcomes: [],
    facts: [],
  };
}

const INDICATORS: IndicatorDto[] = [
  indicator('A1', null, 60),
  indicator('B1', 'A1', 50),
  indicator('C1', 'B1', 50, true),
  indicator('C2', 'B1', 50, true),
  indicator('B2', 'A1', 50),
  indicator('C3', 'B2', 100, true),
  indicator('A2', null, 40),
  indicator('C4', 'A2', 100, true),
];

describe('localised', () => {
  it('shows English when there is some, the Chinese otherwise', () => {
    expect(localised({ zh: '工作机构', en: 'Work body' }, 'en-US')).toBe('Work body');
    expect(localised({ zh: '工作机构', en: ' ' }, 'en-US')).toBe('工作机构');
    expect(localised({ zh: '工作机构', en: 'Work body' }, 'zh-CN')).toBe('工作机构');
    expect(localised(null, 'zh-CN')).toBe('');
  });
});

describe('indicatorTree', () => {
  it('nests the flat list in document order and keeps orphans at the top', () => {
    const tree = indicatorTree([...INDICATORS, indicator('C9', 'B9', 100, true)]);
    expect(tree.map((node) => node.indicator.code)).toEqual(['A1', 'A2', 'C9']);
    expect(tree[0]?.children.map((node) => node.indicator.code)).toEqual(['B1', 'B2']);
    expect(tree[0]?.children[0]?.children.map((node) => node.indicator.code)).toEqual(['C1', 'C2']);
    expect(groupCodesOf(tree)).toEqual(['A1', 'B1', 'B2', 'A2']);
    const first = tree[0];
    expect(first ? leavesUnder(first).map((leaf) => leaf.code) : []).toEqual(['C1', 'C2', 'C3']);
  });
});

describe('scores and comparison', () => {
  const scale = [
    { level: 0, score: 0, name: { zh: '未开展', en: 'None' }, description: { zh: '', en: '' } },
    { level: 1, score: 60, name: { zh: '部分', en: 'Partly' }, description: { zh: '', en: '' } },
  ];

  it('finds the level of a row', () => {
    expect(levelOf(scale, 1)?.score).toBe(60);
    expect(levelOf(scale, null)).toBeUndefined();
    expect(levelOf(scale, 7)).toBeUndefined();
  });

  it('takes leaves from the rows and the others from the roll-up', () => {
    const map = scoresByCode(
      [
        { indicatorCode: 'C1', score: 100 },
        { indicatorCode: 'C2', score: null },
      ],
      [{ code: 'B1', score: 100 }],
    );
    expect(map.get('C1')).toBe(100);
    expect(map.get('C2')).toBeNull();
    expect(map.get('B1')).toBe(100);
    expect(map.has('A1')).toBe(false);
  });

  it('compares with the previous assessment, rounding the change to one decimal', () => {
    expect(changeOf(80.15, 70.1)).toBe(10.1);
    expect(changeOf(70, null)).toBeNull();
    expect(changeOf(null, 70)).toBeNull();
    expect(trendOf(changeOf(0.1 + 0.2, 0.3))).toBe('same');
    expect(trendOf(-2)).toBe('down');
    expect(trendOf(3)).toBe('up');
    expect(trendOf(null)).toBeNull();

    const rows = comparisonRows(
      {
        framework: { indicators: INDICATORS } as never,
        scores: [{ indicatorCode: 'C1', score: 100 } as never, { indicatorCode: 'C2', score: 60 } as never],
        rollup: [{ code: 'B1', score: 80, scoredLeaves: 2, totalLeaves: 2 }],
        previous: { scores: { C1: 60, B1: 90 } },
      },
      'en-US',
    );
    expect(rows.find((row) => row.code === 'C1')).toMatchObject({ score: 100, previous: 60, change: 40, leaf: true });
    expect(rows.find((row) => row.code === 'C2')).toMatchObject({ name: '指标C2', previous: null, change: null });
    expect(rows.find((row) => row.code === 'B1')).toMatchObject({ score: 80, previous: 90, change: -10 });
    expect(rows.find((row) => row.code === 'A2')).toMatchObject({ score: null, previous: null, change: null });
  });

  it('has no previous column values without a previous assessment', () => {
    const rows = comparisonRows(
      { framework: { indicators: INDICATORS } as never, scores: [], rollup: [], previous: null },
      'zh-CN',
    );
    expect(rows.every((row) => row.previous === null && row.change === null)).toBe(true);
  });
});

describe('weights', () => {
  it('sums each group of siblings and names those that are not 100', () => {
    const weights = weightsOf(INDICATORS);
    expect(weightsChanged(INDICATORS, weights)).toBe(false);
    expect(unbalancedGroups(siblingSums(INDICATORS, weights))).toEqual([]);

    const edited = { ...weights, C1: 33.33, C2: 66.67, A2: 45, B2: undefined };
    const sums = siblingSums(INDICATORS, edited);
    expect(sums.get('')).toBe(105);
    expect(sums.get('B1')).toBe(100);
    expect(sums.get('A1')).toBe(50);
    expect(unbalancedGroups(sums)).toEqual(['', 'A1']);
    expect(weightsChanged(INDICATORS, edited)).toBe(true);
  });
});
