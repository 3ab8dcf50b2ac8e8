CREATE INDEX "credit_warning_enterprise_idx" ON "credit_warning" USING btree ("enterprise_id");--> statement-breakpoint
-- The public credit page (by credit code) as one owner-rights function (like organisation_directory for search):
-- under row-level security every row of the page's subqueries paid for the policies (measured: RLS
-- was two thirds of the page's gap to a bare statement). It returns only what is public — a published
-- enterprise; grades of published associations; published records within their window; published
-- warnings; measures and commitments in force — and nothing else, so it needs no caller scope.
-- PL/pgSQL, not SQL: a SQL function's body is planned again on every call; PL/pgSQL keeps the plan
-- for the session. Every table is schema-qualified (pg_catalog is searched first) instead of a
-- SET search_path clause, which costs a configuration save and restore on every call.
CREATE OR REPLACE FUNCTION gongzhi_public_credit_page(code text) RETURNS json
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
  RETURN (SELECT json_build_object(
    'enterprise', json_build_object(
      'name', o.name, 'creditCode', o.credit_code,
      'regionName', (SELECT d.name FROM public.division d WHERE d.code = o.region_code),
      'industryName', (SELECT i.name FROM public.industry i WHERE i.code = o.industry_code)),
    'grades', coalesce((
      SELECT json_agg(json_build_object(
        'associationName', a.name, 'grade', g.grade, 'asOf', g.as_of,
        'publishedAt', to_char(g.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'gradeLabel', coalesce((
          SELECT x->'label' FROM public.credit_run r JOIN public.credit_model m ON m.id = r.model_id,
                 jsonb_array_elements(m.definition->'grades') x
          WHERE r.id = g.run_id AND x->>'code' = g.grade LIMIT 1),
          jsonb_build_object('zh-CN', g.grade, 'en-US', g.grade))
      ) ORDER BY a.name)
      FROM public.credit_grade g JOIN public.organisation a ON a.id = g.association_id
      WHERE g.enterprise_id = o.id AND a.published), '[]'::json),
    'records', coalesce((
      SELECT json_agg(json_build_object(
        'id', c.id, 'associationName', a.name, 'recordType', c.record_type, 'polarity', c.polarity,
        'severity', c.severity, 'title', c.title, 'description', c.description, 'occurredOn', c.occurred_on,
        'sourceName', c.source_name, 'publishUntil', c.publish_until
      ) ORDER BY c.occurred_on DESC, c.id)
      FROM public.credit_record c JOIN public.organisation a ON a.id = c.association_id
      WHERE c.enterprise_id = o.id AND c.status = 'published'
        AND c.publish_until >= (now() AT TIME ZONE 'Asia/Shanghai')::date), '[]'::json),
    'warnings', coalesce((
      SELECT json_agg(json_build_object(
        'id', w.id, 'associationName', a.name, 'enterpriseName', o.name, 'creditCode', o.credit_code,
        'rule', w.rule, 'level', w.level, 'params', w.params,
        'publishedAt', to_char(w.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      ) ORDER BY w.published_at DESC)
      FROM public.credit_warning w JOIN public.organisation a ON a.id = w.association_id
      WHERE w.enterprise_id = o.id AND w.status = 'published' AND a.published), '[]'::json),
    'measures', coalesce((
      SELECT json_agg(json_build_object(
        'id', cm.id, 'associationName', a.name, 'enterpriseName', o.name, 'creditCode', o.credit_code,
        'kind', cm.kind, 'list', cm.list, 'grade', cm.grade, 'reason', cm.reason,
        'validFrom', cm.valid_from, 'validUntil', cm.valid_until
      ) ORDER BY cm.valid_from DESC)
      FROM public.credit_measure cm JOIN public.organisation a ON a.id = cm.association_id
      WHERE cm.enterprise_id = o.id AND cm.status = 'active' AND a.published
        AND cm.valid_from <= (now() AT TIME ZONE 'Asia/Shanghai')::date
        AND (cm.valid_until IS NULL OR cm.valid_until >= (now() AT TIME ZONE 'Asia/Shanghai')::date)), '[]'::json),
    'commitments', coalesce((
      SELECT json_agg(json_build_object(
        'id', k.id, 'associationName', a.name, 'enterpriseName', o.name, 'creditCode', o.credit_code,
        'kind', k.kind, 'content', k.content, 'scope', k.scope, 'returnDays', k.return_days,
        'validFrom', k.valid_from, 'validUntil', k.valid_until,
        'signedAt', to_char(k.signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
      ) ORDER BY k.signed_at DESC)
      FROM public.commitment k JOIN public.organisation a ON a.id = k.association_id
      WHERE k.enterprise_id = o.id AND k.status = 'active' AND a.published
        AND k.valid_from <= (now() AT TIME ZONE 'Asia/Shanghai')::date
        AND k.valid_until >= (now() AT TIME ZONE 'Asia/Shanghai')::date), '[]'::json)
  )
  FROM public.organisation o
  WHERE o.credit_code = code AND o.kind = 'enterprise' AND o.published
  LIMIT 1);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION gongzhi_public_credit_page(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION gongzhi_public_credit_page(text) TO gongzhi_app;
