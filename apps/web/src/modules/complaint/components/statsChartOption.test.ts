import type { ComplaintStatsRowDto } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { buildStatsChartOption, toPercent } from './statsChartOption';

const row = (key: string, received: number, onTimeRate: number | null): ComplaintStatsRowDto => ({
  key,
  label: key,
  received,
  complaints: received,
  consultations: 0,
  accepted: received,
  refused: 0,
  settled: 1,
  terminated: 0,
  transferred: 0,
  open: received - 1,
  onTimeRate,
  settledRate: null,
  medianDays: null,
  satisfaction: null,
  rated: 0,
});

describe('buildStatsChartOption', () => {
  const labels = { row: (r: ComplaintStatsRowDto) => `#${r.key}`, count: (k: string) => k, onTimeRate: 'on time' };

  it('draws one bar per count and the on-time rate as a percentage line', () => {
    const option = buildStatsChartOption([row('2026-01', 5, 0.8), row('2026-02', 3, null)], labels);
    expect(option.xAxis.data).toEqual(['#2026-01', '#2026-02']);
    expect(option.series.map((s) => s.name)).toEqual(['received', 'settled', 'terminated', 'open', 'on time']);
    expect(option.series[0]?.data).toEqual([5, 3]);
    expect(option.series[4]?.data).toEqual([80, null]);
    expect(option.xAxis.axisLabel.rotate).toBe(0);
  });

  it('slants the labels of many rows', () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(`m${i}`, i, 0.5));
    expect(buildStatsChartOption(rows, labels).xAxis.axisLabel.rotate).toBe(35);
  });

  it('rounds rates to one decimal', () => {
    expect(toPercent(0.9166)).toBe(91.7);
    expect(toPercent(null)).toBeNull();
  });
});
