#!/usr/bin/env bash
# Measures the database side of the complaint intake and the staff queue as the server runs them
# today against shapes with fewer round trips, with pgbench at the benchmark's concurrency, on the
# bench database (complaints loaded, and a staff account of the busiest association: `npm run bench`
# with the complaint scenarios creates both). For each variant: transactions per second, latency,
# and the CPU time of its PostgreSQL backends per transaction (sampled from /proc over the middle of
# the run, so it hardly depends on what else the machine runs).
#
# Intake (a consumer's submission, system scope, every transaction a new phone, IP and fingerprint):
#   CEIL  one INSERT of the same row into a scratch copy of complaint (its indexes and foreign keys, no
#         RLS), autocommit: what bench/ceiling.ts does per request (1 round trip)
#   A     as the server sends it (commit 67063f6): BEGIN; scope; rate-limit upsert; the enterprise with
#         its active associations; advisory lock; duplicate check; INSERT complaint; INSERT event;
#         INSERT audit; COMMIT (10)
#   A1    A with every transaction counting against one client IP (one hot rate-limit row)
#   AP    A with prepared statements (planned once per connection)
#   B     BEGIN; scope + advisory lock (one statement); one read (rate-limit upsert, the enterprise with
#         its associations, duplicate check); one write (complaint, event and audit in one statement);
#         COMMIT (5)
#   BP    B with prepared statements
#   C     "BEGIN; scope + lock" as one compound query; the rest as one conditional statement (filed only
#         when the enterprise has one active association, nothing with the same fingerprint came in the
#         last 10 minutes and the rate limits hold); COMMIT (3)
# Staff queue (GET /api/v1/complaints?due=open by the busiest association's staff member):
#   QA    as the server sends it: the session (BEGIN; scope; session; grants; COMMIT) and the page
#         (BEGIN; scope; page of 21; COMMIT) (9 round trips)
#   QAP   QA with prepared statements
#   QB    the session from a process cache: BEGIN; scope; page; COMMIT (4)
#   QBP   QB with prepared statements
#   QC    QB as one compound query (values as literals) (1)
#
#   bench/complaint-fixes.sh [DATABASE_URL] [SECONDS] [CLIENTS]
#   VARIANTS="A B" bench/complaint-fixes.sh        # some variants (default: all)
#   STATEMENTS=1 …                                  # also each statement's mean latency
#   PRINT=B …                                       # print a variant's pgbench script and stop
#
# Simple query mode except the *P variants (`\;` compound queries need it); the server uses the
# extended protocol with unnamed statements: planned every time like simple mode, one more message per
# statement, the same round trips. Creates schema bench_fix (2,000 enterprises with one active
# membership, the scratch table) and drops it at the end, with the rows the run filed (tracking numbers
# TX…, rate-limit keys bench-…).
set -euo pipefail
url=${1:-postgres://postgres@127.0.0.1:5433/gongzhi_bench}
seconds=${2:-15}
clients=${3:-10}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
tck=$(getconf CLK_TCK)
work=$(mktemp -d)
cleanup() {
  psql -X -q "$url" <<'SQL' >/dev/null 2>&1 || true
delete from complaint_event where complaint_id in (select id from complaint where tracking_no like 'TX%');
delete from complaint where tracking_no like 'TX%';
delete from intake_rate_limit where key like 'bench-%';
drop schema if exists bench_fix cascade;
SQL
  rm -rf "$work"
}
trap cleanup EXIT

psql -X -q -v ON_ERROR_STOP=1 "$url" <<'SQL'
set client_min_messages = warning;
drop schema if exists bench_fix cascade;
create schema bench_fix;
create table bench_fix.ent as
  select (row_number() over (order by hashtext(e.id::text)))::int as k, e.id, e.name, m.association_id, a.name as association_name
  from (select enterprise_id from membership where status = 'active' group by 1 having count(*) = 1) one
  join organisation e on e.id = one.enterprise_id
  join membership m on m.enterprise_id = e.id and m.status = 'active'
  join organisation a on a.id = m.association_id
  order by hashtext(e.id::text) limit 2000;
alter table bench_fix.ent add primary key (k);
analyze bench_fix.ent;
create table bench_fix.ceiling (like complaint including defaults including indexes);
do $$
declare fk record;
begin
  for fk in select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'complaint'::regclass and contype = 'f' loop
    execute 'alter table bench_fix.ceiling add ' || fk.def;
  end loop;
end $$;
grant usage on schema bench_fix to gongzhi_app;
grant select on bench_fix.ent to gongzhi_app;
SQL

# The staff member of the busiest association, and a session of theirs (as `npm run bench` left them).
IFS='|' read -r staff_user staff_org token < <(psql -X -At "$url" -c "
  select u.id, r.organisation_id, (select s.token_hash from session s where s.user_id = u.id order by s.created_at desc limit 1)
  from app_user u join role_assignment r on r.user_id = u.id
  where u.username like 'bench.staff.%' order by u.created_at desc limit 1") || true
time_limit=$(psql -X -At "$url" -c "select id from complaint_time_limit order by version desc limit 1")

system_scope="select set_config('role', 'gongzhi_app', true), set_config('gongzhi.system', 'on', true), set_config('gongzhi.user_id', '', true), set_config('gongzhi.org_ids', '{}', true), set_config('gongzhi.region', '', true)"
staff_scope="select set_config('role', 'gongzhi_app', true), set_config('gongzhi.system', 'off', true), set_config('gongzhi.user_id', '$staff_user', true), set_config('gongzhi.org_ids', '{$staff_org}', true), set_config('gongzhi.region', '', true)"
ent="(select id from bench_fix.ent where k = :e)"
fp="(md5(:n::text) || md5((:n + 1)::text))"
cid="md5(:n::text || 'c')::uuid"
later="now() + interval '1 hour'"
# The row the intake files (the server's columns; deadlines computed in the process).
row="$cid, 'TX' || :n, 'complaint', e.association_id, e.id, e.name, '压测用户', '139' || lpad((:n % 100000000)::text, 8, '0'),
  '广东省佛山市禅城区祖庙街道兴业路8号', 'quality', '瓷砖', '【pgbench-' || :n || '】购买的瓷砖铺贴后出现大面积色差，商家以批次不同为由拒绝退换。',
  '更换同批次合格产品', true, 'received', '$time_limit'::uuid, current_date, current_date + 9, current_date + 9,
  'acceptance', false, false, 0, $fp"
cols="id, tracking_no, kind, association_id, enterprise_id, respondent_name, complainant_name, complainant_phone, complainant_address,
  category, product_name, facts, request, consent_share_contact, status, time_limit_id, received_on, acceptance_due, due_on, due_kind,
  due_provisional, late, paused_working_days, fingerprint"
audit_after="'{\"trackingNo\":\"TX\",\"kind\":\"complaint\",\"category\":\"quality\",\"status\":\"received\",\"dueOn\":\"2026-12-08\",\"attachments\":0}'::jsonb"
session="select s.token_hash, s.user_id, u.username, u.status, s.last_seen_at, s.expires_at, s.revoked_at from session s join app_user u on u.id = s.user_id where s.token_hash = '$token' limit 1"
grants="select r.role, r.organisation_id, o.kind, o.region_code from role_assignment r left join organisation o on o.id = r.organisation_id where r.user_id = '$staff_user'"
page="select c.id, c.tracking_no, c.kind, c.category, c.status, c.outcome, c.association_id, a.name, c.enterprise_id, c.respondent_name, c.complainant_name, c.complainant_phone, c.product_name, c.received_on, c.due_on, c.due_kind, c.due_provisional, c.late, c.time_limit_id, c.version from complaint c join organisation a on a.id = c.association_id where c.association_id = '$staff_org' and c.closed_on is null order by c.due_on asc nulls last, c.id asc limit 21"
oneline() { tr '\n' ' ' | sed 's/  */ /g'; echo; }

mode_of() { case $1 in *P) echo prepared ;; *) echo simple ;; esac; }

