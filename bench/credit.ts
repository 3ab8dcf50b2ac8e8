/**
 * Pieces of the credit scenario of `npm run bench` (issue #3), used by bench/run.ts:
 *
 * - the hand-written statement: the same scores and grades as the evaluation, written straight
 *   (one CREATE TEMP TABLE … AS SELECT: points per record, caps per rule, sum, clamp, grade band,
 *   vetoes), without the explanation, the run row or the results table;
 * - the check that it and an evaluation run agree on every member;
 * - the production statement under EXPLAIN (ANALYZE, BUFFERS);
 * - a JSON request without a time limit (a full re-evaluation can take minutes).
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { CREDIT_RECORD_TYPES, CREDIT_SEVERITIES, type CreditModelDefinition } from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
import { type Database, SYSTEM_SCOPE } from '../apps/server/src/db/client.js';
import { creditRun } from '../apps/server/src/db/schema/index.js';
import { evaluationStatement } from '../apps/server/src/modules/credit/credit.evaluation.sql.js';
import { COUNTED_STATUSES } from '../apps/server/src/modules/credit/credit.workflow.js';

/** Where the hand-written statement puts its scores (a temporary table of its session). */
export const HAND_TABLE = 'bench_hand_scores';

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
const float = (x: number | undefined) => (x === undefined ? 'NULL::float8' : `${x}::float8`);

/**
 * The hand-written statement for `definition`: one row per active member with its score and grade.
 * The rules are a VALUES list, one row per record type and severity with the rule that applies to it
 * (the specific one, else the one for any severity) and the grade a veto caps it at; the rest is
 * one straight pass: points of each record in its window (decayed, rounded to cents as the model
 * does), a rule's sum capped, the total added to the base, rounded and clamped, the grade band,
 * the worst veto.
 */
export function handWrittenStatement(definition: CreditModelDefinition, associationId: string, asOf: string): string {
  const rows: string[] = [];
  for (const type of CREDIT_RECORD_TYPES) {
    for (const severity of CREDIT_SEVERITIES) {
      let idx = definition.rules.findIndex((r) => r.recordType === type && r.severity === severity);
      if (idx < 0) idx = definition.rules.findIndex((r) => r.recordType === type && r.severity === undefined);
      const rule = definition.rules[idx];
      if (!rule) continue;
      const vetoes = definition.vetoes
        .filter((v) => v.recordType === type && v.severity === severity)
        .map((v) => definition.grades.findIndex((g) => g.code === v.maxGrade) + 1);
      rows.push(
        `(${idx}, ${literal(type)}, ${literal(severity)}, ${float(rule.points)}, ${float(rule.windowMonths)}, ` +
          `${rule.decay === 'linear'}, ${float(rule.cap)}, ${vetoes.length ? Math.max(...vetoes) : 'NULL'}::int)`,
      );
    }
  }
  const bands = definition.grades
    .slice(0, -1)
    .map((g, i) => `WHEN s.score >= ${g.minScore} THEN ${i + 1}`)
    .join(' ');
  const codes = `ARRAY[${definition.grades.map((g) => literal(g.code)).join(', ')}]`;
  const round = (x: string) => `floor((${x}) * 100 + 0.5) / 100`;
  return `CREATE TEMP TABLE ${HAND_TABLE} AS
WITH rule (idx, record_type, severity, points, window_months, linear, cap, veto_grade) AS (VALUES
  ${rows.join(',\n  ')}
),
record_points AS (
  SELECT c.enterprise_id, r.idx, r.cap, r.veto_grade,
         ${round('r.points * CASE WHEN r.linear THEN 1 - a.age / r.window_months ELSE 1 END')} AS points
  FROM credit_record c
  JOIN rule r ON r.record_type = c.record_type AND r.severity = c.severity
  CROSS JOIN LATERAL (SELECT (DATE ${literal(asOf)} - c.occurred_on)::float8 / (365.25 / 12) AS age) a
  WHERE c.association_id = ${literal(associationId)}::uuid
    AND c.status IN (${COUNTED_STATUSES.map(literal).join(', ')})
    AND a.age >= 0 AND a.age < r.window_months
),
per_rule AS (
  SELECT enterprise_id,
         CASE WHEN abs(sum(points)) > cap THEN sign(sum(points)) * cap ELSE sum(points) END AS points,
         max(veto_grade) AS veto_grade
  FROM record_points GROUP BY enterprise_id, idx, cap
),
per_enterprise AS (
  SELECT enterprise_id, sum(points) AS points, max(veto_grade) AS veto_grade FROM per_rule GROUP BY enterprise_id
)
SELECT m.enterprise_id, s.score,
       (${codes})[greatest(CASE ${bands} ELSE ${definition.grades.length} END, coalesce(e.veto_grade, 0))] AS grade
FROM membership m
LEFT JOIN per_enterprise e ON e.enterprise_id = m.enterprise_id
CROSS JOIN LATERAL (
  SELECT least(${definition.maxScore}::float8, greatest(${definition.minScore}::float8,
         ${round(`${definition.baseScore}::float8 + coalesce(e.points, 0)`)})) AS score
) s
WHERE m.association_id = ${literal(associationId)}::uuid AND m.status = 'active'`;
}

