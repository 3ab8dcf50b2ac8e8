/**
 * Who may do what with an assessment (record-level rules; the route has checked the permission).
 * - self: the association scores itself; the regulator of its region reviews and finalises.
 * - regulator: the regulator scores; a regulator of the region (evaluation.review) reviews.
 * - third party: the regulator appoints experts, who score with the regulator's staff.
 */
import type { AssessmentKind, AssessmentStatus } from '@gongzhi/contracts';
import { type Actor, inRegion } from '../../kernel/actor.js';
import { isEditable } from './evaluation.workflow.js';

export interface AssessmentAccess {
  organisationId: string;
  organisationRegion: string | null;
  assessorId: string;
  kind: AssessmentKind;
  status: AssessmentStatus;
  /** experts named on it */
  assessorUserIds: readonly string[];
}

/** May score, attach evidence, refresh facts and submit (the assessing side). */
export function isAssessor(actor: Actor, a: AssessmentAccess): boolean {
  if (!actor.permissions.has('evaluation.assess')) return false;
  if (actor.orgIds.includes(a.assessorId)) return true;
  return a.kind === 'third_party' && actor.userId !== null && a.assessorUserIds.includes(actor.userId);
}

export function canScore(actor: Actor, a: AssessmentAccess): boolean {
  return isEditable(a.status) && isAssessor(actor, a);
}

/** The reviewing side: a regulator whose region holds the assessed organisation. */
export function isReviewer(actor: Actor, a: AssessmentAccess): boolean {
  return (
    actor.permissions.has('evaluation.review') && a.organisationRegion !== null && inRegion(actor, a.organisationRegion)
  );
}

export function canReview(actor: Actor, a: AssessmentAccess): boolean {
  return a.status === 'submitted' && isReviewer(actor, a);
}

export function canFinalise(actor: Actor, a: AssessmentAccess): boolean {
  return a.status === 'reviewed' && isReviewer(actor, a);
}

/** Improvement actions: the organisation's own assessors, its regulator's reviewers, and the owner. */
export function canWorkOnAction(
  actor: Actor,
  action: { organisationId: string; organisationRegion: string | null; ownerUserId: string | null },
): boolean {
  if (actor.userId !== null && action.ownerUserId === actor.userId) return true;
  if (actor.permissions.has('evaluation.assess') && actor.orgIds.includes(action.organisationId)) return true;
  return (
    actor.permissions.has('evaluation.review') &&
    action.organisationRegion !== null &&
    inRegion(actor, action.organisationRegion)
  );
}
