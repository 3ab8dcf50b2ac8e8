/**
 * Whose workspace a caller works in (issue #7), shared by the plan, team, funds and resources modules:
 * an association's own people read it and, with workspace.manage, change it; a regulator whose region
 * holds the association reads it, naming it (`organisationId`). Row-level security (migration 0013)
 * enforces the same scope underneath.
 */
import { asSystem, type Tx } from '../../db/client.js';
import { type Actor, inRegion, orgIdsOfKind } from '../../kernel/actor.js';
import { AppError, forbidden, notFound } from '../../kernel/app-error.js';
import { findOrganisation } from '../organisation/organisation.repository.js';

export interface WorkspaceOrg {
  id: string;
  name: string;
  regionCode: string | null;
}

export function mayReadWorkspace(actor: Actor, org: { id: string; kind: string; regionCode: string | null }): boolean {
  if (!actor.permissions.has('workspace.read') || org.kind !== 'industry_organisation') return false;
  if (actor.orgIds.includes(org.id)) return true;
  return org.regionCode !== null && inRegion(actor, org.regionCode);
}

export function mayManageWorkspace(actor: Actor, organisationId: string): boolean {
  return actor.permissions.has('workspace.manage') && actor.orgIds.includes(organisationId);
}

/** The association whose workspace the caller works in by default (none for a regulator). */
export function ownAssociation(actor: Actor): string | null {
  return orgIdsOfKind(actor, 'industry_organisation')[0] ?? null;
}

/** The association read: the one named (own, or of the regulator's region), else the caller's own. */
export async function readableWorkspace(tx: Tx, actor: Actor, requested: string | undefined): Promise<WorkspaceOrg> {
  const id = requested ?? ownAssociation(actor);
  if (!id) throw AppError.validation('organisationId', 'required');
  const org = await asSystem(tx, () => findOrganisation(tx, id));
  if (!org || !mayReadWorkspace(actor, org)) throw notFound();
  return { id: org.id, name: org.name, regionCode: org.regionCode };
}

/** The association the caller manages (workspace.manage in it). */
export async function managedWorkspace(tx: Tx, actor: Actor): Promise<WorkspaceOrg> {
  const id = ownAssociation(actor);
  if (!id || !mayManageWorkspace(actor, id)) throw forbidden();
  return readableWorkspace(tx, actor, id);
}

/** A record the caller may change: visible (row-level security) and of the caller's association. */
export function ensureManaged<T extends { organisationId: string }>(actor: Actor, row: T | undefined): T {
  if (!row) throw notFound();
  if (!mayManageWorkspace(actor, row.organisationId)) throw forbidden();
  return row;
}
