import { type MeDto, ROLE_ORGANISATION_KIND, ROLES, type Role } from '@gongzhi/contracts';

/**
 * Roles the signed-in user can offer when creating an account: a regulator administrator any role,
 * others the roles held in the kinds of organisation they belong to. The server decides in the end.
 */
export function assignableRoles(me: MeDto): Role[] {
  const kinds = new Set(me.organisations.map((organisation) => organisation.kind));
  if (me.user.roles.some((assignment) => assignment.role === 'regulator_admin')) return [...ROLES];
  return ROLES.filter((role) => {
    const kind = ROLE_ORGANISATION_KIND[role];
    return kind !== null && kinds.has(kind);
  });
}

/** The organisation a new account with this role belongs to by default (the user's own of that kind). */
export function defaultOrganisationFor(me: MeDto, role: Role): string | undefined {
  const kind = ROLE_ORGANISATION_KIND[role];
  return kind ? me.organisations.find((organisation) => organisation.kind === kind)?.id : undefined;
}
