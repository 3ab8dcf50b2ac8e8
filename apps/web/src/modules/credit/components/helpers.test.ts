import type { CreditStatsDto } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/http';
import { caseQuery } from './caseQuery';
import { daysBetween, deadlineState, todayInShanghai } from './dates';
import { fileErrors } from './evidence';
import { buildCreditStatsOption, enterprisesGraded, gradeCodes, gradeColor } from './statsOption';
import { timeLimitOf } from './timeLimit';

describe('timeLimitOf', () => {
  it('reads the date of a too_late / too_early refusal', () => {
    const late = new ApiError(409, 'too_late', '已超过期限', [], undefined, { date: '2026-12-27' });
    expect(timeLimitOf(late)).toEqual({ code: 'too_late', date: '2026-12-27' });
    expect(timeLimitOf(new ApiError(409, 'too_early', 'x'))).toEqual({ code: 'too_early', date: null });
    expect(timeLimitOf(new ApiError(409, 'version_conflict', 'x'))).toBeNull();
    expect(timeLimitOf(new Error('x'))).toBeNull();
  });
});

describe('dates', () => {
  it('gives today in Shanghai even late in the UTC day', () => {
    expect(todayInShanghai(new Date('2026-11-27T17:30:00Z'))).toBe('2026-11-28');
  });

  it('counts days and classifies deadlines', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(deadlineState('2026-11-27', '2026-11-28', false)).toBe('overdue');
    expect(deadlineState('2026-11-30', '2026-11-28', true)).toBe('overdue');
    expect(deadlineState('2026-11-30', '2026-11-28', false)).toBe('due_soon');
    expect(deadlineState('2026-12-10', '2026-11-28', false)).toBe('on_track');
  });
});

describe('fileErrors', () => {
  it('puts each message next to its file', () => {
    const errors = fileErrors(
      [
        { field: 'evidence.1.contentBase64', issue: 'attachment_type', message: '类型不支持' },
        { field: 'evidence.1.filename', issue: 'too_long', message: '过长' },
        { field: 'evidence', issue: 'too_large', message: '太多' },
        { field: 'evidenceX.0', issue: 'required', message: 'x' },
        { field: 'title', issue: 'required', message: '必填' },
      ],
      'evidence',
    );
    expect([...errors]).toEqual([[1, '类型不支持；过长']]);
  });
});

describe('credit statistics chart', () => {
  const associations: CreditStatsDto['associations'] = [
    {
      associationId: 'a',
      associationName: '建材协会',
      asOf: '2026-11-01',
      publishedAt: '2026-11-02T00:00:00Z',
      distribution: { A: 3, B: 5, C: 1, D: 0 },
      openWarnings: 2,
    },
    {
      associationId: 'b',
      associationName: '家具协会',
      asOf: null,
      publishedAt: null,
      distribution: { AAA: 1, A: 2 },
      openWarnings: 0,
    },
  ];

  it('collects the grade codes of all associations in order', () => {
    expect(gradeCodes(associations)).toEqual(['A', 'B', 'C', 'D', 'AAA']);
    expect(enterprisesGraded(associations[0]?.distribution ?? {})).toBe(9);
  });

  it('stacks one series per grade, zero where an association has no such grade', () => {
    const option = buildCreditStatsOption(associations, '企业数');
    expect(option.yAxis.data).toEqual(['建材协会', '家具协会']);
    expect(option.series.map((series) => [series.name, series.stack, series.data])).toEqual([
      ['A', 'grades', [3, 2]],
      ['B', 'grades', [5, 0]],
      ['C', 'grades', [1, 0]],
      ['D', 'grades', [0, 0]],
      ['AAA', 'grades', [0, 1]],
    ]);
    expect(option.color).toEqual(['#389e0d', '#1677ff', '#fa8c16', '#f5222d', '#a8071a']);
    expect(gradeColor(2, 'X')).toBe('#d4b106');
  });
});

describe('caseQuery', () => {
  it('shows the open cases unless told otherwise', () => {
    expect(caseQuery({}, 'a', 1, 20)).toEqual({
      associationId: 'a',
      status: 'open',
      overdue: undefined,
      page: 1,
      pageSize: 20,
    });
    expect(caseQuery({ status: 'all', overdue: 'true' }, undefined, 2, 50)).toEqual({
      associationId: undefined,
      status: undefined,
      overdue: true,
      page: 2,
      pageSize: 50,
    });
    expect(caseQuery({ status: 'upheld' }, 'a', 1, 20).status).toBe('upheld');
  });
});
