import type { OrganisationKind, QualityDocumentKind } from '@gongzhi/contracts';
import { and, asc, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { organisation, organisationDirectory, providerKey, qualityDocument } from '../../db/schema/index.js';
import { offsetOf, type PageRequest } from '../../kernel/pagination.js';
import { runPrepared } from '../../kernel/prepared.js';

export type ProviderKeyRow = typeof providerKey.$inferSelect & { regionCode: string };

/** A key with its organisation's region (the regulator's scope is checked on it). */
export async function findKey(tx: Tx, id: string): Promise<ProviderKeyRow | null> {
  const rows = await tx
    .select({ key: providerKey, regionCode: organisation.regionCode })
    .from(providerKey)
    .innerJoin(organisation, eq(organisation.id, providerKey.organisationId))
    .where(eq(providerKey.id, id))
    .limit(1);
  const row = rows[0];
  return row ? { ...row.key, regionCode: row.regionCode } : null;
}

export async function listKeys(tx: Tx, organisationId: string): Promise<(typeof providerKey.$inferSelect)[]> {
  return tx
    .select()
    .from(providerKey)
    .where(eq(providerKey.organisationId, organisationId))
    .orderBy(desc(providerKey.createdAt), asc(providerKey.id));
}

export async function insertKey(tx: Tx, row: typeof providerKey.$inferInsert): Promise<void> {
  await tx.insert(providerKey).values(row);
}

/** Revokes a key not yet revoked; false when it already was. */
export async function revokeKey(tx: Tx, id: string, revokedBy: string | null): Promise<boolean> {
  const rows = await tx
    .update(providerKey)
    .set({ revokedAt: new Date(), revokedBy })
    .where(and(eq(providerKey.id, id), isNull(providerKey.revokedAt)))
    .returning({ id: providerKey.id });
  return rows.length > 0;
}

export interface KeyHolder {
  keyId: string;
  prefix: string;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  organisationStatus: string;
}

/** The key with this SHA-256 and its organisation (run as the system: the caller has no scope yet). */
export async function findKeyByHash(tx: Tx, keyHash: string): Promise<KeyHolder | null> {
  const rows = await runPrepared(
    tx
      .select({
        keyId: providerKey.id,
        prefix: providerKey.keyPrefix,
        revokedAt: providerKey.revokedAt,
        lastUsedAt: providerKey.lastUsedAt,
        organisationId: organisation.id,
        organisationName: organisation.name,
        organisationKind: organisation.kind,
        organisationStatus: organisation.status,
      })
      .from(providerKey)
      .innerJoin(organisation, eq(organisation.id, providerKey.organisationId))
      .where(eq(providerKey.keyHash, keyHash))
      .limit(1),
  );
  const row = rows[0];
  return row ? { ...row, organisationKind: row.organisationKind as OrganisationKind } : null;
}

/** last_used_at is written at most once a minute, so a busy key does not write on every call. */
export async function touchKey(tx: Tx, keyId: string): Promise<void> {
  await tx
    .update(providerKey)
    .set({ lastUsedAt: new Date() })
    .where(
      and(
        eq(providerKey.id, keyId),
        or(isNull(providerKey.lastUsedAt), lt(providerKey.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    );
}

/** An enterprise by its (normalised) credit code, as the system: the body sees no registry. */
export async function findEnterpriseByCreditCode(
  tx: Tx,
  creditCode: string,
): Promise<{ id: string; name: string } | null> {
  const rows = await tx
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.creditCode, creditCode), eq(organisation.kind, 'enterprise')))
    .limit(1);
  return rows[0] ?? null;
}

const enterprise = alias(organisationDirectory, 'enterprise');
const provider = alias(organisationDirectory, 'provider');

export type QualityDocumentRow = typeof qualityDocument.$inferSelect & {
  providerName: string;
  enterpriseName: string;
  enterpriseCreditCode: string;
};

/**
 * Documents with the names of their enterprise and provider, taken from the directory view (registry
 * facts only): the body may read its own documents (row-level security) but not the enterprises'
 * unpublished registry rows.
 */
function selectDocuments(tx: Tx) {
  return tx
    .select({
      document: qualityDocument,
      providerName: provider.name,
      enterpriseName: enterprise.name,
      enterpriseCreditCode: enterprise.creditCode,
    })
    .from(qualityDocument)
    .innerJoin(provider, eq(provider.id, qualityDocument.providerId))
    .innerJoin(enterprise, eq(enterprise.id, qualityDocument.enterpriseId));
}

function flatten(r: {
  document: typeof qualityDocument.$inferSelect;
  providerName: string;
  enterpriseName: string;
  enterpriseCreditCode: string;
}): QualityDocumentRow {
  return {
    ...r.document,
    providerName: r.providerName,
    enterpriseName: r.enterpriseName,
    enterpriseCreditCode: r.enterpriseCreditCode,
  };
}

export async function findDocument(
  tx: Tx,
  providerId: string,
  kind: QualityDocumentKind,
  documentNo: string,
): Promise<QualityDocumentRow | null> {
  const rows = await selectDocuments(tx)
    .where(
      and(
        eq(qualityDocument.providerId, providerId),
        eq(qualityDocument.kind, kind),
        eq(qualityDocument.documentNo, documentNo),
      ),
    )
    .limit(1);
  return rows[0] ? flatten(rows[0]) : null;
}

/** Inserts the document unless the body already has one of this kind and number; its id when inserted. */
export async function insertDocument(tx: Tx, row: typeof qualityDocument.$inferInsert): Promise<string | null> {
  const rows = await tx
    .insert(qualityDocument)
    .values(row)
    .onConflictDoNothing({ target: [qualityDocument.providerId, qualityDocument.kind, qualityDocument.documentNo] })
    .returning({ id: qualityDocument.id });
  return rows[0]?.id ?? null;
}

/** One body's documents, newest first, with one row of look-ahead. */
export async function listDocuments(
  tx: Tx,
  providerId: string,
  page: PageRequest,
): Promise<{ rows: QualityDocumentRow[]; hasMore: boolean }> {
  const rows = await selectDocuments(tx)
    .where(eq(qualityDocument.providerId, providerId))
    .orderBy(desc(qualityDocument.createdAt), asc(qualityDocument.id))
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return { rows: rows.slice(0, page.pageSize).map(flatten), hasMore: rows.length > page.pageSize };
}
