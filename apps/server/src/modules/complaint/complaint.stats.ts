import type { ComplaintStatsGroup, ComplaintStatsRowDto } from '@gongzhi/contracts';
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { queryRows } from '../../kernel/raw-sql.js';
import { type QueueScope, scopeCondition } from './complaint.repository.js';

interface RawStats {
  key: string;
  label: string;
  received: number;
  complaints: number;
  consultations: number;
  accepted: number;
  refused: number;
  settled: number;
  terminated: number;
  transferred: number;
  open: number;
  closed: number;
  on_time: number;
  median_days: number | null;
  satisfaction: number | null;
  rated: number;
}

const AGGREGATES = sql`
  count(*)::int as received,
  count(*) filter (where complaint.kind = 'complaint')::int as complaints,
  count(*) filter (where complaint.kind = 'consultation')::int as consultations,
  count(*) filter (where complaint.accepted_on is not null)::int as accepted,
  count(*) filter (where complaint.outcome = 'refused')::int as refused,
  count(*) filter (where complaint.outcome = 'settled')::int as settled,
  count(*) filter (where complaint.outcome = 'terminated')::int as terminated,
  count(*) filter (where complaint.outcome = 'transferred')::int as transferred,
  count(*) filter (where complaint.closed_on is null)::int as open,
  count(*) filter (where complaint.closed_on is not null)::int as closed,
  count(*) filter (where complaint.closed_on is not null and not complaint.late)::int as on_time,
  (percentile_cont(0.5) within group (order by (complaint.closed_on - complaint.received_on)) filter (where complaint.closed_on is not null))::float8 as median_days,
  avg(complaint.rating)::float8 as satisfaction,
  count(complaint.rating)::int as rated`;

const GROUP: Record<ComplaintStatsGroup, { key: SQL; label: SQL }> = {
  month: { key: sql`to_char(complaint.received_on, 'YYYY-MM')`, label: sql`to_char(complaint.received_on, 'YYYY-MM')` },
  member: {
    key: sql`coalesce(complaint.enterprise_id::text, '-')`,
    label: sql`coalesce(e.name, complaint.respondent_name)`,
  },
  category: { key: sql`complaint.category`, label: sql`complaint.category` },
};

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

export function presentStats(r: RawStats): ComplaintStatsRowDto {
  return {
    key: r.key,
    label: r.label,
    received: r.received,
    complaints: r.complaints,
    consultations: r.consultations,
    accepted: r.accepted,
    refused: r.refused,
    settled: r.settled,
    terminated: r.terminated,
    transferred: r.transferred,
    open: r.open,
    onTimeRate: ratio(r.on_time, r.closed),
    settledRate: ratio(r.settled, r.settled + r.terminated),
    medianDays: r.median_days === null ? null : Math.round(r.median_days * 10) / 10,
    satisfaction: r.satisfaction === null ? null : Math.round(r.satisfaction * 100) / 100,
    rated: r.rated,
  };
}

/** Figures per group and in total over cases received in [from, to], within the scope (one pass each). */
export async function complaintStats(
  tx: Tx,
  scope: QueueScope,
  filter: { from: string; to: string; enterpriseId?: string | undefined },
  groupBy: ComplaintStatsGroup,
): Promise<{ rows: ComplaintStatsRowDto[]; total: ComplaintStatsRowDto }> {
  const group = GROUP[groupBy];
  const where = sql`complaint.received_on between ${filter.from} and ${filter.to}
    and ${scopeCondition(scope)}
    ${filter.enterpriseId ? sql`and complaint.enterprise_id = ${filter.enterpriseId}` : sql``}`;
  // scopeCondition names the table "complaint", so it is not aliased.
  const from = sql`complaint left join organisation e on e.id = complaint.enterprise_id`;
  const grouped = await queryRows<RawStats>(
    tx,
    sql`select ${group.key} as key, ${group.label} as label, ${AGGREGATES}
        from ${from} where ${where} group by 1, 2 order by 1`,
  );
  const total = await queryRows<RawStats>(
    tx,
    sql`select 'total' as key, 'total' as label, ${AGGREGATES} from ${from} where ${where}`,
  );
  return { rows: grouped.map(presentStats), total: presentStats(total[0] as RawStats) };
}

/** Public figures of one member over a period: accepted complaints only (refused ones are not held against it). */
export async function memberPublicStats(tx: Tx, enterpriseId: string, from: string, to: string) {
  const rows = await queryRows<{
    received: number;
    closed: number;
    settled: number;
    terminated: number;
    on_time: number;
  }>(
    tx,
    sql`
    select count(*)::int as received,
           count(*) filter (where closed_on is not null)::int as closed,
           count(*) filter (where outcome = 'settled')::int as settled,
           count(*) filter (where outcome = 'terminated')::int as terminated,
           count(*) filter (where closed_on is not null and not late)::int as on_time
    from complaint
    where enterprise_id = ${enterpriseId} and kind = 'complaint' and accepted_on is not null
      and received_on between ${from} and ${to}`,
  );
  const r = rows[0] ?? { received: 0, closed: 0, settled: 0, terminated: 0, on_time: 0 };
  return {
    from,
    to,
    received: r.received,
    closed: r.closed,
    settledRate: ratio(r.settled, r.settled + r.terminated),
    onTimeRate: ratio(r.on_time, r.closed),
  };
}
