import { describe, expect, it } from 'vitest';
import { buildActor, inRegion, regionPrefix } from './actor.js';

describe('regulator region', () => {
  it('derives the prefix every division inside shares', () => {
    expect(regionPrefix('440600')).toBe('4406');
    expect(regionPrefix('440000')).toBe('44');
    expect(regionPrefix('440604')).toBe('440604');
  });

  it('gives a city regulator its districts and nothing else', () => {
    const actor = buildActor({ userId: 'u', username: 'r', locale: 'zh-CN', ip: null, requestId: null }, [
      { role: 'regulator_admin', organisationId: 'o', organisationKind: 'regulator', regionCode: '440600' },
    ]);
    expect(inRegion(actor, '440606')).toBe(true);
    expect(inRegion(actor, '440100')).toBe(false);
    expect(actor.permissions.has('organisation.override_credit_code')).toBe(true);
  });

  it('gives an association no region', () => {
    const actor = buildActor({ userId: 'u', username: 'a', locale: 'zh-CN', ip: null, requestId: null }, [
      {
        role: 'association_staff',
        organisationId: 'o',
        organisationKind: 'industry_organisation',
        regionCode: '440600',
      },
    ]);
    expect(actor.regionPrefix).toBe('');
    expect(actor.permissions.has('organisation.create')).toBe(false);
  });
});
