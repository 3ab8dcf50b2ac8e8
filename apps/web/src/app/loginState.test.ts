import { describe, expect, it } from 'vitest';
import { readLoginState } from './loginState';

describe('readLoginState', () => {
  it('keeps a console path and a known reason', () => {
    expect(readLoginState({ reason: 'expired', from: '/console/audit?page=2' })).toEqual({
      reason: 'expired',
      from: '/console/audit?page=2',
    });
  });

  it('never returns to a page outside the console, nor trusts unknown values', () => {
    expect(readLoginState({ reason: 'hacked', from: 'https://evil.example/console' })).toEqual({
      reason: undefined,
      from: undefined,
    });
    expect(readLoginState(null)).toEqual({});
  });
});
