import type { CreditModelDefinition } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { definitionToForm, formToDefinition, modelFieldPath } from './modelEditor';

const definition: CreditModelDefinition = {
  baseScore: 80,
  minScore: 0,
  maxScore: 100,
  rules: [
    { recordType: 'administrative_penalty', severity: 'serious', points: -30, windowMonths: 36, decay: 'none' },
    { recordType: 'justified_complaint', points: -3, windowMonths: 12, decay: 'linear', cap: 15 },
  ],
  vetoes: [{ recordType: 'administrative_penalty', severity: 'serious', maxGrade: 'C' }],
  grades: [
    { code: 'A', label: { 'zh-CN': 'A 级', 'en-US': 'A' }, minScore: 90 },
    { code: 'C', label: { 'zh-CN': 'C 级', 'en-US': 'C' }, minScore: 0 },
  ],
  procedure: {
    objectionWindowDays: 30,
    objectionDecisionWorkingDays: 10,
    repairDecisionWorkingDays: 15,
    complaintWarningCount: 3,
    complaintWarningMonths: 12,
  },
};

describe('model editor values', () => {
  it('turns a definition into rows and back without change', () => {
    const form = definitionToForm(definition, '默认模型', '理由');
    expect(form.rules[1]).toEqual({
      recordType: 'justified_complaint',
      severity: 'any',
      points: -3,
      windowMonths: 12,
      decay: 'linear',
      cap: 15,
    });
    expect(form.rules[0]?.cap).toBeNull();
    expect(form.grades[0]).toEqual({ code: 'A', labelZh: 'A 级', labelEn: 'A', minScore: 90 });
    expect(formToDefinition(form)).toEqual(definition);
  });

  it('leaves out an empty cap and "any" severity, and trims codes and labels', () => {
    const form = definitionToForm(definition, 'm', '');
    form.rules[0] = { ...form.rules[0], recordType: 'honour', severity: 'any', cap: undefined } as never;
    form.grades[1] = { code: ' D ', labelZh: ' D 级 ', labelEn: ' D ', minScore: 0 };
    const out = formToDefinition(form);
    expect(out.rules[0]).toEqual({ recordType: 'honour', points: -30, windowMonths: 36, decay: 'none' });
    expect(out.grades[1]).toEqual({ code: 'D', label: { 'zh-CN': 'D 级', 'en-US': 'D' }, minScore: 0 });
  });

  it('does not share the procedure object with the definition it came from', () => {
    const form = definitionToForm(definition, 'm', '');
    form.procedure.objectionWindowDays = 45;
    expect(definition.procedure.objectionWindowDays).toBe(30);
  });
});

describe('modelFieldPath', () => {
  it.each([
    ['definition.grades.2.minScore', ['grades', 2, 'minScore']],
    ['grades.1.minScore', ['grades', 1, 'minScore']],
    ['definition.grades.0.label.en-US', ['grades', 0, 'labelEn']],
    ['definition.grades.0.label.zh-CN', ['grades', 0, 'labelZh']],
    ['definition.grades.3', ['grades', 3, 'code']],
    ['definition.rules.4', ['rules', 4, 'recordType']],
    ['definition.rules.4.windowMonths', ['rules', 4, 'windowMonths']],
    ['definition.vetoes.0.maxGrade', ['vetoes', 0, 'maxGrade']],
    ['definition.baseScore', ['baseScore']],
    ['definition.procedure.objectionWindowDays', ['procedure', 'objectionWindowDays']],
    ['name', ['name']],
  ])('%s → %j', (path, expected) => {
    expect(modelFieldPath(path)).toEqual(expected);
  });

  it('gives null for paths the editor has no field for', () => {
    expect(modelFieldPath('definition.rules')).toBeNull();
    expect(modelFieldPath('associationId')).toBeNull();
    expect(modelFieldPath('definition')).toBeNull();
  });
});
