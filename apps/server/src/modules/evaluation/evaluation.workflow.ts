/**
 * Pure rules of an assessment (issue #5): the roll-up of leaf scores through a framework's weights,
 * the scale, the steps of an assessment, which indicators need an improvement action, and the
 * ranking of a campaign. No I/O.
 */
import type { AssessmentStatus, FieldIssue, FrameworkScaleLevel, IndicatorDto, RollupDto } from '@gongzhi/contracts';

const round2 = (n: number) => Math.round(n * 100) / 100;

// ---------------------------------------------------------------- roll-up

/**
 * Every indicator's score from the leaves' scores (percentages of the scale).
 *
 * A node's score is Σ(weight·score) / Σ(weight) over its children that have a score, so a partly
 * scored assessment shows a partial figure; null when no child with a weight above 0 has one. The
 * total is the same over the first-level indicators. Full precision inside, rounded to 2 decimals
 * on output. The map holds every indicator (a leaf: its own score, 0 or 1 of 1 leaves).
 */
export function rollUp(
  indicators: IndicatorDto[],
  leafScores: Map<string, number | null>,
): { nodes: Map<string, RollupDto>; total: number | null } {
  const children = new Map<string | null, IndicatorDto[]>();
  for (const i of indicators) {
    const list = children.get(i.parentCode) ?? [];
    list.push(i);
    children.set(i.parentCode, list);
  }
  const exact = new Map<string, { score: number | null; scored: number; total: number }>();

  const weighted = (list: IndicatorDto[]): number | null => {
    let sum = 0;
    let weights = 0;
    for (const child of list) {
      const score = exact.get(child.code)?.score ?? null;
      if (score === null || child.weight <= 0) continue;
      sum += child.weight * score;
      weights += child.weight;
    }
    return weights > 0 ? sum / weights : null;
  };

  const visit = (i: IndicatorDto): void => {
    const list = children.get(i.code) ?? [];
    if (i.leaf || list.length === 0) {
      const score = leafScores.get(i.code) ?? null;
      exact.set(i.code, { score, scored: score === null ? 0 : 1, total: 1 });
      return;
    }
    let scored = 0;
    let total = 0;
    for (const child of list) {
      visit(child);
      const c = exact.get(child.code);
      scored += c?.scored ?? 0;
      total += c?.total ?? 0;
    }
    exact.set(i.code, { score: weighted(list), scored, total });
  };
  const roots = children.get(null) ?? [];
  for (const root of roots) visit(root);

  const nodes = new Map<string, RollupDto>();
  for (const i of indicators) {
    const e = exact.get(i.code);
    if (!e) continue;
    nodes.set(i.code, {
      code: i.code,
      score: e.score === null ? null : round2(e.score),
      scoredLeaves: e.scored,
      totalLeaves: e.total,
    });
  }
  const total = weighted(roots);
  return { nodes, total: total === null ? null : round2(total) };
}

// ---------------------------------------------------------------- scale

/** The percentage a level is worth, or null when the scale has no such level. */
export function levelScore(scale: FrameworkScaleLevel[], level: number): number | null {
  return scale.find((s) => s.level === level)?.score ?? null;
}

export interface LevelProblem {
  issue: Extract<FieldIssue, 'level_out_of_scale'>;
  params: { min: number; max: number };
}

/** null when the level is on the scale (or null: clearing a score); else the problem to report. */
export function checkLevel(scale: FrameworkScaleLevel[], level: number | null): LevelProblem | null {
  if (level === null) return null;
  if (Number.isInteger(level) && scale.some((s) => s.level === level)) return null;
  const levels = scale.map((s) => s.level);
  return {
    issue: 'level_out_of_scale',
    params: { min: levels.length ? Math.min(...levels) : 0, max: levels.length ? Math.max(...levels) : 0 },
  };
}

// ---------------------------------------------------------------- steps

export const ASSESSMENT_ACTIONS = ['submit', 'approve', 'request_changes', 'finalise'] as const;
export type AssessmentAction = (typeof ASSESSMENT_ACTIONS)[number];

/** draft|changes_requested → submitted → reviewed (approve) | changes_requested; reviewed → final. */
export const ASSESSMENT_TRANSITIONS: Record<
  AssessmentAction,
  { from: readonly AssessmentStatus[]; to: AssessmentStatus }
> = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'reviewed' },
  request_changes: { from: ['submitted'], to: 'changes_requested' },
  finalise: { from: ['reviewed'], to: 'final' },
};

/** The status after the action, or null when the action is not allowed from this status. */
export function nextStatus(status: AssessmentStatus, action: AssessmentAction): AssessmentStatus | null {
  const step = ASSESSMENT_TRANSITIONS[action];
  return step.from.includes(status) ? step.to : null;
}

export function allowedActions(status: AssessmentStatus): AssessmentAction[] {
  return ASSESSMENT_ACTIONS.filter((action) => nextStatus(status, action) !== null);
}

/** Scores, evidence and facts may change only while the assessment is with its assessor. */
export function isEditable(status: AssessmentStatus): boolean {
  return status === 'draft' || status === 'changes_requested';
}

// ---------------------------------------------------------------- improvement and ranking

/** Leaf codes, in framework order, scored strictly below the threshold (unscored leaves are not). */
export function indicatorsNeedingAction(
  indicators: IndicatorDto[],
  leafScores: Map<string, number | null>,
  threshold: number,
): string[] {
  return indicators
    .filter((i) => i.leaf)
    .filter((i) => {
      const score = leafScores.get(i.code) ?? null;
      return score !== null && score < threshold;
    })
    .map((i) => i.code);
}

/**
 * Competition ranking (1, 2, 2, 4) by total, highest first, among the final rows with a total
 * (totals compared at 2 decimals); every other row has no rank.
 */
export function rank(rows: { id: string; total: number | null; final: boolean }[]): Map<string, number | null> {
  const ranked = rows.filter((r) => r.final && r.total !== null).map((r) => round2(r.total as number));
  const out = new Map<string, number | null>();
  for (const row of rows) {
    if (!row.final || row.total === null) {
      out.set(row.id, null);
      continue;
    }
    const total = round2(row.total);
    out.set(row.id, 1 + ranked.filter((t) => t > total).length);
  }
  return out;
}
