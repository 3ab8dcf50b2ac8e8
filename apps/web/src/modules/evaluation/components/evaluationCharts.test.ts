import { describe, expect, it } from 'vitest';
import { buildBarOption, buildRadarOption, buildRankingOption, rankingHeight } from './evaluationCharts';

const names = { current: '本次', previous: '上次' };

describe('buildRadarOption', () => {
  const rows = [
    { label: 'B1', score: 80, previous: 70 },
    { label: 'B2', score: null, previous: 50 },
  ];

  it('draws one axis per indicator, 0–100, and the previous assessment only when there is one', () => {
    const option = buildRadarOption(rows, names, { previous: true });
    expect(option.radar.indicator).toEqual([
      { name: 'B1', max: 100, min: 0 },
      { name: 'B2', max: 100, min: 0 },
    ]);
    expect(option.series[0]?.data.map((entry) => entry.value)).toEqual([
      [80, null],
      [70, 50],
    ]);
    expect(option.legend.data).toEqual(['本次', '上次']);
    const alone = buildRadarOption(rows, names, { previous: false });
    expect(alone.series[0]?.data).toHaveLength(1);
    expect(alone.color).toHaveLength(1);
  });
});

describe('buildBarOption', () => {
  it('puts a bar per row with the previous beside it', () => {
    const option = buildBarOption(
      [
        { label: 'A1', score: 56.25, previous: 60 },
        { label: '总分', score: 70, previous: null },
      ],
      names,
      { previous: true, axis: '得分' },
    );
    expect(option.xAxis.data).toEqual(['A1', '总分']);
    expect(option.series.map((entry) => entry.data)).toEqual([
      [56.3, 70],
      [60, null],
    ]);
    expect(option.yAxis).toMatchObject({ min: 0, max: 100, name: '得分' });
    expect(buildBarOption([], names, { previous: true, axis: '' }).series).toHaveLength(1);
  });
});

describe('buildRankingOption', () => {
  it('lists the totals top first, a taller chart for more rows', () => {
    const option = buildRankingOption(
      [
        { label: '陶瓷协会', score: 88 },
        { label: '家具商会', score: null },
      ],
      { axis: '总分' },
    );
    expect(option.yAxis).toMatchObject({ inverse: true, data: ['陶瓷协会', '家具商会'] });
    expect(option.series[0]?.data).toEqual([88, null]);
    expect(rankingHeight(1)).toBe(160);
    expect(rankingHeight(20)).toBe(688);
  });
});
