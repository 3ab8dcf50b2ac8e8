/**
 * ECharts options of the evaluation screens, built without importing ECharts (testable, and the page
 * stays light): the radar of the second-level scores, the bars of the first-level scores and the
 * total, and the bars of a campaign's totals.
 */

export interface ChartRow {
  /** The axis label (e.g. "B1 组织管理", or just "B1" on a narrow screen). */
  label: string;
  score: number | null;
  previous?: number | null;
}

export interface SeriesNames {
  current: string;
  previous: string;
}

const CURRENT = '#1f5fbf';

/** A score as the chart shows it: one decimal, as in the tables; null stays null (no point, no bar). */
function shown(score: number | null | undefined): number | null {
  return score === null || score === undefined ? null : Math.round(score * 10) / 10;
}
const PREVIOUS = '#fa8c16';

/** True when some row has a previous score (the second series is drawn only then). */
function withPrevious(rows: readonly ChartRow[], previous: boolean): boolean {
  return previous && rows.length > 0;
}

/** The radar of the second-level indicators, 0–100 on every axis; the previous assessment as a second polygon. */
export function buildRadarOption(rows: readonly ChartRow[], names: SeriesNames, { previous }: { previous: boolean }) {
  const two = withPrevious(rows, previous);
  const data = [
    { name: names.current, value: rows.map((row) => shown(row.score)), areaStyle: { opacity: 0.15 } },
    ...(two
      ? [{ name: names.previous, value: rows.map((row) => shown(row.previous)), lineStyle: { type: 'dashed' } }]
      : []),
  ];
  return {
    color: two ? [CURRENT, PREVIOUS] : [CURRENT],
    legend: { top: 0, data: data.map((entry) => entry.name) },
    tooltip: { trigger: 'item' },
    radar: {
      center: ['50%', '55%'],
      radius: '62%',
      indicator: rows.map((row) => ({ name: row.label, max: 100, min: 0 })),
      axisName: { color: '#595959', overflow: 'break', width: 90 },
    },
    series: [{ type: 'radar', symbolSize: 5, data }],
  };
}

/** Vertical bars: one per row (first-level indicators, then the total), the previous assessment beside. */
export function buildBarOption(
  rows: readonly ChartRow[],
  names: SeriesNames,
  { previous, axis }: { previous: boolean; axis: string },
) {
  const two = withPrevious(rows, previous);
  const series = [
    {
      name: names.current,
      type: 'bar',
      barMaxWidth: 32,
      label: { show: true, position: 'top' },
      data: rows.map((row) => shown(row.score)),
    },
    ...(two
      ? [{ name: names.previous, type: 'bar', barMaxWidth: 32, data: rows.map((row) => shown(row.previous)) }]
      : []),
  ];
  return {
    color: two ? [CURRENT, PREVIOUS] : [CURRENT],
    legend: { top: 0, data: series.map((entry) => entry.name) },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: rows.map((row) => row.label),
      axisLabel: { interval: 0, width: 80, overflow: 'break' },
    },
    yAxis: { type: 'value', min: 0, max: 100, name: axis },
    series,
  };
}

/** Horizontal bars of the totals of a campaign, in ranking order (top first). */
export function buildRankingOption(rows: readonly ChartRow[], { axis }: { axis: string }) {
  return {
    color: [CURRENT],
    grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', min: 0, max: 100, name: axis, nameLocation: 'middle', nameGap: 24 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.label),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 20,
        label: { show: true, position: 'right' },
        data: rows.map((row) => shown(row.score)),
      },
    ],
  };
}

/** A chart's height for `count` horizontal bars. */
export function rankingHeight(count: number): number {
  return Math.max(160, 48 + count * 32);
}
