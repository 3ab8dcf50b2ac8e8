import type { CreditModelDefinition, CreditProcedure, CreditRecordType, CreditSeverity } from '@gongzhi/contracts';

/** A rule row of the editor: "any" severity and an empty cap stand for the absent optional fields. */
export interface RuleRow {
  recordType: CreditRecordType;
  severity: CreditSeverity | 'any';
  points: number;
  windowMonths: number;
  decay: 'none' | 'linear';
  cap?: number | null;
}

export interface VetoRow {
  recordType: CreditRecordType;
  severity: CreditSeverity;
  maxGrade: string;
}

export interface GradeRow {
  code: string;
  labelZh: string;
  labelEn: string;
  minScore: number;
}

/** What the model editor's form holds. */
export interface ModelFormValues {
  name: string;
  rationale?: string | null;
  baseScore: number;
  minScore: number;
  maxScore: number;
  rules: RuleRow[];
  vetoes: VetoRow[];
  grades: GradeRow[];
  procedure: CreditProcedure;
}

/** A model version (usually the active one) as the editor's starting point. */
export function definitionToForm(definition: CreditModelDefinition, name: string, rationale: string): ModelFormValues {
  return {
    name,
    rationale,
    baseScore: definition.baseScore,
    minScore: definition.minScore,
    maxScore: definition.maxScore,
    rules: definition.rules.map((rule) => ({
      recordType: rule.recordType,
      severity: rule.severity ?? 'any',
      points: rule.points,
      windowMonths: rule.windowMonths,
      decay: rule.decay,
      cap: rule.cap ?? null,
    })),
    vetoes: definition.vetoes.map((veto) => ({ ...veto })),
    grades: definition.grades.map((grade) => ({
      code: grade.code,
      labelZh: grade.label['zh-CN'],
      labelEn: grade.label['en-US'],
      minScore: grade.minScore,
    })),
    procedure: { ...definition.procedure },
  };
}

/** The editor's rows back into a definition (optional fields left out when empty). */
export function formToDefinition(values: ModelFormValues): CreditModelDefinition {
  return {
    baseScore: values.baseScore,
    minScore: values.minScore,
    maxScore: values.maxScore,
    rules: values.rules.map((rule) => ({
      recordType: rule.recordType,
      ...(rule.severity !== 'any' ? { severity: rule.severity } : {}),
      points: rule.points,
      windowMonths: rule.windowMonths,
      decay: rule.decay,
      ...(rule.cap !== null && rule.cap !== undefined ? { cap: rule.cap } : {}),
    })),
    vetoes: values.vetoes.map((veto) => ({
      recordType: veto.recordType,
      severity: veto.severity,
      maxGrade: veto.maxGrade.trim(),
    })),
    grades: values.grades.map((grade) => ({
      code: grade.code.trim(),
      label: { 'zh-CN': grade.labelZh.trim(), 'en-US': grade.labelEn.trim() },
      minScore: grade.minScore,
    })),
    procedure: {
      objectionWindowDays: values.procedure.objectionWindowDays,
      objectionDecisionWorkingDays: values.procedure.objectionDecisionWorkingDays,
      repairDecisionWorkingDays: values.procedure.repairDecisionWorkingDays,
      complaintWarningCount: values.procedure.complaintWarningCount,
      complaintWarningMonths: values.procedure.complaintWarningMonths,
    },
  };
}

const DEFINITION_KEYS: readonly string[] = [
  'baseScore',
  'minScore',
  'maxScore',
  'rules',
  'vetoes',
  'grades',
  'procedure',
];

/**
 * A server field path of the create body → the editor's form field (a name path).
 * `definition.grades.2.label.en-US` → ['grades', 2, 'labelEn']; `definition.rules.1` (a duplicate rule)
 * → the rule's record type; `definition.rules` → null (shown above the form). Unknown paths → null.
 */
