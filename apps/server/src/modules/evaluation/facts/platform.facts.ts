/**
 * The facts the landed modules provide (accounts, audit, credit, complaints, consumer warnings, spot
 * checks and risk, evaluation itself). Each is an aggregate over the assessed organisation and period
 * with links to the console lists that hold the records. A module landing later adds its own file
 * beside this one and one `register…Facts()` call in facts/index.ts.
 */
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import { queryRows } from '../../../kernel/raw-sql.js';
import { complaintStats } from '../../complaint/complaint.stats.js';
import { type FactContext, ratio, registerFact } from '../evaluation.facts.js';

const day = (column: string) => sql.raw(`(${column} AT TIME ZONE 'Asia/Shanghai')::date`);
const inPeriod = (column: string, c: FactContext) =>
  sql`${day(column)} BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date`;
const num = (v: unknown): number => Number(v ?? 0);

/** Active members of the association on the last day of the period. */
const MEMBERS = (c: FactContext) => sql`
  SELECT m.enterprise_id FROM membership m
  WHERE m.association_id = ${c.organisationId}::uuid AND m.status = 'active'
    AND (m.joined_on IS NULL OR m.joined_on <= ${c.periodEnd}::date)`;

async function one<T>(tx: Tx, query: ReturnType<typeof sql>): Promise<T> {
  const rows = await queryRows<T>(tx, query);
  return rows[0] as T;
}

