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
         jsonb_array_length(d->'grades') AS grade_count,
         ARRAY(SELECT (g->>'minScore')::float8 FROM jsonb_array_elements(d->'grades') g ORDER BY 1) AS thresholds,
         ARRAY(SELECT g.v->>'code' FROM jsonb_array_elements(d->'grades') WITH ORDINALITY AS g(v, o) ORDER BY g.o) AS codes
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
-- One sort by (member, rule, id) serves the cap: the rule's sum in id order (the order the model adds
-- them in; another order can round a scaled record the other way), each record's place, the count.
ruled AS (
  SELECT enterprise_id, id, idx, points, cap,
         sum(points) OVER per_rule AS rule_total,
         row_number() OVER per_rule AS nth,
         count(*) OVER per_rule AS rule_count
  FROM in_window WHERE points <> 0
  WINDOW per_rule AS (PARTITION BY enterprise_id, idx ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
),
capping AS (
  SELECT enterprise_id, id, idx, points, cap, rule_total, nth, rule_count,
         cap IS NOT NULL AND abs(rule_total) > cap AS capped,
         CASE WHEN cap IS NOT NULL AND abs(rule_total) > cap
              THEN floor(points * (sign(rule_total) * cap) / rule_total * 100 + 0.5) / 100 END AS scaled
  FROM ruled
),
contributions AS (
  SELECT enterprise_id, id, idx, capped,
         CASE WHEN NOT capped THEN points
              WHEN nth = rule_count
              THEN floor((sign(rule_total) * cap - (sum(scaled) OVER (PARTITION BY enterprise_id, idx) - scaled)) * 100 + 0.5) / 100
              ELSE scaled END AS points
  FROM capping
),
-- Every member in one aggregation (a member without records contributes one empty row), so the big
-- explanation rows are never hashed or joined again; it emits members in order, so the insert is too.
sums AS (
  SELECT enterprise_id, sum(points) AS total,
         jsonb_agg(jsonb_build_array(id, points, capped) ORDER BY idx, id) FILTER (WHERE id IS NOT NULL) AS items
  FROM (
    SELECT enterprise_id, id, idx, points, capped FROM contributions
    UNION ALL
    SELECT enterprise_id, NULL, NULL, NULL, NULL FROM population
  ) member_rows
  GROUP BY enterprise_id
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
  SELECT s.enterprise_id, s.items, va.max_idx, va.vetoed_by,
         least(pr.max_score, greatest(pr.min_score, floor((pr.base + coalesce(s.total, 0)) * 100 + 0.5) / 100)) AS score,
         pr.grade_count, pr.thresholds
  FROM sums s
  CROSS JOIN params pr
  LEFT JOIN veto_agg va ON va.enterprise_id = s.enterprise_id
),
graded AS (
  SELECT sc.enterprise_id, sc.score, sc.items, sc.vetoed_by, b.by_score,
         greatest(b.by_score, sc.max_idx) AS final_idx
  FROM scores sc
  -- The grades whose minimum the score does not reach, counted by width_bucket over the ascending
  -- thresholds: an expression, not a subquery run once for every reference to by_score.
  CROSS JOIN LATERAL (
    SELECT least(sc.grade_count - width_bucket(sc.score, sc.thresholds), sc.grade_count - 1) AS by_score
  ) b
)`;
}

/** Inserts the run's results; returns the count per grade (one statement). */
export function evaluationStatement(target: EvaluationTarget): SQL {
  return sql`WITH ${scoringCtes(target)},
inserted AS (
  INSERT INTO credit_result (run_id, association_id, enterprise_id, score, grade, grade_before_veto, vetoed_by, contributions)
  SELECT ${target.runId}::uuid, ${target.associationId}::uuid, gr.enterprise_id, gr.score, pr.codes[gr.final_idx + 1],
         CASE WHEN gr.final_idx <> gr.by_score THEN pr.codes[gr.by_score + 1] END,
         coalesce(gr.vetoed_by, '{}'::uuid[]), coalesce(gr.items, '[]'::jsonb)
  FROM graded gr
  CROSS JOIN params pr
  RETURNING grade
)
SELECT grade, count(*)::int AS n FROM inserted GROUP BY grade`;
}
