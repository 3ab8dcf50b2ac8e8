/**
 * Evaluation runs: one set-based statement per run (credit.evaluation.sql.ts), results kept per run
 * (the history), publication into the current grades (credit_grade) with grade-fall warnings, and
 * single-enterprise corrections after an upheld objection or an approved repair.
 */
import { randomUUID } from 'node:crypto';
import type {
  CreditContributionDto,
  CreditModelDefinition,
  CreditResultDto,
  CreditResultListQuery,
  CreditRunDto,
  CreditRunKind,
} from '@gongzhi/contracts';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { asSystem, type Tx } from '../../db/client.js';
import {
  creditGrade,
  creditModel,
  creditRecord,
  creditResult,
  creditRun,
  organisation,
} from '../../db/schema/index.js';
import type { Actor } from '../../kernel/actor.js';
import { audit } from '../../kernel/audit.js';
import { offsetOf, type PageRequest } from '../../kernel/pagination.js';
import { pgArray, queryRows } from '../../kernel/raw-sql.js';
import { evaluationStatement } from './credit.evaluation.sql.js';

export type RunRow = typeof creditRun.$inferSelect & { associationName: string; modelVersion: number };

const cents = (x: number) => Math.round(x * 100) / 100;

export async function findRun(tx: Tx, id: string): Promise<RunRow | null> {
  const rows = await tx
    .select({ run: creditRun, associationName: organisation.name, modelVersion: creditModel.version })
    .from(creditRun)
    .innerJoin(organisation, eq(organisation.id, creditRun.associationId))
    .innerJoin(creditModel, eq(creditModel.id, creditRun.modelId))
    .where(eq(creditRun.id, id));
  return rows[0]
    ? { ...rows[0].run, associationName: rows[0].associationName, modelVersion: rows[0].modelVersion }
    : null;
}

export async function listRuns(tx: Tx, associationIds: string[] | null, page: PageRequest) {
  const rows = await tx
    .select({ run: creditRun, associationName: organisation.name, modelVersion: creditModel.version })
    .from(creditRun)
    .innerJoin(organisation, eq(organisation.id, creditRun.associationId))
    .innerJoin(creditModel, eq(creditModel.id, creditRun.modelId))
    .where(associationIds ? inArray(creditRun.associationId, associationIds) : undefined)
    .orderBy(desc(creditRun.createdAt), desc(creditRun.id))
    .limit(page.pageSize + 1)
    .offset(offsetOf(page));
  return {
    rows: rows
      .slice(0, page.pageSize)
      .map((r) => ({ ...r.run, associationName: r.associationName, modelVersion: r.modelVersion })),
    hasMore: rows.length > page.pageSize,
  };
}

export async function modelDefinitionOf(tx: Tx, modelId: string): Promise<CreditModelDefinition> {
  const rows = await tx.select({ d: creditModel.definition }).from(creditModel).where(eq(creditModel.id, modelId));
  if (!rows[0]) throw new Error(`credit model ${modelId} missing`);
  return rows[0].d;
}

/** Up / down / same / new against the grades published now (grade order from the run's model). */
export async function comparisonOf(tx: Tx, run: RunRow, codes: string[]) {
  const rows = await asSystem(tx, () =>
    queryRows<{ new: number; up: number; down: number; same: number }>(
      tx,
      sql`
      SELECT
        count(*) FILTER (WHERE g.grade IS NULL)::int AS new,
        count(*) FILTER (WHERE array_position(${pgArray(codes)}, r.grade) < array_position(${pgArray(codes)}, g.grade))::int AS up,
        count(*) FILTER (WHERE array_position(${pgArray(codes)}, r.grade) > array_position(${pgArray(codes)}, g.grade))::int AS down,
        count(*) FILTER (WHERE r.grade = g.grade)::int AS same
      FROM credit_result r
      LEFT JOIN credit_grade g ON g.association_id = r.association_id AND g.enterprise_id = r.enterprise_id
      WHERE r.run_id = ${run.id}::uuid`,
    ),
  );
  const row = rows[0] ?? { new: 0, up: 0, down: 0, same: 0 };
  return { up: row.up, down: row.down, same: row.same, new: row.new };
}