export function registerPlatformFacts(): void {
  // C1 工作机构: the work team as the platform knows it (accounts and their posts).
  registerFact('team.accounts', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`SELECT count(DISTINCT u.id) AS accounts,
            count(DISTINCT u.id) FILTER (WHERE ra.role LIKE '%_admin') AS admins,
            count(DISTINCT u.id) FILTER (WHERE ra.role LIKE '%_staff') AS staff,
            count(DISTINCT u.id) FILTER (WHERE ra.role LIKE '%_liaison') AS liaisons
          FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id AND u.status = 'active'
          WHERE ra.organisation_id = ${c.organisationId}::uuid`,
    );
    return {
      values: [
        { metric: 'team.accounts', value: num(r.accounts) },
        { metric: 'team.admins', value: num(r.admins) },
        { metric: 'team.staff', value: num(r.staff) },
        { metric: 'team.liaisons', value: num(r.liaisons) },
      ],
      links: [{ recordType: 'organisation', recordId: null, label: 'team.accounts', href: '/console/users' }],
    };
  });

  // C2 有效运作: the channel to the regulator in use (risk reports sent and answered, notices).
  registerFact('liaison.channel', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`SELECT count(*) AS reports, count(*) FILTER (WHERE status = 'acknowledged') AS acknowledged
          FROM risk_report WHERE association_id = ${c.organisationId}::uuid AND ${inPeriod('submitted_at', c)}`,
    );
    return {
      values: [
        { metric: 'liaison.risk_reports', value: num(r.reports) },
        { metric: 'liaison.reports_acknowledged', value: num(r.acknowledged) },
      ],
      links: [
        { recordType: 'risk_report', recordId: null, label: 'liaison.risk_reports', href: '/console/risk/reports' },
      ],
    };
  });

  // C3 / C8: the credit rules the association published (model versions).
  registerFact('credit.model', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`SELECT count(*) FILTER (WHERE status IN ('active', 'retired') AND ${day('activated_at')} <= ${c.periodEnd}::date) AS versions,
            to_char(max(${day('activated_at')}) FILTER (WHERE status = 'active'), 'YYYY-MM-DD') AS current_since
          FROM credit_model WHERE owner_id = ${c.organisationId}::uuid`,
    );
    return {
      values: [
        { metric: 'credit.model_versions', value: num(r.versions) },
        { metric: 'credit.model_published_on', value: (r.current_since as string | null) ?? null },
      ],
      links: [
        { recordType: 'organisation', recordId: null, label: 'credit.model_versions', href: '/console/credit/models' },
      ],
    };
  });

  // C6 自律机制: members who made a quality commitment in force during the period.
  registerFact('members.commitments', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`WITH members AS (${MEMBERS(c)})
          SELECT (SELECT count(*) FROM members) AS active,
            (SELECT count(DISTINCT k.enterprise_id) FROM commitment k
              WHERE k.association_id = ${c.organisationId}::uuid AND k.enterprise_id IN (SELECT enterprise_id FROM members)
                AND k.valid_from <= ${c.periodEnd}::date AND k.valid_until >= ${c.periodStart}::date
                AND k.status IN ('active', 'expired')) AS signed`,
    );
    return {
      values: [
        { metric: 'members.active', value: num(r.active) },
        { metric: 'commitments.signed', value: num(r.signed) },
        { metric: 'commitments.rate', value: ratio(num(r.signed), num(r.active)) },
      ],
      links: [
        {
          recordType: 'organisation',
          recordId: null,
          label: 'commitments.signed',
          href: '/console/credit/commitments',
        },
      ],
    };
  });

  // C7: members with a chief quality officer (an active account holding the role in the enterprise).
  registerFact('members.cqo', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`WITH members AS (${MEMBERS(c)})
          SELECT (SELECT count(*) FROM members) AS active,
            (SELECT count(DISTINCT ra.organisation_id) FROM role_assignment ra
              JOIN app_user u ON u.id = ra.user_id AND u.status = 'active'
              WHERE ra.role = 'chief_quality_officer' AND ra.organisation_id IN (SELECT enterprise_id FROM members)) AS with_cqo`,
    );
    return {
      values: [
        { metric: 'members.active', value: num(r.active) },
        { metric: 'members.with_cqo', value: num(r.with_cqo) },
        { metric: 'members.cqo_rate', value: ratio(num(r.with_cqo), num(r.active)) },
      ],
      links: [
        {
          recordType: 'organisation',
          recordId: c.organisationId,
          label: 'members.active',
          href: `/console/associations/${c.organisationId}/members`,
        },
      ],
    };
  });

  // C8 ①: archive coverage and freshness; records and grades of the period.
  registerFact('credit.archive', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`WITH members AS (${MEMBERS(c)}),
            recs AS (
              SELECT r.enterprise_id, r.occurred_on, r.created_at FROM credit_record r
              WHERE r.association_id = ${c.organisationId}::uuid AND r.status <> 'draft'
                AND ${day('r.created_at')} <= ${c.periodEnd}::date
            )
          SELECT (SELECT count(*) FROM members) AS active,
            (SELECT count(DISTINCT enterprise_id) FROM recs WHERE enterprise_id IN (SELECT enterprise_id FROM members)) AS archived,
            (SELECT count(DISTINCT enterprise_id) FROM recs WHERE enterprise_id IN (SELECT enterprise_id FROM members)
               AND ${day('recs.created_at')} > (${c.periodEnd}::date - interval '12 months')::date) AS fresh,
            (SELECT count(*) FROM recs WHERE ${day('recs.created_at')} >= ${c.periodStart}::date) AS in_period,
            (SELECT count(*) FROM credit_grade g WHERE g.association_id = ${c.organisationId}::uuid
               AND ${inPeriod('g.published_at', c)}) AS grades`,
    );
    return {
      values: [
        { metric: 'members.active', value: num(r.active) },
        { metric: 'credit.archived_members', value: num(r.archived) },
        { metric: 'credit.coverage', value: ratio(num(r.archived), num(r.active)) },
        { metric: 'credit.fresh_members', value: num(r.fresh) },
        { metric: 'credit.freshness', value: ratio(num(r.fresh), num(r.active)) },
        { metric: 'credit.records_in_period', value: num(r.in_period) },
        { metric: 'credit.grades_published', value: num(r.grades) },
      ],
      links: [
        {
          recordType: 'credit_record',
          recordId: null,
          label: 'credit.records_in_period',
          href: '/console/credit/records',
        },
        {
          recordType: 'organisation',
          recordId: null,
          label: 'credit.grades_published',
          href: '/console/credit/evaluations',
        },
      ],
    };
  });

  // C8 ②: incentives and constraints applied, early warnings issued in the period.
  registerFact('credit.measures', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`SELECT
            (SELECT count(*) FROM credit_measure m WHERE m.association_id = ${c.organisationId}::uuid AND m.list = 'red'
               AND m.valid_from BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date) AS reward,
            (SELECT count(*) FROM credit_measure m WHERE m.association_id = ${c.organisationId}::uuid AND m.list = 'black'
               AND m.valid_from BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date) AS constraint_,
            (SELECT count(*) FROM credit_warning w WHERE w.association_id = ${c.organisationId}::uuid
               AND ${inPeriod('w.created_at', c)}) AS warnings`,
    );
    return {
      values: [
        { metric: 'credit.measures_reward', value: num(r.reward) },
        { metric: 'credit.measures_constraint', value: num(r.constraint_) },
        { metric: 'credit.warnings', value: num(r.warnings) },
      ],
      links: [
        {
          recordType: 'credit_measure',
          recordId: null,
          label: 'credit.measures_reward',
          href: '/console/credit/measures',
        },
        { recordType: 'organisation', recordId: null, label: 'credit.warnings', href: '/console/credit/warnings' },
      ],
    };
  });

  // C9 ①: the work is traceable: the audit trail of the period.
  registerFact('audit.trail', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`SELECT count(*) AS events, to_char(max(${day('occurred_at')}), 'YYYY-MM-DD') AS last_event
          FROM audit_event WHERE organisation_id = ${c.organisationId}::uuid
            AND occurred_at >= (${c.periodStart}::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
            AND occurred_at < (${c.periodEnd}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`,
    );
    return {
      values: [
        { metric: 'audit.events', value: num(r.events) },
        { metric: 'audit.last_event', value: (r.last_event as string | null) ?? null },
      ],
      links: [{ recordType: 'organisation', recordId: null, label: 'audit.events', href: '/console/audit' }],
    };
  });

  // C9 ②: earlier assessments and whether their improvement actions were closed.
  registerFact('actions.previous', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`SELECT
            (SELECT count(*) FROM improvement_action a WHERE a.organisation_id = ${c.organisationId}::uuid
               AND a.assessment_id IS DISTINCT FROM ${c.assessmentId}::uuid) AS total,
            (SELECT count(*) FROM improvement_action a WHERE a.organisation_id = ${c.organisationId}::uuid
               AND a.assessment_id IS DISTINCT FROM ${c.assessmentId}::uuid AND a.status = 'closed') AS closed,
            (SELECT count(*) FROM improvement_action a WHERE a.organisation_id = ${c.organisationId}::uuid
               AND a.assessment_id IS DISTINCT FROM ${c.assessmentId}::uuid AND a.status <> 'closed'
               AND a.due_date < ${c.periodEnd}::date) AS overdue,
            (SELECT count(*) FROM assessment s WHERE s.organisation_id = ${c.organisationId}::uuid
               AND s.status = 'final' AND s.id <> ${c.assessmentId}::uuid AND s.period_end <= ${c.periodEnd}::date) AS assessments`,
    );
    return {
      values: [
        { metric: 'assessments.previous', value: num(r.assessments) },
        { metric: 'actions.previous_total', value: num(r.total) },
        { metric: 'actions.previous_closed', value: num(r.closed) },
        { metric: 'actions.overdue', value: num(r.overdue) },
      ],
      links: [
        {
          recordType: 'improvement_action',
          recordId: null,
          label: 'actions.previous_total',
          href: `/console/evaluation/actions?organisationId=${c.organisationId}`,
        },
      ],
    };
  });

  // C11: analysis of spot checks of the members, and the reports that came of it.
  registerFact('spotcheck.research', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`WITH members AS (${MEMBERS(c)})
          SELECT
            (SELECT count(*) FROM spot_check_result s WHERE s.enterprise_id IN (SELECT enterprise_id FROM members)
               AND s.checked_on BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date) AS checked,
            (SELECT count(*) FROM spot_check_result s WHERE s.enterprise_id IN (SELECT enterprise_id FROM members)
               AND s.checked_on BETWEEN ${c.periodStart}::date AND ${c.periodEnd}::date AND s.final_result = 'unqualified') AS unqualified,
            (SELECT count(*) FROM risk_report p WHERE p.association_id = ${c.organisationId}::uuid
               AND ${inPeriod('p.submitted_at', c)}) AS reports`,
    );
    const checked = num(r.checked);
    return {
      values: [
        { metric: 'spotcheck.member_results', value: checked },
        { metric: 'spotcheck.member_unqualified', value: num(r.unqualified) },
        { metric: 'spotcheck.member_pass_rate', value: ratio(checked - num(r.unqualified), checked) },
        { metric: 'risk.reports', value: num(r.reports) },
      ],
      links: [
        {
          recordType: 'spot_check_notice',
          recordId: null,
          label: 'spotcheck.member_results',
          href: '/console/spot-checks/analysis',
        },
        { recordType: 'risk_report', recordId: null, label: 'risk.reports', href: '/console/risk/reports' },
      ],
    };
  });

  // C15: risk monitoring (alerts raised and dealt with) and leads passed to the regulator.
  registerFact('risk.monitoring', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`SELECT
            (SELECT count(*) FROM risk_alert a WHERE a.owner_id = ${c.organisationId}::uuid AND ${inPeriod('a.created_at', c)}) AS alerts,
            (SELECT count(*) FROM risk_alert a WHERE a.owner_id = ${c.organisationId}::uuid AND ${inPeriod('a.created_at', c)}
               AND a.status = 'acknowledged') AS acknowledged,
            (SELECT count(*) FROM complaint_referral f WHERE f.association_id = ${c.organisationId}::uuid
               AND ${inPeriod('f.created_at', c)}) AS referred`,
    );
    return {
      values: [
        { metric: 'risk.alerts', value: num(r.alerts) },
        { metric: 'risk.alerts_acknowledged', value: num(r.acknowledged) },
        { metric: 'complaints.referred', value: num(r.referred) },
      ],
      links: [
        { recordType: 'risk_alert', recordId: null, label: 'risk.alerts', href: '/console/risk/alerts' },
        { recordType: 'complaint', recordId: null, label: 'complaints.referred', href: '/console/referrals' },
      ],
    };
  });

  // C17 放心消费: complaints and enquiries handled, on time, mediation success.
  registerFact('complaints.handling', async (tx, c) => {
    const { total } = await complaintStats(
      tx,
      { associationIds: [c.organisationId], enterpriseIds: [], regulatorIds: [], region: '' },
      { from: c.periodStart, to: c.periodEnd },
      'month',
    );
    return {
      values: [
        { metric: 'complaints.received', value: total.received },
        { metric: 'complaints.closed', value: total.received - total.open },
        { metric: 'complaints.on_time_rate', value: total.onTimeRate },
        { metric: 'complaints.settled_rate', value: total.settledRate },
      ],
      links: [
        { recordType: 'complaint', recordId: null, label: 'complaints.received', href: '/console/complaints' },
        {
          recordType: 'complaint',
          recordId: null,
          label: 'complaints.on_time_rate',
          href: `/console/complaint-stats?from=${c.periodStart}&to=${c.periodEnd}`,
        },
      ],
    };
  });

  // C18: consumer warnings published in the period.
  registerFact('publicity.warnings', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`SELECT count(*) AS published FROM consumer_warning
          WHERE association_id = ${c.organisationId}::uuid AND status IN ('published', 'withdrawn')
            AND published_at IS NOT NULL AND ${inPeriod('published_at', c)}`,
    );
    return {
      values: [{ metric: 'warnings.published', value: num(r.published) }],
      links: [
        { recordType: 'consumer_warning', recordId: null, label: 'warnings.published', href: '/console/warnings' },
      ],
    };
  });

  // C19: satisfaction of the people served (consumers' ratings) against the period before.
  registerFact('satisfaction.trend', async (tx, c) => {
    const r = await one<Record<string, unknown>>(
      tx,
      sql`WITH span AS (SELECT ${c.periodStart}::date AS s, ${c.periodEnd}::date AS e)
          SELECT
            count(rating) FILTER (WHERE received_on BETWEEN span.s AND span.e) AS rated,
            avg(rating) FILTER (WHERE received_on BETWEEN span.s AND span.e)::float8 AS average,
            count(rating) FILTER (WHERE received_on BETWEEN span.s AND span.e AND rating >= 4) AS satisfied,
            avg(rating) FILTER (WHERE received_on BETWEEN span.s - (span.e - span.s + 1) AND span.s - 1)::float8 AS previous
          FROM complaint, span
          WHERE association_id = ${c.organisationId}::uuid AND rating IS NOT NULL
            AND received_on BETWEEN span.s - (span.e - span.s + 1) AND span.e
          GROUP BY span.s, span.e`,
    );
    const round = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);
    const rated = num(r?.rated);
    return {
      values: [
        { metric: 'satisfaction.ratings', value: rated },
        { metric: 'satisfaction.average', value: round(r?.average) },
        { metric: 'satisfaction.previous_average', value: round(r?.previous) },
        { metric: 'satisfaction.satisfied_rate', value: ratio(num(r?.satisfied), rated) },
      ],
      links: [
        {
          recordType: 'complaint',
          recordId: null,
          label: 'satisfaction.average',
          href: `/console/complaint-stats?from=${c.periodStart}&to=${c.periodEnd}`,
        },
      ],
    };
  });
}
