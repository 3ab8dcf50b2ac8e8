/**
 * The credit model as data, and its math (pure): base score, points per record type and severity
 * within a window (optionally decaying), caps per rule, vetoes that cap the grade, grade thresholds.
 * The reference for the set-based evaluation (issue #3) and the source of every explanation: the
 * contributions of an evaluation always sum to its score.
 */

import {
  CREDIT_RECORD_TYPES,
  CREDIT_SEVERITIES,
  type CreditRecordType,
  type CreditSeverity,
  DEFAULT_CREDIT_MODEL,
  DEFAULT_CREDIT_PROCEDURE,
} from '@gongzhi/contracts';

/** The shipped default lives in contracts (the web model editor starts from it too). */
export { CREDIT_RECORD_TYPES, CREDIT_SEVERITIES, type CreditRecordType, type CreditSeverity, DEFAULT_CREDIT_MODEL };
export const DEFAULT_PROCEDURE = DEFAULT_CREDIT_PROCEDURE;

export interface CreditRule {
  recordType: CreditRecordType;
  /** Absent: any severity. A record takes the most specific matching rule. */
  severity?: CreditSeverity;
  /** Positive rewards, negative penalises. */
  points: number;
  /** How long a record counts, in months from when it occurred. */
  windowMonths: number;
  /** 'linear': full points when it occurs, falling to nothing at the end of the window. */
  decay: 'none' | 'linear';
  /** The most (in absolute points) all records under this rule may move the score together. */
  cap?: number;
}

export interface CreditVeto {
  recordType: CreditRecordType;
  severity: CreditSeverity;
  /** While such a record is in its window, the grade is at best this one. */
  maxGrade: string;
}

export interface CreditGrade {
  code: string;
  label: { 'zh-CN': string; 'en-US': string };
  /** The lowest score of the grade; grades are listed best first, each threshold below the one before. */
  minScore: number;
}

export interface CreditModel {
  baseScore: number;
  minScore: number;
  maxScore: number;
  rules: CreditRule[];
  vetoes: CreditVeto[];
  grades: CreditGrade[];
}

export interface CreditRecordInput {
  id: string;
  recordType: CreditRecordType;
  severity: CreditSeverity;
  /** YYYY-MM-DD */
  occurredOn: string;
}

export type Contribution =
  | { kind: 'base'; points: number }
  | { kind: 'record'; recordId: string; ruleIndex: number; points: number; capped: boolean }
  | { kind: 'clamp'; points: number };

export interface Evaluation {
  score: number;
  grade: string;
  /** The grade the score alone would give, when a veto lowered it. */
  gradeBeforeVeto: string | null;
  vetoedBy: string[];
  /** Base, every record that moved the score, and any clamp to the score range: they sum to `score`. */
  contributions: Contribution[];
}

export interface ModelProblem {
  field: string;
  issue:
    | 'grades_order'
    | 'grades_gap'
    | 'grade_duplicate'
    | 'unknown_grade'
    | 'unknown_record_type'
    | 'unknown_severity'
    | 'window'
    | 'score_range'
    | 'rule_duplicate';
}

const cents = (x: number) => Math.round(x * 100) / 100;

/** Whole months (fractional) between two dates, by days / (365.25 / 12). */
function monthsBetween(from: string, to: string): number {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  return days / (365.25 / 12);
}

/** What is wrong with a model: overlapping or missing grade bands, unknown types, bad windows. */
export function modelProblems(model: CreditModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  if (!(model.minScore < model.maxScore) || model.baseScore < model.minScore || model.baseScore > model.maxScore) {
    problems.push({ field: 'baseScore', issue: 'score_range' });
  }
  const codes = new Set<string>();
  model.grades.forEach((g, i) => {
    if (codes.has(g.code)) problems.push({ field: `grades.${i}.code`, issue: 'grade_duplicate' });
    codes.add(g.code);
    const previous = model.grades[i - 1];
    if (previous && !(g.minScore < previous.minScore))
      problems.push({ field: `grades.${i}.minScore`, issue: 'grades_order' });
  });
  const last = model.grades.at(-1);
  if (!last || last.minScore > model.minScore) {
    problems.push({ field: `grades.${Math.max(model.grades.length - 1, 0)}.minScore`, issue: 'grades_gap' });
  }
  const seen = new Set<string>();
  model.rules.forEach((r, i) => {
    if (!(CREDIT_RECORD_TYPES as readonly string[]).includes(r.recordType)) {
      problems.push({ field: `rules.${i}.recordType`, issue: 'unknown_record_type' });
    }
    if (r.severity && !(CREDIT_SEVERITIES as readonly string[]).includes(r.severity)) {
      problems.push({ field: `rules.${i}.severity`, issue: 'unknown_severity' });
    }
    if (!(r.windowMonths > 0)) problems.push({ field: `rules.${i}.windowMonths`, issue: 'window' });
    const key = `${r.recordType}/${r.severity ?? '*'}`;
    if (seen.has(key)) problems.push({ field: `rules.${i}`, issue: 'rule_duplicate' });
    seen.add(key);
  });
  model.vetoes.forEach((v, i) => {
    if (!codes.has(v.maxGrade)) problems.push({ field: `vetoes.${i}.maxGrade`, issue: 'unknown_grade' });
    if (!(CREDIT_RECORD_TYPES as readonly string[]).includes(v.recordType)) {
      problems.push({ field: `vetoes.${i}.recordType`, issue: 'unknown_record_type' });
    }
  });
  return problems;
}