export function presentRun(run: RunRow, comparison: CreditRunDto['comparison']): CreditRunDto {
  return {
    id: run.id,
    associationId: run.associationId,
    associationName: run.associationName,
    modelId: run.modelId,
    modelVersion: run.modelVersion,
    kind: run.kind,
    status: run.status,
    asOf: run.asOf,
    enterpriseCount: run.enterpriseCount,
    distribution: run.distribution,
    error: run.error,
    createdAt: run.createdAt.toISOString(),
    publishedAt: run.publishedAt?.toISOString() ?? null,
    comparison,
    durationMs: run.durationMs,
  };
}

/**
 * Evaluates the association's members (or one member) into a new run, in the caller's transaction:
 * if anything fails, the run and its results roll back and the published grades are untouched.
 */
export async function evaluateInto(
  tx: Tx,
  actor: Actor | null,
  input: {
    associationId: string;
    modelId: string;
    definition: CreditModelDefinition;
    kind: CreditRunKind;
    asOf: string;
    enterpriseId?: string | null;
  },
): Promise<string> {
  const runId = randomUUID();
  const started = performance.now();
  await tx.insert(creditRun).values({
    id: runId,
    associationId: input.associationId,
    modelId: input.modelId,
    kind: input.kind,
    status: 'completed',
    asOf: input.asOf,
    enterpriseId: input.enterpriseId ?? null,
    createdBy: actor?.userId ?? null,
  });
  // The statement reads every member's records and writes results: as the system, after the
  // service has checked that the caller keeps this association's archive.
  const counts = await asSystem(tx, () =>
    queryRows<{ grade: string; n: number }>(
      tx,
      evaluationStatement({
        runId,
        associationId: input.associationId,
        definition: input.definition,
        asOf: input.asOf,
        enterpriseId: input.enterpriseId ?? null,
      }),
    ),
  );
  const distribution: Record<string, number> = {};
  let total = 0;
  for (const row of counts) {
    distribution[row.grade] = Number(row.n);
    total += Number(row.n);
  }
  const durationMs = Math.round(performance.now() - started);
  await tx.update(creditRun).set({ enterpriseCount: total, distribution, durationMs }).where(eq(creditRun.id, runId));
  await audit(tx, actor, {
    action: 'credit_evaluation.completed',
    targetType: 'credit_run',
    targetId: runId,
    organisationId: input.associationId,
    after: { kind: input.kind, asOf: input.asOf, modelId: input.modelId, enterpriseCount: total, distribution },
  });
  return runId;
}

/** A run that failed, written after its transaction rolled back, so the failure is on record. */
export async function recordFailedRun(
  tx: Tx,
  actor: Actor | null,
  input: { associationId: string; modelId: string; kind: CreditRunKind; asOf: string; error: string },
): Promise<string> {
  const id = randomUUID();
  await tx.insert(creditRun).values({
    id,
    associationId: input.associationId,
    modelId: input.modelId,
    kind: input.kind,
    status: 'failed',
    asOf: input.asOf,
    error: input.error,
    createdBy: actor?.userId ?? null,
  });
  await audit(tx, actor, {
    action: 'credit_evaluation.failed',
    targetType: 'credit_run',
    targetId: id,
    organisationId: input.associationId,
    after: { error: input.error },
  });
  return id;
}

/**
 * Publishes a run: grade-fall warnings against the grades published until now, then the run's
 * results become the current grades (members not in an official run lose their current grade; their
 * history stays). Returns the ids of the warnings it issued.
 */
