/**
 * Funds of the association (issue #7, R-FUND-1, Appendix A C5): fund sources, budget lines kept within
 * their source, expenditures kept within their line and a special fund's purposes (checked under a row
 * lock, so two concurrent spends cannot both pass), and the funds report.
 */
import {
  type BudgetLineCreate,
  type BudgetLineDto,
  type BudgetLineListQuery,
  type BudgetLineUpdate,
  type ExpenditureCreate,
  type ExpenditureDto,
  type ExpenditureListQuery,
  type FundPurpose,
  type FundSourceCreate,
  type FundSourceDto,
  type FundSourceListQuery,
  type FundSourceUpdate,
  type FundsReportDto,
  type FundsReportQuery,
  fromFen,
  type Locale,
  toFen,
  WORKSPACE_RESOURCE_LABELS,
} from '@gongzhi/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { budgetLine, expenditure, fundSource } from '../../db/schema/index.js';
import { type Actor, scopeOf } from '../../kernel/actor.js';
import { AppError, type FieldProblem, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { offsetOf, pageOf, pageResult } from '../../kernel/pagination.js';
import { managedWorkspace, readableWorkspace } from '../workspace/workspace.policy.js';
import * as repo from './funds.repository.js';
import { amountProblem, checkSpend, executionRate, purposeAllowed, reportPeriod, yuanText } from './funds.workflow.js';

const fen = (yuan: number): number => toFen(yuan) ?? Math.round(yuan * 100);

function checkAmounts(values: [string, number][]): void {
  const problems = values.map(([field, v]) => amountProblem(field, v)).filter((p): p is FieldProblem => p !== null);
  if (problems.length > 0) throw new AppError('validation_failed', problems);
}

function sourceDto(row: repo.SourceRow, totals?: { budgeted: number; spent: number }): FundSourceDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    kind: row.kind,
    name: row.name,
    grantor: row.grantor,
    purposes: row.purposes,
    purposeNote: row.purposeNote,
    amount: row.amount,
    receivedOn: row.receivedOn,
    year: row.year,
    budgeted: fromFen(totals?.budgeted ?? 0),
    spent: fromFen(totals?.spent ?? 0),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function lineDto(row: repo.LineRow): BudgetLineDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    fundSourceId: row.fundSourceId,
    fundSourceName: row.fundSourceName,
    fundKind: row.fundKind,
    allowedPurposes: row.fundKind === 'special' ? row.allowedPurposes : [],
    year: row.year,
    purpose: row.purpose,
    name: row.name,
    amount: row.amount,
    spent: row.spent,
    remaining: fromFen(fen(row.amount) - fen(row.spent)),
    version: row.version,
  };
}

