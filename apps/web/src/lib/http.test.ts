import { describe, expect, it } from 'vitest';
import { toQueryString } from './http';

describe('toQueryString', () => {
  it('leaves out empty values and encodes Chinese text', () => {
    expect(toQueryString({ q: '陶瓷', kind: undefined, regionCode: '', page: 2, flag: null })).toBe(
      `?q=${encodeURIComponent('陶瓷')}&page=2`,
    );
    expect(toQueryString({})).toBe('');
    expect(toQueryString(undefined)).toBe('');
  });
});
