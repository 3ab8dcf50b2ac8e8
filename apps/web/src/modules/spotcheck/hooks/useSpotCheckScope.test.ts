import { type MeDto, type OrganisationKind, permissionsOf, type Role } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { spotCheckScopeOf } from './useSpotCheckScope';

function me(role: Role, kind: OrganisationKind): MeDto {
  const organisation = { id: `${kind}-id`, name: kind, kind, regionCode: '440600' };
  return {
    user: {
      id: 'user-id',
      username: 'u',
      displayName: 'U',
      email: null,
      status: 'active',
      roles: [{ role, organisationId: organisation.id, organisationName: organisation.name }],
      lockedUntil: null,
      lastLoginAt: null,
      createdAt: '2026-01-01T00:00:00Z',
      version: 1,
    },
    permissions: [...permissionsOf([role])],
    organisations: [organisation],
    locale: 'zh-CN',
    idleTimeoutSeconds: 1800,
  };
}

describe('spotCheckScopeOf', () => {
  it('lets regulator staff import, match and decide, but not ask for re-inspection', () => {
    const scope = spotCheckScopeOf(me('regulator_staff', 'regulator'));
    expect(scope).toMatchObject({ regulator: true, canImport: true, canReinspect: false });
  });

  it("lets an enterprise's administrator and chief quality officer ask for re-inspection", () => {
    for (const role of ['enterprise_admin', 'chief_quality_officer'] as const) {
      const scope = spotCheckScopeOf(me(role, 'enterprise'));
      expect(scope.enterprise?.id).toBe('enterprise-id');
      expect(scope).toMatchObject({ canImport: false, canReinspect: true });
    }
  });

  it("gives an association its members' results, read only", () => {
    const scope = spotCheckScopeOf(me('association_staff', 'industry_organisation'));
    expect(scope.association?.id).toBe('industry_organisation-id');
    expect(scope).toMatchObject({ regulator: false, canImport: false, canReinspect: false });
  });
});
