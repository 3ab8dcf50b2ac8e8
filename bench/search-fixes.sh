#!/usr/bin/env bash
# Measures the public name search as committed before migration 0003 (A) against candidate fixes (B–F),
# with pgbench at the benchmark's concurrency and term mix, on the bench database. Each transaction
# is the server's: BEGIN; set_config(role gongzhi_app, public scope); page; [count]; COMMIT.
#   A  as committed: table under RLS, ORDER BY name, id LIMIT 20; count capped at 1001
#   B  A on a view of published rows (owner's rights: no RLS, so the GIN indexes are usable)
#   C  B, alphabetical among the first 1001 matches found, count of those, one statement
#   D  B, ORDER BY id; count capped at 1001
#   E  B, ORDER BY id LIMIT 21 (page + "more"), no count
#   F  B, ORDER BY id LIMIT 20; count capped at 101, also in id order
#
#   bench/search-fixes.sh [DATABASE_URL] [SECONDS] [CLIENTS]
#   VARIANTS="E F" STATS=1000 bench/search-fixes.sh      # some variants; larger statistics targets
#
# Creates schema bench_fix (one view) for the run and drops it afterwards. With STATS=n, the statistics
# targets of name_grams and of the trigram index's lower(name) are n during the run (then ANALYZE),
# and back to the default (then ANALYZE) at the end.
set -euo pipefail
url=${1:-postgres://postgres@127.0.0.1:5433/gongzhi_bench}
seconds=${2:-15}
clients=${3:-10}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
work=$(mktemp -d)
stats=${STATS:-}
cleanup() {
  psql -X -q "$url" -c "drop schema if exists bench_fix cascade" >/dev/null 2>&1 || true
  if [ -n "$stats" ]; then
    psql -X -q "$url" -c "alter table organisation alter column name_grams set statistics -1" \
      -c "alter index organisation_name_trgm_idx alter column 1 set statistics -1" -c "analyze organisation" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
if [ -n "$stats" ]; then
  psql -X -q -v ON_ERROR_STOP=1 "$url" -c "alter table organisation alter column name_grams set statistics $stats" \
    -c "alter index organisation_name_trgm_idx alter column 1 set statistics $stats" -c "analyze organisation"
fi

psql -X -q -v ON_ERROR_STOP=1 "$url" <<'SQL'
set client_min_messages = warning;
drop schema if exists bench_fix cascade;
create schema bench_fix;
-- Owned by the table owner, so the owner's rights apply (RLS does not): WHERE published is the boundary.
create view bench_fix.public_organisation as select * from public.organisation where published;
grant usage on schema bench_fix to gongzhi_app;
grant select on bench_fix.public_organisation to gongzhi_app;
SQL

# The terms of bench/run.ts: common, rare (real brand/product pairs), absent.
short="'佛山','越茂','有限','佳道','公司','峰达','南海','恒驰','顺德','宝邦','陶瓷','丰千','科技','威顿','五金','永安','鑫鑫','航空'"
long="'有限公司','越茂陶','南海区','佳道纺','电线电缆','峰达灯','股份有限','恒驰红','燃气具','越茂陶瓷','顺德区','佳道纺织','科技有限','峰达灯饰','卫浴洁具','恒驰红木','钛合金','航空航天'"
cols="o.id, o.kind, o.name, o.name_en, o.credit_code, o.credit_code_override, o.region_code, o.industry_code, o.address, o.contact_phone, o.website, o.description, o.published, o.status, o.version, o.created_at, o.updated_at"
scope="select set_config('role', 'gongzhi_app', true), set_config('gongzhi.system', 'off', true), set_config('gongzhi.user_id', '', true), set_config('gongzhi.org_ids', '{}', true), set_config('gongzhi.region', '', true);"
joins="left join division d on d.code = o.region_code left join industry i on i.code = o.industry_code"

variant() { # name, match condition on o, source table/view
  local name=$1 match=$2 source=$3
  case $name in
    A|B) cat <<EOF
select $cols, d.name, i.name from $source o $joins where o.published and $match order by o.name, o.id limit 20;
select count(*) from (select 1 from $source o where o.published and $match limit 1001) c;
EOF
    ;;
    C) cat <<EOF
with hits as materialized (select $cols from $source o where $match limit 1001) select o.*, d.name, i.name, (select count(*) from hits) as counted from hits o $joins order by o.name, o.id limit 20;
EOF
    ;;
    D) cat <<EOF
select $cols, d.name, i.name from $source o $joins where $match order by o.id limit 20;
with hits as materialized (select o.id from $source o where $match limit 1001) select count(*) from hits;
EOF
    ;;
    E) cat <<EOF
select $cols, d.name, i.name from $source o $joins where $match order by o.id limit 21;
EOF
    ;;
    F) cat <<EOF
select $cols, d.name, i.name from $source o $joins where $match order by o.id limit 20;
select count(*) from (select 1 from $source o where $match order by o.id limit 101) c;
EOF
    ;;
  esac
}

run() { # variant, short|long: one script per term (equal weights), so the log tells the terms apart
  local name=$1 kind=$2 terms source=bench_fix.public_organisation args=() n=0 term match
  [ "$kind" = short ] && terms=$short || terms=$long
  [ "$name" = A ] && source=public.organisation
  IFS=, read -ra list <<<"$terms"
  for term in "${list[@]}"; do
    if [ "$kind" = short ]; then match="o.name_grams @> ARRAY[$term]::text[]"
    else match="lower(o.name) LIKE '%' || $term || '%'"; fi
    { echo "BEGIN;"; echo "$scope"; variant "$name" "$match" "$source"; echo "COMMIT;"; } >"$work/$name-$kind-$n.sql"
    args+=(-f "$name-$kind-$n.sql@1")
    n=$((n + 1))
  done
  rm -f "$work"/pgbench_log.*
  (cd "$work" && "$bin/pgbench" -n -M extended -c "$clients" -j 2 -T "$seconds" -l "${args[@]}" "$url" >"$name-$kind.out" 2>&1) ||
    { cat "$work/$name-$kind.out" >&2; exit 1; }
  # Log: client transaction latency_us script epoch us → tps, p50, p99, max (ms) and the slowest term.
  cat "$work"/pgbench_log.* | sort -k3,3n |
    awk -v n="$name" -v k="$kind" -v s="$seconds" -v terms="$terms" '
      BEGIN { split(terms, t, ",") }
      { a[NR] = $3; sum[$4] += $3; cnt[$4]++ }
      END {
        p50 = a[int(NR * 0.50) > 0 ? int(NR * 0.50) : 1]; p99 = a[int(NR * 0.99) > 0 ? int(NR * 0.99) : 1];
        worst = -1; for (i in sum) if (worst < 0 || sum[i] / cnt[i] > sum[worst] / cnt[worst]) worst = i;
        printf "| %s | %s | %d | %.0f | %.1f | %.1f | %.1f | %s %.1f |\n", n, k, NR, NR / s, p50 / 1000, p99 / 1000,
          a[NR] / 1000, t[worst + 1], sum[worst] / cnt[worst] / 1000 }'
}

echo "pgbench: $clients clients, $seconds s per row, $(nproc) CPUs, statistics target ${stats:-default}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| variant | terms | transactions | tps | p50 ms | p99 ms | max ms | slowest term (mean ms) |"
echo "|---|---|---:|---:|---:|---:|---:|---|"
for v in ${VARIANTS:-A B C D E F}; do
  for k in short long; do run "$v" "$k"; done
done
