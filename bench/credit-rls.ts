/**
 * What row-level security costs the full re-evaluation's read of the archive: the credit records of
 * the bench's city-wide association in a counted status, counted (a) as the table owner (no RLS),
 * (b) as the application role with the system scope (as the service runs the evaluation), (c) the
 * same with the policy's `gongzhi_is_system()` wrapped in a scalar subquery, so that it is evaluated
 * once per statement instead of once per row. Each variant three times, alternating, in a
 * transaction that is rolled back (the policy change too); backend CPU from /proc, JIT off.
 *
 *   node --import tsx bench/credit-rls.ts postgres://postgres@127.0.0.1:5433/gongzhi_bench
 */
import fs from 'node:fs';
import pg from 'pg';

const cpuMs = (pid: number) => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};

const SCOPE = "select set_config('role', 'gongzhi_app', true), set_config('gongzhi.system', 'on', true)";
const WRAPPED_POLICY = `ALTER POLICY credit_record_read ON credit_record USING (
  (SELECT gongzhi_is_system())
  OR association_id = ANY (gongzhi_org_ids())
  OR (status <> 'draft' AND enterprise_id = ANY (gongzhi_org_ids()))
  OR (status = 'published' AND publish_until >= (now() AT TIME ZONE 'Asia/Shanghai')::date)
  OR (status <> 'draft' AND gongzhi_in_region(gongzhi_org_region(association_id))))`;

async function main(url: string): Promise<void> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid ?? 0;
    const city = (await client.query<{ city_id: string }>('select city_id from bench_credit_meta')).rows[0]?.city_id;
    if (!city) throw new Error('no credit load in this database (bench_credit_meta)');
    await client.query('set jit = off');
    const count = `select count(*) from credit_record where association_id = '${city}'::uuid
      and status in ('confirmed', 'published', 'objected')`;
    const variants: [string, string[]][] = [
      ['table owner (no row-level security)', []],
      ['gongzhi_app, system scope (as the evaluation runs)', [SCOPE]],
      ['gongzhi_app, system scope, policy with (SELECT gongzhi_is_system())', [WRAPPED_POLICY, SCOPE]],
    ];
    const cpu = new Map<string, number[]>();
    for (let round = 0; round < 3; round++) {
      for (const [name, before] of variants) {
        await client.query('begin');
        try {
          for (const statement of before) await client.query(statement);
          const start = cpuMs(pid);
          await client.query(count);
          cpu.set(name, [...(cpu.get(name) ?? []), cpuMs(pid) - start]);
        } finally {
          await client.query('rollback');
        }
      }
    }
    for (const [name, runs] of cpu) console.log(`${name}: best ${Math.min(...runs)} ms CPU (runs: ${runs.join(', ')})`);
  } finally {
    await client.end();
  }
}

main(process.argv[2] ?? 'postgres://postgres@127.0.0.1:5433/gongzhi_bench').catch((error: unknown) => {
  console.error(`credit-rls: ${(error as Error).message}`);
  process.exit(1);
});
