/**
 * Guidance documents are the regulator's (workspace.guide); who reads and changes the rest of an
 * association's work team is the workspace's rule (modules/workspace/workspace.policy.ts). Row-level
 * security enforces the same scope underneath.
 */
import { type Actor, orgIdsOfKind } from '../../kernel/actor.js';

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
