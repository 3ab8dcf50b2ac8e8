import { describe, expect, it } from 'vitest';
import { formatDecimal, formatPercent, formatYearRanges } from './format';

describe('formatPercent', () => {
  it('shows a share as a percentage with one decimal at most, and nothing for no data', () => {
    expect(formatPercent(0.925, 'zh-CN')).toBe('92.5%');
    expect(formatPercent(1, 'en-US')).toBe('100%');
    expect(formatPercent(0, 'en-US')).toBe('0%');
    expect(formatPercent(null, 'zh-CN')).toBeNull();
    expect(formatDecimal(4.25, 'zh-CN')).toBe('4.3');
    expect(formatDecimal(undefined, 'zh-CN')).toBeNull();
  });
});

describe('formatYearRanges', () => {
  it('joins consecutive years into runs', () => {
    expect(formatYearRanges([2026, 2004, 2005, 2006, 2008], '、')).toBe('2004–2006、2008、2026');
    expect(formatYearRanges([2027], ', ')).toBe('2027');
    expect(formatYearRanges([], ', ')).toBe('');
  });
});
