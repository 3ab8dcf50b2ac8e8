import { type Actor, can, inRegion } from '../../kernel/actor.js';

export interface OrganisationFacts {
  id: string;
  kind: string;
  regionCode: string;
  /** A member enterprise of one of the actor's associations. */
  memberOfActor: boolean;
}

/** Console reads: regulators their region, people their own organisations, associations their members. */
export function canRead(actor: Actor, org: OrganisationFacts): boolean {
  if (!can(actor, 'organisation.read')) return false;
  return inRegion(actor, org.regionCode) || actor.orgIds.includes(org.id) || org.memberOfActor;
}

export function canUpdate(actor: Actor, org: OrganisationFacts): boolean {
  if (!can(actor, 'organisation.update')) return false;
  return inRegion(actor, org.regionCode) || actor.orgIds.includes(org.id) || org.memberOfActor;
}

export function canManageMembers(actor: Actor, org: Pick<OrganisationFacts, 'id' | 'kind' | 'regionCode'>): boolean {
  if (org.kind !== 'industry_organisation' || !can(actor, 'membership.manage')) return false;
  return actor.orgIds.includes(org.id) || inRegion(actor, org.regionCode);
}

export function canCreateIn(actor: Actor, regionCode: string): boolean {
  return can(actor, 'organisation.create') && inRegion(actor, regionCode);
}
