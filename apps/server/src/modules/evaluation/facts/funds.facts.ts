/**
 * C5 经费保障 (issue #7, R-FUND-1): the association's fund sources received in the period, the special
 * funds among them, what was spent in the period and the execution of the period's budget lines.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/raw-sql.js';
import { ratio, registerFact } from '../evaluation.facts.js';

const fen = (v: unknown): number => Math.round(Number(v ?? 0) * 100);

export function registerFundsFacts(): void {
  registerFact('funds.usage', async (tx, c) => {
    const sources = await queryRows<{ id: string; name: string; kind: string; amount: string }>(
      tx,
      sql`SELECT id, name, kind, amount::text AS amount FROM fund_source
          WHERE organisation_id = ${c.organisationId}::uuid
            AND received_on BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date
          ORDER BY received_on, name`,
    );
    const [spent] = await queryRows<{ total: string }>(
      tx,
      sql`SELECT coalesce(sum(amount), 0)::text AS total FROM expenditure
          WHERE organisation_id = ${c.organisationId}::uuid
            AND spent_on BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date`,
    );
    const [budgeted] = await queryRows<{ total: string }>(
      tx,
      sql`SELECT coalesce(sum(amount), 0)::text AS total FROM budget_line
          WHERE organisation_id = ${c.organisationId}::uuid
            AND year BETWEEN extract(year FROM ${c.periodStart}::date) AND extract(year FROM ${c.periodEnd}::date)`,
    );
    const received = sources.reduce((a, s) => a + fen(s.amount), 0);
    const special = sources.filter((s) => s.kind === 'special').reduce((a, s) => a + fen(s.amount), 0);
    const spentFen = fen(spent?.total);
    return {
      values: [
        { metric: 'funds.sources', value: sources.length },
        { metric: 'funds.received', value: received / 100 },
        { metric: 'funds.special_received', value: special / 100 },
        { metric: 'funds.spent', value: spentFen / 100 },
        { metric: 'funds.execution_rate', value: ratio(spentFen, fen(budgeted?.total)) },
      ],
      links: sources.map((s) => ({
        recordType: 'fund_source' as const,
        recordId: s.id,
        label: s.kind === 'special' ? 'funds.special_received' : 'funds.received',
        href: '/console/workspace/funds',
      })),
    };
  });
}
