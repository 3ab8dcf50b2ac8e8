import type { OrganisationListQuery, PublicOrganisationDto } from '@gongzhi/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { PUBLIC_SCOPE, type Tx } from '../../db/client.js';
import { membership, organisation } from '../../db/schema/index.js';
import { notFound } from '../../kernel/app-error.js';
import type { AppContext } from '../../kernel/context.js';
import { pageOf, pageResult } from '../../kernel/pagination.js';
import { presentPublicOrganisation } from '../organisation/organisation.presenter.js';
import * as orgRepo from '../organisation/organisation.repository.js';

type PublicAssociation = PublicOrganisationDto['associations'][number];

/** Published associations of the given enterprises, active memberships only, in one query. */
async function publicAssociations(tx: Tx, enterpriseIds: string[]): Promise<Map<string, PublicAssociation[]>> {
  const out = new Map<string, PublicAssociation[]>();
  if (enterpriseIds.length === 0) return out;
  const rows = await tx
    .select({
      enterpriseId: membership.enterpriseId,
      id: organisation.id,
      name: organisation.name,
      level: membership.level,
    })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.associationId))
    .where(
      and(
        inArray(membership.enterpriseId, enterpriseIds),
        eq(membership.status, 'active'),
        eq(organisation.published, true),
      ),
    )
    .orderBy(organisation.name);
  for (const row of rows) {
    const list = out.get(row.enterpriseId) ?? [];
    list.push({ id: row.id, name: row.name, level: row.level as PublicAssociation['level'] });
    out.set(row.enterpriseId, list);
  }
  return out;
}

/** What anyone may read: published organisations and their published associations. */
export function portalService(ctx: AppContext) {
  const { database } = ctx;

  async function list(query: OrganisationListQuery) {
    const page = pageOf(query);
    return database.read(PUBLIC_SCOPE, async (tx) => {
      const { rows, counted } = await orgRepo.listOrganisations(tx, { kind: 'published' }, query, page);
      const associations = await publicAssociations(
        tx,
        rows.map((r) => r.id),
      );
      return pageResult(
        rows.map((r) => presentPublicOrganisation(r, associations.get(r.id) ?? [])),
        page,
        counted,
      );
    });
  }

  const get = (id: string) => one({ id });
  const byCreditCode = (code: string) => one({ creditCode: code.trim().toUpperCase() });

  async function one(by: { id: string } | { creditCode: string }) {
    const row = await database.read(PUBLIC_SCOPE, (tx) => orgRepo.findPublishedOrganisation(tx, by));
    if (!row) throw notFound();
    return presentPublicOrganisation(row, row.associations as PublicAssociation[]);
  }

  async function stats() {
    return database.read(PUBLIC_SCOPE, async (tx) => {
      const kinds = await tx
        .select({ kind: organisation.kind, n: sql<number>`count(*)::int` })
        .from(organisation)
        .where(eq(organisation.published, true))
        .groupBy(organisation.kind);
      const members = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(membership)
        .where(eq(membership.status, 'active'));
      const byKind = Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)]));
      return {
        regulators: byKind.regulator ?? 0,
        industryOrganisations: byKind.industry_organisation ?? 0,
        enterprises: byKind.enterprise ?? 0,
        activeMemberships: Number(members[0]?.n ?? 0),
      };
    });
  }

  return { list, get, byCreditCode, stats };
}

export type PortalService = ReturnType<typeof portalService>;
