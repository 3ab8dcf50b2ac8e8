/**
 * Facts of the workspace's liaison channel and notices to members (issue #7, C2 有效运作): threads and
 * messages with the regulator in the period, notices to members and how many of their recipients read
 * them; the work team (`team.duties`): active members and duties, appointment documents, the lead and the liaison,
 * the regulator's guidance documents that reached the association.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/raw-sql.js';
import { type FactContext, registerFact } from '../evaluation.facts.js';

const day = (column: string) => sql.raw(`(${column} AT TIME ZONE 'Asia/Shanghai')::date`);
const inPeriod = (column: string, c: FactContext) =>
  sql`${day(column)} BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date`;
const num = (v: unknown): number => Number(v ?? 0);

export function registerTeamFacts(): void {
  registerFact('liaison.threads', async (tx, c) => {
    const rows = await queryRows<Record<string, unknown>>(
      tx,
      sql`SELECT
            (SELECT count(DISTINCT m.thread_id) FROM liaison_message m
              WHERE m.organisation_id = ${c.organisationId}::uuid AND ${inPeriod('m.created_at', c)}) AS threads,
            (SELECT count(*) FROM liaison_message m
              WHERE m.organisation_id = ${c.organisationId}::uuid AND ${inPeriod('m.created_at', c)}) AS messages,
            (SELECT count(*) FROM member_notice n
              WHERE n.organisation_id = ${c.organisationId}::uuid AND ${inPeriod('n.published_at', c)}) AS notices,
            (SELECT sum(n.recipient_count) FROM member_notice n
              WHERE n.organisation_id = ${c.organisationId}::uuid AND ${inPeriod('n.published_at', c)}) AS recipients,
            (SELECT count(*) FROM member_notice_read r JOIN member_notice n ON n.id = r.notice_id
              WHERE n.organisation_id = ${c.organisationId}::uuid AND ${inPeriod('n.published_at', c)}) AS reads`,
    );
    const r = rows[0] ?? {};
    const recipients = num(r.recipients);
    return {
      values: [
        { metric: 'liaison.threads', value: num(r.threads) },
        { metric: 'liaison.messages', value: num(r.messages) },
        { metric: 'liaison.member_notices', value: num(r.notices) },
        { metric: 'liaison.notice_read_rate', value: recipients > 0 ? Math.min(num(r.reads) / recipients, 1) : null },
      ],
      links: [
        { recordType: 'liaison_thread', recordId: null, label: 'liaison.threads', href: '/console/workspace/liaison' },
        {
          recordType: 'member_notice',
          recordId: null,
          label: 'liaison.member_notices',
          href: '/console/workspace/notices',
        },
      ],
    };
  });

  registerFact('team.duties', async (tx, c) => {
    const rows = await queryRows<Record<string, unknown>>(
      tx,
      sql`SELECT
            (SELECT count(DISTINCT m.user_id) FROM team_member m
              WHERE m.organisation_id = ${c.organisationId}::uuid AND m.active) AS members,
            (SELECT count(*) FROM team_duty d WHERE d.organisation_id = ${c.organisationId}::uuid AND d.active) AS duties,
            (SELECT count(*) FROM team_document d
              WHERE d.organisation_id = ${c.organisationId}::uuid AND d.kind = 'appointment'
                AND d.issued_on <= ${c.periodEnd}::date) AS appointments,
            (SELECT u.display_name FROM team_member m JOIN app_user u ON u.id = m.user_id
              WHERE m.organisation_id = ${c.organisationId}::uuid AND m.active AND m.role = 'lead') AS lead,
            (SELECT u.display_name FROM team_member m JOIN app_user u ON u.id = m.user_id
              WHERE m.organisation_id = ${c.organisationId}::uuid AND m.active AND m.role = 'liaison') AS liaison,
            (SELECT count(*) FROM team_document d
              WHERE d.kind = 'guidance' AND d.issued_on BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date
                AND (d.addressee_id = ${c.organisationId}::uuid
                  OR (d.addressee_id IS NULL AND EXISTS (
                    SELECT 1 FROM organisation a, organisation r
                    WHERE a.id = ${c.organisationId}::uuid AND r.id = d.organisation_id
                      AND a.region_code LIKE rtrim(rtrim(r.region_code, '0'), '0') || '%')))) AS guidance`,
    );
    const r = rows[0] ?? {};
    const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
    return {
      values: [
        { metric: 'team.members', value: num(r.members) },
        { metric: 'team.duties', value: num(r.duties) },
        { metric: 'team.appointments', value: num(r.appointments) },
        { metric: 'team.lead', value: text(r.lead) },
        { metric: 'team.liaison', value: text(r.liaison) },
        { metric: 'team.guidance', value: num(r.guidance) },
      ],
      links: [
        { recordType: 'team_document', recordId: null, label: 'team.appointments', href: '/console/workspace/team' },
      ],
    };
  });
}