export async function publishRun(tx: Tx, actor: Actor | null, run: RunRow, codes: string[]): Promise<string[]> {
  // One publication per association at a time (two secretaries, or a correction during a publication).
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('credit_publish:' || ${run.associationId}))`);
  const warnings = await asSystem(tx, async () => {
    const issued = await queryRows<{ id: string }>(
      tx,
      sql`
      INSERT INTO credit_warning (association_id, enterprise_id, rule, level, params, run_id, cause_key, status)
      SELECT r.association_id, r.enterprise_id, 'grade_fell',
             CASE WHEN n.idx = ${codes.length} OR n.idx - o.idx >= 3 THEN 'red'
                  WHEN n.idx - o.idx = 2 THEN 'orange' ELSE 'yellow' END,
             jsonb_build_object('from', g.grade, 'to', r.grade), ${run.id}::uuid, 'grade_fell:' || ${run.id}, 'issued'
      FROM credit_result r
      JOIN credit_grade g ON g.association_id = r.association_id AND g.enterprise_id = r.enterprise_id
      CROSS JOIN LATERAL (SELECT array_position(${pgArray(codes)}, r.grade) AS idx) n
      CROSS JOIN LATERAL (SELECT array_position(${pgArray(codes)}, g.grade) AS idx) o
      WHERE r.run_id = ${run.id}::uuid AND n.idx > o.idx
      ON CONFLICT DO NOTHING
      RETURNING id`,
    );
    await tx.execute(sql`
      INSERT INTO credit_grade (id, association_id, enterprise_id, run_id, result_id, score, grade, as_of, published_at)
      SELECT gen_random_uuid(), r.association_id, r.enterprise_id, r.run_id, r.id, r.score, r.grade, ${run.asOf}::date, now()
      FROM credit_result r WHERE r.run_id = ${run.id}::uuid
      ON CONFLICT (association_id, enterprise_id) DO UPDATE SET
        run_id = excluded.run_id, result_id = excluded.result_id, score = excluded.score, grade = excluded.grade,
        as_of = excluded.as_of, published_at = excluded.published_at`);
    if (run.kind === 'official') {
      await tx.execute(sql`
        DELETE FROM credit_grade g WHERE g.association_id = ${run.associationId}::uuid
        AND NOT EXISTS (SELECT 1 FROM credit_result r WHERE r.run_id = ${run.id}::uuid AND r.enterprise_id = g.enterprise_id)`);
      await tx
        .update(creditRun)
        .set({ status: 'superseded' })
        .where(
          and(
            eq(creditRun.associationId, run.associationId),
            eq(creditRun.status, 'published'),
            eq(creditRun.kind, 'official'),
          ),
        );
    }
    await tx
      .update(creditRun)
      .set({ status: 'published', publishedAt: new Date(), publishedBy: actor?.userId ?? null })
      .where(eq(creditRun.id, run.id));
    return issued.map((r) => r.id);
  });
  await audit(tx, actor, {
    action: 'credit_evaluation.published',
    targetType: 'credit_run',
    targetId: run.id,
    organisationId: run.associationId,
    after: { kind: run.kind, asOf: run.asOf, distribution: run.distribution, warnings: warnings.length },
  });
  return warnings;
}

export async function listResults(
  tx: Tx,
  run: RunRow,
  codes: string[],
  query: CreditResultListQuery,
  page: PageRequest,
) {
  const movement = query.movement;
  const where = [sql`r.run_id = ${run.id}::uuid`];
  if (query.grade) where.push(sql`r.grade = ${query.grade}`);
  const position = (col: ReturnType<typeof sql>) => sql`array_position(${pgArray(codes)}, ${col})`;
  if (movement === 'new') where.push(sql`g.grade IS NULL`);
  if (movement === 'same') where.push(sql`g.grade = r.grade`);
  if (movement === 'up') where.push(sql`${position(sql`r.grade`)} < ${position(sql`g.grade`)}`);
  if (movement === 'down') where.push(sql`${position(sql`r.grade`)} > ${position(sql`g.grade`)}`);
  // For a published run the comparison is with what it replaced: its own grades are current now.
  const previous =
    run.status === 'completed'
      ? sql`LEFT JOIN credit_grade g ON g.association_id = r.association_id AND g.enterprise_id = r.enterprise_id`
      : sql`LEFT JOIN LATERAL (
          SELECT p.grade FROM credit_result p JOIN credit_run pr ON pr.id = p.run_id
          WHERE p.enterprise_id = r.enterprise_id AND pr.association_id = r.association_id
            AND pr.status IN ('published', 'superseded') AND pr.created_at < ${run.createdAt.toISOString()}::timestamptz
          ORDER BY pr.created_at DESC LIMIT 1) g ON true`;
  const list = await queryRows<{
    enterprise_id: string;
    name: string;
    credit_code: string;
    score: number;
    grade: string;
    grade_before_veto: string | null;
    previous_grade: string | null;
  }>(
    tx,
    sql`
    SELECT r.enterprise_id, o.name, o.credit_code, r.score, r.grade, r.grade_before_veto, g.grade AS previous_grade
    FROM credit_result r
    JOIN organisation o ON o.id = r.enterprise_id
    ${previous}
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY r.score DESC, o.name, r.enterprise_id
    LIMIT ${page.pageSize + 1} OFFSET ${offsetOf(page)}`,
  );
  const items: CreditResultDto[] = list.slice(0, page.pageSize).map((r) => {
    const now = codes.indexOf(r.grade);
    const before = r.previous_grade ? codes.indexOf(r.previous_grade) : -1;
    return {
      enterpriseId: r.enterprise_id,
      enterpriseName: r.name,
      enterpriseCreditCode: r.credit_code,
      score: Number(r.score),
      grade: r.grade,
      gradeBeforeVeto: r.grade_before_veto,
      previousGrade: r.previous_grade,
      movement: before < 0 ? 'new' : now < before ? 'up' : now > before ? 'down' : 'same',
    };
  });
  return { items, hasMore: list.length > page.pageSize };
}

/** The explanation of a result: base, each record that moved it (with its title), and any clamp. */
export async function explain(
  tx: Tx,
  definition: CreditModelDefinition,
  result: { score: number; contributions: [string, number, boolean][] },
): Promise<CreditContributionDto[]> {
  const ids = result.contributions.map((c) => c[0]);
  const records = ids.length
    ? await asSystem(tx, () =>
        tx
          .select({
            id: creditRecord.id,
            title: creditRecord.title,
            recordType: creditRecord.recordType,
            severity: creditRecord.severity,
            occurredOn: creditRecord.occurredOn,
          })
          .from(creditRecord)
          .where(inArray(creditRecord.id, ids)),
      )
    : [];
  const byId = new Map(records.map((r) => [r.id, r]));
  const out: CreditContributionDto[] = [
    {
      kind: 'base',
      recordId: null,
      recordTitle: null,
      recordType: null,
      severity: null,
      occurredOn: null,
      points: definition.baseScore,
      capped: false,
    },
  ];
  let sum = definition.baseScore;
  for (const [id, points, capped] of result.contributions) {
    const record = byId.get(id);
    out.push({
      kind: 'record',
      recordId: id,
      recordTitle: record?.title ?? null,
      recordType: record?.recordType ?? null,
      severity: record?.severity ?? null,
      occurredOn: record?.occurredOn ?? null,
      points,
      capped,
    });
    sum += points;
  }
  const clamp = cents(result.score - cents(sum));
  if (clamp !== 0) {
    out.push({
      kind: 'clamp',
      recordId: null,
      recordTitle: null,
      recordType: null,
      severity: null,
      occurredOn: null,
      points: clamp,
      capped: false,
    });
  }
  return out;
}

/** Current published grades of an enterprise (one per association), with their results. */
export async function gradesOf(tx: Tx, enterpriseId: string) {
  return tx
    .select({
      grade: creditGrade,
      associationName: organisation.name,
      result: creditResult,
      run: creditRun,
    })
    .from(creditGrade)
    .innerJoin(organisation, eq(organisation.id, creditGrade.associationId))
    .innerJoin(creditResult, eq(creditResult.id, creditGrade.resultId))
    .innerJoin(creditRun, eq(creditRun.id, creditGrade.runId))
    .where(eq(creditGrade.enterpriseId, enterpriseId))
    .orderBy(organisation.name);
}

/** Published grade history of an enterprise (every published or superseded run's result). */
export async function historyOf(tx: Tx, enterpriseId: string) {
  return tx
    .select({
      associationId: creditRun.associationId,
      runId: creditRun.id,
      asOf: creditRun.asOf,
      grade: creditResult.grade,
      score: creditResult.score,
      publishedAt: creditRun.publishedAt,
    })
    .from(creditResult)
    .innerJoin(creditRun, eq(creditRun.id, creditResult.runId))
    .where(and(eq(creditResult.enterpriseId, enterpriseId), inArray(creditRun.status, ['published', 'superseded'])))
    .orderBy(desc(creditRun.publishedAt));
}

export async function currentGrade(tx: Tx, associationId: string, enterpriseId: string) {
  const rows = await tx
    .select()
    .from(creditGrade)
    .where(and(eq(creditGrade.associationId, associationId), eq(creditGrade.enterpriseId, enterpriseId)));
  return rows[0] ?? null;
}
