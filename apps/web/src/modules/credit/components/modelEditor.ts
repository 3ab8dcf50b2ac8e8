import {
  type CreditModelDefinition,
  type CreditProcedure,
  type CreditRecordType,
  type CreditSeverity,
  DEFAULT_CREDIT_MODEL,
} from '@gongzhi/contracts';

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

/** Where a new model starts when the association has no version yet: the model shipped with the platform. */
export const STARTER_DEFINITION: CreditModelDefinition = DEFAULT_CREDIT_MODEL;
