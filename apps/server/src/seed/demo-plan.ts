/**
 * Demo plan–do–check–act (issue #7), made through the real service: 佛山市建材行业协会's development
 * plan 2025–2027, its co-governance work plan and this year's annual plan, goals linked along the
 * chain, KPIs (two computed from the platform: complaint on-time rate and members' commitment rate;
 * one entered by hand), tasks with owners and due dates (one overdue, one recurring monthly), and
 * environment factors of several categories linked to the plans. Does nothing when 建材 has plans.
 */
import { addDays } from '@gongzhi/contracts';
import { eq } from 'drizzle-orm';
import type { Config } from '../config.js';
import { type Database, SYSTEM_SCOPE } from '../db/client.js';
import { workPlan } from '../db/schema/index.js';
import { todayInShanghai } from '../kernel/clock.js';
import { createMailer } from '../modules/notification/mailer.js';
import { planService } from '../modules/plan/plan.service.js';
import { actorOf } from './demo-complaints.js';

export interface PlanSeedSummary {
  plans: number;
  tasks: number;
}

export async function seedDemoPlan(database: Database, config: Config): Promise<PlanSeedSummary> {
  const service = planService({ database, config }, createMailer({ smtpUrl: undefined, mailFrom: config.mailFrom }));
  const secretary = await actorOf(database, 'jiancai.admin');
  const staff = await actorOf(database, 'jiancai.staff');
  const jiancaiId = secretary.orgIds[0] as string;
  const existing = await database.transaction(SYSTEM_SCOPE, (tx) =>
    tx.select({ id: workPlan.id }).from(workPlan).where(eq(workPlan.organisationId, jiancaiId)).limit(1),
  );
  if (existing.length > 0) return { plans: 0, tasks: 0 };
  const today = todayInShanghai();
  const year = today.slice(0, 4);

  // Plan: the development plan, the co-governance plan that implements it, this year's annual plan.
  const development = await service.createPlan(secretary, {
    kind: 'development',
    title: '佛山市建材行业质量发展规划（2025—2027 年）',
    summary: '以质量提升为主线，推动陶瓷、石材、门窗等主要产品质量稳步提高，建设行业质量信用体系。',
    periodStart: '2025-01-01',
    periodEnd: '2027-12-31',
    parentPlanId: null,
  });
  const devQuality = await service.createGoal(secretary, development.id, {
    title: '主要产品质量稳步提升',
    basis: '《质量强国建设纲要》；DB4406/T 15—2022 第 7 章',
    description: '会员产品监督抽查合格率逐年提高，重点产品质量达到国内先进水平。',
  });
  const devCredit = await service.createGoal(secretary, development.id, {
    title: '行业质量信用体系全面建立',
    basis: '《佛山市建材行业协会章程》；社会信用体系建设规划',
  });
  const coGovernance = await service.createPlan(secretary, {
    kind: 'co_governance',
    title: '建材行业质量共治工作方案',
    summary: '与市市场监管局建立联络机制，组织会员作出质量承诺，畅通消费投诉渠道。',
    periodStart: '2025-01-01',
    periodEnd: '2027-12-31',
    parentPlanId: development.id,
  });
  const coGoal = await service.createGoal(secretary, coGovernance.id, {
    title: '会员质量承诺全覆盖',
    basis: '行业经营自律规范',
    parentGoalId: devCredit.id,
  });
  const annual = await service.createPlan(secretary, {
    kind: 'annual',
    title: `${year} 年度工作计划`,
    summary: '落实共治工作方案的年度任务。',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    parentPlanId: coGovernance.id,
  });
  const complaintsGoal = await service.createGoal(secretary, annual.id, {
    title: '提升消费投诉处理质量',
    basis: 'DB4406/T 15—2022 附录 A C17',
    parentGoalId: devQuality.id,
  });
  const commitmentGoal = await service.createGoal(secretary, annual.id, {
    title: '推动会员作出质量安全承诺',
    parentGoalId: coGoal.id,
  });
  const period = { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` };
  await service.createKpi(secretary, complaintsGoal.id, {
    name: '消费投诉按时办结率',
    source: 'metric',
    metricKey: 'complaints.on_time_rate',
    target: 0.9,
    ...period,
  });
  await service.createKpi(secretary, commitmentGoal.id, {
    name: '会员质量承诺率',
    source: 'metric',
    metricKey: 'commitments.rate',
    target: 0.8,
    ...period,
  });
  const training = await service.createKpi(secretary, complaintsGoal.id, {
    name: '质量管理培训人次',
    source: 'manual',
    unit: '人次',
    target: 200,
    ...period,
  });
  await service.kpiActual(staff, training.id, {
    actual: 120,
    actualNote: '上半年举办培训班 2 期',
    version: training.version,
  });

  // Do: tasks with owners and due dates — one overdue, one recurring monthly.
  const options = await service.options(secretary, jiancaiId);
  const post = options.posts[0];
  const tasks = [
    {
      title: '召开月度质量分析会',
      dueDate: addDays(today, 10),
      recurrence: 'monthly' as const,
      goalId: complaintsGoal.id,
    },
    {
      title: '报送上季度消费投诉分析报告',
      dueDate: addDays(today, -5),
      recurrence: 'none' as const,
      goalId: complaintsGoal.id,
    },
    {
      title: '组织会员签署质量安全承诺书',
      dueDate: addDays(today, 2),
      recurrence: 'none' as const,
      goalId: commitmentGoal.id,
    },
    { title: '编制年度工作总结', dueDate: `${year}-12-20`, recurrence: 'none' as const, goalId: null },
  ];
  for (const [i, task] of tasks.entries()) {
    const owner =
      i === 2 && post ? { ownerUserId: null, ownerPostId: post.id } : { ownerUserId: staff.userId, ownerPostId: null };
    await service.createTask(secretary, annual.id, { ...task, ...owner });
  }

  // Environment: external factors and internal enablers, linked to the plans they inform.
  const factors = [
    {
      kind: 'external' as const,
      category: 'policy_law_standard' as const,
      title: 'GB/T 4100—2015 陶瓷砖标准修订征求意见',
      source: '全国建筑卫生陶瓷标准化技术委员会',
      impactDirection: 'mixed' as const,
      impactLevel: 'high' as const,
      linkedPlanIds: [development.id],
      linkedGoalIds: [devQuality.id],
    },
    {
      kind: 'external' as const,
      category: 'pain_point' as const,
      title: '消费者集中反映瓷砖防滑性能不足',
      source: '消费投诉统计',
      impactDirection: 'negative' as const,
      impactLevel: 'medium' as const,
      linkedPlanIds: [annual.id],
      linkedGoalIds: [complaintsGoal.id],
    },
    {
      kind: 'external' as const,
      category: 'technology_market' as const,
      title: '岩板等新产品市场快速增长',
      source: '行业年会',
      impactDirection: 'positive' as const,
      impactLevel: 'medium' as const,
      linkedPlanIds: [development.id],
      linkedGoalIds: [],
    },
    {
      kind: 'internal' as const,
      category: 'membership_structure' as const,
      title: '会员以中小企业为主，质量管理力量薄弱',
      source: '会员调查',
      impactDirection: 'negative' as const,
      impactLevel: 'high' as const,
      linkedPlanIds: [coGovernance.id],
      linkedGoalIds: [coGoal.id],
    },
    {
      kind: 'internal' as const,
      category: 'competence' as const,
      title: '秘书处具备检测与标准化专业人员',
      source: '人员档案',
      impactDirection: 'positive' as const,
      impactLevel: 'medium' as const,
      linkedPlanIds: [annual.id],
      linkedGoalIds: [],
    },
  ];
  for (const factor of factors) {
    await service.createFactor(secretary, { ...factor, observedOn: addDays(today, -30), reviewOn: addDays(today, 60) });
  }
  return { plans: 3, tasks: tasks.length };
}
