/** Who may do what with spot-check data (record level; RLS enforces the same ownership). */
import { type Actor, can, orgIdsOfKind } from '../../kernel/actor.js';

/** The regulators whose notices the person imports and whose queues and re-inspections they work. */
export const importingRegulators = (actor: Actor): string[] =>
  can(actor, 'spotcheck.import') ? orgIdsOfKind(actor, 'regulator') : [];

/** Associations whose members' results and analyses the person works with. */
export const readingAssociations = (actor: Actor): string[] =>
  can(actor, 'spotcheck.read') ? orgIdsOfKind(actor, 'industry_organisation') : [];

/** Enterprises the person may request re-inspection for. */
export const reinspectingEnterprises = (actor: Actor): string[] =>
  can(actor, 'spotcheck.reinspect') ? orgIdsOfKind(actor, 'enterprise') : [];

/** Enterprises whose own results the person reads. */
export const ownEnterprises = (actor: Actor): string[] =>
  can(actor, 'spotcheck.read') ? orgIdsOfKind(actor, 'enterprise') : [];

export const isRegulatorReader = (actor: Actor): boolean =>
  can(actor, 'spotcheck.read') && orgIdsOfKind(actor, 'regulator').length > 0;

/**
 * Whose results the person sees in lists: the regulator everything (notices are public), an
 * association its members, an enterprise itself.
 */
export type ResultScope =
  | { kind: 'all' }
  | { kind: 'members'; associationIds: string[] }
  | { kind: 'enterprises'; enterpriseIds: string[] };

export function resultScope(actor: Actor): ResultScope {
  if (isRegulatorReader(actor)) return { kind: 'all' };
  const associations = readingAssociations(actor);
  if (associations.length > 0) return { kind: 'members', associationIds: associations };
  return { kind: 'enterprises', enterpriseIds: ownEnterprises(actor) };
}
