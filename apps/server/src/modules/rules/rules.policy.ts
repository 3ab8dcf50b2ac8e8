/**
 * Who may see and do what with an association's documents and consultations (record-level rules).
 * - insiders: the association's people (workspace.read) and the regulators of its region read everything;
 * - the association's staff (workspace.manage) write;
 * - its active members read published member and public documents and the consultations opened to them;
 * - anyone reads published public documents and public consultations.
 */
import type { ConsultationAudience, DocumentVersionStatus, DocumentVisibility } from '@gongzhi/contracts';
import { type Actor, inRegion } from '../../kernel/actor.js';

export interface OrgRef {
  id: string;
  regionCode: string | null;
}

export function isInsider(actor: Actor, org: OrgRef): boolean {
  if (!actor.permissions.has('workspace.read')) return false;
  if (actor.orgIds.includes(org.id)) return true;
  return org.regionCode !== null && inRegion(actor, org.regionCode);
}

export function canManage(actor: Actor, organisationId: string): boolean {
  return actor.permissions.has('workspace.manage') && actor.orgIds.includes(organisationId);
}

/** A member enterprise's people who read the association's member documents and consultations. */
export function isMemberReader(actor: Actor, isMember: boolean): boolean {
  return isMember && (actor.permissions.has('member.read') || actor.permissions.has('consultation.comment'));
}

export function canReadDocument(
  actor: Actor,
  doc: { visibility: DocumentVisibility; published: boolean },
  org: OrgRef,
  isMember: boolean,
): boolean {
  if (isInsider(actor, org)) return true;
  if (!doc.published) return false;
  return doc.visibility === 'public' || (doc.visibility === 'members' && isMemberReader(actor, isMember));
}

/** Outsiders see only versions that were published. */
export function visibleVersion(insider: boolean, status: DocumentVersionStatus): boolean {
  return insider || status === 'published' || status === 'superseded';
}

export function canReadConsultation(
  actor: Actor,
  c: { audience: ConsultationAudience },
  org: OrgRef,
  isMember: boolean,
): boolean {
  return c.audience === 'public' || isInsider(actor, org) || isMemberReader(actor, isMember);
}

/**
 * Who comments: for the public, anyone holding consultation.comment; for members, the member
 * enterprises' people and the region's regulator. The association itself answers, it does not comment.
 */
export function canComment(
  actor: Actor,
  c: { audience: ConsultationAudience },
  org: OrgRef,
  isMember: boolean,
): boolean {
  if (actor.kind !== 'user' || actor.orgIds.includes(org.id)) return false;
  if (c.audience === 'public') return actor.permissions.has('consultation.comment');
  if (isMemberReader(actor, isMember)) return true;
  return actor.permissions.has('consultation.comment') && org.regionCode !== null && inRegion(actor, org.regionCode);
}
