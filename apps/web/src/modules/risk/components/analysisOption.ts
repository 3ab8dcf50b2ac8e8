import type { SpotCheckAnalysisRowDto } from '@gongzhi/contracts';

/** The series of the analysis chart: the association's members next to the whole region. */
export const ANALYSIS_SERIES = ['members', 'region'] as const;
export type AnalysisSeries = (typeof ANALYSIS_SERIES)[number];

export interface AnalysisChartLabels {
  /** A row's label on the category axis. */
  row: (row: SpotCheckAnalysisRowDto) => string;
  series: Record<AnalysisSeries, string>;
  /** The value axis' name. */
  rate: string;
  /** "unqualified / inspected" in the tooltip, e.g. "3 / 40 批次". */
  counts: (unqualified: number, inspected: number) => string;
  /** Shown instead of a rate when nothing was inspected. */
  none: string;
}

const COLORS: Record<AnalysisSeries, string> = { members: '#1f5fbf', region: '#fa8c16' };

/** A non-conformity rate (0–1) as a percentage with two decimals; null stays null. */
export function ratePercent(rate: number | null | undefined): number | null {
  return rate === null || rate === undefined || Number.isNaN(rate) ? null : Math.round(rate * 10_000) / 100;
}

/** True when the analysis has an association in view (its rows carry the members' tallies). */
export function hasMembers(rows: readonly SpotCheckAnalysisRowDto[]): boolean {
  return rows.some((row) => row.members !== null);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface AxisTooltipParam {
  dataIndex: number;
  seriesName?: string;
  marker?: string;
}

/**
 * An ECharts option (no ECharts import here, so that it is testable and the page stays light): the
 * rate of each row as bars, members and region side by side; horizontal bars for long labels
 * (categories, items, districts, associations), vertical ones for months.
 */
export function buildAnalysisOption(
  rows: readonly SpotCheckAnalysisRowDto[],
  labels: AnalysisChartLabels,
  { horizontal }: { horizontal: boolean },
) {
  const series: AnalysisSeries[] = hasMembers(rows) ? ['members', 'region'] : ['region'];
  const categoryAxis = {
    type: 'category' as const,
    data: rows.map(labels.row),
    ...(horizontal
      ? { inverse: true, axisLabel: { width: 160, overflow: 'truncate' as const } }
      : { axisLabel: { interval: 0, rotate: rows.length > 8 ? 35 : 0 } }),
  };
  const valueAxis = {
    type: 'value' as const,
    min: 0,
    name: labels.rate,
    nameLocation: 'middle' as const,
    nameGap: horizontal ? 28 : 44,
    axisLabel: { formatter: '{value}%' },
  };
  const tally = (row: SpotCheckAnalysisRowDto, key: AnalysisSeries) => (key === 'members' ? row.members : row.region);
  return {
    color: series.map((key) => COLORS[key]),
    legend: { top: 0, data: series.map((key) => labels.series[key]) },
    grid: { left: 8, right: 24, top: 40, bottom: horizontal ? 32 : 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: AxisTooltipParam | AxisTooltipParam[]) => {
        const list = Array.isArray(params) ? params : [params];
        const row = rows[list[0]?.dataIndex ?? -1];
        if (!row) return '';
        const lines = series.map((key, index) => {
          const counts = tally(row, key);
          const rate = ratePercent(counts?.rate);
          const value = rate === null ? labels.none : `${rate}%`;
          const detail = counts ? ` (${escapeHtml(labels.counts(counts.unqualified, counts.inspected))})` : '';
          return `${list[index]?.marker ?? ''}${escapeHtml(labels.series[key])}: <b>${value}</b>${detail}`;
        });
        return [`<b>${escapeHtml(labels.row(row))}</b>`, ...lines].join('<br/>');
      },
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: series.map((key) => ({
      name: labels.series[key],
      type: 'bar',
      barMaxWidth: 24,
      data: rows.map((row) => ratePercent(tally(row, key)?.rate)),
    })),
  };
}