function ruleFor(model: CreditModel, record: CreditRecordInput): number {
  const exact = model.rules.findIndex((r) => r.recordType === record.recordType && r.severity === record.severity);
  if (exact >= 0) return exact;
  return model.rules.findIndex((r) => r.recordType === record.recordType && r.severity === undefined);
}

function gradeOf(model: CreditModel, score: number): number {
  const index = model.grades.findIndex((g) => score >= g.minScore);
  return index >= 0 ? index : model.grades.length - 1;
}

/** One enterprise's score, grade and explanation on `asOf` (a valid model: see modelProblems). */
export function evaluate(model: CreditModel, records: readonly CreditRecordInput[], asOf: string): Evaluation {
  const perRule = new Map<number, { recordId: string; points: number }[]>();
  for (const record of records) {
    const index = ruleFor(model, record);
    const rule = model.rules[index];
    if (!rule) continue;
    const age = monthsBetween(record.occurredOn, asOf);
    if (age < 0 || age >= rule.windowMonths) continue;
    const weight = rule.decay === 'linear' ? 1 - age / rule.windowMonths : 1;
    const points = cents(rule.points * weight);
    if (points === 0) continue;
    perRule.set(index, [...(perRule.get(index) ?? []), { recordId: record.id, points }]);
  }
  const contributions: Contribution[] = [{ kind: 'base', points: model.baseScore }];
  for (const [index, items] of [...perRule.entries()].sort((a, b) => a[0] - b[0])) {
    const rule = model.rules[index] as CreditRule;
    const total = items.reduce((sum, i) => sum + i.points, 0);
    const capped = rule.cap !== undefined && Math.abs(total) > rule.cap;
    // Over the cap, every record of the rule is scaled alike; the last takes the rounding remainder.
    const target = capped ? Math.sign(total) * (rule.cap as number) : total;
    let assigned = 0;
    items.forEach((item, i) => {
      const points = i === items.length - 1 ? cents(target - assigned) : cents((item.points * target) / total);
      assigned = cents(assigned + points);
      contributions.push({ kind: 'record', recordId: item.recordId, ruleIndex: index, points, capped });
    });
  }
  const raw = cents(contributions.reduce((sum, c) => sum + c.points, 0));
  const score = Math.min(model.maxScore, Math.max(model.minScore, raw));
  if (score !== raw) contributions.push({ kind: 'clamp', points: cents(score - raw) });

  const byScore = gradeOf(model, score);
  let final = byScore;
  const vetoedBy: string[] = [];
  for (const veto of model.vetoes) {
    const hit = records.find((r) => {
      if (r.recordType !== veto.recordType || r.severity !== veto.severity) return false;
      const rule = model.rules[ruleFor(model, r)];
      const age = monthsBetween(r.occurredOn, asOf);
      return age >= 0 && age < (rule?.windowMonths ?? 0);
    });
    const cap = model.grades.findIndex((g) => g.code === veto.maxGrade);
    if (hit && cap >= 0) {
      // Grades run best first: a veto can only move the grade down.
      final = Math.max(final, cap);
      vetoedBy.push(hit.id);
    }
  }
  const grade = model.grades[final]?.code as string;
  const before = model.grades[byScore]?.code as string;
  return { score, grade, gradeBeforeVeto: final !== byScore ? before : null, vetoedBy, contributions };
}
