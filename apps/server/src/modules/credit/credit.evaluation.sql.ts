/**
 * The whole-population evaluation as one set-based statement (no per-enterprise loop). It reproduces
 * `evaluate()` in credit.model.ts exactly — the same float arithmetic, the same rounding
 * (floor(x·100 + ½)/100 is JavaScript's Math.round), the same rule choice, windows, linear decay,
 * caps (records of a capped rule scaled alike, the last by id taking the rounding remainder), clamp
 * and vetoes — and the tests hold it to that oracle on random populations.
 */
import type { CreditModelDefinition } from '@gongzhi/contracts';
import { type SQL, sql } from 'drizzle-orm';
import { COUNTED_STATUSES } from './credit.workflow.js';

export interface EvaluationTarget {
  runId: string;
  associationId: string;
  definition: CreditModelDefinition;
  asOf: string;
  /** Only this member (a correction after an objection or a repair). */
  enterpriseId?: string | null;
}

const counted = sql.raw(COUNTED_STATUSES.map((s) => `'${s}'`).join(', '));

/** The scoring CTEs up to `graded` (one row per member: score, grade, explanation). */
export function scoringCtes(target: Omit<EvaluationTarget, 'runId'>): SQL {
  const onlyOne = target.enterpriseId ? sql`AND m.enterprise_id = ${target.enterpriseId}::uuid` : sql``;
  return sql`
model AS (SELECT ${JSON.stringify(target.definition)}::jsonb AS d),
params AS (
  SELECT (d->>'baseScore')::float8 AS base, (d->>'minScore')::float8 AS min_score, (d->>'maxScore')::float8 AS max_score,
         jsonb_array_length(d->'grades') AS grade_count
  FROM model
),
rules AS (
  SELECT (x.o - 1)::int AS idx, x.v->>'recordType' AS record_type, x.v->>'severity' AS severity,
         (x.v->>'points')::float8 AS points, (x.v->>'windowMonths')::float8 AS window_months,
         (x.v->>'decay') = 'linear' AS linear, (x.v->>'cap')::float8 AS cap
  FROM model, jsonb_array_elements(model.d->'rules') WITH ORDINALITY AS x(v, o)
),
rule_for AS (
  SELECT DISTINCT ON (t.record_type, s.severity) t.record_type, s.severity, r.idx
  FROM (SELECT DISTINCT record_type FROM rules) t
  CROSS JOIN unnest(ARRAY['minor', 'general', 'serious']) AS s(severity)
  JOIN rules r ON r.record_type = t.record_type AND (r.severity = s.severity OR r.severity IS NULL)
  ORDER BY t.record_type, s.severity, r.severity IS NULL
),
grades AS (
  SELECT (x.o - 1)::int AS idx, x.v->>'code' AS code, (x.v->>'minScore')::float8 AS min_score
  FROM model, jsonb_array_elements(model.d->'grades') WITH ORDINALITY AS x(v, o)
),
vetoes AS (
  SELECT (x.o - 1)::int AS veto_idx, x.v->>'recordType' AS record_type, x.v->>'severity' AS severity, g.idx AS max_idx
  FROM model, jsonb_array_elements(model.d->'vetoes') WITH ORDINALITY AS x(v, o)
  JOIN grades g ON g.code = x.v->>'maxGrade'
),
population AS (
  SELECT m.enterprise_id FROM membership m
  WHERE m.association_id = ${target.associationId}::uuid AND m.status = 'active' ${onlyOne}
),
in_window AS (
  SELECT c.enterprise_id, c.id, c.record_type, c.severity, r.idx, r.cap,
         floor(r.points * (CASE WHEN r.linear THEN 1 - a.age / r.window_months ELSE 1 END) * 100 + 0.5) / 100 AS points
  FROM credit_record c
  JOIN population p ON p.enterprise_id = c.enterprise_id
  JOIN rule_for f ON f.record_type = c.record_type AND f.severity = c.severity
  JOIN rules r ON r.idx = f.idx
  CROSS JOIN LATERAL (SELECT (${target.asOf}::date - c.occurred_on)::float8 / (365.25 / 12) AS age) a
  WHERE c.association_id = ${target.associationId}::uuid AND c.status IN (${counted})
    AND a.age >= 0 AND a.age < r.window_months
),
scored AS (SELECT * FROM in_window WHERE points <> 0),
over_cap AS (
  SELECT enterprise_id, idx, sum(points) AS total, max(cap) AS cap
  FROM scored WHERE cap IS NOT NULL
  GROUP BY enterprise_id, idx HAVING abs(sum(points)) > max(cap)
),
capped_scaled AS (
  SELECT s.enterprise_id, s.id, s.idx, sign(t.total) * t.cap AS target,
         floor(s.points * (sign(t.total) * t.cap) / t.total * 100 + 0.5) / 100 AS scaled
  FROM scored s JOIN over_cap t ON t.enterprise_id = s.enterprise_id AND t.idx = s.idx
),
capped AS (
  SELECT enterprise_id, id, idx,
         CASE WHEN row_number() OVER (PARTITION BY enterprise_id, idx ORDER BY id DESC) = 1
              THEN floor((target - (sum(scaled) OVER (PARTITION BY enterprise_id, idx) - scaled)) * 100 + 0.5) / 100
              ELSE scaled END AS points
  FROM capped_scaled
),
contributions AS (
  SELECT s.enterprise_id, s.id, s.idx, s.points, false AS capped FROM scored s
  WHERE NOT EXISTS (SELECT 1 FROM over_cap t WHERE t.enterprise_id = s.enterprise_id AND t.idx = s.idx)
  UNION ALL
  SELECT enterprise_id, id, idx, points, true FROM capped
),
sums AS (
  SELECT enterprise_id, sum(points) AS total,
         jsonb_agg(jsonb_build_array(id, points, capped) ORDER BY idx, id) AS items
  FROM contributions GROUP BY enterprise_id
),
veto_hits AS (
  SELECT w.enterprise_id, v.veto_idx, v.max_idx, min(w.id::text)::uuid AS record_id
  FROM in_window w JOIN vetoes v ON v.record_type = w.record_type AND v.severity = w.severity
  GROUP BY w.enterprise_id, v.veto_idx, v.max_idx
),
veto_agg AS (
  SELECT enterprise_id, max(max_idx) AS max_idx, array_agg(record_id ORDER BY veto_idx) AS vetoed_by
  FROM veto_hits GROUP BY enterprise_id
),
scores AS (
  SELECT p.enterprise_id, s.items, va.max_idx, va.vetoed_by,
         least(pr.max_score, greatest(pr.min_score, floor((pr.base + coalesce(s.total, 0)) * 100 + 0.5) / 100)) AS score,
         pr.grade_count
  FROM population p
  CROSS JOIN params pr
  LEFT JOIN sums s ON s.enterprise_id = p.enterprise_id
  LEFT JOIN veto_agg va ON va.enterprise_id = p.enterprise_id
),
graded AS (
  SELECT sc.enterprise_id, sc.score, sc.items, sc.vetoed_by, b.by_score,
         greatest(b.by_score, sc.max_idx) AS final_idx
  FROM scores sc
  CROSS JOIN LATERAL (
    SELECT coalesce((SELECT min(g.idx) FROM grades g WHERE sc.score >= g.min_score), sc.grade_count - 1) AS by_score
  ) b
)`;
}

/** Inserts the run's results; returns the count per grade (one statement). */
export function evaluationStatement(target: EvaluationTarget): SQL {
  return sql`WITH ${scoringCtes(target)},
inserted AS (
  INSERT INTO credit_result (run_id, association_id, enterprise_id, score, grade, grade_before_veto, vetoed_by, contributions)
  SELECT ${target.runId}::uuid, ${target.associationId}::uuid, gr.enterprise_id, gr.score, fg.code,
         CASE WHEN gr.final_idx <> gr.by_score THEN bg.code END,
         coalesce(gr.vetoed_by, '{}'::uuid[]), coalesce(gr.items, '[]'::jsonb)
  FROM graded gr
  JOIN grades fg ON fg.idx = gr.final_idx
  JOIN grades bg ON bg.idx = gr.by_score
  RETURNING grade
)
SELECT grade, count(*)::int AS n FROM inserted GROUP BY grade`;
}
