import {
  type Locale,
  type OrganisationKind,
  type Permission,
  permissionsOf,
  ROLE_ORGANISATION_KIND,
  type Role,
} from '@gongzhi/contracts';
import type { DbScope } from '../db/client.js';

export interface RoleGrant {
  role: Role;
  organisationId: string | null;
  organisationKind: OrganisationKind | null;
  regionCode: string | null;
}

export interface Actor {
  kind: 'user' | 'anonymous';
  userId: string | null;
  username: string | null;
  grants: RoleGrant[];
  permissions: Set<Permission>;
  /** Organisations in which the person holds a role. */
  orgIds: string[];
  /** Region prefix the person regulates ('' when not a regulator). */
  regionPrefix: string;
  locale: Locale;
  ip: string | null;
  requestId: string | null;
}

/** 440600 → 4406, 440000 → 44, 440604 → 440604: the prefix every division inside shares. */
export function regionPrefix(divisionCode: string): string {
  let code = divisionCode;
  while (code.length > 2 && code.endsWith('00')) code = code.slice(0, -2);
  return code;
}

export function buildActor(
  base: { userId: string; username: string; locale: Locale; ip: string | null; requestId: string | null },
  grants: RoleGrant[],
): Actor {
  const orgIds = [...new Set(grants.flatMap((g) => (g.organisationId ? [g.organisationId] : [])))];
  const regulator = grants.find((g) => ROLE_ORGANISATION_KIND[g.role] === 'regulator' && g.regionCode);
  return {
    kind: 'user',
    userId: base.userId,
    username: base.username,
    grants,
    permissions: permissionsOf(grants.map((g) => g.role)),
    orgIds,
    regionPrefix: regulator?.regionCode ? regionPrefix(regulator.regionCode) : '',
    locale: base.locale,
    ip: base.ip,
    requestId: base.requestId,
  };
}

export function anonymousActor(locale: Locale, ip: string | null, requestId: string | null): Actor {
  return {
    kind: 'anonymous',
    userId: null,
    username: null,
    grants: [],
    permissions: new Set(),
    orgIds: [],
    regionPrefix: '',
    locale,
    ip,
    requestId,
  };
}

export function scopeOf(actor: Actor): DbScope {
  return { system: false, userId: actor.userId, orgIds: actor.orgIds, region: actor.regionPrefix };
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

export function isRegulator(actor: Actor): boolean {
  return actor.regionPrefix !== '';
}

export function inRegion(actor: Actor, divisionCode: string): boolean {
  return actor.regionPrefix !== '' && divisionCode.startsWith(actor.regionPrefix);
}

/** Organisations of a kind in which the person holds a role. */
export function orgIdsOfKind(actor: Actor, kind: OrganisationKind): string[] {
  return [
    ...new Set(
      actor.grants
        .filter((g) => g.organisationKind === kind && g.organisationId)
        .map((g) => g.organisationId as string),
    ),
  ];
}
