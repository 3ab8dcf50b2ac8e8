import type { Role } from './enums.js';

/** The closed, dot-named permission list. Roles map to permissions once, below. */
export const PERMISSIONS = [
  'organisation.read',
  'organisation.create',
  'organisation.update',
  'organisation.override_credit_code',
  'membership.read',
  'membership.manage',
  'user.read',
  'user.manage',
  'audit.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS = {
  regulator_admin: [
    'organisation.read',
    'organisation.create',
    'organisation.update',
    'organisation.override_credit_code',
    'membership.read',
    'membership.manage',
    'user.read',
    'user.manage',
    'audit.read',
  ],
  regulator_staff: ['organisation.read', 'organisation.create', 'organisation.update', 'membership.read', 'user.read'],
  // Associations register enterprises through the member flow (membership.manage), not directly.
  association_admin: [
    'organisation.read',
    'organisation.update',
    'membership.read',
    'membership.manage',
    'user.read',
    'user.manage',
    'audit.read',
  ],
  association_staff: ['organisation.read', 'organisation.update', 'membership.read', 'membership.manage'],
  association_liaison: ['organisation.read', 'membership.read'],
  enterprise_admin: ['organisation.read', 'organisation.update', 'membership.read', 'user.read', 'user.manage'],
  chief_quality_officer: ['organisation.read', 'membership.read'],
  expert: [],
  consumer: [],
} as const satisfies Record<Role, readonly Permission[]>;

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) out.add(p);
  return out;
}
