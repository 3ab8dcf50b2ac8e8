/**
 * Who is a party to a liaison thread and on which side; who may manage or read an association's notices.
 * A thread has two sides: the association and the regulator covering its region. Anybody else (another
 * association, an enterprise, another regulator, even one whose region also holds the association)
 * is not a party and gets 404.
 */
import { type Actor, inRegion, orgIdsOfKind } from '../../kernel/actor.js';

export type Side = 'association' | 'regulator';

/** The caller's side of a thread and the organisation it speaks for, or null when not a party. */
export function sideOf(
  actor: Actor,
  thread: { organisationId: string; regulatorId: string },
): { side: Side; organisationId: string } | null {
  if (!actor.permissions.has('liaison.message')) return null;
  if (actor.orgIds.includes(thread.organisationId))
    return { side: 'association', organisationId: thread.organisationId };
  if (actor.orgIds.includes(thread.regulatorId)) return { side: 'regulator', organisationId: thread.regulatorId };
  return null;
}

/** The association the caller works for (association staff, admin, liaison), if any. */
export function ownAssociation(actor: Actor): string | null {
  return orgIdsOfKind(actor, 'industry_organisation')[0] ?? null;
}

export function ownRegulator(actor: Actor): string | null {
  return orgIdsOfKind(actor, 'regulator')[0] ?? null;
}

/** The association itself with workspace.manage publishes notices to its members. */
export function canPublishNotice(actor: Actor, associationId: string): boolean {
  return actor.permissions.has('workspace.manage') && actor.orgIds.includes(associationId);
}

/** The association's people and the regulators of its region see read rates and who read. */
export function canSeeNoticeReads(actor: Actor, notice: { organisationId: string; regionCode: string }): boolean {
  if (!actor.permissions.has('workspace.read')) return false;
  return actor.orgIds.includes(notice.organisationId) || inRegion(actor, notice.regionCode);
}