export function modelFieldPath(path: string): (string | number)[] | null {
  let parts = path.split('.');
  // A path may also come relative to the definition (`grades.2.minScore`).
  if (DEFINITION_KEYS.includes(parts[0] ?? '')) parts = ['definition', ...parts];
  if (parts[0] === 'name' || parts[0] === 'rationale') return parts.length === 1 ? [parts[0]] : null;
  if (parts[0] !== 'definition') return null;
  const [, section, indexText, field, sub] = parts;
  if (section === 'baseScore' || section === 'minScore' || section === 'maxScore') return [section];
  if (section === 'procedure') return field === undefined && indexText ? ['procedure', indexText] : null;
  if (section !== 'rules' && section !== 'vetoes' && section !== 'grades') return null;
  if (indexText === undefined || !/^\d+$/.test(indexText)) return null;
  const index = Number(indexText);
  if (section === 'grades' && field === 'label') {
    if (sub === 'zh-CN') return ['grades', index, 'labelZh'];
    if (sub === 'en-US') return ['grades', index, 'labelEn'];
    return ['grades', index, 'labelZh'];
  }
  if (field === undefined) {
    const first = section === 'grades' ? 'code' : 'recordType';
    return [section, index, first];
  }
  return [section, index, field];
}

/**
 * Where a new model starts when the association has no version yet: the same figures as the model
 * shipped with the server (apps/server/src/modules/credit/credit.model.ts, docs/credit-model.md),
 * which becomes version 1 the first time one is needed.
 */
export const STARTER_DEFINITION: CreditModelDefinition = {
  baseScore: 80,
  minScore: 0,
  maxScore: 100,
  rules: [
    { recordType: 'administrative_penalty', severity: 'serious', points: -30, windowMonths: 36, decay: 'none' },
    { recordType: 'administrative_penalty', severity: 'general', points: -15, windowMonths: 36, decay: 'linear' },
    { recordType: 'administrative_penalty', severity: 'minor', points: -5, windowMonths: 3, decay: 'none' },
    { recordType: 'spot_check', severity: 'serious', points: -20, windowMonths: 24, decay: 'linear' },
    { recordType: 'spot_check', severity: 'general', points: -10, windowMonths: 24, decay: 'linear' },
    { recordType: 'spot_check', severity: 'minor', points: 2, windowMonths: 12, decay: 'linear', cap: 6 },
    { recordType: 'justified_complaint', points: -3, windowMonths: 12, decay: 'linear', cap: 15 },
    { recordType: 'commitment_broken', points: -10, windowMonths: 24, decay: 'linear' },
    { recordType: 'commitment_kept', points: 2, windowMonths: 12, decay: 'none', cap: 4 },
    { recordType: 'certification', points: 3, windowMonths: 36, decay: 'none', cap: 6 },
    { recordType: 'test_report', points: 1, windowMonths: 12, decay: 'linear', cap: 3 },
    { recordType: 'honour', points: 4, windowMonths: 36, decay: 'linear', cap: 8 },
    { recordType: 'standard_work', points: 3, windowMonths: 36, decay: 'none', cap: 6 },
    { recordType: 'training', points: 1, windowMonths: 12, decay: 'none', cap: 2 },
    { recordType: 'self_reported', points: 0.5, windowMonths: 12, decay: 'none', cap: 1 },
  ],
  vetoes: [
    { recordType: 'administrative_penalty', severity: 'serious', maxGrade: 'C' },
    { recordType: 'spot_check', severity: 'serious', maxGrade: 'C' },
  ],
  grades: [
    { code: 'A', label: { 'zh-CN': 'A 级（诚信）', 'en-US': 'A (trustworthy)' }, minScore: 90 },
    { code: 'B', label: { 'zh-CN': 'B 级（较好）', 'en-US': 'B (good)' }, minScore: 75 },
    { code: 'C', label: { 'zh-CN': 'C 级（关注）', 'en-US': 'C (watch)' }, minScore: 60 },
    { code: 'D', label: { 'zh-CN': 'D 级（失信风险）', 'en-US': 'D (high risk)' }, minScore: 0 },
  ],
  procedure: {
    objectionWindowDays: 30,
    objectionDecisionWorkingDays: 10,
    repairDecisionWorkingDays: 15,
    complaintWarningCount: 3,
    complaintWarningMonths: 12,
  },
};
