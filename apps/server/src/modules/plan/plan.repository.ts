/** The workspace's plan–do–check–act tables: the only SQL of the plan module. */
import { aliasedTable, and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import {
  appUser,
  competenceEvaluation,
  environmentFactor,
  improvementAction,
  planGoal,
  planKpi,
  planReview,
  planTask,
  planTaskEvidence,
  roleAssignment,
  teamPost,
  workPlan,
} from '../../db/schema/index.js';
import { queryRows } from '../../kernel/raw-sql.js';

export type PlanRow = typeof workPlan.$inferSelect;
export type GoalRow = typeof planGoal.$inferSelect;
export type KpiRow = typeof planKpi.$inferSelect;
export type ReviewRow = typeof planReview.$inferSelect;
export type FactorRow = typeof environmentFactor.$inferSelect;

// ---------------------------------------------------------------- environment

export async function findFactors(tx: Tx, where: SQL | undefined): Promise<FactorRow[]> {
  return tx
    .select()
    .from(environmentFactor)
    .where(where)
    .orderBy(asc(environmentFactor.kind), asc(environmentFactor.category), desc(environmentFactor.observedOn));
}

export async function findFactor(tx: Tx, id: string): Promise<FactorRow | undefined> {
  return (await tx.select().from(environmentFactor).where(eq(environmentFactor.id, id)).limit(1))[0];
}

// ---------------------------------------------------------------- plans and goals

export async function findPlans(tx: Tx, where: SQL | undefined): Promise<PlanRow[]> {
  return tx
    .select()
    .from(workPlan)
    .where(where)
    .orderBy(
      sql`CASE ${workPlan.kind} WHEN 'development' THEN 0 WHEN 'co_governance' THEN 1 ELSE 2 END`,
      desc(workPlan.periodStart),
      asc(workPlan.title),
    );
}

export async function findPlan(tx: Tx, id: string): Promise<PlanRow | undefined> {
  return (await tx.select().from(workPlan).where(eq(workPlan.id, id)).limit(1))[0];
}

export async function planTitles(tx: Tx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx
    .select({ id: workPlan.id, title: workPlan.title, kind: workPlan.kind, organisationId: workPlan.organisationId })
    .from(workPlan)
    .where(inArray(workPlan.id, [...ids]));
}

export interface ProgressRow {
  planId: string;
  tasksTotal: number;
  tasksDone: number;
  tasksOverdue: number;
  kpisTotal: number;
  kpisMet: number;
}

/** Tasks done/total/overdue (cancelled ones do not count) and KPIs met/total per plan. */
export async function progressOf(tx: Tx, planIds: readonly string[], today: string): Promise<Map<string, ProgressRow>> {
  const out = new Map<string, ProgressRow>();
  if (planIds.length === 0) return out;
  const ids = sql.join(
    planIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`SELECT p.id AS plan_id,
          (SELECT count(*) FROM plan_task t WHERE t.plan_id = p.id AND t.status <> 'cancelled') AS tasks_total,
          (SELECT count(*) FROM plan_task t WHERE t.plan_id = p.id AND t.status = 'done') AS tasks_done,
          (SELECT count(*) FROM plan_task t WHERE t.plan_id = p.id AND t.status IN ('todo', 'in_progress')
             AND t.due_date < ${today}::date) AS tasks_overdue,
          (SELECT count(*) FROM plan_kpi k WHERE k.plan_id = p.id) AS kpis_total,
          (SELECT count(*) FROM plan_kpi k WHERE k.plan_id = p.id AND k.actual IS NOT NULL
             AND ((k.direction = 'at_most' AND k.actual <= k.target) OR (k.direction <> 'at_most' AND k.actual >= k.target))) AS kpis_met
        FROM work_plan p WHERE p.id IN (${ids})`,
  );
  for (const r of rows) {
    out.set(String(r.plan_id), {
      planId: String(r.plan_id),
      tasksTotal: Number(r.tasks_total),
      tasksDone: Number(r.tasks_done),
      tasksOverdue: Number(r.tasks_overdue),
      kpisTotal: Number(r.kpis_total),
      kpisMet: Number(r.kpis_met),
    });
  }
  return out;
}

export async function childPlans(tx: Tx, planId: string) {
  return tx
    .select({ id: workPlan.id, title: workPlan.title, kind: workPlan.kind })
    .from(workPlan)
    .where(eq(workPlan.parentPlanId, planId))
    .orderBy(asc(workPlan.periodStart));
}

export async function findGoals(tx: Tx, where: SQL | undefined): Promise<GoalRow[]> {
  return tx.select().from(planGoal).where(where).orderBy(asc(planGoal.position), asc(planGoal.createdAt));
}

export async function findGoal(tx: Tx, id: string): Promise<GoalRow | undefined> {
  return (await tx.select().from(planGoal).where(eq(planGoal.id, id)).limit(1))[0];
}

/** Goals with their plan (for links and the R-GOAL-1 chain). */
export async function goalRefs(tx: Tx, where: SQL | undefined) {
  return tx
    .select({
      id: planGoal.id,
      title: planGoal.title,
      planId: workPlan.id,
      planTitle: workPlan.title,
      planKind: workPlan.kind,
      organisationId: planGoal.organisationId,
    })
    .from(planGoal)
    .innerJoin(workPlan, eq(workPlan.id, planGoal.planId))
    .where(where)
    .orderBy(asc(workPlan.periodStart), asc(planGoal.position), asc(planGoal.createdAt));
}

export async function nextGoalPosition(tx: Tx, planId: string): Promise<number> {
  const rows = await tx
    .select({ max: sql<number | null>`max(${planGoal.position})` })
    .from(planGoal)
    .where(eq(planGoal.planId, planId));
  return Number(rows[0]?.max ?? -1) + 1;
}

// ---------------------------------------------------------------- KPIs

export async function findKpis(tx: Tx, where: SQL | undefined): Promise<KpiRow[]> {
  return tx.select().from(planKpi).where(where).orderBy(asc(planKpi.createdAt), asc(planKpi.id));
}

export async function findKpi(tx: Tx, id: string): Promise<KpiRow | undefined> {
  return (await tx.select().from(planKpi).where(eq(planKpi.id, id)).limit(1))[0];
}

// ---------------------------------------------------------------- tasks

const ownerUser = aliasedTable(appUser, 'owner_user');
const holder = aliasedTable(appUser, 'post_holder');

export async function findTasks(tx: Tx, where: SQL | undefined, limit: number, offset: number) {
  const rows = await tx
    .select({
      x: planTask,
      planTitle: workPlan.title,
      ownerUserName: ownerUser.displayName,
      ownerUserEmail: ownerUser.email,
      ownerPostName: teamPost.name,
      holderId: holder.id,
      holderName: holder.displayName,
      holderEmail: holder.email,
    })
    .from(planTask)
    .innerJoin(workPlan, eq(workPlan.id, planTask.planId))
    .leftJoin(ownerUser, eq(ownerUser.id, planTask.ownerUserId))
    .leftJoin(teamPost, eq(teamPost.id, planTask.ownerPostId))
    .leftJoin(holder, eq(holder.id, teamPost.holderUserId))
    .where(where)
    .orderBy(asc(planTask.dueDate), asc(planTask.createdAt), asc(planTask.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({
    ...r.x,
    planTitle: r.planTitle,
    ownerUserName: r.ownerUserName,
    ownerUserEmail: r.ownerUserEmail,
    ownerPostName: r.ownerPostName,
    holderId: r.holderId,
    holderName: r.holderName,
    holderEmail: r.holderEmail,
  }));
}
export type TaskRow = Awaited<ReturnType<typeof findTasks>>[number];

export async function findTask(tx: Tx, id: string): Promise<TaskRow | undefined> {
  return (await findTasks(tx, eq(planTask.id, id), 1, 0))[0];
}

/** Tasks I own or whose post I hold. */
export function mine(userId: string): SQL {
  return sql`(${planTask.ownerUserId} = ${userId}::uuid OR ${planTask.ownerPostId} IN (SELECT id FROM team_post WHERE holder_user_id = ${userId}::uuid))`;
}

export async function evidenceOf(tx: Tx, taskIds: readonly string[]) {
  if (taskIds.length === 0) return [];
  return tx
    .select({
      id: planTaskEvidence.id,
      taskId: planTaskEvidence.taskId,
      kind: planTaskEvidence.kind,
      label: planTaskEvidence.label,
      url: planTaskEvidence.url,
      fileName: planTaskEvidence.fileName,
      mimeType: planTaskEvidence.mimeType,
      size: planTaskEvidence.size,
      createdAt: planTaskEvidence.createdAt,
    })
    .from(planTaskEvidence)
    .where(inArray(planTaskEvidence.taskId, [...taskIds]))
    .orderBy(asc(planTaskEvidence.createdAt));
}

export async function evidenceFile(tx: Tx, taskId: string, evidenceId: string) {
  const rows = await tx
    .select()
    .from(planTaskEvidence)
    .where(and(eq(planTaskEvidence.taskId, taskId), eq(planTaskEvidence.id, evidenceId)))
    .limit(1);
  return rows[0];
}

// ---------------------------------------------------------------- reviews

export async function findReviews(tx: Tx, where: SQL | undefined): Promise<ReviewRow[]> {
  return tx.select().from(planReview).where(where).orderBy(desc(planReview.heldOn), desc(planReview.createdAt));
}

export async function findReview(tx: Tx, id: string): Promise<ReviewRow | undefined> {
  return (await tx.select().from(planReview).where(eq(planReview.id, id)).limit(1))[0];
}

/** The improvement actions plan reviews opened (evaluation's table). */
export async function actionsOfReviews(tx: Tx, reviewIds: readonly string[]) {
  if (reviewIds.length === 0) return [];
  return tx
    .select({
      id: improvementAction.id,
      reviewId: improvementAction.planReviewId,
      kpiId: improvementAction.planKpiId,
      title: improvementAction.title,
      status: improvementAction.status,
    })
    .from(improvementAction)
    .where(inArray(improvementAction.planReviewId, [...reviewIds]))
    .orderBy(asc(improvementAction.createdAt));
}

// ---------------------------------------------------------------- people, posts, experts

/** Active posts of the organisation's work team with their holder. */
export async function postsOf(tx: Tx, organisationId: string) {
  return tx
    .select({
      id: teamPost.id,
      name: teamPost.name,
      holderUserId: teamPost.holderUserId,
      holderName: holder.displayName,
    })
    .from(teamPost)
    .leftJoin(holder, eq(holder.id, teamPost.holderUserId))
    .where(and(eq(teamPost.organisationId, organisationId), eq(teamPost.active, true)))
    .orderBy(asc(teamPost.name));
}

export async function findPost(tx: Tx, id: string) {
  return (await tx.select().from(teamPost).where(eq(teamPost.id, id)).limit(1))[0];
}

/** Active accounts with the expert role (read as the system). */
export async function experts(tx: Tx) {
  return tx
    .selectDistinct({ id: appUser.id, name: appUser.displayName })
    .from(roleAssignment)
    .innerJoin(appUser, eq(appUser.id, roleAssignment.userId))
    .where(and(eq(roleAssignment.role, 'expert'), eq(appUser.status, 'active')))
    .orderBy(asc(appUser.displayName));
}

// ---------------------------------------------------------------- competence

export async function findCompetence(tx: Tx, organisationId: string) {
  return tx
    .select()
    .from(competenceEvaluation)
    .where(eq(competenceEvaluation.organisationId, organisationId))
    .orderBy(desc(competenceEvaluation.heldOn), desc(competenceEvaluation.createdAt));
}

// ---------------------------------------------------------------- reminders

/** Open tasks due by `until` whose reminder of today has not gone out (as the system). */
export async function tasksToRemind(tx: Tx, today: string, until: string) {
  return findTasks(
    tx,
    sql`${planTask.status} IN ('todo', 'in_progress') AND ${planTask.dueDate} <= ${until}::date
        AND ((${planTask.dueDate} < ${today}::date AND (${planTask.overdueRemindedOn} IS NULL OR ${planTask.overdueRemindedOn} < ${today}::date))
          OR (${planTask.dueDate} >= ${today}::date AND (${planTask.dueSoonRemindedOn} IS NULL OR ${planTask.dueSoonRemindedOn} < ${today}::date)))`,
    1000,
    0,
  );
}
