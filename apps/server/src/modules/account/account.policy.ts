import { ROLE_ORGANISATION_KIND, type Role } from '@gongzhi/contracts';
import { type Actor, can, inRegion, isRegulator } from '../../kernel/actor.js';

export interface AdministeredOrganisation {
  id: string;
  kind: string;
  regionCode: string;
}

/**
 * Who may create, disable or reset accounts whose home is `org` (null: people without one): the
 * organisation's own administrators, and the regulator for its region. An association does not
 * administer its members' accounts (row-level security on app_user says the same).
 */
export function canAdministerAccountsOf(actor: Actor, org: AdministeredOrganisation | null): boolean {
  if (!can(actor, 'user.manage')) return false;
  if (org === null) return isRegulator(actor);
  return inRegion(actor, org.regionCode) || actor.orgIds.includes(org.id);
}

/** A role is held in an organisation of the kind it belongs to (experts: any or none; consumers: none). */
export function roleFitsOrganisation(role: Role, org: { kind: string } | null): boolean {
  const kind = ROLE_ORGANISATION_KIND[role];
  if (role === 'consumer') return org === null;
  if (kind === null) return true;
  return org !== null && org.kind === kind;
}
