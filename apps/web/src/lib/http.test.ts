import { describe, expect, it } from 'vitest';
import { filenameOf, toQueryString } from './http';

describe('toQueryString', () => {
  it('leaves out empty values and encodes Chinese text', () => {
    expect(toQueryString({ q: '陶瓷', kind: undefined, regionCode: '', page: 2, flag: null })).toBe(
      `?q=${encodeURIComponent('陶瓷')}&page=2`,
    );
    expect(toQueryString({})).toBe('');
    expect(toQueryString(undefined)).toBe('');
  });
});

describe('filenameOf', () => {
  it('prefers the UTF-8 name and falls back to the plain one', () => {
    expect(
      filenameOf(`attachment; filename="stats.xlsx"; filename*=UTF-8''${encodeURIComponent('投诉统计.xlsx')}`),
    ).toBe('投诉统计.xlsx');
    expect(filenameOf('attachment; filename="stats.xlsx"')).toBe('stats.xlsx');
    expect(filenameOf('attachment; filename=stats.xlsx')).toBe('stats.xlsx');
    expect(filenameOf('attachment')).toBeNull();
    expect(filenameOf(null)).toBeNull();
  });
});
