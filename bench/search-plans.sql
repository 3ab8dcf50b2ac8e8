-- Evidence for the public-search findings in docs/bench.md, on the bench database:
--   psql -X postgres://postgres@127.0.0.1:5433/gongzhi_bench -f bench/search-plans.sql
-- Everything runs in one transaction that is rolled back: the database is left as it was.
-- Queries run as the server runs them: role gongzhi_app with the public scope (row-level security).
\pset pager off
\set ON_ERROR_STOP on
begin;

-- The proposed fix, tried here only: published rows through a view owned by the table owner. Its
-- WHERE published is the public boundary; the owner is not subject to RLS, so the search operators
-- (arraycontains, textlike: not LEAKPROOF) may again be index conditions.
create view public_organisation as select * from organisation where published;
grant select on public_organisation to gongzhi_app;

-- Median of `runs` executions (after one warm-up), in ms.
create function pg_temp.ms(query text, runs int default 3) returns numeric language plpgsql as $$
declare
  started timestamptz;
  times numeric[] := '{}';
begin
  execute query;
  for i in 1..runs loop
    started := clock_timestamp();
    execute query;
    times := times || (extract(epoch from clock_timestamp() - started) * 1000)::numeric;
  end loop;
  return round((select percentile_cont(0.5) within group (order by t) from unnest(times) t)::numeric, 1);
end
$$;

-- The server's search condition for a term (organisation.search.ts).
create function pg_temp.match(q text) returns text language sql as $$
  select case when char_length(q) <= 2 then format('o.name_grams @> ARRAY[%L]::text[]', q)
              else format('lower(o.name) LIKE %L', '%' || q || '%') end
$$;

create function pg_temp.page(source text, q text, tail text default 'order by o.name, o.id limit 20') returns text language sql as $$
  select format('select o.id, o.kind, o.name, o.name_en, o.credit_code, o.credit_code_override, o.region_code,
    o.industry_code, o.address, o.contact_phone, o.website, o.description, o.published, o.status, o.version,
    o.created_at, o.updated_at, d.name as region_name, i.name as industry_name
    from %s o left join division d on d.code = o.region_code left join industry i on i.code = o.industry_code
    where o.published and %s %s', source, pg_temp.match(q), tail)
$$;

create function pg_temp.count(source text, q text) returns text language sql as $$
  select format('select count(*) from (select 1 from %s o where o.published and %s limit 1001) c', source, pg_temp.match(q))
$$;

-- The request scope of an anonymous visitor, as client.ts applyScope sets it.
select set_config('role', 'gongzhi_app', true), set_config('gongzhi.system', 'off', true),
  set_config('gongzhi.user_id', '', true), set_config('gongzhi.org_ids', '{}', true), set_config('gongzhi.region', '', true);

\echo
\echo '== Median ms per statement (3 runs after a warm-up), 1 connection. page = ORDER BY name, id LIMIT 20.'
\echo '   A: as committed before migration 0003 (table, RLS)   B: view (GIN usable)   C: view, alphabetical among the first 1001 matches'
\echo '   D: view, ORDER BY id        matches: published names containing the term'
with terms(q) as (values ('佛山'), ('有限'), ('南海'), ('顺德'), ('高明'), ('陶瓷'), ('越茂'), ('鑫鑫'),
  ('有限公司'), ('南海区'), ('高明区'), ('电线电缆'), ('越茂陶'), ('越茂陶瓷'), ('航空航天'))
select q as term,
  (select count(*) from public_organisation o where (case when char_length(q) <= 2 then o.name_grams @> array[q] else lower(o.name) like '%' || q || '%' end)) as matches,
  pg_temp.ms(pg_temp.page('organisation', q)) as "A page",
  pg_temp.ms(pg_temp.count('organisation', q)) as "A count",
  pg_temp.ms(pg_temp.page('public_organisation', q)) as "B page",
  pg_temp.ms(pg_temp.count('public_organisation', q)) as "B count",
  pg_temp.ms(pg_temp.page(format('(select * from public_organisation o where %s limit 1001)', pg_temp.match(q)), q))
    as "C page",
  pg_temp.ms(pg_temp.page('public_organisation', q, 'order by o.id limit 20')) as "D page"
from terms;

\echo
\echo '== A, rare bigram: GIN not usable under RLS; the name index is walked and every row filtered'
explain (analyze, buffers, costs off) select o.id, o.name from organisation o
  where o.published and o.name_grams @> array['越茂']::text[] order by o.name, o.id limit 20;
\echo '== B, rare bigram: GIN'
explain (analyze, buffers, costs off) select o.id, o.name from public_organisation o
  where o.name_grams @> array['越茂']::text[] order by o.name, o.id limit 20;
\echo '== B, 顺德 (30 % of names, all of them after 佛山市三水区/南海区/禅城区… in name order): the name index is walked past ~60 % of rows'
explain (analyze, buffers, costs off) select o.id, o.name from public_organisation o
  where o.name_grams @> array['顺德']::text[] order by o.name, o.id limit 20;
\echo '== C, 顺德: the first 1001 matches in any order, then sorted'
explain (analyze, buffers, costs off) select * from (select o.id, o.name from public_organisation o
  where o.name_grams @> array['顺德']::text[] limit 1001) p order by p.name, p.id limit 20;
\echo '== C, rare 3 characters'
explain (analyze, buffers, costs off) select * from (select o.id, o.name from public_organisation o
  where lower(o.name) like '%越茂陶%' limit 1001) p order by p.name, p.id limit 20;

rollback;
