import { describe, expect, it } from 'vitest';
import {
  type CreditModel,
  type CreditRecordInput,
  DEFAULT_CREDIT_MODEL,
  evaluate,
  modelProblems,
} from './credit.model.js';

const model: CreditModel = {
  baseScore: 80,
  minScore: 0,
  maxScore: 100,
  rules: [
    { recordType: 'administrative_penalty', severity: 'serious', points: -30, windowMonths: 36, decay: 'none' },
    { recordType: 'spot_check', severity: 'general', points: -12, windowMonths: 24, decay: 'linear' },
    { recordType: 'justified_complaint', points: -3, windowMonths: 12, decay: 'none', cap: 7 },
    { recordType: 'honour', points: 5, windowMonths: 36, decay: 'none', cap: 10 },
  ],
  vetoes: [{ recordType: 'administrative_penalty', severity: 'serious', maxGrade: 'C' }],
  grades: [
    { code: 'A', label: { 'zh-CN': 'A', 'en-US': 'A' }, minScore: 90 },
    { code: 'B', label: { 'zh-CN': 'B', 'en-US': 'B' }, minScore: 75 },
    { code: 'C', label: { 'zh-CN': 'C', 'en-US': 'C' }, minScore: 60 },
    { code: 'D', label: { 'zh-CN': 'D', 'en-US': 'D' }, minScore: 0 },
  ],
};

let serial = 0;
const record = (
  recordType: CreditRecordInput['recordType'],
  occurredOn: string,
  severity: CreditRecordInput['severity'] = 'general',
): CreditRecordInput => {
  serial += 1;
  return { id: `r${serial}`, recordType, severity, occurredOn };
};
const sum = (e: ReturnType<typeof evaluate>) =>
  Math.round(e.contributions.reduce((s, c) => s + c.points, 0) * 100) / 100;

describe('credit model math', () => {
  it.each([
    // name, records, asOf, score, grade
    ['no records: the base score', [], '2026-11-27', 80, 'B'],
    [
      'honours raise the score, capped at 10 for the rule',
      [record('honour', '2026-01-01'), record('honour', '2025-06-01'), record('honour', '2025-01-01')],
      '2026-11-27',
      90,
      'A',
    ],
    [
      'a spot-check failure decays linearly over its window (half-way: half the points)',
      [record('spot_check', '2025-11-27')],
      '2026-11-27',
      74,
      'C',
    ],
    ['a record outside its window no longer counts', [record('spot_check', '2024-11-26')], '2026-11-27', 80, 'B'],
    ['a record dated after the evaluation day does not count', [record('honour', '2026-12-01')], '2026-11-27', 80, 'B'],
    [
      'justified complaints: -3 each, capped at -7 together',
      [
        record('justified_complaint', '2026-10-01'),
        record('justified_complaint', '2026-09-01'),
        record('justified_complaint', '2026-08-01'),
      ],
      '2026-11-27',
      73,
      'C',
    ],
  ] as const)('%s', (_name, records, asOf, score, grade) => {
    const result = evaluate(model, records, asOf);
    expect(result.score).toBeCloseTo(score, 1);
    expect(result.grade).toBe(grade);
    expect(sum(result)).toBe(result.score);
  });

  it('grade boundaries: a score equal to a threshold takes that grade', () => {
    const atB: CreditModel = { ...model, baseScore: 75 };
    expect(evaluate(atB, [], '2026-11-27').grade).toBe('B');
    expect(evaluate({ ...model, baseScore: 74.99 }, [], '2026-11-27').grade).toBe('C');
    expect(evaluate({ ...model, baseScore: 90 }, [], '2026-11-27').grade).toBe('A');
    expect(evaluate({ ...model, baseScore: 0 }, [], '2026-11-27').grade).toBe('D');
  });

  it('a serious penalty caps the grade at C however high the score, and says so', () => {
    const penalty = record('administrative_penalty', '2025-01-01', 'serious');
    const honours = [1, 2, 3, 4].map((m) => record('honour', `2026-0${m}-01`));
    const rich: CreditModel = { ...model, baseScore: 100, maxScore: 140 };
    const result = evaluate(rich, [penalty, ...honours], '2026-11-27');
    expect(result.score).toBe(80);
    expect(result.gradeBeforeVeto).toBe('B');
    expect(result.grade).toBe('C');
    expect(result.vetoedBy).toEqual([penalty.id]);
    // Past its window the veto no longer applies.
    expect(evaluate(rich, [penalty, ...honours], '2028-01-02')).toMatchObject({ grade: 'A', vetoedBy: [] });
  });

  it('clamps to the score range with an explicit clamp contribution, so the explanation still sums', () => {
    const penalties = [1, 2, 3].map((m) => record('administrative_penalty', `2026-0${m}-01`, 'serious'));
    const result = evaluate(model, penalties, '2026-11-27');
    expect(result.score).toBe(0);
    expect(result.contributions.at(-1)).toEqual({ kind: 'clamp', points: 10 });
    expect(sum(result)).toBe(0);
  });

  it('the explanation lists the base and every record that moved the score, capped ones marked', () => {
    const a = record('justified_complaint', '2026-10-01');
    const b = record('justified_complaint', '2026-09-01');
    const c = record('justified_complaint', '2026-08-01');
    const result = evaluate(model, [a, b, c], '2026-11-27');
    expect(result.contributions[0]).toEqual({ kind: 'base', points: 80 });
    const records = result.contributions.filter((x) => x.kind === 'record');
    expect(records.map((x) => x.kind === 'record' && x.recordId)).toEqual([a.id, b.id, c.id]);
    expect(records.every((x) => x.kind === 'record' && x.capped)).toBe(true);
    expect(records.reduce((s, x) => s + x.points, 0)).toBeCloseTo(-7, 5);
  });

  it('refuses grade bands that overlap or leave a gap, unknown types and grades, empty windows', () => {
    const bad: CreditModel = {
      ...model,
      rules: [
        ...model.rules,
        { recordType: 'unknown' as never, points: 1, windowMonths: 0, decay: 'none' },
        { recordType: 'honour', points: 1, windowMonths: 12, decay: 'none' },
      ],
      vetoes: [{ recordType: 'spot_check', severity: 'serious', maxGrade: 'E' }],
      grades: [
        { code: 'A', label: { 'zh-CN': 'A', 'en-US': 'A' }, minScore: 90 },
        { code: 'B', label: { 'zh-CN': 'B', 'en-US': 'B' }, minScore: 90 },
        { code: 'B', label: { 'zh-CN': 'C', 'en-US': 'C' }, minScore: 60 },
      ],
    };
    expect(modelProblems(bad)).toEqual([
      { field: 'grades.1.minScore', issue: 'grades_order' },
      { field: 'grades.2.code', issue: 'grade_duplicate' },
      { field: 'grades.2.minScore', issue: 'grades_gap' },
      { field: 'rules.4.recordType', issue: 'unknown_record_type' },
      { field: 'rules.4.windowMonths', issue: 'window' },
      { field: 'rules.5', issue: 'rule_duplicate' },
      { field: 'vetoes.0.maxGrade', issue: 'unknown_grade' },
    ]);
  });

  it('ships a default model that validates', () => {
    expect(modelProblems(DEFAULT_CREDIT_MODEL)).toEqual([]);
    expect(modelProblems(model)).toEqual([]);
  });
});
