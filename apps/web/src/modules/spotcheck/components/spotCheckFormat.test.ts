import type { SpotCheckResultDto } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { formatRate, joinItems, offersReinspection, reinspectionWindow } from './spotCheckFormat';

describe('formatRate', () => {
  it('shows a share as a percentage with up to two decimals', () => {
    expect(formatRate(0.075, 'zh-CN')).toBe('7.5%');
    expect(formatRate(1 / 3, 'en-US')).toBe('33.33%');
    expect(formatRate(0, 'zh-CN')).toBe('0%');
    expect(formatRate(1, 'en-US')).toBe('100%');
  });

  it('has nothing to show when nothing was inspected', () => {
    expect(formatRate(null, 'zh-CN')).toBeNull();
    expect(formatRate(undefined, 'zh-CN')).toBeNull();
    expect(formatRate(Number.NaN, 'zh-CN')).toBeNull();
  });
});

describe('reinspectionWindow', () => {
  it('counts the days left to the deadline, the last day included', () => {
    expect(reinspectionWindow('2026-06-04', '2026-05-20')).toEqual({
      deadline: '2026-06-04',
      daysLeft: 15,
      open: true,
    });
    expect(reinspectionWindow('2026-06-04', '2026-06-04')).toMatchObject({ daysLeft: 0, open: true });
    expect(reinspectionWindow('2026-06-04', '2026-06-05')).toMatchObject({ daysLeft: -1, open: false });
    expect(reinspectionWindow(null, '2026-06-05')).toBeNull();
  });
});

describe('offersReinspection', () => {
  const row = (result: 'qualified' | 'unqualified', requestReinspection: boolean) =>
    ({ result, abilities: { requestReinspection, match: false } }) as Pick<SpotCheckResultDto, 'abilities' | 'result'>;

  it('offers it on unqualified results the server allows', () => {
    expect(offersReinspection(row('unqualified', true))).toBe(true);
    expect(offersReinspection(row('unqualified', false))).toBe(false);
    expect(offersReinspection(row('qualified', true))).toBe(false);
  });
});

describe('joinItems', () => {
  it('joins failing items with the separator of the language', () => {
    expect(joinItems(['标志', '抗压强度'], 'zh-CN')).toBe('标志；抗压强度');
    expect(joinItems(['Marking', 'Strength'], 'en-US')).toBe('Marking; Strength');
    expect(joinItems([], 'en-US')).toBe('');
  });
});
