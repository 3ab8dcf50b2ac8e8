import { describe, expect, it } from 'vitest';
import { amountProblem, checkSpend, executionRate, purposeAllowed, reportPeriod, yuanText } from './funds.workflow.js';

describe('funds workflow', () => {
  it('refuses amounts with more than two decimals', () => {
    expect(amountProblem('amount', 12.34)).toBeNull();
    expect(amountProblem('amount', 0.07)).toBeNull();
    expect(amountProblem('amount', 12.345)?.issue).toBe('format');
  });

  it('writes fen as yuan', () => {
    expect(yuanText(1234567)).toBe('12345.67');
    expect(yuanText(5)).toBe('0.05');
    expect(yuanText(-250)).toBe('-2.50');
  });

  it('lets a special fund be spent only on its purposes', () => {
    expect(purposeAllowed('special', ['standards'], 'standards')).toBe(true);
    expect(purposeAllowed('special', ['standards'], 'training')).toBe(false);
    expect(purposeAllowed('self_raised', [], 'training')).toBe(true);
  });

  it('keeps spending between zero and the line', () => {
    expect(checkSpend(10000, 4000, 6000)).toEqual({ ok: true, spentAfterFen: 10000 });
    expect(checkSpend(10000, 4000, 6001)).toEqual({ ok: false, issue: 'exceeds_budget_line', remainingFen: 6000 });
    expect(checkSpend(10000, 4000, -4000)).toEqual({ ok: true, spentAfterFen: 0 });
    expect(checkSpend(10000, 4000, -4001)).toEqual({ ok: false, issue: 'below_zero', spentFen: 4000 });
  });

  it('computes the execution rate, null when nothing is budgeted', () => {
    expect(executionRate(1, 3)).toBe(0.3333);
    expect(executionRate(5, 0)).toBeNull();
  });

  it('takes a year or a date range as the report period', () => {
    expect(reportPeriod({ year: 2025 }, '2026-03-01')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(reportPeriod({}, '2026-03-01')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(reportPeriod({ from: '2026-02-01', to: '2026-05-31' }, '2026-03-01')).toEqual({
      from: '2026-02-01',
      to: '2026-05-31',
    });
  });
});
