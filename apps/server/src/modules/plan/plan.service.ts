/**
 * The association's plan–do–check–act (issue #7; R-ENV-1/2, R-PDCA-1…4, R-GOAL-1): environment
 * registers, plans with goals, KPIs (by hand or computed from the platform's facts), tasks with
 * owners, recurrence, evidence and reminders, reviews whose missed KPIs open the evaluation module's
 * improvement actions, and competence evaluations.
 */
import { randomUUID } from 'node:crypto';
import {
  addDays,
  type CompetenceCreate,
  type CompetenceDto,
  type EnvironmentFactorBody,
  type EnvironmentFactorDto,
  type EnvironmentFactorUpdate,
  type EnvironmentListQuery,
  type GoalBody,
  type GoalDto,
  type GoalRefDto,
  type GoalUpdate,
  isPlanMetricKey,
  type KpiActualBody,
  type KpiBody,
  type KpiDto,
  type KpiUpdate,
  PLAN_METRICS,
  type PlanCreate,
  type PlanDetailDto,
  type PlanListQuery,
  type PlanOptionsDto,
  type PlanProgressDto,
  type PlanStatusBody,
  type PlanSummaryDto,
  type PlanUpdate,
  type ReviewCreate,
  type ReviewDto,
  type ReviewUpdate,
  ROLES,
  TASK_DUE_SOON_DAYS,
  TASK_EVIDENCE_BYTES_MAX,
  type TaskBody,
  type TaskDto,
  type TaskEvidenceDto,
  type TaskLinkBody,
  type TaskListQuery,
  type TaskStatusBody,
  type TaskUpdate,
} from '@gongzhi/contracts';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { asSystem, SYSTEM_SCOPE, type Tx } from '../../db/client.js';
import {
  competenceEvaluation,
  environmentFactor,
  improvementAction,
  planGoal,
  planKpi,
  planReview,
  planTask,
  planTaskEvidence,
  workPlan,
} from '../../db/schema/index.js';
import type { ReviewKpiResult } from '../../db/schema/workspace.js';
import { type Actor, scopeOf } from '../../kernel/actor.js';
import { AppError, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { checkFile } from '../../kernel/files.js';
import { offsetOf, pageOf, pageResult } from '../../kernel/pagination.js';
import { computeFact } from '../evaluation/evaluation.facts.js';
import { registerAllFacts } from '../evaluation/facts/index.js';
import type { Mail, Mailer } from '../notification/mailer.js';
import { usersWithRoles } from '../notification/notification.repository.js';
import { notify, notifyRoles, type Recipient } from '../notification/notification.service.js';
import {
  ensureManaged,
  managedWorkspace,
  mayManageWorkspace,
  readableWorkspace,
  type WorkspaceOrg,
} from '../workspace/workspace.policy.js';
import * as repo from './plan.repository.js';
import {
  categoriesOf,
  kpiMet,
  mayBeParentGoalPlan,
  nextDueDate,
  parentKindsOf,
  planStepsFrom,
  reminderFor,
  taskStepsFrom,
} from './plan.workflow.js';

/** The daily job reminding owners of tasks due soon or overdue. */
export const WORKSPACE_TASKS_DUE = 'workspace-tasks-due';
export const TASK_EVIDENCE_MAX = TASK_EVIDENCE_BYTES_MAX;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

type Org = WorkspaceOrg;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A KPI value as people read it: shares as percentages. */
export function formatKpiValue(unit: string, value: number | null): string {
  if (value === null) return '-';
  if (unit === 'percent') return `${Math.round(value * 1000) / 10}%`;
  return `${Math.round(value * 100) / 100}${unit && unit !== 'count' && unit !== 'score' ? ` ${unit}` : ''}`;
}

function checkPeriod(start: string, end: string, field = 'periodEnd'): void {
  if (end < start) throw AppError.validation(field, 'date_order');
}

export function planService(ctx: AppContext, mailer: Mailer) {
  const { database, config } = ctx;
  registerAllFacts();
  const mailOptions = { publicUrl: config.publicUrl };

  // ------------------------------------------------------------ access

  async function peopleOf(tx: Tx, organisationId: string) {
    const users = await asSystem(tx, () => usersWithRoles(tx, organisationId, ROLES));
    return users
      .map((u) => ({ id: u.id, name: u.displayName, email: u.email }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }

  // ------------------------------------------------------------ environment

  async function presentFactors(tx: Tx, rows: repo.FactorRow[]): Promise<EnvironmentFactorDto[]> {
    const today = todayInShanghai();
    const planIds = [...new Set(rows.flatMap((r) => r.linkedPlanIds))];
    const goalIds = [...new Set(rows.flatMap((r) => r.linkedGoalIds))];
    const plans = new Map((await repo.planTitles(tx, planIds)).map((p) => [p.id, p]));
    const goals = new Map(
      (goalIds.length ? await repo.goalRefs(tx, inArray(planGoal.id, goalIds)) : []).map((g) => [g.id, g]),
    );
    return rows.map((r) => ({
      id: r.id,
      organisationId: r.organisationId,
      kind: r.kind,
      category: r.category,
      title: r.title,
      description: r.description,
      source: r.source,
      observedOn: r.observedOn,
      impactDirection: r.impactDirection,
      impactLevel: r.impactLevel,
      impactNote: r.impactNote,
      reviewOn: r.reviewOn,
      reviewDue: !r.archived && r.reviewOn !== null && r.reviewOn <= today,
      linkedPlans: r.linkedPlanIds.flatMap((id) => {
        const p = plans.get(id);
        return p ? [{ id: p.id, title: p.title, kind: p.kind }] : [];
      }),
      linkedGoals: r.linkedGoalIds.flatMap((id) => {
        const g = goals.get(id);
        return g ? [{ id: g.id, title: g.title, planId: g.planId, planTitle: g.planTitle, planKind: g.planKind }] : [];
      }),
      archived: r.archived,
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
    }));
  }

  async function listEnvironment(actor: Actor, query: EnvironmentListQuery): Promise<EnvironmentFactorDto[]> {
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, query.organisationId);
      const where: SQL[] = [eq(environmentFactor.organisationId, org.id)];
      if (query.kind) where.push(eq(environmentFactor.kind, query.kind));
      if (query.category) where.push(eq(environmentFactor.category, query.category));
      where.push(eq(environmentFactor.archived, query.archived ?? false));
      return presentFactors(tx, await repo.findFactors(tx, and(...where)));
    });
  }

  async function checkFactor(tx: Tx, organisationId: string, input: EnvironmentFactorBody) {
    if (!categoriesOf(input.kind).includes(input.category)) {
      throw AppError.validation('category', 'one_of', { allowed: categoriesOf(input.kind).join(', ') });
    }
    if (input.reviewOn && input.reviewOn < input.observedOn) throw AppError.validation('reviewOn', 'date_order');
    const planIds = [...new Set(input.linkedPlanIds ?? [])];
    const goalIds = [...new Set(input.linkedGoalIds ?? [])];
    const plans = await repo.planTitles(tx, planIds);
    if (plans.length !== planIds.length || plans.some((p) => p.organisationId !== organisationId)) {
      throw AppError.validation('linkedPlanIds', 'record_not_found');
    }
    const goals = goalIds.length ? await repo.goalRefs(tx, inArray(planGoal.id, goalIds)) : [];
    if (goals.length !== goalIds.length || goals.some((g) => g.organisationId !== organisationId)) {
      throw AppError.validation('linkedGoalIds', 'record_not_found');
    }
    return {
      kind: input.kind,
      category: input.category,
      title: input.title.trim(),
      description: (input.description ?? '').trim(),
      source: (input.source ?? '').trim(),
      observedOn: input.observedOn,
      impactDirection: input.impactDirection,
      impactLevel: input.impactLevel,
      impactNote: (input.impactNote ?? '').trim(),
      reviewOn: input.reviewOn ?? null,
      linkedPlanIds: planIds,
      linkedGoalIds: goalIds,
    };
  }

  async function factorNow(tx: Tx, id: string): Promise<EnvironmentFactorDto> {
    const row = await repo.findFactor(tx, id);
    return (await presentFactors(tx, row ? [row] : []))[0] as EnvironmentFactorDto;
  }

  async function createFactor(actor: Actor, input: EnvironmentFactorBody): Promise<EnvironmentFactorDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      const values = await checkFactor(tx, org.id, input);
      const id = randomUUID();
      await tx.insert(environmentFactor).values({ id, organisationId: org.id, ...values, createdBy: actor.userId });
      await audit(tx, actor, {
        action: 'environment_factor.created',
        targetType: 'environment_factor',
        targetId: id,
        organisationId: org.id,
        after: values,
      });
      return factorNow(tx, id);
    });
  }

  async function changeFactor(
    actor: Actor,
    id: string,
    version: number,
    verb: string,
    change: (tx: Tx, row: repo.FactorRow) => Promise<Partial<typeof environmentFactor.$inferInsert>>,
  ): Promise<EnvironmentFactorDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = ensureManaged(actor, await repo.findFactor(tx, id));
      const set = await change(tx, row);
      const updated = await tx
        .update(environmentFactor)
        .set({ ...set, updatedBy: actor.userId, updatedAt: new Date(), version: sql`${environmentFactor.version} + 1` })
        .where(and(eq(environmentFactor.id, id), eq(environmentFactor.version, version)))
        .returning({ id: environmentFactor.id });
      if (updated.length === 0) throw versionConflict();
      await audit(tx, actor, {
        action: `environment_factor.${verb}`,
        targetType: 'environment_factor',
        targetId: id,
        organisationId: row.organisationId,
        before: Object.fromEntries(Object.keys(set).map((k) => [k, (row as Record<string, unknown>)[k] ?? null])),
        after: set,
      });
      return factorNow(tx, id);
    });
  }

  const updateFactor = (actor: Actor, id: string, input: EnvironmentFactorUpdate) =>
    changeFactor(actor, id, input.version, 'updated', (tx, row) => checkFactor(tx, row.organisationId, input));
  const archiveFactor = (actor: Actor, id: string, version: number) =>
    changeFactor(actor, id, version, 'archived', async () => ({ archived: true }));

  // ------------------------------------------------------------ options

  async function options(actor: Actor, organisationId: string | undefined): Promise<PlanOptionsDto> {
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, organisationId);
      const plans = await repo.findPlans(tx, eq(workPlan.organisationId, org.id));
      const parentGoals = await repo.goalRefs(
        tx,
        and(eq(planGoal.organisationId, org.id), inArray(workPlan.kind, ['development', 'co_governance'])),
      );
      return {
        organisationId: org.id,
        organisationName: org.name,
        canManage: mayManageWorkspace(actor, org.id),
        people: (await peopleOf(tx, org.id)).map(({ id, name }) => ({ id, name })),
        posts: await repo.postsOf(tx, org.id),
        experts: await asSystem(tx, () => repo.experts(tx)),
        plans: plans.map((p) => ({ id: p.id, title: p.title, kind: p.kind })),
        parentGoals: parentGoals.map(({ organisationId: _o, ...g }) => g),
      };
    });
  }

  // ------------------------------------------------------------ plans

  const NO_PROGRESS: PlanProgressDto = { tasksTotal: 0, tasksDone: 0, tasksOverdue: 0, kpisTotal: 0, kpisMet: 0 };

  async function summaries(tx: Tx, rows: repo.PlanRow[]): Promise<PlanSummaryDto[]> {
    const progress = await repo.progressOf(
      tx,
      rows.map((r) => r.id),
      todayInShanghai(),
    );
    const parentIds = [...new Set(rows.flatMap((r) => (r.parentPlanId ? [r.parentPlanId] : [])))];
    const parents = new Map((await repo.planTitles(tx, parentIds)).map((p) => [p.id, p.title]));
    return rows.map((r) => {
      const { planId: _p, ...figures } = progress.get(r.id) ?? { planId: r.id, ...NO_PROGRESS };
      return {
        id: r.id,
        organisationId: r.organisationId,
        kind: r.kind,
        title: r.title,
        summary: r.summary,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        parentPlanId: r.parentPlanId,
        parentPlanTitle: r.parentPlanId ? (parents.get(r.parentPlanId) ?? null) : null,
        status: r.status,
        progress: figures,
        version: r.version,
        updatedAt: r.updatedAt.toISOString(),
      };
    });
  }

  async function listPlans(actor: Actor, query: PlanListQuery): Promise<PlanSummaryDto[]> {
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, query.organisationId);
      const where: SQL[] = [eq(workPlan.organisationId, org.id)];
      if (query.kind) where.push(eq(workPlan.kind, query.kind));
      if (query.status) where.push(eq(workPlan.status, query.status));
      return summaries(tx, await repo.findPlans(tx, and(...where)));
    });
  }

  function kpiDto(r: repo.KpiRow): KpiDto {
    return {
      id: r.id,
      planId: r.planId,
      goalId: r.goalId,
      name: r.name,
      source: r.source,
      metricKey: r.metricKey,
      unit: r.unit,
      direction: r.direction,
      target: Number(r.target),
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      actual: r.actual === null ? null : Number(r.actual),
      actualNote: r.actualNote,
      actualAt: iso(r.actualAt),
      met: kpiMet(r.direction, Number(r.target), r.actual === null ? null : Number(r.actual)),
      version: r.version,
    };
  }

  async function goalDtos(tx: Tx, goals: repo.GoalRow[], kpis: repo.KpiRow[]): Promise<GoalDto[]> {
    const parentIds = [...new Set(goals.flatMap((g) => (g.parentGoalId ? [g.parentGoalId] : [])))];
    const parents = new Map(
      (parentIds.length ? await repo.goalRefs(tx, inArray(planGoal.id, parentIds)) : []).map((g) => [g.id, g]),
    );
    return goals.map((g) => {
      const p = g.parentGoalId ? parents.get(g.parentGoalId) : undefined;
      const parentGoal: GoalRefDto | null = p
        ? { id: p.id, title: p.title, planId: p.planId, planTitle: p.planTitle, planKind: p.planKind }
        : null;
      return {
        id: g.id,
        planId: g.planId,
        title: g.title,
        description: g.description,
        basis: g.basis,
        parentGoalId: g.parentGoalId,
        parentGoal,
        position: g.position,
        kpis: kpis.filter((k) => k.goalId === g.id).map(kpiDto),
        version: g.version,
      };
    });
  }

  async function taskDtos(tx: Tx, rows: repo.TaskRow[]): Promise<TaskDto[]> {
    const today = todayInShanghai();
    const evidence = await repo.evidenceOf(
      tx,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      organisationId: r.organisationId,
      planId: r.planId,
      planTitle: r.planTitle,
      goalId: r.goalId,
      title: r.title,
      description: r.description,
      ownerUserId: r.ownerUserId,
      ownerUserName: r.ownerUserName,
      ownerPostId: r.ownerPostId,
      ownerPostName: r.ownerPostName,
      ownerPostHolderName: r.ownerPostId ? r.holderName : null,
      dueDate: r.dueDate,
      status: r.status,
      recurrence: r.recurrence,
      previousTaskId: r.previousTaskId,
      completedAt: iso(r.completedAt),
      completionNote: r.completionNote,
      overdue: (r.status === 'todo' || r.status === 'in_progress') && r.dueDate < today,
      evidence: evidence
        .filter((e) => e.taskId === r.id)
        .map(
          (e): TaskEvidenceDto => ({
            id: e.id,
            kind: e.kind,
            label: e.label,
            url: e.url,
            fileName: e.fileName,
            mimeType: e.mimeType,
            size: e.size,
            createdAt: e.createdAt.toISOString(),
          }),
        ),
      version: r.version,
    }));
  }

  async function reviewDtos(tx: Tx, rows: repo.ReviewRow[]): Promise<ReviewDto[]> {
    const actions = await repo.actionsOfReviews(
      tx,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      planId: r.planId,
      title: r.title,
      heldOn: r.heldOn,
      summary: r.summary,
      status: r.status,
      results: r.results,
      actions: actions
        .filter((a) => a.reviewId === r.id)
        .map((a) => ({ id: a.id, kpiId: a.kpiId, title: a.title, status: a.status })),
      closedAt: iso(r.closedAt),
      version: r.version,
    }));
  }

  async function detail(tx: Tx, id: string): Promise<PlanDetailDto> {
    const row = await repo.findPlan(tx, id);
    if (!row) throw notFound();
    const [summary] = await summaries(tx, [row]);
    const goals = await repo.findGoals(tx, eq(planGoal.planId, id));
    const kpis = await repo.findKpis(tx, eq(planKpi.planId, id));
    const tasks = await repo.findTasks(tx, eq(planTask.planId, id), 1000, 0);
    const reviews = await repo.findReviews(tx, eq(planReview.planId, id));
    return {
      ...(summary as PlanSummaryDto),
      goals: await goalDtos(tx, goals, kpis),
      tasks: await taskDtos(tx, tasks),
      reviews: await reviewDtos(tx, reviews),
      children: await repo.childPlans(tx, id),
    };
  }

  async function getPlan(actor: Actor, id: string): Promise<PlanDetailDto> {
    return database.read(scopeOf(actor), async (tx) => {
      const row = await repo.findPlan(tx, id);
      if (!row) throw notFound();
      await readableWorkspace(tx, actor, row.organisationId);
      return detail(tx, id);
    });
  }

  async function checkParent(tx: Tx, organisationId: string, kind: PlanCreate['kind'], parentPlanId: string | null) {
    if (!parentPlanId) return;
    const parent = await repo.findPlan(tx, parentPlanId);
    if (!parent || parent.organisationId !== organisationId) {
      throw AppError.validation('parentPlanId', 'record_not_found');
    }
    const allowed = parentKindsOf(kind);
    if (!allowed.includes(parent.kind)) {
      throw AppError.validation('parentPlanId', 'one_of', { allowed: allowed.join(', ') || '-' });
    }
  }

  async function createPlan(actor: Actor, input: PlanCreate): Promise<PlanDetailDto> {
    checkPeriod(input.periodStart, input.periodEnd);
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      await checkParent(tx, org.id, input.kind, input.parentPlanId ?? null);
      const id = randomUUID();
      const values = {
        kind: input.kind,
        title: input.title.trim(),
        summary: (input.summary ?? '').trim(),
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        parentPlanId: input.parentPlanId ?? null,
      };
      await tx.insert(workPlan).values({ id, organisationId: org.id, ...values, createdBy: actor.userId });
      await audit(tx, actor, {
        action: 'work_plan.created',
        targetType: 'work_plan',
        targetId: id,
        organisationId: org.id,
        after: values,
      });
      return detail(tx, id);
    });
  }

  async function changePlan(
    actor: Actor,
    id: string,
    version: number,
    verb: string,
    change: (tx: Tx, row: repo.PlanRow) => Promise<Partial<typeof workPlan.$inferInsert>>,
  ): Promise<PlanDetailDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = ensureManaged(actor, await repo.findPlan(tx, id));
      const set = await change(tx, row);
      const updated = await tx
        .update(workPlan)
        .set({ ...set, updatedBy: actor.userId, updatedAt: new Date(), version: sql`${workPlan.version} + 1` })
        .where(and(eq(workPlan.id, id), eq(workPlan.version, version)))
        .returning({ id: workPlan.id });
      if (updated.length === 0) throw versionConflict();
      await audit(tx, actor, {
        action: `work_plan.${verb}`,
        targetType: 'work_plan',
        targetId: id,
        organisationId: row.organisationId,
        before: Object.fromEntries(Object.keys(set).map((k) => [k, (row as Record<string, unknown>)[k] ?? null])),
        after: set,
      });
      return detail(tx, id);
    });
  }

  const updatePlan = (actor: Actor, id: string, input: PlanUpdate) =>
    changePlan(actor, id, input.version, 'updated', async (tx, row) => {
      checkPeriod(input.periodStart, input.periodEnd);
      const parentPlanId = input.parentPlanId ?? null;
      if (parentPlanId === row.id) throw AppError.validation('parentPlanId', 'one_of', { allowed: '-' });
      await checkParent(tx, row.organisationId, row.kind, parentPlanId);
      return {
        title: input.title.trim(),
        summary: (input.summary ?? '').trim(),
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        parentPlanId,
      };
    });

  const planStatus = (actor: Actor, id: string, input: PlanStatusBody) =>
    changePlan(actor, id, input.version, 'status_changed', async (_tx, row) => {
      const allowed = planStepsFrom(row.status);
      if (!allowed.includes(input.status)) {
        throw new AppError('transition_not_allowed', [], { status: row.status, allowed: allowed.join(', ') || '-' });
      }
      return { status: input.status };
    });

  // ------------------------------------------------------------ goals

  async function checkParentGoal(tx: Tx, plan: repo.PlanRow, parentGoalId: string | null, selfId?: string) {
    if (!parentGoalId) return;
    const [parent] = await repo.goalRefs(tx, eq(planGoal.id, parentGoalId));
    if (!parent || parent.organisationId !== plan.organisationId || parentGoalId === selfId) {
      throw AppError.validation('parentGoalId', 'record_not_found');
    }
    if (!mayBeParentGoalPlan(parent.planKind) || parent.planId === plan.id) {
      throw AppError.validation('parentGoalId', 'plan_not_development');
    }
  }

  async function goalNow(tx: Tx, id: string): Promise<GoalDto> {
    const goal = await repo.findGoal(tx, id);
    if (!goal) throw notFound();
    const kpis = await repo.findKpis(tx, eq(planKpi.goalId, id));
    return (await goalDtos(tx, [goal], kpis))[0] as GoalDto;
  }

  async function createGoal(actor: Actor, planId: string, input: GoalBody): Promise<GoalDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const plan = ensureManaged(actor, await repo.findPlan(tx, planId));
      await checkParentGoal(tx, plan, input.parentGoalId ?? null);
      const id = randomUUID();
      const values = {
        title: input.title.trim(),
        description: (input.description ?? '').trim(),
        basis: (input.basis ?? '').trim(),
        parentGoalId: input.parentGoalId ?? null,
      };
      await tx.insert(planGoal).values({
        id,
        organisationId: plan.organisationId,
        planId,
        position: await repo.nextGoalPosition(tx, planId),
        ...values,
        createdBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'plan_goal.created',
        targetType: 'plan_goal',
        targetId: id,
        organisationId: plan.organisationId,
        after: { planId, ...values },
      });
      return goalNow(tx, id);
    });
  }

  async function updateGoal(actor: Actor, id: string, input: GoalUpdate): Promise<GoalDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const goal = ensureManaged(actor, await repo.findGoal(tx, id));
      const plan = (await repo.findPlan(tx, goal.planId)) as repo.PlanRow;
      await checkParentGoal(tx, plan, input.parentGoalId ?? null, id);
      const set = {
        title: input.title.trim(),
        description: (input.description ?? '').trim(),
        basis: (input.basis ?? '').trim(),
        parentGoalId: input.parentGoalId ?? null,
      };
      const updated = await tx
        .update(planGoal)
        .set({ ...set, updatedBy: actor.userId, updatedAt: new Date(), version: sql`${planGoal.version} + 1` })
        .where(and(eq(planGoal.id, id), eq(planGoal.version, input.version)))
        .returning({ id: planGoal.id });
      if (updated.length === 0) throw versionConflict();
      await audit(tx, actor, {
        action: 'plan_goal.updated',
        targetType: 'plan_goal',
        targetId: id,
        organisationId: goal.organisationId,
        before: {
          title: goal.title,
          description: goal.description,
          basis: goal.basis,
          parentGoalId: goal.parentGoalId,
        },
        after: set,
      });
      return goalNow(tx, id);
    });
  }

  // ------------------------------------------------------------ KPIs

  /** The metric's value for the organisation and period, computed as the system (null: nothing to divide). */
  async function metricValue(tx: Tx, organisationId: string, metricKey: string, start: string, end: string) {
    if (!isPlanMetricKey(metricKey)) return null;
    const definition = PLAN_METRICS[metricKey];
    const result = await asSystem(tx, () =>
      computeFact(tx, definition.fact, {
        organisationId,
        periodStart: start,
        periodEnd: end,
        assessmentId: NIL_UUID,
        frameworkCode: '',
      }),
    );
    const value = result?.values.find((v) => v.metric === metricKey)?.value;
    return typeof value === 'number' ? value : null;
  }

  function kpiValues(input: KpiBody) {
    if (input.periodEnd < input.periodStart) throw AppError.validation('periodEnd', 'date_order');
    let unit = (input.unit ?? '').trim();
    let metricKey: string | null = null;
    if (input.source === 'metric') {
      const key = (input.metricKey ?? '').trim();
      if (!key) throw AppError.validation('metricKey', 'required');
      if (!isPlanMetricKey(key)) throw AppError.validation('metricKey', 'unknown_metric', { metric: key });
      metricKey = key;
      unit = PLAN_METRICS[key].unit;
    }
    if (unit === 'percent' && (input.target < 0 || input.target > 1)) {
      throw AppError.validation('target', 'too_large', { limit: 1 });
    }
    return {
      name: input.name.trim(),
      source: input.source,
      metricKey,
      unit,
      direction: input.direction ?? 'at_least',
      target: input.target,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
    };
  }

  /** Computes a metric KPI now and keeps the actual with the time it was computed. */
  async function recompute(tx: Tx, kpi: repo.KpiRow): Promise<number | null> {
    if (kpi.source !== 'metric' || !kpi.metricKey) return kpi.actual === null ? null : Number(kpi.actual);
    const actual = await metricValue(tx, kpi.organisationId, kpi.metricKey, kpi.periodStart, kpi.periodEnd);
    await tx.update(planKpi).set({ actual, actualAt: new Date() }).where(eq(planKpi.id, kpi.id));
    return actual;
  }

  async function kpiNow(tx: Tx, id: string): Promise<KpiDto> {
    return kpiDto((await repo.findKpi(tx, id)) as repo.KpiRow);
  }

  async function createKpi(actor: Actor, goalId: string, input: KpiBody): Promise<KpiDto> {
    const values = kpiValues(input);
    return database.transaction(scopeOf(actor), async (tx) => {
      const goal = ensureManaged(actor, await repo.findGoal(tx, goalId));
      const id = randomUUID();
      await tx.insert(planKpi).values({
        id,
        organisationId: goal.organisationId,
        planId: goal.planId,
        goalId,
        ...values,
        createdBy: actor.userId,
      });
      const kpi = (await repo.findKpi(tx, id)) as repo.KpiRow;
      const actual = values.source === 'metric' ? await recompute(tx, kpi) : null;
      await audit(tx, actor, {
        action: 'plan_kpi.created',
        targetType: 'plan_kpi',
        targetId: id,
        organisationId: goal.organisationId,
        after: { goalId, ...values, actual },
      });
      return kpiNow(tx, id);
    });
  }

  async function changeKpi(
    actor: Actor,
    id: string,
    version: number,
    verb: string,
    change: (row: repo.KpiRow) => Partial<typeof planKpi.$inferInsert>,
  ): Promise<KpiDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = ensureManaged(actor, await repo.findKpi(tx, id));
      const set = change(row);
      const updated = await tx
        .update(planKpi)
        .set({ ...set, updatedBy: actor.userId, updatedAt: new Date(), version: sql`${planKpi.version} + 1` })
        .where(and(eq(planKpi.id, id), eq(planKpi.version, version)))
        .returning({ id: planKpi.id });
      if (updated.length === 0) throw versionConflict();
      const after = (await repo.findKpi(tx, id)) as repo.KpiRow;
      if (verb === 'updated' && after.source === 'metric') await recompute(tx, after);
      await audit(tx, actor, {
        action: `plan_kpi.${verb}`,
        targetType: 'plan_kpi',
        targetId: id,
        organisationId: row.organisationId,
        before: Object.fromEntries(Object.keys(set).map((k) => [k, (row as Record<string, unknown>)[k] ?? null])),
        after: set,
      });
      return kpiNow(tx, id);
    });
  }

  async function updateKpi(actor: Actor, id: string, input: KpiUpdate): Promise<KpiDto> {
    const values = kpiValues(input);
    return changeKpi(actor, id, input.version, 'updated', (row) => ({
      ...values,
      ...(values.source === 'manual' && row.source === 'metric' ? { actual: null, actualAt: null } : {}),
    }));
  }

  async function kpiActual(actor: Actor, id: string, input: KpiActualBody): Promise<KpiDto> {
    return changeKpi(actor, id, input.version, 'actual_recorded', (row) => {
      if (row.source !== 'manual') {
        throw new AppError('transition_not_allowed', [], { status: row.source, allowed: 'compute' });
      }
      if (row.unit === 'percent' && input.actual !== null && (input.actual < 0 || input.actual > 1)) {
        throw AppError.validation('actual', 'too_large', { limit: 1 });
      }
      return { actual: input.actual, actualNote: (input.actualNote ?? '').trim(), actualAt: new Date() };
    });
  }

  async function computeKpi(actor: Actor, id: string): Promise<KpiDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = ensureManaged(actor, await repo.findKpi(tx, id));
      if (row.source !== 'metric') {
        throw new AppError('transition_not_allowed', [], { status: row.source, allowed: 'actual' });
      }
      const actual = await recompute(tx, row);
      await audit(tx, actor, {
        action: 'plan_kpi.computed',
        targetType: 'plan_kpi',
        targetId: id,
        organisationId: row.organisationId,
        before: { actual: row.actual },
        after: { actual },
      });
      return kpiNow(tx, id);
    });
  }

  // ------------------------------------------------------------ tasks

  async function listTasks(actor: Actor, query: TaskListQuery) {
    const page = pageOf(query);
    const today = todayInShanghai();
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, query.organisationId);
      const where: SQL[] = [eq(planTask.organisationId, org.id)];
      if (query.planId) where.push(eq(planTask.planId, query.planId));
      if (query.mine) where.push(repo.mine(actor.userId as string));
      if (query.status) where.push(eq(planTask.status, query.status));
      if (query.overdue)
        where.push(sql`${planTask.status} IN ('todo', 'in_progress') AND ${planTask.dueDate} < ${today}::date`);
      const rows = await repo.findTasks(tx, and(...where), page.pageSize + 1, offsetOf(page));
      const items = await taskDtos(tx, rows.slice(0, page.pageSize));
      const seen = offsetOf(page) + items.length;
      return pageResult(items, page, rows.length > page.pageSize ? { atLeast: seen + 1 } : seen);
    });
  }

  async function checkOwner(tx: Tx, org: Org, ownerUserId: string | null, ownerPostId: string | null) {
    if (!ownerUserId && !ownerPostId) throw AppError.validation('ownerUserId', 'owner_required');
    if (ownerUserId && ownerPostId) throw AppError.validation('ownerPostId', 'one_owner_only');
    if (ownerUserId) {
      const ok = (await peopleOf(tx, org.id)).some((p) => p.id === ownerUserId);
      if (!ok) throw AppError.validation('ownerUserId', 'user_not_in_organisation', { organisationName: org.name });
    }
    if (ownerPostId) {
      const post = await repo.findPost(tx, ownerPostId);
      if (!post || post.organisationId !== org.id || !post.active) {
        throw AppError.validation('ownerPostId', 'post_not_in_organisation');
      }
    }
  }

  /** The person a task's notices go to: its owner, or the holder of its post. */
  function recipientOf(row: repo.TaskRow): Recipient | null {
    if (row.ownerUserId) return { id: row.ownerUserId, email: row.ownerUserEmail };
    if (row.holderId) return { id: row.holderId, email: row.holderEmail };
    return null;
  }

  async function tellAssigned(tx: Tx, actor: Actor | null, row: repo.TaskRow): Promise<Mail[]> {
    const to = recipientOf(row);
    if (!to || to.id === actor?.userId) return [];
    return asSystem(tx, () =>
      notify(
        tx,
        [to],
        {
          kind: 'workspace.task_assigned',
          params: { task: row.title, planTitle: row.planTitle, dueDate: row.dueDate },
          link: '/console/workspace/tasks?mine=true',
        },
        mailOptions,
      ),
    );
  }

  function taskValues(input: TaskBody) {
    return {
      goalId: input.goalId ?? null,
      title: input.title.trim(),
      description: (input.description ?? '').trim(),
      ownerUserId: input.ownerUserId ?? null,
      ownerPostId: input.ownerPostId ?? null,
      dueDate: input.dueDate,
      recurrence: input.recurrence ?? 'none',
    };
  }

  async function checkGoalOfPlan(tx: Tx, planId: string, goalId: string | null) {
    if (!goalId) return;
    const goal = await repo.findGoal(tx, goalId);
    if (!goal || goal.planId !== planId) throw AppError.validation('goalId', 'record_not_found');
  }

  async function taskNow(tx: Tx, id: string): Promise<TaskDto> {
    const row = await repo.findTask(tx, id);
    if (!row) throw notFound();
    return (await taskDtos(tx, [row]))[0] as TaskDto;
  }

  async function createTask(actor: Actor, planId: string, input: TaskBody): Promise<TaskDto> {
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const plan = ensureManaged(actor, await repo.findPlan(tx, planId));
      const org = await readableWorkspace(tx, actor, plan.organisationId);
      const values = taskValues(input);
      await checkGoalOfPlan(tx, planId, values.goalId);
      await checkOwner(tx, org, values.ownerUserId, values.ownerPostId);
      const id = randomUUID();
      await tx.insert(planTask).values({ id, organisationId: org.id, planId, ...values, createdBy: actor.userId });
      await audit(tx, actor, {
        action: 'plan_task.created',
        targetType: 'plan_task',
        targetId: id,
        organisationId: org.id,
        after: { planId, ...values },
      });
      mails = await tellAssigned(tx, actor, (await repo.findTask(tx, id)) as repo.TaskRow);
      return taskNow(tx, id);
    });
    await mailer.send(mails);
    return dto;
  }

  async function updateTask(actor: Actor, id: string, input: TaskUpdate): Promise<TaskDto> {
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const row = ensureManaged(actor, await repo.findTask(tx, id));
      const org = await readableWorkspace(tx, actor, row.organisationId);
      const set = taskValues(input);
      await checkGoalOfPlan(tx, row.planId, set.goalId);
      await checkOwner(tx, org, set.ownerUserId, set.ownerPostId);
      const updated = await tx
        .update(planTask)
        .set({ ...set, updatedBy: actor.userId, updatedAt: new Date(), version: sql`${planTask.version} + 1` })
        .where(and(eq(planTask.id, id), eq(planTask.version, input.version)))
        .returning({ id: planTask.id });
      if (updated.length === 0) throw versionConflict();
      await audit(tx, actor, {
        action: 'plan_task.updated',
        targetType: 'plan_task',
        targetId: id,
        organisationId: row.organisationId,
        before: Object.fromEntries(Object.keys(set).map((k) => [k, (row as Record<string, unknown>)[k] ?? null])),
        after: set,
      });
      const after = (await repo.findTask(tx, id)) as repo.TaskRow;
      const ownerChanged = set.ownerUserId !== row.ownerUserId || set.ownerPostId !== row.ownerPostId;
      if (ownerChanged) mails = await tellAssigned(tx, actor, after);
      return taskNow(tx, id);
    });
    await mailer.send(mails);
    return dto;
  }

  async function taskStatus(actor: Actor, id: string, input: TaskStatusBody): Promise<TaskDto> {
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const row = ensureManaged(actor, await repo.findTask(tx, id));
      const allowed = taskStepsFrom(row.status);
      if (!allowed.includes(input.status)) {
        throw new AppError('transition_not_allowed', [], { status: row.status, allowed: allowed.join(', ') || '-' });
      }
      const done = input.status === 'done';
      const set = {
        status: input.status,
        completionNote: (input.completionNote ?? '').trim(),
        completedAt: done ? new Date() : null,
      };
      const updated = await tx
        .update(planTask)
        .set({ ...set, updatedBy: actor.userId, updatedAt: new Date(), version: sql`${planTask.version} + 1` })
        .where(and(eq(planTask.id, id), eq(planTask.version, input.version)))
        .returning({ id: planTask.id });
      if (updated.length === 0) throw versionConflict();
      await audit(tx, actor, {
        action: 'plan_task.status_changed',
        targetType: 'plan_task',
        targetId: id,
        organisationId: row.organisationId,
        before: { status: row.status },
        after: { status: input.status, completionNote: set.completionNote },
      });
      const nextDue = done ? nextDueDate(row.dueDate, row.recurrence) : null;
      if (nextDue) {
        const nextId = randomUUID();
        const next = {
          goalId: row.goalId,
          title: row.title,
          description: row.description,
          ownerUserId: row.ownerUserId,
          ownerPostId: row.ownerPostId,
          dueDate: nextDue,
          recurrence: row.recurrence,
          previousTaskId: row.id,
        };
        await tx.insert(planTask).values({
          id: nextId,
          organisationId: row.organisationId,
          planId: row.planId,
          ...next,
          createdBy: actor.userId,
        });
        await audit(tx, actor, {
          action: 'plan_task.recurred',
          targetType: 'plan_task',
          targetId: nextId,
          organisationId: row.organisationId,
          after: next,
        });
        mails = await tellAssigned(tx, actor, (await repo.findTask(tx, nextId)) as repo.TaskRow);
      }
      return taskNow(tx, id);
    });
    await mailer.send(mails);
    return dto;
  }

  async function addEvidenceFile(actor: Actor, id: string, fileName: string, content: Buffer) {
    const file = await checkFile(fileName, content);
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = ensureManaged(actor, await repo.findTask(tx, id));
      const evidenceId = randomUUID();
      const name = file.fileName;
      await tx.insert(planTaskEvidence).values({
        id: evidenceId,
        organisationId: row.organisationId,
        taskId: id,
        kind: 'file',
        label: name,
        fileName: name,
        mimeType: file.mimeType,
        size: content.length,
        content,
        createdBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'plan_task.evidence_added',
        targetType: 'plan_task',
        targetId: id,
        organisationId: row.organisationId,
        after: { evidenceId, fileName: name, mimeType: file.mimeType, size: content.length },
      });
      return evidenceNow(tx, id, evidenceId);
    });
  }

  async function evidenceNow(tx: Tx, taskId: string, evidenceId: string): Promise<TaskEvidenceDto> {
    const task = await taskNow(tx, taskId);
    return task.evidence.find((e) => e.id === evidenceId) as TaskEvidenceDto;
  }

  async function addEvidenceLink(actor: Actor, id: string, input: TaskLinkBody) {
    const url = input.url.trim();
    if (!/^https?:\/\/[^\s]+$/i.test(url)) throw AppError.validation('url', 'format');
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = ensureManaged(actor, await repo.findTask(tx, id));
      const evidenceId = randomUUID();
      await tx.insert(planTaskEvidence).values({
        id: evidenceId,
        organisationId: row.organisationId,
        taskId: id,
        kind: 'link',
        label: input.label.trim(),
        url,
        createdBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'plan_task.evidence_added',
        targetType: 'plan_task',
        targetId: id,
        organisationId: row.organisationId,
        after: { evidenceId, url, label: input.label.trim() },
      });
      return evidenceNow(tx, id, evidenceId);
    });
  }

  async function evidenceFile(actor: Actor, id: string, evidenceId: string) {
    return database.read(scopeOf(actor), async (tx) => {
      const file = await repo.evidenceFile(tx, id, evidenceId);
      if (!file?.content) throw notFound();
      await readableWorkspace(tx, actor, file.organisationId);
      return {
        name: file.fileName ?? 'evidence',
        mimeType: file.mimeType ?? 'application/octet-stream',
        content: file.content,
      };
    });
  }

  /**
   * Daily job: every open task due within TASK_DUE_SOON_DAYS days tells its owner (or the post's holder;
   * the association's admins when the post is vacant) once a day, and every overdue one once a day.
   */
  async function remindTasks(today: string = todayInShanghai()): Promise<number> {
    let mails: Mail[] = [];
    const count = await database.transaction(SYSTEM_SCOPE, async (tx) => {
      const rows = await repo.tasksToRemind(tx, today, addDays(today, TASK_DUE_SOON_DAYS));
      let sent = 0;
      for (const row of rows) {
        const which = reminderFor(row, today);
        if (!which) continue;
        const notice = {
          kind: which === 'overdue' ? ('workspace.task_overdue' as const) : ('workspace.task_due_soon' as const),
          params: { task: row.title, planTitle: row.planTitle, dueDate: row.dueDate },
          link: '/console/workspace/tasks?mine=true',
        };
        const to = recipientOf(row);
        mails.push(
          ...(to
            ? await notify(tx, [to], notice, mailOptions)
            : await notifyRoles(tx, row.organisationId, ['association_admin'], notice, mailOptions)),
        );
        await tx
          .update(planTask)
          .set(which === 'overdue' ? { overdueRemindedOn: today } : { dueSoonRemindedOn: today })
          .where(eq(planTask.id, row.id));
        sent += 1;
      }
      return sent;
    });
    await mailer.send(mails);
    mails = [];
    return count;
  }

  // ------------------------------------------------------------ reviews

  async function reviewNow(tx: Tx, id: string): Promise<ReviewDto> {
    const row = await repo.findReview(tx, id);
    if (!row) throw notFound();
    return (await reviewDtos(tx, [row]))[0] as ReviewDto;
  }

  async function createReview(actor: Actor, planId: string, input: ReviewCreate): Promise<ReviewDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const plan = ensureManaged(actor, await repo.findPlan(tx, planId));
      const results: ReviewKpiResult[] = [];
      for (const kpi of await repo.findKpis(tx, eq(planKpi.planId, planId))) {
        const actual = await recompute(tx, kpi);
        const target = Number(kpi.target);
        results.push({
          kpiId: kpi.id,
          name: kpi.name,
          unit: kpi.unit,
          direction: kpi.direction,
          target,
          actual,
          met: kpiMet(kpi.direction, target, actual),
        });
      }
      const id = randomUUID();
      const values = { title: input.title.trim(), heldOn: input.heldOn, summary: (input.summary ?? '').trim() };
      await tx
        .insert(planReview)
        .values({ id, organisationId: plan.organisationId, planId, ...values, results, createdBy: actor.userId });
      await audit(tx, actor, {
        action: 'plan_review.created',
        targetType: 'plan_review',
        targetId: id,
        organisationId: plan.organisationId,
        after: { planId, ...values, results },
      });
      return reviewNow(tx, id);
    });
  }

  async function updateReview(actor: Actor, id: string, input: ReviewUpdate): Promise<ReviewDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = ensureManaged(actor, await repo.findReview(tx, id));
      if (row.status !== 'draft') {
        throw new AppError('transition_not_allowed', [], { status: row.status, allowed: '-' });
      }
      const summary = input.summary.trim();
      const updated = await tx
        .update(planReview)
        .set({ summary, updatedBy: actor.userId, updatedAt: new Date(), version: sql`${planReview.version} + 1` })
        .where(and(eq(planReview.id, id), eq(planReview.version, input.version)))
        .returning({ id: planReview.id });
      if (updated.length === 0) throw versionConflict();
      await audit(tx, actor, {
        action: 'plan_review.updated',
        targetType: 'plan_review',
        targetId: id,
        organisationId: row.organisationId,
        before: { summary: row.summary },
        after: { summary },
      });
      return reviewNow(tx, id);
    });
  }

  /** R-PDCA-4: closing a review opens one improvement action (evaluation's) per missed KPI. */
  async function closeReview(actor: Actor, id: string, version: number): Promise<ReviewDto> {
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const row = ensureManaged(actor, await repo.findReview(tx, id));
      if (row.status !== 'draft') {
        throw new AppError('transition_not_allowed', [], { status: row.status, allowed: '-' });
      }
      const updated = await tx
        .update(planReview)
        .set({
          status: 'closed',
          closedAt: new Date(),
          updatedBy: actor.userId,
          updatedAt: new Date(),
          version: sql`${planReview.version} + 1`,
        })
        .where(and(eq(planReview.id, id), eq(planReview.version, version)))
        .returning({ id: planReview.id });
      if (updated.length === 0) throw versionConflict();
      const opened: string[] = [];
      for (const result of row.results.filter((r) => r.met === false)) {
        const actionId = randomUUID();
        const inserted = await tx
          .insert(improvementAction)
          .values({
            id: actionId,
            organisationId: row.organisationId,
            planReviewId: row.id,
            planKpiId: result.kpiId,
            title: result.name,
            updatedBy: actor.userId,
          })
          .onConflictDoNothing()
          .returning({ id: improvementAction.id });
        if (inserted.length === 0) continue;
        opened.push(actionId);
        await audit(tx, actor, {
          action: 'improvement_action.opened',
          targetType: 'improvement_action',
          targetId: actionId,
          organisationId: row.organisationId,
          after: { planReviewId: row.id, planKpiId: result.kpiId, title: result.name, actual: result.actual },
        });
        mails.push(
          ...(await notifyRoles(
            tx,
            row.organisationId,
            ['association_admin'],
            {
              kind: 'workspace.kpi_missed',
              params: {
                kpi: result.name,
                reviewTitle: row.title,
                actual: formatKpiValue(result.unit, result.actual),
                target: formatKpiValue(result.unit, result.target),
              },
              link: '/console/evaluation/actions',
            },
            mailOptions,
          )),
        );
      }
      await audit(tx, actor, {
        action: 'plan_review.closed',
        targetType: 'plan_review',
        targetId: id,
        organisationId: row.organisationId,
        before: { status: row.status },
        after: { status: 'closed', actionsOpened: opened },
      });
      return reviewNow(tx, id);
    });
    await mailer.send(mails);
    mails = [];
    return dto;
  }

  // ------------------------------------------------------------ competence

  function competenceDto(r: typeof competenceEvaluation.$inferSelect): CompetenceDto {
    return {
      id: r.id,
      organisationId: r.organisationId,
      title: r.title,
      heldOn: r.heldOn,
      evaluator: r.evaluator,
      expertUserId: r.expertUserId,
      expertName: r.expertName,
      rating: r.rating,
      findings: r.findings,
      recommendations: r.recommendations,
      createdAt: r.createdAt.toISOString(),
    };
  }

  async function listCompetence(actor: Actor, organisationId: string | undefined): Promise<CompetenceDto[]> {
    return database.read(scopeOf(actor), async (tx) => {
      const org = await readableWorkspace(tx, actor, organisationId);
      return (await repo.findCompetence(tx, org.id)).map(competenceDto);
    });
  }

  async function createCompetence(actor: Actor, input: CompetenceCreate): Promise<CompetenceDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const org = await managedWorkspace(tx, actor);
      let expertUserId = input.expertUserId ?? null;
      let expertName = (input.expertName ?? '').trim() || null;
      if (input.evaluator === 'external_expert') {
        if (!expertUserId && !expertName) throw AppError.validation('expertUserId', 'required');
        if (expertUserId) {
          const expert = (await asSystem(tx, () => repo.experts(tx))).find((e) => e.id === expertUserId);
          if (!expert) throw AppError.validation('expertUserId', 'record_not_found');
          expertName = expert.name;
        }
      } else {
        expertUserId = null;
        expertName = null;
      }
      const id = randomUUID();
      const values = {
        title: input.title.trim(),
        heldOn: input.heldOn,
        evaluator: input.evaluator,
        expertUserId,
        expertName,
        rating: input.rating,
        findings: (input.findings ?? '').trim(),
        recommendations: (input.recommendations ?? '').trim(),
      };
      await tx.insert(competenceEvaluation).values({ id, organisationId: org.id, ...values, createdBy: actor.userId });
      await audit(tx, actor, {
        action: 'competence_evaluation.created',
        targetType: 'competence_evaluation',
        targetId: id,
        organisationId: org.id,
        after: values,
      });
      const rows = await repo.findCompetence(tx, org.id);
      return competenceDto(rows.find((r) => r.id === id) as typeof competenceEvaluation.$inferSelect);
    });
  }

  return {
    listEnvironment,
    createFactor,
    updateFactor,
    archiveFactor,
    options,
    listPlans,
    getPlan,
    createPlan,
    updatePlan,
    planStatus,
    createGoal,
    updateGoal,
    createKpi,
    updateKpi,
    kpiActual,
    computeKpi,
    listTasks,
    createTask,
    updateTask,
    taskStatus,
    addEvidenceFile,
    addEvidenceLink,
    evidenceFile,
    remindTasks,
    createReview,
    updateReview,
    closeReview,
    listCompetence,
    createCompetence,
  };
}

export type PlanService = ReturnType<typeof planService>;
