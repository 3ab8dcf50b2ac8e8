import type { SpcChartDto } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { buildSpcOption, formatSpcValue, SIGNAL_COLOR, signalTexts, spcScale } from './spcOption';

type Point = SpcChartDto['points'][number];

const point = (period: string, value: number | null, size: number, extra: Partial<Point> = {}): Point => ({
  period,
  count: value === null ? 0 : Math.round(value * size),
  size,
  value,
  centre: 0.1,
  ucl: size > 0 ? 0.1 + 3 * Math.sqrt((0.1 * 0.9) / size) : null,
  lcl: size > 0 ? Math.max(0, 0.1 - 3 * Math.sqrt((0.1 * 0.9) / size)) : null,
  sigma: null,
  z: null,
  signals: [],
  ...extra,
});

const labels = {
  value: '不合格率',
  centre: '中心线',
  ucl: 'UCL',
  lcl: 'LCL',
  rule: (rule: string) => `rule:${rule}`,
  side: (side: string) => (side === 'up' ? '偏高' : '偏低'),
  counts: (count: number, size: number) => `${count}/${size}`,
  none: '—',
};

const chart: Pick<SpcChartDto, 'kind' | 'points'> = {
  kind: 'p',
  points: [
    point('2026-01', 0.1, 40),
    point('2026-02', null, 0),
    point('2026-03', 0.5, 10, {
      signals: [
        { index: 2, period: '2026-03', rule: 'beyond_limit', side: 'up' },
        { index: 2, period: '2026-03', rule: 'two_of_three_beyond_2sigma', side: 'up' },
      ],
    }),
    point('2026-04', 0.05, 100),
  ],
};

describe('buildSpcOption', () => {
  const option = buildSpcOption(chart, labels);

  it('draws the value, the centre line and both limits over the months', () => {
    expect(option.xAxis.data).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(option.series.map((s) => s.name)).toEqual(['不合格率', '中心线', 'UCL', 'LCL']);
    expect(option.legend.data).toEqual(['不合格率', '中心线', 'UCL', 'LCL']);
    // p-chart values are percentages; a month without inspections is a gap
    expect(option.series[0]?.data.map((d) => (d as { value: number | null }).value)).toEqual([10, null, 50, 5]);
    expect(option.series[1]?.data).toEqual([10, 10, 10, 10]);
    expect(option.yAxis.axisLabel.formatter).toBe('{value}%');
  });

  it('draws UCL and LCL as step lines that follow each month’s sample size', () => {
    const [ucl, lcl] = [option.series[2], option.series[3]];
    expect(ucl).toMatchObject({ type: 'line', step: 'middle', symbol: 'none' });
    expect(lcl).toMatchObject({ type: 'line', step: 'middle', symbol: 'none' });
    expect(ucl?.data[0]).toBeCloseTo(24.2302, 3);
    expect(ucl?.data[1]).toBeNull();
    expect(ucl?.data[2]).toBeCloseTo(38.4605, 3);
    expect(lcl?.data[0]).toBe(0);
    expect(lcl?.data[3]).toBeCloseTo(1, 3);
    expect((ucl?.data[0] as number) < (ucl?.data[2] as number)).toBe(true);
  });

  it('marks signalling points in red and larger', () => {
    const data = option.series[0]?.data as {
      value: number | null;
      itemStyle?: { color: string };
      symbolSize?: number;
    }[];
    expect(data[2]).toMatchObject({ value: 50, symbolSize: 12, itemStyle: { color: SIGNAL_COLOR } });
    expect(data[0]?.itemStyle).toBeUndefined();
    expect(data.filter((d) => d.itemStyle?.color === SIGNAL_COLOR)).toHaveLength(1);
  });

  it('names the rules that fired in the tooltip', () => {
    const formatter = option.tooltip.formatter;
    const html = formatter([{ dataIndex: 2 }]);
    expect(html).toContain('2026-03');
    expect(html).toContain('50.00%');
    expect(html).toContain('5/10');
    expect(html).toContain('rule:beyond_limit (偏高)');
    expect(html).toContain('rule:two_of_three_beyond_2sigma (偏高)');
    expect(formatter([{ dataIndex: 0 }])).not.toContain('rule:');
    expect(formatter([{ dataIndex: 1 }])).toContain('不合格率: <b>—</b>');
    expect(formatter([{ dataIndex: 9 }])).toBe('');
  });

  it('keeps u-chart values as rates per unit', () => {
    const u = buildSpcOption({ kind: 'u', points: [point('2026-01', 0.25, 8)] }, labels);
    expect(u.series[0]?.data[0]).toEqual({ value: 0.25 });
    expect(u.yAxis.axisLabel.formatter).toBe('{value}');
    expect(spcScale('u')).toBe(1);
    expect(formatSpcValue(0.25, 'u')).toBe('0.250');
    expect(formatSpcValue(0.0512, 'p')).toBe('5.12%');
    expect(formatSpcValue(null, 'p')).toBeNull();
  });

  it('escapes text put into the tooltip', () => {
    const html = buildSpcOption(chart, { ...labels, value: '<b>x' }).tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('&#60;b&#62;x');
  });
});

describe('signalTexts', () => {
  it('lists each rule and side once', () => {
    const signals = [
      { index: 0, period: 'p', rule: 'six_trending' as const, side: 'down' as const },
      { index: 0, period: 'p', rule: 'six_trending' as const, side: 'down' as const },
    ];
    expect(signalTexts({ signals }, labels)).toEqual(['rule:six_trending (偏低)']);
  });
});