variant() {
  case $1 in Q*) ;; *)
    echo '\set n random(1, 4000000000000000000)'
    echo '\set e random(1, 2000)'
    ;;
  esac
  case $1 in
    A | A1 | AP)
      local ip="'bench-ip:' || :n"
      [ "$1" = A1 ] && ip="'bench-ip:one'"
      cat <<EOF
BEGIN;
$system_scope;
insert into intake_rate_limit (key, hits, expires_at) values ($ip, 1, $later), ('bench-phone:' || :n, 1, $later) on conflict (key) do update set hits = intake_rate_limit.hits + 1 returning key, hits;
select o.name, o.kind, a.id, a.name from organisation o left join membership m on m.enterprise_id = o.id and m.status = 'active' left join organisation a on a.id = m.association_id where o.id = $ent order by a.name;
select pg_advisory_xact_lock(hashtextextended($fp, 0));
select * from complaint where fingerprint = $fp and received_at > now() - interval '10 minutes' order by received_at desc limit 1;
$(echo "insert into complaint ($cols) select $row from bench_fix.ent e where e.k = :e;" | oneline)
insert into complaint_event (complaint_id, actor_side, action, to_status, data) values ($cid, 'consumer', 'received', 'received', '{"attachments":0}');
insert into audit_event (action, organisation_id, target_type, target_id, after, ip, request_id) values ('complaint.received', (select association_id from bench_fix.ent where k = :e), 'complaint', md5(:n::text || 'c'), $audit_after, '10.0.0.1', md5(:n::text));
COMMIT;
EOF
      ;;
    B | BP)
      cat <<EOF
