/**
 * Who may see and change an organisation's workspace records (the route has checked the permission):
 * the organisation's own people read and (with workspace.manage) write; a regulator whose region
 * holds the organisation reads. Row-level security enforces the same scope underneath.
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

/** The association whose workspace the caller works in by default (none for a regulator). */
export function ownAssociation(actor: Actor): string | null {
  return orgIdsOfKind(actor, 'industry_organisation')[0] ?? null;
}
