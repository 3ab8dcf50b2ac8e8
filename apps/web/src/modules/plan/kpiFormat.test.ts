import { describe, expect, it } from 'vitest';
import { formatKpi, fromDisplay, kpiProgress, toDisplay } from './kpiFormat';

describe('KPI values', () => {
  it('shows percent shares as percentages and reads them back as shares', () => {
    expect(toDisplay('percent', 0.9234)).toBe(92.34);
    expect(fromDisplay('percent', 90)).toBe(0.9);
    expect(toDisplay('人次', 120)).toBe(120);
    expect(formatKpi('percent', 0.5)).toBe('50%');
    expect(formatKpi('人次', 120)).toBe('120 人次');
    expect(formatKpi('count', null)).toBe('—');
  });

  it('measures progress towards the target in either direction', () => {
    expect(kpiProgress('at_least', 0.9, 0.45)).toBe(50);
    expect(kpiProgress('at_least', 0.9, 1)).toBe(100);
    expect(kpiProgress('at_most', 5, 10)).toBe(50);
    expect(kpiProgress('at_most', 5, 3)).toBe(100);
    expect(kpiProgress('at_least', 1, null)).toBe(0);
  });
});
