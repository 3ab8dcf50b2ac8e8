/** Who may do what with credit information (record level; lists are also filtered in SQL and by RLS). */
import { type Actor, can, inRegion, orgIdsOfKind } from '../../kernel/actor.js';

/** Associations whose archives the person keeps (records, decisions, evaluations). */
export const keptAssociations = (actor: Actor): string[] =>
  can(actor, 'credit.record') ? orgIdsOfKind(actor, 'industry_organisation') : [];

/** Associations whose archives the person may read (staff, liaison). */
export const readableAssociations = (actor: Actor): string[] =>
  can(actor, 'credit.read') ? orgIdsOfKind(actor, 'industry_organisation') : [];

/** Enterprises the person acts for (its own archive, objections, repairs, commitments). */
export const ownEnterprises = (actor: Actor): string[] =>
  can(actor, 'credit.read') ? orgIdsOfKind(actor, 'enterprise') : [];

export const objectingEnterprises = (actor: Actor): string[] =>
  can(actor, 'credit.object') ? orgIdsOfKind(actor, 'enterprise') : [];

export interface ArchiveFacts {
  associationId: string;
  associationRegionCode: string;
  enterpriseId: string;
}

export type ArchiveSide = 'keeper' | 'reader' | 'enterprise' | 'regulator';

/** How the person sees an archive entry, or null when they may not see it at all. */
export function archiveSide(actor: Actor, facts: ArchiveFacts): ArchiveSide | null {
  if (keptAssociations(actor).includes(facts.associationId)) return 'keeper';
  if (readableAssociations(actor).includes(facts.associationId)) return 'reader';
  if (ownEnterprises(actor).includes(facts.enterpriseId)) return 'enterprise';
  if (can(actor, 'credit.read') && actor.regionPrefix && inRegion(actor, facts.associationRegionCode)) {
    return 'regulator';
  }
  return null;
}

/** Drafts are the association's work in progress: nobody else sees them. */
export const seesDrafts = (side: ArchiveSide | null): boolean => side === 'keeper' || side === 'reader';