export interface HandCheck {
  /** Members in either result. */
  compared: number;
  /** In one and not the other. */
  missing: number;
  scoreMismatches: number;
  gradeMismatches: number;
  maxScoreDifference: number;
  /** The hand-written statement's count per grade. */
  distribution: Record<string, number>;
}

/** Every member: the hand-written table (in this session) against the run's stored results. */
export async function compareWithRun(
  query: <T>(text: string, params?: unknown[]) => Promise<T[]>,
  runId: string,
): Promise<HandCheck> {
  const [row] = await query<{
    compared: number;
    missing: number;
    score_diff: number;
    grade_diff: number;
    max_diff: number | null;
  }>(
    `SELECT count(*)::int AS compared,
       count(*) FILTER (WHERE h.enterprise_id IS NULL OR r.enterprise_id IS NULL)::int AS missing,
       count(*) FILTER (WHERE abs(h.score - r.score) > 1e-9)::int AS score_diff,
       count(*) FILTER (WHERE h.grade IS DISTINCT FROM r.grade)::int AS grade_diff,
       max(abs(h.score - r.score)) AS max_diff
     FROM ${HAND_TABLE} h
     FULL JOIN (SELECT enterprise_id, score, grade FROM credit_result WHERE run_id = $1::uuid) r
       ON r.enterprise_id = h.enterprise_id`,
    [runId],
  );
  const grades = await query<{ grade: string; n: number }>(
    `SELECT grade, count(*)::int AS n FROM ${HAND_TABLE} GROUP BY grade ORDER BY grade`,
  );
  return {
    compared: Number(row?.compared ?? 0),
    missing: Number(row?.missing ?? 0),
    scoreMismatches: Number(row?.score_diff ?? 0),
    gradeMismatches: Number(row?.grade_diff ?? 0),
    maxScoreDifference: Number(row?.max_diff ?? 0),
    distribution: Object.fromEntries(grades.map((g) => [g.grade, Number(g.n)])),
  };
}

/** Thrown to roll a transaction back once its work is done. */
class Rollback extends Error {}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the evaluation statement as the service runs it (application role,
 * system scope, after inserting its run row), in a transaction that is rolled back.
 */
export async function explainEvaluation(
  database: Database,
  input: { associationId: string; modelId: string; definition: CreditModelDefinition; asOf: string },
): Promise<string> {
  let plan = '';
  try {
    await database.transaction(SYSTEM_SCOPE, async (tx) => {
      const runId = randomUUID();
      await tx.insert(creditRun).values({
        id: runId,
        associationId: input.associationId,
        modelId: input.modelId,
        kind: 'preview',
        status: 'completed',
        asOf: input.asOf,
      });
      const statement = evaluationStatement({
        runId,
        associationId: input.associationId,
        definition: input.definition,
        asOf: input.asOf,
      });
      const result = await tx.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${statement}`);
      plan = (result as unknown as { rows: Record<string, string>[] }).rows.map((r) => r['QUERY PLAN']).join('\n');
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return plan;
}

export interface JsonResponse<T> {
  status: number;
  body: T;
  ms: number;
}

/** A JSON request with no time limit (fetch gives up on headers after 300 s). */
export function requestJson<T>(
  url: string,
  options: { method?: string; body?: unknown; cookie?: string } = {},
): Promise<JsonResponse<T>> {
  const started = performance.now();
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: {
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body: body as T, ms: performance.now() - started });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}
