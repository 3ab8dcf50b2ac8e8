import { describe, expect, it } from 'vitest';
import { formatRate, isReinspecting, rateTone, searchText, toFailingQuery, toNoticeQuery } from './spotCheckPortal';

describe('public spot-check queries', () => {
  it('keeps a search and paging the server accepts', () => {
    expect(toNoticeQuery({ q: '  电线 ' }, 2, 10)).toEqual({ page: 2, pageSize: 10, q: '电线' });
    expect(toNoticeQuery({ q: '   ' }, 0, -5)).toEqual({ page: 1, pageSize: 20 });
    expect(toNoticeQuery({}, 1, 10_000).pageSize).toBeLessThanOrEqual(100);
    expect(searchText('x'.repeat(500))?.length).toBeLessThanOrEqual(100);
  });

  it('filters failing products by a valid notice id only', () => {
    const id = '0B5E9D6A-3F7E-4A51-9B7C-1F2E3D4C5B6A';
    expect(toFailingQuery({ q: '插座', notice: id }, 1, 20)).toEqual({
      page: 1,
      pageSize: 20,
      q: '插座',
      noticeId: id.toLowerCase(),
    });
    expect(toFailingQuery({ notice: 'abc' }, 1, 20)).toEqual({ page: 1, pageSize: 20 });
  });
});

describe('rates and re-inspection', () => {
  it('writes rates as percentages and gives a tone', () => {
    expect(formatRate(0.125, 'zh-CN')).toBe('12.5%');
    expect(formatRate(null, 'en-US')).toBeNull();
    expect(rateTone(0)).toBe('none');
    expect(rateTone(null)).toBe('none');
    expect(rateTone(0.05)).toBe('some');
    expect(rateTone(0.25)).toBe('high');
  });

  it('says a re-inspection is under way only while it is requested', () => {
    expect(isReinspecting({ reinspection: 'requested' })).toBe(true);
    expect(isReinspecting({ reinspection: 'unqualified' })).toBe(false);
    expect(isReinspecting({ reinspection: null })).toBe(false);
  });
});
