import { describe, expect, it } from 'vitest';
import { diffJson, showValue } from './jsonDiff';

describe('diffJson', () => {
  it('compares nested fields by dotted path and marks the changed ones', () => {
    const rows = diffJson(
      { name: 'A', address: { city: '佛山' }, version: 1 },
      { name: 'B', address: { city: '佛山' } },
    );
    expect(rows).toEqual([
      { path: 'address.city', before: '佛山', after: '佛山', changed: false },
      { path: 'name', before: 'A', after: 'B', changed: true },
      { path: 'version', before: 1, after: undefined, changed: true },
    ]);
  });

  it('treats a created record as every field changed, and no states as no rows', () => {
    expect(diffJson(null, { a: 1 })).toEqual([{ path: 'a', before: undefined, after: 1, changed: true }]);
    expect(diffJson(null, null)).toEqual([]);
  });

  it('shows strings as they are and other values as JSON', () => {
    expect(showValue('佛山')).toBe('佛山');
    expect(showValue([1, 2])).toBe('[1,2]');
    expect(showValue(undefined)).toBe('');
  });
});
