/**
 * The workspace's plans as evaluation facts (C4 规划与计划): the plans in force during the period by
 * kind, their KPIs and how many were met, and how their tasks due in the period went.
 */
import { sql } from 'drizzle-orm';
import { todayInShanghai } from '../../../kernel/clock.js';
import { queryRows } from '../../../kernel/raw-sql.js';
import { ratio, registerFact } from '../evaluation.facts.js';

export function registerPlanFacts(): void {
  registerFact('plans.present', async (tx, c) => {
    const today = todayInShanghai();
    const overlaps = sql`p.organisation_id = ${c.organisationId}::uuid
      AND p.period_start <= ${c.periodEnd}::date AND p.period_end >= ${c.periodStart}::date`;
    const [r] = await queryRows<Record<string, unknown>>(
      tx,
      sql`SELECT
            count(*) FILTER (WHERE p.kind = 'development') AS development,
            count(*) FILTER (WHERE p.kind = 'co_governance') AS co_governance,
            count(*) FILTER (WHERE p.kind = 'annual') AS annual,
            (SELECT count(*) FROM plan_kpi k JOIN work_plan p ON p.id = k.plan_id WHERE ${overlaps}) AS kpis,
            (SELECT count(*) FROM plan_kpi k JOIN work_plan p ON p.id = k.plan_id WHERE ${overlaps}
               AND k.actual IS NOT NULL
               AND ((k.direction = 'at_most' AND k.actual <= k.target) OR (k.direction <> 'at_most' AND k.actual >= k.target))) AS kpis_met,
            (SELECT count(*) FROM plan_task t JOIN work_plan p ON p.id = t.plan_id WHERE ${overlaps}
               AND t.status <> 'cancelled' AND t.due_date BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date) AS tasks,
            (SELECT count(*) FROM plan_task t JOIN work_plan p ON p.id = t.plan_id WHERE ${overlaps}
               AND t.status = 'done' AND t.due_date BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date) AS tasks_done,
            (SELECT count(*) FROM plan_task t JOIN work_plan p ON p.id = t.plan_id WHERE ${overlaps}
               AND t.status IN ('todo', 'in_progress') AND t.due_date BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date
               AND t.due_date < ${today}::date) AS tasks_overdue
          FROM work_plan p WHERE ${overlaps}`,
    );
    const plans = await queryRows<{ id: string; kind: string }>(
      tx,
      sql`SELECT p.id, p.kind FROM work_plan p WHERE ${overlaps}
          ORDER BY CASE p.kind WHEN 'development' THEN 0 WHEN 'co_governance' THEN 1 ELSE 2 END, p.period_start
          LIMIT 20`,
    );
    const n = (key: string) => Number(r?.[key] ?? 0);
    return {
      values: [
        { metric: 'plans.development', value: n('development') },
        { metric: 'plans.co_governance', value: n('co_governance') },
        { metric: 'plans.annual', value: n('annual') },
        { metric: 'plans.kpis', value: n('kpis') },
        { metric: 'plans.kpis_met_rate', value: ratio(n('kpis_met'), n('kpis')) },
        { metric: 'plans.tasks_done_rate', value: ratio(n('tasks_done'), n('tasks')) },
        { metric: 'plans.tasks_overdue', value: n('tasks_overdue') },
      ],
      links: plans.map((p) => ({
        recordType: 'work_plan' as const,
        recordId: p.id,
        /** the metric the plan counts in */
        label: `plans.${p.kind}`,
        href: `/console/workspace/plans/${p.id}`,
      })),
    };
  });
}