function expenditureDto(row: repo.ExpenditureRow): ExpenditureDto {
  return {
    id: row.id,
    organisationId: row.organisationId,
    budgetLineId: row.budgetLineId,
    budgetLineName: row.budgetLineName,
    fundSourceId: row.fundSourceId,
    fundSourceName: row.fundSourceName,
    fundKind: row.fundKind,
    purpose: row.purpose,
    amount: row.amount,
    spentOn: row.spentOn,
    payee: row.payee,
    description: row.description,
    voucherNumber: row.voucherNumber,
    taskId: row.taskId,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The special fund's purposes, in the caller's words, for the refusal message. */
function notAllowed(field: string, fund: string, purposes: readonly FundPurpose[], locale: Locale): AppError {
  const labels = WORKSPACE_RESOURCE_LABELS[locale].fundPurpose;
  const sep = locale === 'zh-CN' ? '、' : ', ';
  return AppError.validation(field, 'purpose_not_allowed', {
    fund,
    purposes: purposes.map((p) => labels[p]).join(sep),
  });
}

export function fundsService(ctx: AppContext) {
  const { database } = ctx;

  // ------------------------------------------------------------ sources

  async function listSources(actor: Actor, query: FundSourceListQuery): Promise<FundSourceDto[]> {
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, query.organisationId);
      const rows = await repo.sources(tx, org.id, query.year);
      const totals = await repo.sourceTotals(tx, org.id);
      return rows.map((r) => sourceDto(r, totals.get(r.id)));
    });
  }

  function sourceFields(input: FundSourceCreate | FundSourceUpdate, kind: 'self_raised' | 'special') {
    checkAmounts([['amount', input.amount]]);
    const purposes = kind === 'special' ? (input.purposes ?? []) : [];
    if (kind === 'special' && purposes.length === 0) throw AppError.validation('purposes', 'purposes_required');
    return {
      name: input.name.trim(),
      grantor: (input.grantor ?? '').trim(),
      purposes,
      purposeNote: (input.purposeNote ?? '').trim(),
      amount: input.amount,
      receivedOn: input.receivedOn,
      year: input.year,
    };
  }

  async function createSource(actor: Actor, input: FundSourceCreate): Promise<FundSourceDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      const values = sourceFields(input, input.kind);
      const [row] = await tx
        .insert(fundSource)
        .values({
          organisationId: org.id,
          kind: input.kind,
          ...values,
          createdBy: actor.userId,
          updatedBy: actor.userId,
        })
        .returning();
      if (!row) throw new Error('fund source not stored');
      await audit(tx, actor, {
        action: 'fund_source.created',
        targetType: 'fund_source',
        targetId: row.id,
        organisationId: org.id,
        after: { kind: row.kind, ...values },
      });
      return sourceDto(row);
    });
  }

  async function updateSource(actor: Actor, id: string, input: FundSourceUpdate): Promise<FundSourceDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      const before = await repo.sourceById(tx, id, org.id, true);
      if (!before) throw notFound();
      if (before.version !== input.version) throw versionConflict();
      const values = sourceFields(input, before.kind);
      const held = await repo.budgetedFen(tx, id);
      if (fen(values.amount) < held) {
        throw AppError.validation('amount', 'too_small', { limit: yuanText(held) });
      }
      if (before.kind === 'special') {
        // A purpose its lines already use cannot be taken away.
        const used = (await repo.lines(tx, org.id, { fundSourceId: id })).map((l) => l.purpose);
        const dropped = used.find((p) => !values.purposes.includes(p));
        if (dropped)
          throw notAllowed('purposes', values.name, [...new Set([...values.purposes, ...used])], actor.locale);
      }
      const [row] = await tx
        .update(fundSource)
        .set({ ...values, updatedBy: actor.userId, updatedAt: new Date(), version: sql`${fundSource.version} + 1` })
        .where(and(eq(fundSource.id, id), eq(fundSource.version, input.version)))
        .returning();
      if (!row) throw versionConflict();
      await audit(tx, actor, {
        action: 'fund_source.updated',
        targetType: 'fund_source',
        targetId: id,
        organisationId: org.id,
        before: { name: before.name, amount: before.amount, purposes: before.purposes, year: before.year },
        after: { name: row.name, amount: row.amount, purposes: row.purposes, year: row.year },
      });
      return sourceDto(row, (await repo.sourceTotals(tx, org.id)).get(id));
    });
  }

  // ------------------------------------------------------------ budget lines

  async function listLines(actor: Actor, query: BudgetLineListQuery): Promise<BudgetLineDto[]> {
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, query.organisationId);
      return (await repo.lines(tx, org.id, query)).map(lineDto);
    });
  }

  async function createLine(actor: Actor, input: BudgetLineCreate): Promise<BudgetLineDto> {
    checkAmounts([['amount', input.amount]]);
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      // The source is locked: two lines added at once cannot together pass its amount.
      const source = await repo.sourceById(tx, input.fundSourceId, org.id, true);
      if (!source) throw AppError.validation('fundSourceId', 'record_not_found');
      if (!purposeAllowed(source.kind, source.purposes, input.purpose)) {
        throw notAllowed('purpose', source.name, source.purposes, actor.locale);
      }
      const remaining = fen(source.amount) - (await repo.budgetedFen(tx, source.id));
      if (fen(input.amount) > remaining) {
        throw AppError.validation('amount', 'exceeds_fund', { remaining: yuanText(remaining) });
      }
      const [row] = await tx
        .insert(budgetLine)
        .values({
          organisationId: org.id,
          fundSourceId: source.id,
          year: input.year,
          purpose: input.purpose,
          name: input.name.trim(),
          amount: input.amount,
          createdBy: actor.userId,
          updatedBy: actor.userId,
        })
        .returning({ id: budgetLine.id });
      if (!row) throw new Error('budget line not stored');
      await audit(tx, actor, {
        action: 'budget_line.created',
        targetType: 'budget_line',
        targetId: row.id,
        organisationId: org.id,
        after: {
          fundSourceId: source.id,
          year: input.year,
          purpose: input.purpose,
          name: input.name.trim(),
          amount: input.amount,
        },
      });
      const line = await repo.lineById(tx, row.id, org.id);
      if (!line) throw notFound();
      return lineDto(line);
    });
  }

  async function updateLine(actor: Actor, id: string, input: BudgetLineUpdate): Promise<BudgetLineDto> {
    checkAmounts([['amount', input.amount]]);
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      const before = await repo.lineById(tx, id, org.id, true);
      if (!before) throw notFound();
      if (before.version !== input.version) throw versionConflict();
      const source = await repo.sourceById(tx, before.fundSourceId, org.id, true);
      if (!source) throw notFound();
      if (fen(input.amount) < fen(before.spent)) {
        throw AppError.validation('amount', 'too_small', { limit: yuanText(fen(before.spent)) });
      }
      const remaining = fen(source.amount) - (await repo.budgetedFen(tx, source.id, id));
      if (fen(input.amount) > remaining) {
        throw AppError.validation('amount', 'exceeds_fund', { remaining: yuanText(remaining) });
      }
      const updated = await tx
        .update(budgetLine)
        .set({
          name: input.name.trim(),
          amount: input.amount,
          updatedBy: actor.userId,
          updatedAt: new Date(),
          version: sql`${budgetLine.version} + 1`,
        })
        .where(and(eq(budgetLine.id, id), eq(budgetLine.version, input.version)))
        .returning({ id: budgetLine.id });
      if (updated.length === 0) throw versionConflict();
      await audit(tx, actor, {
        action: 'budget_line.updated',
        targetType: 'budget_line',
        targetId: id,
        organisationId: org.id,
        before: { name: before.name, amount: before.amount },
        after: { name: input.name.trim(), amount: input.amount },
      });
      const line = await repo.lineById(tx, id, org.id);
      if (!line) throw notFound();
      return lineDto(line);
    });
  }

  // ------------------------------------------------------------ expenditures

  async function listExpenditures(actor: Actor, query: ExpenditureListQuery) {
    if (query.from && query.to && query.from > query.to) throw AppError.validation('to', 'date_order');
    const p = pageOf(query);
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, query.organisationId);
      const { rows, total } = await repo.expenditures(tx, org.id, query, { limit: p.pageSize, offset: offsetOf(p) });
      return pageResult(rows.map(expenditureDto), p, total);
    });
  }

  async function createExpenditure(actor: Actor, input: ExpenditureCreate): Promise<ExpenditureDto> {
    checkAmounts([['amount', input.amount]]);
    if (fen(input.amount) === 0) throw AppError.validation('amount', 'too_small', { limit: '0.01' });
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      // The line is locked until this transaction ends: a concurrent spend waits and sees this one's `spent`.
      const line = await repo.lineById(tx, input.budgetLineId, org.id, true);
      if (!line) throw AppError.validation('budgetLineId', 'record_not_found');
      const purpose = input.purpose ?? line.purpose;
      if (purpose !== line.purpose || !purposeAllowed(line.fundKind, line.allowedPurposes, purpose)) {
        const allowed = line.fundKind === 'special' ? line.allowedPurposes : [line.purpose];
        throw notAllowed(
          'purpose',
          line.fundKind === 'special' ? line.fundSourceName : line.name,
          allowed,
          actor.locale,
        );
      }
      if (input.taskId && !(await repo.taskInOrganisation(tx, input.taskId, org.id))) {
        throw AppError.validation('taskId', 'record_not_found');
      }
      const check = checkSpend(fen(line.amount), fen(line.spent), fen(input.amount));
      if (!check.ok) {
        throw check.issue === 'exceeds_budget_line'
          ? AppError.validation('amount', 'exceeds_budget_line', { remaining: yuanText(check.remainingFen) })
          : AppError.validation('amount', 'too_small', { limit: yuanText(-check.spentFen) });
      }
      const [row] = await tx
        .insert(expenditure)
        .values({
          organisationId: org.id,
          budgetLineId: line.id,
          fundSourceId: line.fundSourceId,
          purpose,
          amount: input.amount,
          spentOn: input.spentOn,
          payee: input.payee.trim(),
          description: (input.description ?? '').trim(),
          voucherNumber: (input.voucherNumber ?? '').trim(),
          taskId: input.taskId ?? null,
          createdBy: actor.userId,
        })
        .returning({ id: expenditure.id });
      if (!row) throw new Error('expenditure not stored');
      await tx
        .update(budgetLine)
        .set({ spent: fromFen(check.spentAfterFen), updatedAt: new Date() })
        .where(eq(budgetLine.id, line.id));
      await audit(tx, actor, {
        action: 'expenditure.created',
        targetType: 'expenditure',
        targetId: row.id,
        organisationId: org.id,
        before: { budgetLineId: line.id, spent: line.spent },
        after: {
          budgetLineId: line.id,
          spent: fromFen(check.spentAfterFen),
          amount: input.amount,
          purpose,
          spentOn: input.spentOn,
          payee: input.payee.trim(),
          voucherNumber: (input.voucherNumber ?? '').trim(),
        },
      });
      const stored = await repo.expenditureById(tx, row.id);
      if (!stored) throw notFound();
      return expenditureDto(stored);
    });
  }

  // ------------------------------------------------------------ report

  async function report(actor: Actor, query: FundsReportQuery): Promise<FundsReportDto> {
    if (query.from && query.to && query.from > query.to) throw AppError.validation('to', 'date_order');
    const { from, to } = reportPeriod(query, todayInShanghai());
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, query.organisationId);
      const allSources = await repo.sources(tx, org.id);
      const periodLines = await repo.lines(tx, org.id, {
        fromYear: Number(from.slice(0, 4)),
        toYear: Number(to.slice(0, 4)),
      });
      const spending = await repo.spentInPeriod(tx, org.id, from, to);
      const spentByLine = new Map<string, number>();
      for (const s of spending) spentByLine.set(s.lineId, (spentByLine.get(s.lineId) ?? 0) + s.spent);
      const budgetedBySource = new Map<string, number>();
      for (const l of periodLines)
        budgetedBySource.set(l.fundSourceId, (budgetedBySource.get(l.fundSourceId) ?? 0) + fen(l.amount));
      const spentBySource = new Map<string, number>();
      for (const s of spending) spentBySource.set(s.sourceId, (spentBySource.get(s.sourceId) ?? 0) + s.spent);

      const bySource = allSources
        .map((s) => {
          const received = s.receivedOn >= from && s.receivedOn <= to ? fen(s.amount) : 0;
          const budgeted = budgetedBySource.get(s.id) ?? 0;
          const spent = spentBySource.get(s.id) ?? 0;
          return { s, received, budgeted, spent };
        })
        .filter((x) => x.received !== 0 || x.budgeted !== 0 || x.spent !== 0)
        .map(({ s, received, budgeted, spent }) => ({
          id: s.id,
          name: s.name,
          kind: s.kind,
          grantor: s.grantor,
          received: fromFen(received),
          budgeted: fromFen(budgeted),
          spent: fromFen(spent),
          remaining: fromFen(budgeted - spent),
          executionRate: executionRate(spent, budgeted),
        }));

      const purposeTotals = new Map<FundPurpose, { budgeted: number; spent: number }>();
      for (const l of periodLines) {
        const t = purposeTotals.get(l.purpose) ?? { budgeted: 0, spent: 0 };
        t.budgeted += fen(l.amount);
        purposeTotals.set(l.purpose, t);
      }
      for (const s of spending) {
        const t = purposeTotals.get(s.purpose) ?? { budgeted: 0, spent: 0 };
        t.spent += s.spent;
        purposeTotals.set(s.purpose, t);
      }
      const byPurpose = [...purposeTotals.entries()].map(([purpose, t]) => ({
        purpose,
        budgeted: fromFen(t.budgeted),
        spent: fromFen(t.spent),
        executionRate: executionRate(t.spent, t.budgeted),
      }));

      const byLine = periodLines.map((l) => {
        const spent = spentByLine.get(l.id) ?? 0;
        return {
          id: l.id,
          name: l.name,
          fundSourceName: l.fundSourceName,
          purpose: l.purpose,
          amount: l.amount,
          spent: fromFen(spent),
          remaining: fromFen(fen(l.amount) - spent),
          executionRate: executionRate(spent, fen(l.amount)),
        };
      });

      const specialUse = allSources
        .filter((s) => s.kind === 'special' && bySource.some((b) => b.id === s.id))
        .map((s) => {
          const perPurpose = new Map<FundPurpose, number>();
          for (const x of spending.filter((x) => x.sourceId === s.id)) {
            perPurpose.set(x.purpose, (perPurpose.get(x.purpose) ?? 0) + x.spent);
          }
          const spentByPurpose = [...perPurpose.entries()].map(([purpose, spent]) => ({
            purpose,
            spent: fromFen(spent),
            allowed: s.purposes.includes(purpose),
          }));
          const outside = [...perPurpose.entries()]
            .filter(([p]) => !s.purposes.includes(p))
            .reduce((a, [, v]) => a + v, 0);
          return { id: s.id, name: s.name, purposes: s.purposes, spentByPurpose, spentOutside: fromFen(outside) };
        });

      const received = bySource.reduce((a, b) => a + fen(b.received), 0);
      const budgeted = bySource.reduce((a, b) => a + fen(b.budgeted), 0);
      const spent = bySource.reduce((a, b) => a + fen(b.spent), 0);
      return {
        organisationId: org.id,
        organisationName: org.name,
        from,
        to,
        totals: {
          received: fromFen(received),
          budgeted: fromFen(budgeted),
          spent: fromFen(spent),
          remaining: fromFen(budgeted - spent),
          executionRate: executionRate(spent, budgeted),
        },
        bySource,
        byPurpose,
        byLine,
        specialUse,
      };
    });
  }

  return {
    listSources,
    createSource,
    updateSource,
    listLines,
    createLine,
    updateLine,
    listExpenditures,
    createExpenditure,
    report,
  };
}

export type FundsService = ReturnType<typeof fundsService>;
