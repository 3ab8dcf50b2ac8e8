import { describe, expect, it } from 'vitest';
import { effectiveDue, toQueueQuery } from './queueQuery';

describe('the complaint queue’s query', () => {
  it('opens on the cases with a running deadline, soonest first', () => {
    expect(effectiveDue({})).toBe('open');
    expect(toQueueQuery({}, 1, 20)).toEqual({ due: 'open', page: 1, pageSize: 20 });
  });

  it('looks at every case for a status or a tracking number unless a deadline filter is chosen', () => {
    expect(effectiveDue({ status: 'closed' })).toBe('all');
    expect(toQueueQuery({ trackingNo: ' TS20260501-0001 ' }, 1, 20)).toEqual({
      trackingNo: 'TS20260501-0001',
      page: 1,
      pageSize: 20,
    });
    expect(toQueueQuery({ status: 'mediating', due: 'overdue' }, 2, 50)).toMatchObject({
      status: 'mediating',
      due: 'overdue',
      page: 2,
    });
  });

  it('ignores an unknown deadline filter from a hand-edited URL', () => {
    expect(effectiveDue({ due: 'yesterday' })).toBe('open');
    expect(toQueueQuery({ due: 'all' }, 1, 20).due).toBeUndefined();
  });
});
