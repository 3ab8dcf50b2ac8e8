import type { ComplaintStatsRowDto } from '@gongzhi/contracts';

/** The series of the statistics chart: counts as bars, the on-time rate as a line on its own axis. */
export const CHART_COUNTS = ['received', 'settled', 'terminated', 'open'] as const;
export type ChartCount = (typeof CHART_COUNTS)[number];

export interface ChartLabels {
  /** The row's label on the x-axis. */
  row: (row: ComplaintStatsRowDto) => string;
  /** A count's name in the legend. */
  count: (key: ChartCount) => string;
  onTimeRate: string;
}

const COLORS: Record<ChartCount, string> = {
  received: '#1f5fbf',
  settled: '#52c41a',
  terminated: '#fa8c16',
  open: '#8c8c8c',
};

/** Rates are shares (0–1); the chart shows percentages. */
export function toPercent(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 10;
}

/** An ECharts option for the rows (no ECharts import here, so that it is testable and the page stays light). */
export function buildStatsChartOption(rows: readonly ComplaintStatsRowDto[], labels: ChartLabels) {
  const many = rows.length > 6;
  return {
    color: CHART_COUNTS.map((key) => COLORS[key]),
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map(labels.row),
      axisLabel: { interval: 0, rotate: many ? 35 : 0, width: 120, overflow: 'truncate' },
    },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      ...CHART_COUNTS.map((key) => ({
        name: labels.count(key),
        type: 'bar',
        barMaxWidth: 28,
        data: rows.map((row) => row[key]),
      })),
      {
        name: labels.onTimeRate,
        type: 'line',
        yAxisIndex: 1,
        smooth: true,
        connectNulls: true,
        itemStyle: { color: '#cf1322' },
        data: rows.map((row) => toPercent(row.onTimeRate)),
      },
    ],
  };
}
