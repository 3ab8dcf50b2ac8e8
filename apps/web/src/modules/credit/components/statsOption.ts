import type { CreditStatsDto } from '@gongzhi/contracts';

type AssociationStats = CreditStatsDto['associations'][number];

/** The grade codes of all associations, in the order they first appear (each association lists its best first). */
export function gradeCodes(associations: readonly Pick<AssociationStats, 'distribution'>[]): string[] {
  const codes: string[] = [];
  for (const association of associations) {
    for (const code of Object.keys(association.distribution)) if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

export function enterprisesGraded(distribution: Record<string, number>): number {
  return Object.values(distribution).reduce((sum, count) => sum + count, 0);
}

/** A scale from the best grade (green) to the worst (red) for other grade codes, distinct from the A–D colours. */
const PALETTE = [
  '#237804',
  '#7cb305',
  '#d4b106',
  '#d46b08',
  '#a8071a',
  '#722ed1',
  '#08979c',
  '#1d39c4',
  '#c41d7f',
  '#595959',
];

/** The default grade codes (A–D) keep their colours (as the grade tags); other codes take the scale by position. */
const LETTER_COLORS: Record<string, string> = { A: '#389e0d', B: '#1677ff', C: '#fa8c16', D: '#f5222d' };

export function gradeColor(index: number, code?: string): string {
  const letter = code?.trim().toUpperCase();
  if (letter && LETTER_COLORS[letter]) return LETTER_COLORS[letter];
  return PALETTE[index] ?? (PALETTE.at(-1) as string);
}

/** An ECharts option: one stacked bar per association, one segment per grade (no ECharts import here). */
export function buildCreditStatsOption(associations: readonly AssociationStats[], title: string) {
  const codes = gradeCodes(associations);
  return {
    color: codes.map((code, index) => gradeColor(index, code)),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 40, bottom: 28, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, name: title, nameLocation: 'middle', nameGap: 28 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: associations.map((association) => association.associationName),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: codes.map((code) => ({
      name: code,
      type: 'bar',
      stack: 'grades',
      barMaxWidth: 28,
      emphasis: { focus: 'series' },
      data: associations.map((association) => association.distribution[code] ?? 0),
    })),
  };
}
