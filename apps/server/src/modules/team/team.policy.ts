/**
 * Who may see and change an association's work team (the route has checked the permission): the
 * association's own people read it and, with workspace.manage, change it; a regulator whose region holds
 * it reads it. Guidance documents are the regulator's (workspace.guide). Row-level security enforces
 * the same scope underneath.
 */
import { type Actor, inRegion, orgIdsOfKind } from '../../kernel/actor.js';

export function mayRead(actor: Actor, org: { id: string; regionCode: string | null }): boolean {
  if (!actor.permissions.has('workspace.read')) return false;
  if (actor.orgIds.includes(org.id)) return true;
  return org.regionCode !== null && inRegion(actor, org.regionCode);
}

export function mayManage(actor: Actor, organisationId: string): boolean {
  return actor.permissions.has('workspace.manage') && actor.orgIds.includes(organisationId);
}

/** The association whose team the caller works in by default (none for a regulator). */
export function ownAssociation(actor: Actor): string | null {
  return orgIdsOfKind(actor, 'industry_organisation')[0] ?? null;
}

/** The regulator that issues the caller's guidance documents. */
export function ownRegulator(actor: Actor): string | null {
  if (!actor.permissions.has('workspace.guide')) return null;
  return orgIdsOfKind(actor, 'regulator')[0] ?? null;
}

/**
 * A guidance document reaches the caller: issued by its organisation, addressed to it, or addressed to
 * every association of the region of the issuer, which holds the caller's association.
 */
export function guidanceReaches(
  actor: Actor,
  doc: { organisationId: string; addresseeId: string | null },
  coveringRegulatorsOfOwnAssociation: readonly string[],
): boolean {
  if (actor.orgIds.includes(doc.organisationId)) return true;
  if (doc.addresseeId) return actor.orgIds.includes(doc.addresseeId);
  return coveringRegulatorsOfOwnAssociation.includes(doc.organisationId);
}