BEGIN;
$system_scope, pg_advisory_xact_lock(hashtextextended($fp, 0));
$(
        cat <<SQL | oneline
with rl as (insert into intake_rate_limit (key, hits, expires_at) values ('bench-ip:' || :n, 1, $later), ('bench-phone:' || :n, 1, $later)
  on conflict (key) do update set hits = intake_rate_limit.hits + 1 returning key, hits)
select (select json_agg(rl) from rl) as limits,
  (select row_to_json(o) from (select o.id, o.kind, o.name, o.status from organisation o where o.id = $ent) o) as enterprise,
  (select json_agg(a) from (select m.association_id, a.name from membership m join organisation a on a.id = m.association_id
    where m.enterprise_id = $ent and m.status = 'active' order by a.name) a) as associations,
  (select row_to_json(c) from (select id, tracking_no, status, received_on, due_on, due_kind, due_provisional from complaint
    where fingerprint = $fp and received_at > now() - interval '10 minutes' order by received_at desc limit 1) c) as earlier;
SQL
      )
$(
        cat <<SQL | oneline
with c as (insert into complaint ($cols) select $row from bench_fix.ent e where e.k = :e returning id, association_id),
ev as (insert into complaint_event (complaint_id, actor_side, action, to_status, data) select id, 'consumer', 'received', 'received', '{"attachments":0}' from c),
au as (insert into audit_event (action, organisation_id, target_type, target_id, after, ip, request_id)
  select 'complaint.received', association_id, 'complaint', id::text, $audit_after, '10.0.0.1', md5(:n::text) from c)
select id from c;
SQL
      )
COMMIT;
EOF
      ;;
    C)
      cat <<EOF
BEGIN \; $system_scope, pg_advisory_xact_lock(hashtextextended($fp, 0));
$(
        cat <<SQL | oneline
with rl as (insert into intake_rate_limit (key, hits, expires_at) values ('bench-ip:' || :n, 1, $later), ('bench-phone:' || :n, 1, $later)
  on conflict (key) do update set hits = intake_rate_limit.hits + 1 returning key, hits),
e as (select o.id, o.name, o.kind from organisation o where o.id = $ent),
assoc as (select m.association_id, a.name from membership m join organisation a on a.id = m.association_id
  where m.enterprise_id = $ent and m.status = 'active'),
earlier as (select id, tracking_no, status, received_on, due_on, due_kind, due_provisional from complaint
  where fingerprint = $fp and received_at > now() - interval '10 minutes' order by received_at desc limit 1),
ok as (select (select count(*) from assoc) = 1 and not exists (select 1 from earlier)
  and coalesce((select max(hits) from rl), 0) <= 1000000000 and exists (select 1 from e where kind = 'enterprise') as go),
c as (insert into complaint ($cols) select $row from bench_fix.ent e where e.k = :e and (select go from ok) returning id, association_id),
ev as (insert into complaint_event (complaint_id, actor_side, action, to_status, data) select id, 'consumer', 'received', 'received', '{"attachments":0}' from c),
au as (insert into audit_event (action, organisation_id, target_type, target_id, after, ip, request_id)
  select 'complaint.received', association_id, 'complaint', id::text, $audit_after, '10.0.0.1', md5(:n::text) from c)
select (select id from c) as filed, (select row_to_json(earlier) from earlier) as earlier, (select json_agg(assoc) from assoc) as associations,
  (select json_agg(rl) from rl) as limits;
SQL
      )
