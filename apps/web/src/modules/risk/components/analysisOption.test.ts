import type { SpotCheckAnalysisRowDto } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { buildAnalysisOption, hasMembers, ratePercent } from './analysisOption';

const tally = (unqualified: number, inspected: number) => ({
  unqualified,
  inspected,
  rate: inspected > 0 ? unqualified / inspected : null,
});

const rows: SpotCheckAnalysisRowDto[] = [
  { key: '电线电缆', label: '电线电缆', members: tally(1, 8), region: tally(6, 40) },
  { key: '陶瓷砖', label: '陶瓷砖', members: tally(0, 0), region: tally(2, 30) },
];

const labels = {
  row: (row: SpotCheckAnalysisRowDto) => row.label,
  series: { members: '会员企业', region: '全市' },
  rate: '不合格率',
  counts: (unqualified: number, inspected: number) => `${unqualified}/${inspected}`,
  none: '—',
};

describe('buildAnalysisOption', () => {
  it('puts the members next to the whole region, as percentages', () => {
    const option = buildAnalysisOption(rows, labels, { horizontal: true });
    expect(option.series.map((s) => s.name)).toEqual(['会员企业', '全市']);
    expect(option.series[0]?.data).toEqual([12.5, null]);
    expect(option.series[1]?.data).toEqual([15, 6.67]);
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['电线电缆', '陶瓷砖'], inverse: true });
    expect(option.xAxis).toMatchObject({ type: 'value', axisLabel: { formatter: '{value}%' } });
  });

  it('draws months as vertical bars', () => {
    const option = buildAnalysisOption(rows, labels, { horizontal: false });
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['电线电缆', '陶瓷砖'] });
    expect(option.yAxis).toMatchObject({ type: 'value' });
  });

  it('shows only the region when no association is in view', () => {
    const regionOnly = rows.map((row) => ({ ...row, members: null }));
    expect(hasMembers(regionOnly)).toBe(false);
    const option = buildAnalysisOption(regionOnly, labels, { horizontal: true });
    expect(option.series.map((s) => s.name)).toEqual(['全市']);
    expect(option.legend.data).toEqual(['全市']);
  });

  it('gives rates and counts in the tooltip', () => {
    const option = buildAnalysisOption(rows, labels, { horizontal: true });
    const html = option.tooltip.formatter([
      { dataIndex: 1, marker: '' },
      { dataIndex: 1, marker: '' },
    ]);
    expect(html).toContain('陶瓷砖');
    expect(html).toContain('会员企业: <b>—</b> (0/0)');
    expect(html).toContain('全市: <b>6.67%</b> (2/30)');
  });

  it('rounds rates to two decimals', () => {
    expect(ratePercent(1 / 3)).toBe(33.33);
    expect(ratePercent(null)).toBeNull();
    expect(ratePercent(undefined)).toBeNull();
  });
});
