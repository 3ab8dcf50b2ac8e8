import { ROLE_ORGANISATION_KIND, type Role } from '@gongzhi/contracts';
import { type Actor, can, inRegion, isRegulator } from '../../kernel/actor.js';

export interface AdministeredOrganisation {
  id: string;
  kind: string;
  regionCode: string;
  /** The organisation is a member of one of the actor's associations. */
  memberOfActor: boolean;
}

/** Who may create, disable or reset accounts whose home is `org` (null: people without one). */
export function canAdministerAccountsOf(actor: Actor, org: AdministeredOrganisation | null): boolean {
  if (!can(actor, 'user.manage')) return false;
  if (org === null) return isRegulator(actor);
  if (inRegion(actor, org.regionCode)) return true;
  if (actor.orgIds.includes(org.id)) return true;
  return org.kind === 'enterprise' && org.memberOfActor;
}

/** A role is held in an organisation of the kind it belongs to (experts: any or none; consumers: none). */
export function roleFitsOrganisation(role: Role, org: { kind: string } | null): boolean {
  const kind = ROLE_ORGANISATION_KIND[role];
  if (role === 'consumer') return org === null;
  if (kind === null) return true;
  return org !== null && org.kind === kind;
}

/** Whose accounts a list shows: regulators see their region (RLS), others their own organisations' and members'. */
export function listScope(actor: Actor): 'region' | 'own' {
  return isRegulator(actor) ? 'region' : 'own';
}
