/**
 * Whose funds and resources a caller works on. The association's own people (workspace.read) read and
 * its admin and staff (workspace.manage) write; a regulator (workspace.read) reads the associations of
 * its region, naming one. Row-level security (migration 0013) enforces the same on every table.
 */
import { eq } from 'drizzle-orm';
import { asSystem, type Tx } from '../../db/client.js';
import { organisation } from '../../db/schema/index.js';
import { type Actor, inRegion, orgIdsOfKind } from '../../kernel/actor.js';
import { AppError, forbidden, notFound } from '../../kernel/app-error.js';

export interface WorkspaceOrg {
  id: string;
  name: string;
  regionCode: string;
}

/** May the caller read this association's workspace? */
export function canReadWorkspace(actor: Actor, org: { id: string; kind: string; regionCode: string }): boolean {
  if (!actor.permissions.has('workspace.read') || org.kind !== 'industry_organisation') return false;
  return actor.orgIds.includes(org.id) || inRegion(actor, org.regionCode);
}

async function orgById(tx: Tx, id: string) {
  const rows = await asSystem(tx, () =>
    tx
      .select({
        id: organisation.id,
        name: organisation.name,
        kind: organisation.kind,
        regionCode: organisation.regionCode,
      })
      .from(organisation)
      .where(eq(organisation.id, id)),
  );
  return rows[0] ?? null;
}

/** The association whose records are read: the one named (own or of the regulator's region), else the caller's own. */
export async function readableOrg(tx: Tx, actor: Actor, requested: string | undefined): Promise<WorkspaceOrg> {
  const id = requested ?? orgIdsOfKind(actor, 'industry_organisation')[0];
  if (!id) throw AppError.validation('organisationId', 'required');
  const org = await orgById(tx, id);
  if (!org || !canReadWorkspace(actor, org)) throw notFound();
  return { id: org.id, name: org.name, regionCode: org.regionCode };
}

/** The association the caller manages (workspace.manage in it). */
export async function managedOrg(tx: Tx, actor: Actor): Promise<WorkspaceOrg> {
  const id = orgIdsOfKind(actor, 'industry_organisation')[0];
  if (!id || !actor.permissions.has('workspace.manage')) throw forbidden();
  const org = await orgById(tx, id);
  if (!org) throw notFound();
  return { id: org.id, name: org.name, regionCode: org.regionCode };
}
