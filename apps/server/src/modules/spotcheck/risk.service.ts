/**
 * Risk monitoring (R-CREDIT-3, R-SVC-1): statistical process control over monthly series — a
 * p-chart of the non-conformity rate per product category, a u-chart of justified complaints per
 * member — signals become risk alerts (and, where configured, credit early warnings); associations
 * send risk analysis reports with their data to the regulator, who acknowledges them.
 */
import { randomUUID } from 'node:crypto';
import {
  addMonths,
  type RiskAlertDto,
  type RiskAlertLevel,
  type RiskAlertListQuery,
  type RiskChartQuery,
  type RiskReportAcknowledge,
  type RiskReportCreate,
  type RiskReportDto,
  type RiskReportListQuery,
  type RiskScanResultDto,
  type RiskSeriesKind,
  type SpcChartDto,
  type SpcRule,
} from '@gongzhi/contracts';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { asSystem, type Database, SYSTEM_SCOPE, type Tx } from '../../db/client.js';
import { creditWarning, organisation, riskAlert, riskReport } from '../../db/schema/index.js';
import { type Actor, orgIdsOfKind, scopeOf } from '../../kernel/actor.js';
import { AppError, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { offsetOf, pageOf, pageResult } from '../../kernel/pagination.js';
import { queryRows } from '../../kernel/raw-sql.js';
import type { CreditService } from '../credit/credit.service.js';
import type { Mail, Mailer } from '../notification/mailer.js';
import { notifyRoles } from '../notification/notification.service.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import { pChart, type SpcChart, type SpcInput, uChart } from './spc.js';
import { analyseIn, associationInView } from './spotcheck.analysis.js';

const ASSOCIATION_ROLES = ['association_admin', 'association_staff'] as const;
const REGULATOR_ROLES = ['regulator_admin', 'regulator_staff'] as const;
/** Default chart span, and how many recent months a scan turns into alerts (older signals were seen before). */
const CHART_MONTHS = 24;
const ALERT_MONTHS = 3;

/** YYYY-MM of a day. */
const monthOf = (day: string) => day.slice(0, 7);

/** Every month from `from` to `to` (YYYY-MM), inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let day = `${from}-01`;
  while (monthOf(day) <= to && out.length < 240) {
    out.push(monthOf(day));
    day = addMonths(day, 1);
  }
  return out;
}

/** A red signal is beyond the limits; a run rule is orange when sharp (2 of 3), yellow when slow. */
export function alertLevel(rule: SpcRule): RiskAlertLevel {
  if (rule === 'beyond_limit') return 'red';
  if (rule === 'two_of_three_beyond_2sigma') return 'orange';
  return 'yellow';
}

interface SeriesRow {
  month: string;
  count: number | string;
  size: number | string;
}

/** Fills the months without data with size 0 (no point, no limits). */
function fill(months: string[], rows: SeriesRow[]): SpcInput[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return months.map((period) => {
    const row = byMonth.get(period);
    return { period, count: Number(row?.count ?? 0), size: Number(row?.size ?? 0) };
  });
}

/** Monthly unqualified ÷ inspected batches of a category: the association's members, or the whole region. */
async function categorySeries(
  tx: Tx,
  category: string,
  associationId: string | null,
  months: string[],
): Promise<SpcInput[]> {
  const first = months[0] as string;
  const last = months[months.length - 1] as string;
  const members = associationId
    ? sql`AND EXISTS (SELECT 1 FROM membership ms WHERE ms.enterprise_id = r.enterprise_id
           AND ms.association_id = ${associationId}::uuid AND ms.status = 'active')`
    : sql``;
  const rows = await queryRows<SeriesRow>(
    tx,
    sql`SELECT to_char(r.checked_on, 'YYYY-MM') AS month,
          count(*) FILTER (WHERE r.final_result = 'unqualified') AS count, count(*) AS size
        FROM spot_check_result r
        WHERE r.product_category = ${category} AND r.checked_on >= ${`${first}-01`}::date
          AND r.checked_on < ${addMonths(`${last}-01`, 1)}::date ${members}
        GROUP BY 1`,
  );
  return fill(months, rows);
}

/**
 * Monthly justified complaints (closed as justified) per member: one member (size 1 a month) or all
 * of the association's members (size = active members).
 */
async function complaintSeries(
  tx: Tx,
  associationId: string,
  enterpriseId: string | null,
  months: string[],
): Promise<SpcInput[]> {
  const first = months[0] as string;
  const last = months[months.length - 1] as string;
  const who = enterpriseId ? sql`c.enterprise_id = ${enterpriseId}::uuid` : sql`true`;
  const rows = await queryRows<{ month: string; count: number | string }>(
    tx,
    sql`SELECT to_char(c.closed_on, 'YYYY-MM') AS month, count(*) AS count
        FROM complaint c
        WHERE c.association_id = ${associationId}::uuid AND c.justified AND ${who}
          AND c.closed_on >= ${`${first}-01`}::date AND c.closed_on < ${addMonths(`${last}-01`, 1)}::date
        GROUP BY 1`,
  );
  let size = 1;
  if (!enterpriseId) {
    const [members] = await queryRows<{ n: number | string }>(
      tx,
      sql`SELECT count(*) AS n FROM membership WHERE association_id = ${associationId}::uuid AND status = 'active'`,
    );
    size = Math.max(1, Number(members?.n ?? 1));
  }
  return fill(
    months,
    rows.map((r) => ({ month: r.month, count: r.count, size })),
  ).map((p) => ({ ...p, size }));
}

function chartDto(chart: SpcChart, seriesKind: RiskSeriesKind, key: string, label: string): SpcChartDto {
  return { ...chart, seriesKind, key, label };
}

type AlertRow = typeof riskAlert.$inferSelect & { ownerName: string };

function presentAlert(row: AlertRow): RiskAlertDto {
  return {
    id: row.id,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    seriesKind: row.seriesKind,
    seriesKey: row.seriesKey,
    seriesLabel: row.seriesLabel,
    period: row.period,
    rule: row.rule,
    level: row.level,
    data: row.data,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
  };
}

const alertOwner = alias(organisation, 'alert_owner');

async function findAlerts(tx: Tx, where: SQL | undefined, limit: number, offset: number): Promise<AlertRow[]> {
  const rows = await tx
    .select({ alert: riskAlert, ownerName: alertOwner.name })
    .from(riskAlert)
    .innerJoin(alertOwner, eq(alertOwner.id, riskAlert.ownerId))
    .where(where)
    .orderBy(desc(riskAlert.createdAt), desc(riskAlert.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({ ...r.alert, ownerName: r.ownerName }));
}

interface ScanOutcome {
  seriesScanned: number;
  alertIds: string[];
  creditWarningIds: string[];
}

/**
 * Scans one owner's series (an association: its members' categories and complaints; a regulator:
 * the region's categories) and records each upward signal of the last months once.
 */
export async function scanOwner(
  tx: Tx,
  owner: { id: string; kind: 'association' | 'regulator' },
  today: string,
  options: { creditWarnings: boolean },
): Promise<ScanOutcome> {
  const months = monthsBetween(monthOf(addMonths(today, -(CHART_MONTHS - 1))), monthOf(today));
  const recent = new Set(months.slice(-ALERT_MONTHS));
  const associationId = owner.kind === 'association' ? owner.id : null;
  const outcome: ScanOutcome = { seriesScanned: 0, alertIds: [], creditWarningIds: [] };
  const record = async (
    seriesKind: RiskSeriesKind,
    key: string,
    label: string,
    chart: SpcChart,
    enterpriseId: string | null,
  ) => {
    outcome.seriesScanned += 1;
    for (const signal of chart.signals) {
      if (signal.side !== 'up' || !recent.has(signal.period)) continue;
      const point = chart.points[signal.index];
      const inserted = await tx
        .insert(riskAlert)
        .values({
          ownerId: owner.id,
          seriesKind,
          seriesKey: key,
          seriesLabel: label,
          period: signal.period,
          rule: signal.rule,
          level: alertLevel(signal.rule),
          data: {
            count: point?.count ?? 0,
            size: point?.size ?? 0,
            value: point?.value ?? null,
            centre: chart.centre,
            ucl: point?.ucl ?? null,
            lcl: point?.lcl ?? null,
            z: point?.z ?? null,
          },
          status: 'open',
        })
        .onConflictDoNothing()
        .returning({ id: riskAlert.id });
      if (!inserted[0]) continue;
      outcome.alertIds.push(inserted[0].id);
      if (options.creditWarnings && enterpriseId && associationId) {
        const warned = await tx
          .insert(creditWarning)
          .values({
            associationId,
            enterpriseId,
            rule: 'risk_signal',
            level: alertLevel(signal.rule),
            params: { seriesLabel: label, period: signal.period, spcRule: signal.rule },
            causeKey: `risk_signal:${seriesKind}:${signal.period}:${signal.rule}`,
            status: 'issued',
          })
          .onConflictDoNothing()
          .returning({ id: creditWarning.id });
        if (warned[0]) outcome.creditWarningIds.push(warned[0].id);
      }
    }
  };
  const categories = await queryRows<{ product_category: string }>(
    tx,
    sql`SELECT DISTINCT r.product_category FROM spot_check_result r
        WHERE r.checked_on >= ${`${months[0]}-01`}::date
        ${
          associationId
            ? sql`AND EXISTS (SELECT 1 FROM membership ms WHERE ms.enterprise_id = r.enterprise_id
                   AND ms.association_id = ${associationId}::uuid AND ms.status = 'active')`
            : sql``
        }
        ORDER BY 1 LIMIT 200`,
  );
  for (const { product_category: category } of categories) {
    const chart = pChart(await categorySeries(tx, category, associationId, months));
    await record('category_nonconformity', category, category, chart, null);
  }
  if (associationId) {
    const complained = await queryRows<{ enterprise_id: string; name: string }>(
      tx,
      sql`SELECT DISTINCT c.enterprise_id, o.name FROM complaint c JOIN organisation o ON o.id = c.enterprise_id
          WHERE c.association_id = ${associationId}::uuid AND c.justified AND c.closed_on >= ${`${months[0]}-01`}::date
          ORDER BY 1 LIMIT 1000`,
    );
    for (const member of complained) {
      const chart = uChart(await complaintSeries(tx, associationId, member.enterprise_id, months));
      await record('member_complaints', member.enterprise_id, member.name, chart, member.enterprise_id);
    }
  }
  return outcome;
}

/** The scheduled scan (pg-boss `risk-scan`): every association with members and every regulator. */
export const RISK_SCAN = 'risk-scan';

export async function scanAll(
  database: Database,
  options: { creditWarnings: boolean; today?: string },
): Promise<{ owners: number; alerts: number }> {
  const today = options.today ?? todayInShanghai();
  const owners = await database.transaction(SYSTEM_SCOPE, (tx) =>
    queryRows<{ id: string; kind: string }>(
      tx,
      sql`SELECT o.id, o.kind FROM organisation o WHERE o.status = 'active' AND (o.kind = 'regulator'
            OR (o.kind = 'industry_organisation' AND EXISTS (SELECT 1 FROM membership m WHERE m.association_id = o.id)))
          ORDER BY o.id`,
    ),
  );
  let alerts = 0;
  for (const owner of owners) {
    const kind = owner.kind === 'regulator' ? 'regulator' : 'association';
    const outcome = await database.transaction(SYSTEM_SCOPE, (tx) =>
      scanOwner(tx, { id: owner.id, kind }, today, options),
    );
    alerts += outcome.alertIds.length;
  }
  return { owners: owners.length, alerts };
}

export function riskService(ctx: AppContext, credit: CreditService, mailer: Mailer) {
  const { database, config } = ctx;

  function tell(
    tx: Tx,
    organisationId: string,
    roles: readonly string[],
    kind: 'risk.alert' | 'risk.report_submitted' | 'risk.report_acknowledged',
    params: Record<string, string | number>,
    link: string,
  ): Promise<Mail[]> {
    return notifyRoles(tx, organisationId, roles, { kind, params, link }, { publicUrl: config.publicUrl });
  }

  async function chart(actor: Actor, query: RiskChartQuery): Promise<SpcChartDto> {
    const associationId = associationInView(actor, query.associationId);
    const today = todayInShanghai();
    const to = query.to ?? monthOf(today);
    const from = query.from ?? monthOf(addMonths(`${to}-01`, -(CHART_MONTHS - 1)));
    if (from > to) throw AppError.validation('from', 'date_order');
    const months = monthsBetween(from, to);
    return database.transaction(scopeOf(actor), async (tx) => {
      if (query.kind === 'category_nonconformity') {
        const series = await categorySeries(tx, query.key, associationId, months);
        return chartDto(pChart(series), query.kind, query.key, query.key);
      }
      if (!associationId) throw AppError.validation('associationId', 'association_required');
      if (query.key === 'all') {
        const association = await orgRepo.findOrganisation(tx, associationId);
        const series = await complaintSeries(tx, associationId, null, months);
        return chartDto(uChart(series), query.kind, 'all', association?.name ?? '');
      }
      const enterprise = /^[0-9a-f-]{36}$/i.test(query.key) ? await orgRepo.findOrganisation(tx, query.key) : undefined;
      if (enterprise?.kind !== 'enterprise') throw AppError.validation('key', 'enterprise_not_found');
      const isMember = await queryRows<{ ok: boolean }>(
        tx,
        sql`SELECT EXISTS (SELECT 1 FROM membership WHERE association_id = ${associationId}::uuid
              AND enterprise_id = ${enterprise.id}::uuid) AS ok`,
      );
      if (!isMember[0]?.ok) throw AppError.validation('key', 'not_a_member_of_association');
      const series = await complaintSeries(tx, associationId, enterprise.id, months);
      return chartDto(uChart(series), query.kind, enterprise.id, enterprise.name);
    });
  }

  /** The scanning organisation: the person's association, else their regulator. */
  function scanner(actor: Actor, requested: string | undefined): { id: string; kind: 'association' | 'regulator' } {
    const associations = orgIdsOfKind(actor, 'industry_organisation');
    if (associations.length > 0) {
      if (requested && !associations.includes(requested)) throw new AppError('forbidden');
      return { id: requested ?? (associations[0] as string), kind: 'association' };
    }
    const [regulator] = orgIdsOfKind(actor, 'regulator');
    if (!regulator || requested) throw new AppError('forbidden');
    return { id: regulator, kind: 'regulator' };
  }

  async function scan(actor: Actor, associationId: string | undefined): Promise<RiskScanResultDto> {
    const owner = scanner(actor, associationId);
    const today = todayInShanghai();
    let mails: Mail[] = [];
    const result = await database.transaction(SYSTEM_SCOPE, async (tx) => {
      const outcome = await scanOwner(tx, owner, today, { creditWarnings: config.riskCreditWarnings });
      await audit(tx, actor, {
        action: 'risk_scan.run',
        targetType: 'organisation',
        targetId: owner.id,
        organisationId: owner.id,
        after: { seriesScanned: outcome.seriesScanned, alerts: outcome.alertIds.length },
      });
      for (const id of outcome.alertIds) {
        const [alert] = await findAlerts(tx, eq(riskAlert.id, id), 1, 0);
        if (!alert) continue;
        mails.push(
          ...(await tell(
            tx,
            owner.id,
            owner.kind === 'association' ? ASSOCIATION_ROLES : REGULATOR_ROLES,
            'risk.alert',
            { seriesLabel: alert.seriesLabel, period: alert.period, spcRule: alert.rule },
            '/console/risk/alerts',
          )),
        );
      }
      mails = [...mails, ...(await credit.announceWarnings(tx, outcome.creditWarningIds))];
      return { seriesScanned: outcome.seriesScanned, alertsCreated: outcome.alertIds.length };
    });
    await mailer.send(mails);
    return result;
  }

  async function listAlerts(actor: Actor, query: RiskAlertListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const where = and(
        query.status ? eq(riskAlert.status, query.status) : undefined,
        query.seriesKind ? eq(riskAlert.seriesKind, query.seriesKind) : undefined,
      );
      // RLS decides whose alerts: the association's own, the regulator's region.
      const rows = await findAlerts(tx, where, page.pageSize + 1, offsetOf(page));
      const items = rows.slice(0, page.pageSize).map(presentAlert);
      const seen = offsetOf(page) + items.length;
      return pageResult(items, page, rows.length > page.pageSize ? { atLeast: seen + 1 } : seen);
    });
  }

  async function acknowledgeAlert(actor: Actor, id: string): Promise<RiskAlertDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const [alert] = await findAlerts(tx, eq(riskAlert.id, id), 1, 0);
      if (!alert) throw notFound();
      if (alert.status !== 'open') throw new AppError('transition_not_allowed');
      await tx
        .update(riskAlert)
        .set({ status: 'acknowledged', acknowledgedAt: new Date(), acknowledgedBy: actor.userId })
        .where(eq(riskAlert.id, id));
      await audit(tx, actor, {
        action: 'risk_alert.acknowledged',
        targetType: 'risk_alert',
        targetId: id,
        organisationId: alert.ownerId,
        before: { status: 'open' },
        after: { status: 'acknowledged' },
      });
      const [after] = await findAlerts(tx, eq(riskAlert.id, id), 1, 0);
      return presentAlert(after as AlertRow);
    });
  }

  // ------------------------------------------------------------ reports (风险分析报告)

  const reportAssociation = alias(organisation, 'report_association');
  const reportRegulator = alias(organisation, 'report_regulator');

  async function findReports(tx: Tx, where: SQL | undefined, limit: number, offset: number) {
    const rows = await tx
      .select({ report: riskReport, associationName: reportAssociation.name, regulatorName: reportRegulator.name })
      .from(riskReport)
      .innerJoin(reportAssociation, eq(reportAssociation.id, riskReport.associationId))
      .innerJoin(reportRegulator, eq(reportRegulator.id, riskReport.regulatorId))
      .where(where)
      .orderBy(desc(riskReport.submittedAt), desc(riskReport.id))
      .limit(limit)
      .offset(offset);
    return rows.map((r) => ({ ...r.report, associationName: r.associationName, regulatorName: r.regulatorName }));
  }
  type ReportRow = Awaited<ReturnType<typeof findReports>>[number];

  function presentReport(actor: Actor, row: ReportRow): RiskReportDto {
    return {
      id: row.id,
      associationId: row.associationId,
      associationName: row.associationName,
      regulatorId: row.regulatorId,
      regulatorName: row.regulatorName,
      title: row.title,
      periodFrom: row.periodFrom,
      periodTo: row.periodTo,
      summary: row.summary,
      recommendations: row.recommendations,
      data: row.data as RiskReportDto['data'],
      status: row.status,
      feedback: row.feedback,
      submittedAt: row.submittedAt.toISOString(),
      acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
      version: row.version,
      abilities: {
        acknowledge:
          row.status === 'submitted' &&
          actor.permissions.has('risk.acknowledge') &&
          actor.orgIds.includes(row.regulatorId),
      },
    };
  }

  async function createReport(actor: Actor, input: RiskReportCreate): Promise<RiskReportDto> {
    const [associationId] = orgIdsOfKind(actor, 'industry_organisation');
    if (!associationId) throw new AppError('forbidden');
    if (input.periodFrom > input.periodTo) throw AppError.validation('periodTo', 'date_order');
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const regulatorId = await asSystem(tx, () => orgRepo.mostLocalRegulator(tx, associationId));
      if (!regulatorId) throw AppError.validation('associationId', 'not_a_regulator');
      const association = await orgRepo.findOrganisation(tx, associationId);
      const analyses = [];
      for (const by of input.dimensions) {
        const analysis = await analyseIn(tx, { by, from: input.periodFrom, to: input.periodTo }, associationId);
        analyses.push({ ...analysis, associationName: association?.name ?? null });
      }
      const months = monthsBetween(monthOf(input.periodFrom), monthOf(input.periodTo));
      const charts: SpcChartDto[] = [];
      for (const category of input.categories ?? []) {
        const series = await categorySeries(tx, category, associationId, months);
        charts.push(chartDto(pChart(series), 'category_nonconformity', category, category));
      }
      const alerts = (
        await findAlerts(
          tx,
          and(
            eq(riskAlert.ownerId, associationId),
            sql`${riskAlert.period} >= ${monthOf(input.periodFrom)} AND ${riskAlert.period} <= ${monthOf(input.periodTo)}`,
          ),
          200,
          0,
        )
      ).map(presentAlert);
      const id = randomUUID();
      await tx.insert(riskReport).values({
        id,
        associationId,
        regulatorId,
        title: input.title.trim(),
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        summary: input.summary.trim(),
        recommendations: input.recommendations?.trim() ?? '',
        data: { analyses, charts, alerts },
        status: 'submitted',
        submittedBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'risk_report.submitted',
        targetType: 'risk_report',
        targetId: id,
        organisationId: associationId,
        after: { title: input.title, regulatorId, dimensions: input.dimensions, categories: input.categories ?? [] },
      });
      mails = await tell(
        tx,
        regulatorId,
        REGULATOR_ROLES,
        'risk.report_submitted',
        {
          associationName: association?.name ?? '',
          title: input.title.trim(),
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
        },
        `/console/risk/reports/${id}`,
      );
      const [row] = await findReports(tx, eq(riskReport.id, id), 1, 0);
      return presentReport(actor, row as ReportRow);
    });
    await mailer.send(mails);
    return dto;
  }

  async function listReports(actor: Actor, query: RiskReportListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      // RLS: the association's own reports, the regulator's received ones.
      const rows = await findReports(
        tx,
        query.status ? eq(riskReport.status, query.status) : undefined,
        page.pageSize + 1,
        offsetOf(page),
      );
      const items = rows.slice(0, page.pageSize).map((r) => presentReport(actor, r));
      const seen = offsetOf(page) + items.length;
      return pageResult(items, page, rows.length > page.pageSize ? { atLeast: seen + 1 } : seen);
    });
  }

  async function getReport(actor: Actor, id: string): Promise<RiskReportDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const [row] = await findReports(tx, eq(riskReport.id, id), 1, 0);
      if (!row) throw notFound();
      return presentReport(actor, row);
    });
  }

  async function acknowledgeReport(actor: Actor, id: string, input: RiskReportAcknowledge): Promise<RiskReportDto> {
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const [row] = await findReports(tx, eq(riskReport.id, id), 1, 0);
      if (!row) throw notFound();
      if (!actor.orgIds.includes(row.regulatorId)) throw new AppError('forbidden');
      if (row.status !== 'submitted') throw new AppError('transition_not_allowed');
      const updated = await tx
        .update(riskReport)
        .set({
          status: 'acknowledged',
          feedback: input.feedback.trim(),
          acknowledgedAt: new Date(),
          acknowledgedBy: actor.userId,
          version: sql`${riskReport.version} + 1`,
        })
        .where(and(eq(riskReport.id, id), eq(riskReport.version, input.version)))
        .returning({ id: riskReport.id });
      if (updated.length === 0) throw versionConflict();
      await audit(tx, actor, {
        action: 'risk_report.acknowledged',
        targetType: 'risk_report',
        targetId: id,
        organisationId: row.regulatorId,
        before: { status: 'submitted' },
        after: { status: 'acknowledged', feedback: input.feedback.trim() },
      });
      mails = await tell(
        tx,
        row.associationId,
        ASSOCIATION_ROLES,
        'risk.report_acknowledged',
        { regulatorName: row.regulatorName, title: row.title, feedback: input.feedback.trim() },
        `/console/risk/reports/${id}`,
      );
      const [after] = await findReports(tx, eq(riskReport.id, id), 1, 0);
      return presentReport(actor, after as ReportRow);
    });
    await mailer.send(mails);
    return dto;
  }

  return { chart, scan, listAlerts, acknowledgeAlert, createReport, listReports, getReport, acknowledgeReport };
}

export type RiskService = ReturnType<typeof riskService>;
