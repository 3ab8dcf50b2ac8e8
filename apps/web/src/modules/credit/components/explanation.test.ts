import type { CreditContributionDto } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { explanationAddsUp, explanationRows, explanationSum, signedPoints } from './explanation';

const record = (points: number, capped = false): CreditContributionDto => ({
  kind: 'record',
  recordId: `r${points}`,
  recordTitle: 't',
  recordType: 'administrative_penalty',
  severity: 'general',
  occurredOn: '2026-01-01',
  points,
  capped,
});
const other = (kind: 'base' | 'clamp', points: number): CreditContributionDto => ({
  kind,
  recordId: null,
  recordTitle: null,
  recordType: null,
  severity: null,
  occurredOn: null,
  points,
  capped: false,
});

describe('explanation', () => {
  it('runs from the base through every record to the score', () => {
    const rows = explanationRows([other('base', 80), record(-12.5), record(3.1), record(0.2)]);
    expect(rows.map((row) => row.runningTotal)).toEqual([80, 67.5, 70.6, 70.8]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(4);
  });

  it('sums without floating-point noise and checks the sum against the score', () => {
    const contributions = [other('base', 0.1), record(0.2)];
    expect(explanationSum(contributions)).toBe(0.3);
    expect(explanationAddsUp(contributions, 0.3)).toBe(true);
    expect(explanationAddsUp(contributions, 0.31)).toBe(false);
  });

  it('includes the clamp to the score range', () => {
    const contributions = [other('base', 80), record(-30), record(-60), other('clamp', 10)];
    expect(explanationSum(contributions)).toBe(0);
    expect(explanationAddsUp(contributions, 0)).toBe(true);
  });

  it('always shows the sign', () => {
    const format = (value: number) => String(value);
    expect(signedPoints(3, format)).toBe('+3');
    expect(signedPoints(-12.504, format)).toBe('−12.5');
    expect(signedPoints(0.001, format)).toBe('0');
  });
});
