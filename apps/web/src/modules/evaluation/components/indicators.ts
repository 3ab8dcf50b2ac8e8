import type {
  AssessmentDto,
  FrameworkScaleLevel,
  IndicatorDto,
  IndicatorScoreDto,
  Locale,
  LocalisedText,
  PreviousAssessmentDto,
  RollupDto,
} from '@gongzhi/contracts';

/** A text of a framework in the UI language; an imported framework may have no English, then the Chinese shows. */
export function localised(text: LocalisedText | null | undefined, locale: Locale): string {
  if (!text) return '';
  return locale === 'en-US' && text.en.trim() ? text.en : text.zh;
}

/** An indicator with its children, as the framework nests them. */
export interface IndicatorNode {
  indicator: IndicatorDto;
  children: IndicatorNode[];
}

/**
 * The tree of a framework's flattened indicators (document order kept). An indicator whose parent is
 * missing is put at the top, so that nothing is lost.
 */
export function indicatorTree(indicators: readonly IndicatorDto[]): IndicatorNode[] {
  const nodes = new Map<string, IndicatorNode>();
  for (const indicator of indicators) nodes.set(indicator.code, { indicator, children: [] });
  const roots: IndicatorNode[] = [];
  for (const indicator of indicators) {
    const node = nodes.get(indicator.code);
    if (!node) continue;
    const parent = indicator.parentCode ? nodes.get(indicator.parentCode) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The codes of the indicators that have children (the groups a tree can fold), parents first. */
export function groupCodesOf(nodes: readonly IndicatorNode[]): string[] {
  return nodes.flatMap((node) =>
    node.children.length > 0 ? [node.indicator.code, ...groupCodesOf(node.children)] : [],
  );
}

/** The leaves under a node (the node itself when it is one). */
export function leavesUnder(node: IndicatorNode): IndicatorDto[] {
  return node.children.length === 0 ? [node.indicator] : node.children.flatMap(leavesUnder);
}

/** The scale level of a score row, if it has one. */
export function levelOf(scale: readonly FrameworkScaleLevel[], level: number | null | undefined) {
  return level === null || level === undefined ? undefined : scale.find((entry) => entry.level === level);
}

/** The score (0–100) of every indicator: leaves from their rows, the others from the roll-up. */
export function scoresByCode(
  scores: readonly Pick<IndicatorScoreDto, 'indicatorCode' | 'score'>[],
  rollup: readonly Pick<RollupDto, 'code' | 'score'>[],
): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const row of scores) out.set(row.indicatorCode, row.score);
  for (const row of rollup) out.set(row.code, row.score);
  return out;
}

/** Rounded to one decimal, so that 0.1 + 0.2 shows as 0.3 and a change of 0.04 as none. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export type Trend = 'up' | 'down' | 'same';

/** Now minus before (one decimal), or null when either is missing. */
export function changeOf(now: number | null | undefined, before: number | null | undefined): number | null {
  if (now === null || now === undefined || before === null || before === undefined) return null;
  return round1(now - before);
}

export function trendOf(change: number | null): Trend | null {
  if (change === null) return null;
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}

/** One row of the comparison with the previous assessment. */
export interface ComparisonRow {
  code: string;
  name: string;
  depth: number;
  leaf: boolean;
  weight: number;
  score: number | null;
  previous: number | null;
  change: number | null;
}

/** Every indicator of the assessment in framework order with its score, the previous one and the change. */
export function comparisonRows(
  assessment: Pick<AssessmentDto, 'framework' | 'scores' | 'rollup'> & {
    previous: Pick<PreviousAssessmentDto, 'scores'> | null;
  },
  locale: Locale,
): ComparisonRow[] {
  const scores = scoresByCode(assessment.scores, assessment.rollup);
  return assessment.framework.indicators.map((indicator) => {
    const score = scores.get(indicator.code) ?? null;
    const previous = assessment.previous ? (assessment.previous.scores[indicator.code] ?? null) : null;
    return {
      code: indicator.code,
      name: localised(indicator.name, locale),
      depth: indicator.depth,
      leaf: indicator.leaf,
      weight: indicator.weight,
      score,
      previous,
      change: changeOf(score, previous),
    };
  });
}

/** The key of the group of siblings an indicator belongs to (its parent, or '' at the top). */
export function siblingGroupOf(indicator: Pick<IndicatorDto, 'parentCode'>): string {
  return indicator.parentCode ?? '';
}

/** The sum of the weights of each group of siblings (parent code → sum; '' for the top level). */
export function siblingSums(
  indicators: readonly Pick<IndicatorDto, 'code' | 'parentCode'>[],
  weights: Readonly<Record<string, number | null | undefined>>,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const indicator of indicators) {
    const group = siblingGroupOf(indicator);
    sums.set(group, round2((sums.get(group) ?? 0) + (weights[indicator.code] ?? 0)));
  }
  return sums;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The groups of siblings whose weights do not add up to 100 (within a hundredth). */
export function unbalancedGroups(sums: ReadonlyMap<string, number>): string[] {
  return [...sums].filter(([, sum]) => Math.abs(sum - 100) > 0.005).map(([group]) => group);
}

/** The weights of a framework, code → weight (the weights editor starts from them). */
export function weightsOf(indicators: readonly Pick<IndicatorDto, 'code' | 'weight'>[]): Record<string, number> {
  return Object.fromEntries(indicators.map((indicator) => [indicator.code, indicator.weight]));
}

/** True when the edited weights or threshold differ from the framework's. */
export function weightsChanged(
  indicators: readonly Pick<IndicatorDto, 'code' | 'weight'>[],
  weights: Readonly<Record<string, number | null | undefined>>,
): boolean {
  return indicators.some((indicator) => (weights[indicator.code] ?? 0) !== indicator.weight);
}
