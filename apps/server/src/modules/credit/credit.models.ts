/** Credit model versions: created, validated, activated; never edited. */
import { randomUUID } from 'node:crypto';
import type { CreditModelCreate, CreditModelDefinition, CreditModelDto, FieldIssue } from '@gongzhi/contracts';
import { and, desc, eq, sql } from 'drizzle-orm';
import { asSystem, type Tx } from '../../db/client.js';
import { creditModel, organisation } from '../../db/schema/index.js';
import type { Actor } from '../../kernel/actor.js';
import { AppError } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import { DEFAULT_CREDIT_MODEL, modelProblems } from './credit.model.js';

export type ModelRow = typeof creditModel.$inferSelect;

export const DEFAULT_MODEL_NAME = '默认质量信用评价模型 / Default quality credit model';
export const DEFAULT_MODEL_RATIONALE =
  'Shipped with the platform; rationale in docs/credit-model.md (base 80 of 100; A ≥ 90, B ≥ 75, C ≥ 60, D below; a serious penalty or a serious spot-check failure within its window caps the grade at C).';

export function presentModel(row: ModelRow & { ownerName: string }): CreditModelDto {
  return {
    id: row.id,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    version: row.version,
    name: row.name,
    rationale: row.rationale,
    status: row.status,
    definition: row.definition,
    createdAt: row.createdAt.toISOString(),
    activatedAt: row.activatedAt?.toISOString() ?? null,
  };
}

export async function listModels(tx: Tx, ownerId: string) {
  return tx
    .select({ model: creditModel, ownerName: organisation.name })
    .from(creditModel)
    .innerJoin(organisation, eq(organisation.id, creditModel.ownerId))
    .where(eq(creditModel.ownerId, ownerId))
    .orderBy(desc(creditModel.version))
    .then((rows) => rows.map((r) => ({ ...r.model, ownerName: r.ownerName })));
}

export async function findModel(tx: Tx, id: string) {
  const rows = await tx
    .select({ model: creditModel, ownerName: organisation.name })
    .from(creditModel)
    .innerJoin(organisation, eq(organisation.id, creditModel.ownerId))
    .where(eq(creditModel.id, id));
  return rows[0] ? { ...rows[0].model, ownerName: rows[0].ownerName } : null;
}

/** The owner's active model; the shipped default becomes version 1 the first time one is needed. */
export async function activeModel(tx: Tx, ownerId: string): Promise<ModelRow> {
  const rows = await tx
    .select()
    .from(creditModel)
    .where(and(eq(creditModel.ownerId, ownerId), eq(creditModel.status, 'active')));
  if (rows[0]) return rows[0];
  return asSystem(tx, async () => {
    await tx
      .insert(creditModel)
      .values({
        id: randomUUID(),
        ownerId,
        version: 1,
        name: DEFAULT_MODEL_NAME,
        rationale: DEFAULT_MODEL_RATIONALE,
        status: 'active',
        definition: DEFAULT_CREDIT_MODEL,
        activatedAt: new Date(),
      })
      .onConflictDoNothing();
    const again = await tx
      .select()
      .from(creditModel)
      .where(and(eq(creditModel.ownerId, ownerId), eq(creditModel.status, 'active')));
    if (!again[0]) throw new AppError('internal');
    return again[0];
  });
}

const ISSUE: Record<string, FieldIssue> = {
  grades_order: 'model_grades_order',
  grades_gap: 'model_grades_gap',
  grade_duplicate: 'model_grade_duplicate',
  unknown_grade: 'model_unknown_grade',
  unknown_record_type: 'model_unknown_record_type',
  unknown_severity: 'one_of',
  window: 'model_window',
  score_range: 'model_score_range',
  rule_duplicate: 'model_rule_duplicate',
};

/** 400 naming every problem of the definition (fields under `definition.`). */
export function assertValidModel(definition: CreditModelDefinition): void {
  const problems = modelProblems(definition);
  if (problems.length) {
    throw new AppError(
      'validation_failed',
      problems.map((p) => ({ field: `definition.${p.field}`, issue: ISSUE[p.issue] ?? 'format' })),
    );
  }
}

/** A new draft version (the next number for the owner). */
export async function createModel(tx: Tx, actor: Actor, input: CreditModelCreate): Promise<string> {
  assertValidModel(input.definition);
  await activeModel(tx, input.associationId);
  // Serialise version numbers per owner.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('credit_model:' || ${input.associationId}))`);
  const latest = await tx
    .select({ version: sql<number>`coalesce(max(${creditModel.version}), 0)::int` })
    .from(creditModel)
    .where(eq(creditModel.ownerId, input.associationId));
  const id = randomUUID();
  const version = (latest[0]?.version ?? 0) + 1;
  await tx.insert(creditModel).values({
    id,
    ownerId: input.associationId,
    version,
    name: input.name.trim(),
    rationale: input.rationale.trim(),
    status: 'draft',
    definition: input.definition,
    createdBy: actor.userId,
  });
  await audit(tx, actor, {
    action: 'credit_model.created',
    targetType: 'credit_model',
    targetId: id,
    organisationId: input.associationId,
    after: { version, name: input.name, definition: input.definition },
  });
  return id;
}

/** Makes a version the active one; the previous active version is retired (kept). */
export async function activateModel(tx: Tx, actor: Actor, row: ModelRow): Promise<void> {
  if (row.status === 'active') return;
  await tx
    .update(creditModel)
    .set({ status: 'retired' })
    .where(and(eq(creditModel.ownerId, row.ownerId), eq(creditModel.status, 'active')));
  await tx.update(creditModel).set({ status: 'active', activatedAt: new Date() }).where(eq(creditModel.id, row.id));
  await audit(tx, actor, {
    action: 'credit_model.activated',
    targetType: 'credit_model',
    targetId: row.id,
    organisationId: row.ownerId,
    after: { version: row.version },
  });
}
