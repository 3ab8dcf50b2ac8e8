import { describe, expect, it } from 'vitest';
import { formatYuan, spentPercent } from './labels';

describe('funds labels', () => {
  it('formats yuan with two decimals', () => {
    expect(formatYuan(1234.5, 'en-US')).toBe('1,234.50');
  });

  it('bounds the spent share to 0–100', () => {
    expect(spentPercent(25, 100)).toBe(25);
    expect(spentPercent(150, 100)).toBe(100);
    expect(spentPercent(-5, 100)).toBe(0);
    expect(spentPercent(5, 0)).toBe(0);
  });
});
