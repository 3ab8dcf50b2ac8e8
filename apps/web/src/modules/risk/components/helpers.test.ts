import { describe, expect, it } from 'vitest';
import { isDate, toAnalysisQuery, twelveMonthsBefore } from './analysisQuery';
import { chartQueryOf } from './chartQuery';
import { reportDefaults, toReportCreate } from './reportForm';
import {
  changedWeights,
  DEFAULT_SAMPLING_WEIGHTS,
  factorShare,
  roundTo,
  samplingFormDefaults,
  toSamplingPlanCreate,
} from './samplingWeights';

describe('toAnalysisQuery', () => {
  it('defaults to the category dimension over the last twelve months', () => {
    expect(toAnalysisQuery({}, '2026-03-15')).toEqual({ by: 'category', from: '2025-04-01', to: '2026-03-15' });
  });

  it('keeps valid filters and drops what the server would refuse', () => {
    const id = '0b5e9d6a-3f7e-4a51-9b7c-1f2e3d4c5b6a';
    expect(
      toAnalysisQuery(
        {
          by: 'district',
          from: '2026-01-01',
          to: '2026-02-28',
          level: 'provincial',
          associationId: id,
          category: ' 陶瓷砖 ',
        },
        '2026-03-15',
      ),
    ).toEqual({
      by: 'district',
      from: '2026-01-01',
      to: '2026-02-28',
      level: 'provincial',
      associationId: id,
      category: '陶瓷砖',
    });
    expect(
      toAnalysisQuery({ by: 'colour', from: '2026-02-30', level: 'galactic', associationId: 'x' }, '2026-03-15'),
    ).toEqual({ by: 'category', from: '2025-04-01', to: '2026-03-15' });
  });

  it('swaps a reversed period', () => {
    expect(toAnalysisQuery({ from: '2026-03-01', to: '2026-01-01' }, '2026-03-15')).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-01',
    });
  });

  it('counts months across the year', () => {
    expect(twelveMonthsBefore('2026-12-31')).toBe('2026-01-01');
    expect(twelveMonthsBefore('2026-01-10')).toBe('2025-02-01');
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2025-02-29')).toBe(false);
  });
});

describe('report form', () => {
  it('is prefilled from the analysis in view', () => {
    expect(reportDefaults({ from: '2026-01-01', to: '2026-06-30', by: 'district', category: '电线电缆' }, 'T')).toEqual(
      {
        title: 'T',
        period: { from: '2026-01-01', to: '2026-06-30' },
        dimensions: ['category', 'district'],
        categories: ['电线电缆'],
      },
    );
    expect(reportDefaults({}, 'T')).toEqual({ title: 'T', dimensions: ['category'], categories: [] });
  });

  it('sends dimensions in order, trimmed texts, and leaves out empty ones', () => {
    expect(
      toReportCreate({
        title: ' 上半年风险分析 ',
        period: { from: '2026-01-01', to: '2026-06-30' },
        summary: ' 电线电缆不合格率高于全市。 ',
        recommendations: '  ',
        dimensions: ['period', 'category'],
        categories: ['电线电缆', ' 电线电缆', ''],
      }),
    ).toEqual({
      title: '上半年风险分析',
      periodFrom: '2026-01-01',
      periodTo: '2026-06-30',
      summary: '电线电缆不合格率高于全市。',
      dimensions: ['category', 'period'],
      categories: ['电线电缆'],
    });
  });
});

describe('sampling weights', () => {
  it('starts from the defaults, grades as rows, and sends them back as a map', () => {
    const values = samplingFormDefaults();
    expect(values.weights.byGrade).toEqual([
      { grade: 'A', weight: 0 },
      { grade: 'B', weight: 0.5 },
      { grade: 'C', weight: 1.5 },
      { grade: 'D', weight: 3 },
    ]);
    const body = toSamplingPlanCreate({ ...values, title: ' 2026 年第二批 ', seed: '  ', associationId: null });
    expect(body).toEqual({ title: '2026 年第二批', sampleSize: 20, weights: DEFAULT_SAMPLING_WEIGHTS });
    expect(changedWeights(body.weights ?? DEFAULT_SAMPLING_WEIGHTS)).toEqual([]);
  });

  it('keeps a seed and an association, and lists the weights that were changed', () => {
    const values = samplingFormDefaults();
    values.weights.byGrade = [
      { grade: 'A', weight: 0 },
      { grade: 'D', weight: 5 },
      { grade: ' ', weight: 9 },
    ];
    values.weights.perComplaint = 0.5;
    const body = toSamplingPlanCreate({ ...values, title: 'x', seed: ' 20260315 ', associationId: 'a-id' });
    expect(body.seed).toBe('20260315');
    expect(body.associationId).toBe('a-id');
    expect(body.weights?.byGrade).toEqual({ A: 0, D: 5 });
    expect(changedWeights(body.weights ?? DEFAULT_SAMPLING_WEIGHTS)).toEqual([
      'perComplaint',
      'byGrade.D',
      'byGrade.B',
      'byGrade.C',
    ]);
  });

  it('rounds and shares', () => {
    expect(roundTo(0.123456789, 6)).toBe('0.123457');
    expect(roundTo(2, 4)).toBe('2');
    expect(factorShare({ weight: 4 }, 1)).toBe(0.25);
    expect(factorShare({ weight: 0 }, 1)).toBe(0);
  });
});

describe('chartQueryOf', () => {
  const id = '0b5e9d6a-3f7e-4a51-9b7c-1f2e3d4c5b6a';

  it('waits until a category or an enterprise is picked', () => {
    expect(chartQueryOf({})).toEqual({ kind: 'category_nonconformity', query: null });
    expect(chartQueryOf({ kind: 'member_complaints', key: 'not-an-id' })).toEqual({
      kind: 'member_complaints',
      query: null,
    });
  });

  it('builds the chart query, with the association when the address names a valid one', () => {
    expect(chartQueryOf({ key: ' 电线电缆 ', associationId: id })).toEqual({
      kind: 'category_nonconformity',
      query: { kind: 'category_nonconformity', key: '电线电缆', associationId: id },
    });
    expect(chartQueryOf({ kind: 'member_complaints', key: id, associationId: 'x' }).query).toEqual({
      kind: 'member_complaints',
      key: id,
    });
    expect(chartQueryOf({ kind: 'nonsense', key: 'x'.repeat(101) }).query).toBeNull();
  });
});
