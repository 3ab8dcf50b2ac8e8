import { COMPLAINT_LIMITS, PHONE_PATTERN } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { INTAKE_LIMITS, INTAKE_PHONE_PATTERN } from './intakeLimits';

describe('the intake limits of the web app', () => {
  it('are the contracts’ limits', () => {
    expect(INTAKE_LIMITS).toEqual(COMPLAINT_LIMITS);
    expect(INTAKE_PHONE_PATTERN).toBe(PHONE_PATTERN);
  });
});