COMMIT;
EOF
      ;;
    CEIL)
      echo "insert into bench_fix.ceiling ($cols) select $row from bench_fix.ent e where e.k = :e;" | oneline
      ;;
    QA | QAP)
      printf '%s\n' 'BEGIN;' "$system_scope;" "$session;" "$grants;" 'COMMIT;' 'BEGIN;' "$staff_scope;" "$page;" 'COMMIT;'
      ;;
    QB | QBP)
      printf '%s\n' 'BEGIN;' "$staff_scope;" "$page;" 'COMMIT;'
      ;;
    QC)
      echo "BEGIN \\; $staff_scope \\; $page \\; COMMIT;"
      ;;
  esac
}

# "epoch pid ticks" of the pgbench connections' backends.
snapshot() {
  local now
  now=$(date +%s.%N)
  psql -X -At "$url" -c "select pid from pg_stat_activity where application_name = 'pgbench' and datname = current_database()" |
    while read -r pid; do
      awk -v t="$now" -v p="$pid" '{ sub(/^.*\) /, ""); print t, p, $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || true
    done
}

run() {
  local name=$1 mode
  mode=$(mode_of "$name")
  case $name in Q*) [ -n "$staff_user" ] || {
    echo "| $name | (no bench.staff.* account: run the bench's complaint scenarios first) |"
    return
  } ;; esac
  # Typed variables, so that prepared statements infer bigint and integer parameters.
  variant "$name" | sed -E '/^\\set/! { s/:n([^a-z_]|$)/(:n::int8)\1/g; s/:e([^a-z_]|$)/(:e::int)\1/g }' >"$work/$name.sql"
  rm -f "$work"/pgbench_log.*
  (cd "$work" && "$bin/pgbench" -n -M "$mode" -r -c "$clients" -j 2 -T "$seconds" -l -f "$name.sql" "$url" >"$name.out" 2>&1) &
  local pid=$! quarter=$(((seconds + 3) / 4))
  sleep "$quarter"
  snapshot >"$work/$name.a"
  sleep $((seconds - 2 * quarter))
  snapshot >"$work/$name.b"
  wait "$pid" || { cat "$work/$name.out" "$work/$name.sql" >&2; exit 1; }
  local window
  window=$(awk 'FNR == NR { a[$2] = $3; ta = $1; next } { if ($2 in a) s += $3 - a[$2]; tb = $1 } END { print ta, tb, s + 0 }' \
    "$work/$name.a" "$work/$name.b")
  local trips
  trips=$(grep -vc '^\\set' "$work/$name.sql")
  cat "$work"/pgbench_log.* | sort -k3,3n |
    awk -v n="$name" -v s="$seconds" -v t="$trips" -v w="$window" -v tck="$tck" -v mode="$mode" '
      BEGIN { split(w, x, " "); ta = x[1]; tb = x[2]; ticks = x[3] }
      { a[NR] = $3; e = $5 + $6 / 1e6; if (e >= ta && e <= tb) inwin++ }
      END {
        p50 = a[int(NR * 0.50) > 0 ? int(NR * 0.50) : 1]; p99 = a[int(NR * 0.99) > 0 ? int(NR * 0.99) : 1];
        cpu = inwin > 0 ? ticks / tck * 1000 / inwin : 0;
        printf "| %s | %s | %d | %d | %.0f | %.2f | %.2f | %.2f |\n", n, mode, t, NR, NR / s, p50 / 1000, p99 / 1000, cpu }'
}

all="CEIL A A1 AP B BP C QA QAP QB QBP QC"
if [ -n "${PRINT:-}" ]; then variant "$PRINT"; exit 0; fi
echo "pgbench: $clients clients, $seconds s per row, $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| variant | protocol | round trips | transactions | tps | p50 ms | p99 ms | backend CPU ms per transaction |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
for v in ${VARIANTS:-$all}; do run "$v"; done
if [ -n "${STATEMENTS:-}" ]; then
  for v in ${VARIANTS:-$all}; do
    [ -f "$work/$v.out" ] || continue
    echo
    echo "$v, mean ms per statement:"
    sed -n '/statement latencies/,$p' "$work/$v.out" | grep -v '\\set' | cut -c1-150
  done
fi
