import type { SpcChartDto, SpcRule } from '@gongzhi/contracts';

type SpcPoint = SpcChartDto['points'][number];
type SpcSignal = SpcPoint['signals'][number];

export interface SpcChartLabels {
  value: string;
  centre: string;
  ucl: string;
  lcl: string;
  /** A run rule's name, e.g. "超出控制限". */
  rule: (rule: SpcRule) => string;
  /** Above / below the centre line. */
  side: (side: SpcSignal['side']) => string;
  /** The tooltip's count line, e.g. "3 / 40" with the chart's unit. */
  counts: (count: number, size: number) => string;
  /** Shown for a month without data. */
  none: string;
}

export const SIGNAL_COLOR = '#cf1322';
const VALUE_COLOR = '#1f5fbf';
const LIMIT_COLOR = '#d46b08';
const CENTRE_COLOR = '#389e0d';

/** The p-chart shows shares as percentages; the u-chart shows complaints per unit as they are. */
export function spcScale(kind: SpcChartDto['kind']): number {
  return kind === 'p' ? 100 : 1;
}

function scaled(value: number | null, scale: number): number | null {
  return value === null || Number.isNaN(value) ? null : Math.round(value * scale * 10_000) / 10_000;
}

/** A value as the tooltip writes it: a percentage with two decimals (p) or three decimals (u). */
export function formatSpcValue(value: number | null, kind: SpcChartDto['kind']): string | null {
  if (value === null || Number.isNaN(value)) return null;
  return kind === 'p' ? `${(value * 100).toFixed(2)}%` : value.toFixed(3);
}

/** The rules that fired at a point, in words ("超出控制限（偏高）"), each once. */
export function signalTexts(point: Pick<SpcPoint, 'signals'>, labels: Pick<SpcChartLabels, 'rule' | 'side'>): string[] {
  const seen = new Set<string>();
  const texts: string[] = [];
  for (const signal of point.signals) {
    const text = `${labels.rule(signal.rule)} (${labels.side(signal.side)})`;
    if (!seen.has(text)) {
      seen.add(text);
      texts.push(text);
    }
  }
  return texts;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface AxisTooltipParam {
  dataIndex: number;
}

/**
 * An ECharts option of a control chart (no ECharts import here): the monthly value as a line, the
 * centre line, UCL and LCL as step lines (they move with each month's sample size), and the points
 * that signal drawn larger and in red, with the rules that fired in the tooltip.
 */
export function buildSpcOption(chart: Pick<SpcChartDto, 'kind' | 'points'>, labels: SpcChartLabels) {
  const scale = spcScale(chart.kind);
  const points = chart.points;
  const limitLine = (name: string, pick: (point: SpcPoint) => number | null) => ({
    name,
    type: 'line',
    step: 'middle',
    symbol: 'none',
    connectNulls: false,
    lineStyle: { type: 'dashed', width: 1.5, color: LIMIT_COLOR },
    itemStyle: { color: LIMIT_COLOR },
    emphasis: { disabled: true },
    data: points.map((point) => scaled(pick(point), scale)),
  });
  return {
    color: [VALUE_COLOR, CENTRE_COLOR, LIMIT_COLOR, LIMIT_COLOR],
    legend: { top: 0, data: [labels.value, labels.centre, labels.ucl, labels.lcl] },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (params: AxisTooltipParam | AxisTooltipParam[]) => {
        const list = Array.isArray(params) ? params : [params];
        const point = points[list[0]?.dataIndex ?? -1];
        if (!point) return '';
        const show = (value: number | null) => formatSpcValue(value, chart.kind) ?? labels.none;
        const lines = [
          `<b>${escapeHtml(point.period)}</b>`,
          `${escapeHtml(labels.value)}: <b>${show(point.value)}</b> (${escapeHtml(labels.counts(point.count, point.size))})`,
          `${escapeHtml(labels.centre)}: ${show(point.centre)}`,
          `${escapeHtml(labels.ucl)}: ${show(point.ucl)}`,
          `${escapeHtml(labels.lcl)}: ${show(point.lcl)}`,
          ...signalTexts(point, labels).map(
            (text) => `<span style="color:${SIGNAL_COLOR}">● ${escapeHtml(text)}</span>`,
          ),
        ];
        return lines.join('<br/>');
      },
    },
    xAxis: { type: 'category', boundaryGap: true, data: points.map((point) => point.period) },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { formatter: chart.kind === 'p' ? '{value}%' : '{value}' },
    },
    series: [
      {
        name: labels.value,
        type: 'line',
        symbol: 'circle',
        symbolSize: 6,
        showAllSymbol: true,
        connectNulls: false,
        z: 5,
        lineStyle: { color: VALUE_COLOR, width: 2 },
        itemStyle: { color: VALUE_COLOR },
        data: points.map((point) => {
          const value = scaled(point.value, scale);
          return point.signals.length > 0
            ? { value, symbolSize: 12, itemStyle: { color: SIGNAL_COLOR, borderColor: '#fff' } }
            : { value };
        }),
      },
      {
        name: labels.centre,
        type: 'line',
        symbol: 'none',
        lineStyle: { color: CENTRE_COLOR, width: 1.5 },
        itemStyle: { color: CENTRE_COLOR },
        emphasis: { disabled: true },
        data: points.map((point) => scaled(point.centre, scale)),
      },
      limitLine(labels.ucl, (point) => point.ucl),
      limitLine(labels.lcl, (point) => point.lcl),
    ],
  };
}
