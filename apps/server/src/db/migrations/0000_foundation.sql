-- Foundation: extensions, the application role, and functions that tables and policies use.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gongzhi_app') THEN
    CREATE ROLE gongzhi_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
--> statement-breakpoint
-- A non-superuser that runs the migrations (a production install) must be able to SET ROLE to it.
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'gongzhi_app', 'MEMBER') THEN
    EXECUTE format('GRANT gongzhi_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO gongzhi_app;
--> statement-breakpoint
-- Unigrams and bigrams of a name (lower case, spaces dropped). Trigram indexes do not serve
-- one- and two-character queries; this array with a GIN index does, for Chinese and Latin alike.
CREATE OR REPLACE FUNCTION gongzhi_name_grams(name text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}')
  FROM (
    SELECT substr(s, i, n) AS g
    FROM (SELECT regexp_replace(lower(name), '\s+', '', 'g') AS s) src,
         generate_series(1, length(src.s)) AS i,
         (VALUES (1), (2)) AS v(n)
    WHERE i + n - 1 <= length(src.s)
  ) grams
$$;
--> statement-breakpoint
-- Request scope, set per transaction with set_config(..., true).
CREATE OR REPLACE FUNCTION gongzhi_org_ids() RETURNS uuid[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(nullif(current_setting('gongzhi.org_ids', true), ''), '{}')::uuid[]
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_region() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(current_setting('gongzhi.region', true), '')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_is_system() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(current_setting('gongzhi.system', true), '') = 'on'
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gongzhi_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
