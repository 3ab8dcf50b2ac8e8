import type { MeDto, OrganisationKind, Role, UserDto } from '@gongzhi/contracts';
import type { UserRoleRow, UserRow } from './account.repository.js';

export function presentUser(row: UserRow, roles: UserRoleRow[]): UserDto {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    status: row.status as UserDto['status'],
    roles: roles
      .filter((r) => r.userId === row.id)
      .map((r) => ({ role: r.role as Role, organisationId: r.organisationId, organisationName: r.organisationName })),
    lockedUntil: row.lockedUntil && row.lockedUntil.getTime() > Date.now() ? row.lockedUntil.toISOString() : null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export function presentMe(
  user: UserDto,
  permissions: string[],
  organisations: { id: string; name: string; kind: string; regionCode: string }[],
  locale: MeDto['locale'],
  idleTimeoutSeconds: number,
): MeDto {
  return {
    user,
    permissions: permissions as MeDto['permissions'],
    organisations: organisations.map((o) => ({ ...o, kind: o.kind as OrganisationKind })),
    locale,
    idleTimeoutSeconds,
  };
}

/** What the audit trail keeps of an account: never the password hash. */
export function auditableUser(row: UserRow): Record<string, unknown> {
  return {
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    status: row.status,
    homeOrganisationId: row.homeOrganisationId,
  };
}
