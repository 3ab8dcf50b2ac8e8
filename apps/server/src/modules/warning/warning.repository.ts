import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { consumerWarning, organisation } from '../../db/schema/index.js';
import { offsetOf, type PageRequest } from '../../kernel/pagination.js';

const columns = {
  id: consumerWarning.id,
  associationId: consumerWarning.associationId,
  associationName: organisation.name,
  title: consumerWarning.title,
  body: consumerWarning.body,
  productCategory: consumerWarning.productCategory,
  status: consumerWarning.status,
  publishedAt: consumerWarning.publishedAt,
  createdAt: consumerWarning.createdAt,
  version: consumerWarning.version,
};

function selectWarnings(tx: Tx) {
  return tx
    .select(columns)
    .from(consumerWarning)
    .innerJoin(organisation, eq(organisation.id, consumerWarning.associationId));
}

export async function findWarning(tx: Tx, id: string) {
  const rows = await selectWarnings(tx).where(eq(consumerWarning.id, id)).limit(1);
  return rows[0];
}

export async function listWarnings(
  tx: Tx,
  filter: { associationIds?: string[]; status?: string | undefined; publishedOnly?: boolean },
  page: PageRequest,
) {
  const conditions = [
    filter.associationIds ? inArray(consumerWarning.associationId, filter.associationIds) : undefined,
    filter.status ? eq(consumerWarning.status, filter.status as 'draft') : undefined,
    filter.publishedOnly ? eq(consumerWarning.status, 'published') : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const rows = await selectWarnings(tx)
    .where(and(...conditions))
    .orderBy(
      ...(filter.publishedOnly
        ? [desc(consumerWarning.publishedAt), desc(consumerWarning.id)]
        : [desc(consumerWarning.createdAt), desc(consumerWarning.id)]),
    )
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return { rows: rows.slice(0, page.pageSize), hasMore: rows.length > page.pageSize };
}

export async function insertWarning(tx: Tx, values: typeof consumerWarning.$inferInsert): Promise<void> {
  await tx.insert(consumerWarning).values(values);
}

export async function updateWarning(
  tx: Tx,
  id: string,
  version: number,
  changes: Partial<typeof consumerWarning.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(consumerWarning)
    .set({ ...changes, version: sql`${consumerWarning.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(consumerWarning.id, id), eq(consumerWarning.version, version)))
    .returning({ id: consumerWarning.id });
  return rows.length > 0;
}
