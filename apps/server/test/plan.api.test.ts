import { randomUUID } from 'node:crypto';
import type {
  EnvironmentFactorDto,
  GoalDto,
  ImprovementActionDto,
  KpiDto,
  PageOf,
  PlanDetailDto,
  PlanOptionsDto,
  PlanSummaryDto,
  ReviewDto,
  TaskDto,
} from '@gongzhi/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { appUser, notification, teamPost } from '../src/db/schema/index.js';
import { todayInShanghai } from '../src/kernel/clock.js';
import { queryRows } from '../src/kernel/raw-sql.js';
import { computeFact } from '../src/modules/evaluation/evaluation.facts.js';
import { createMailer } from '../src/modules/notification/mailer.js';
import { planService } from '../src/modules/plan/plan.service.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

let t: TestApp;
let admin: string;
let staff: string;
let liaison: string;
let regulator: string;
let otherRegulator: string;
let ranqiStaff: string;
let enterprise: string;
let jiancaiId: string;
let ranqiId: string;
let staffId: string;
let regulatorStaffId: string;
let postId: string;
let ranqiPostId: string;
const year = todayInShanghai().slice(0, 4);
const W = '/api/v1/workspace';

async function json<T>(res: { statusCode: number; body: string; json(): unknown }, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

async function userId(username: string): Promise<string> {
  const rows = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
    tx.select({ id: appUser.id }).from(appUser).where(eq(appUser.username, username)),
  );
  return rows[0]?.id as string;
}

async function noticesOf(user: string, kind: string) {
  return t.database.transaction(SYSTEM_SCOPE, (tx) =>
    tx
      .select()
      .from(notification)
      .where(and(eq(notification.userId, user), eq(notification.kind, kind))),
  );
}

async function addPost(organisationId: string, name: string, holder: string | null): Promise<string> {
  const id = randomUUID();
  await t.database.transaction(SYSTEM_SCOPE, (tx) =>
    tx.insert(teamPost).values({ id, organisationId, name, holderUserId: holder }),
  );
  return id;
}

const plan = (body: Record<string, unknown>, cookie = admin) =>
  t.request({ method: 'POST', url: `${W}/plans`, cookie, body });

async function newPlan(kind: string, parentPlanId: string | null = null, title = `${kind} 计划`) {
  const period = kind === 'annual' ? [`${year}-01-01`, `${year}-12-31`] : ['2025-01-01', '2027-12-31'];
  return json<PlanDetailDto>(
    await plan({ kind, title, periodStart: period[0], periodEnd: period[1], parentPlanId }),
    201,
  );
}

beforeAll(async () => {
  t = await buildTestApp();
  jiancaiId = await t.orgId('佛山市建材行业协会');
  ranqiId = await t.orgId('佛山市顺德区燃气具商会');
  const guangzhou = await addOrganisation(t, { kind: 'regulator', name: '广州市市场监督管理局', regionCode: '440100' });
  await addUser(t, 'gz.plan', 'regulator_staff', guangzhou);
  await addUser(t, 'ranqi.plan', 'association_staff', ranqiId);
  admin = await t.login('jiancai.admin');
  staff = await t.login('jiancai.staff');
  liaison = await t.login('jiancai.liaison');
  regulator = await t.login('regulator.staff');
  otherRegulator = await t.login('gz.plan');
  ranqiStaff = await t.login('ranqi.plan');
  enterprise = await t.login('enterprise.admin');
  staffId = await userId('jiancai.staff');
  regulatorStaffId = await userId('regulator.staff');
  postId = await addPost(jiancaiId, '质量工作部负责人', staffId);
  ranqiPostId = await addPost(ranqiId, '秘书处', null);
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('environment registers', () => {
  const factor = {
    kind: 'external',
    category: 'pain_point',
    title: '陶瓷砖防滑性能投诉集中',
    source: '投诉统计',
    observedOn: `${year}-01-10`,
    impactDirection: 'negative',
    impactLevel: 'high',
    reviewOn: `${year}-01-11`,
  };

  it('refuses the signed out, roles without the workspace, other associations, writes by regulators and bad input', async () => {
    expect((await t.request({ method: 'GET', url: `${W}/environment` })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: `${W}/environment`, cookie: enterprise })).statusCode).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `${W}/environment?organisationId=${jiancaiId}`, cookie: ranqiStaff }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `${W}/environment?organisationId=${jiancaiId}`, cookie: otherRegulator }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'POST', url: `${W}/environment`, cookie: regulator, body: factor })).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: `${W}/environment`, cookie: liaison, body: factor })).statusCode,
    ).toBe(403);
    const wrongCategory = await t.request({
      method: 'POST',
      url: `${W}/environment`,
      cookie: admin,
      body: { ...factor, kind: 'internal' },
    });
    expect(wrongCategory.statusCode).toBe(400);
    expect(errorFields(wrongCategory)).toEqual({ category: 'one_of' });
    const foreignPlan = await t.request({
      method: 'POST',
      url: `${W}/environment`,
      cookie: admin,
      body: { ...factor, linkedPlanIds: [randomUUID()] },
    });
    expect(errorFields(foreignPlan)).toEqual({ linkedPlanIds: 'record_not_found' });
  });

  it('records a factor linked to a plan, shows the review date due, lets the regulator read, refuses a stale edit', async () => {
    const development = await newPlan('development', null, '建材行业质量发展规划');
    const created = await json<EnvironmentFactorDto>(
      await t.request({
        method: 'POST',
        url: `${W}/environment`,
        cookie: admin,
        body: { ...factor, linkedPlanIds: [development.id] },
      }),
      201,
    );
    expect(created).toMatchObject({ reviewDue: true, linkedPlans: [{ id: development.id, kind: 'development' }] });
    expect((await t.auditOf('environment_factor.created', created.id)).length).toBe(1);
    const seen = await json<EnvironmentFactorDto[]>(
      await t.request({
        method: 'GET',
        url: `${W}/environment?organisationId=${jiancaiId}&kind=external`,
        cookie: regulator,
      }),
    );
    expect(seen.map((f) => f.id)).toContain(created.id);
    const update = { ...factor, title: '防滑性能投诉', linkedPlanIds: [development.id] };
    const updated = await json<EnvironmentFactorDto>(
      await t.request({
        method: 'PUT',
        url: `${W}/environment/${created.id}`,
        cookie: staff,
        body: { ...update, version: created.version },
      }),
    );
    expect(updated).toMatchObject({ title: '防滑性能投诉', version: created.version + 1 });
    const stale = await t.request({
      method: 'PUT',
      url: `${W}/environment/${created.id}`,
      cookie: admin,
      body: { ...update, title: '覆盖', version: created.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (
        await t.request({
          method: 'PUT',
          url: `${W}/environment/${created.id}`,
          cookie: ranqiStaff,
          body: { ...update, version: 2 },
        })
      ).statusCode,
    ).toBe(404);
    const archived = await json<EnvironmentFactorDto>(
      await t.request({
        method: 'POST',
        url: `${W}/environment/${created.id}/archive`,
        cookie: admin,
        body: { version: updated.version },
      }),
    );
    expect(archived).toMatchObject({ archived: true, reviewDue: false });
    const open = await json<EnvironmentFactorDto[]>(
      await t.request({ method: 'GET', url: `${W}/environment`, cookie: staff }),
    );
    expect(open.map((f) => f.id)).not.toContain(created.id);
  });
});

describe('plans, goals and KPIs', () => {
  it('refuses bad plans: dates out of order, a parent of the wrong kind or another association', async () => {
    expect(
      (await plan({ kind: 'annual', title: 'x', periodStart: '2026-01-01', periodEnd: '2026-12-31' }, '')).statusCode,
    ).toBe(401);
    expect(
      (await plan({ kind: 'annual', title: 'x', periodStart: '2026-01-01', periodEnd: '2026-12-31' }, regulator))
        .statusCode,
    ).toBe(403);
    const order = await plan({ kind: 'annual', title: 'x', periodStart: '2026-12-31', periodEnd: '2026-01-01' });
    expect(errorFields(order)).toEqual({ periodEnd: 'date_order' });
    const annual = await newPlan('annual');
    const wrongParent = await plan({
      kind: 'co_governance',
      title: 'x',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      parentPlanId: annual.id,
    });
    expect(errorFields(wrongParent)).toEqual({ parentPlanId: 'one_of' });
    const ranqiPlan = await json<PlanDetailDto>(
      await plan(
        { kind: 'development', title: '燃气具规划', periodStart: '2025-01-01', periodEnd: '2027-12-31' },
        ranqiStaff,
      ),
      201,
    );
    const foreign = await plan({
      kind: 'annual',
      title: 'x',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      parentPlanId: ranqiPlan.id,
    });
    expect(errorFields(foreign)).toEqual({ parentPlanId: 'record_not_found' });
    expect((await t.request({ method: 'GET', url: `${W}/plans/${ranqiPlan.id}`, cookie: staff })).statusCode).toBe(404);
  });

  it('chains annual → co-governance → development, keeps goals consistent (R-GOAL-1), steps the status, refuses stale edits', async () => {
    const development = await newPlan('development');
    const coGovernance = await newPlan('co_governance', development.id);
    const annual = await newPlan('annual', coGovernance.id);
    expect(annual).toMatchObject({
      parentPlanId: coGovernance.id,
      parentPlanTitle: coGovernance.title,
      status: 'draft',
    });
    expect((await t.auditOf('work_plan.created', annual.id)).length).toBe(1);
    const devGoal = await json<GoalDto>(
      await t.request({
        method: 'POST',
        url: `${W}/plans/${development.id}/goals`,
        cookie: admin,
        body: { title: '产品质量稳步提升', basis: 'DB4406/T 15—2022' },
      }),
      201,
    );
    const annualGoal = await json<GoalDto>(
      await t.request({
        method: 'POST',
        url: `${W}/plans/${annual.id}/goals`,
        cookie: admin,
        body: { title: '提升投诉处理质量', parentGoalId: devGoal.id },
      }),
      201,
    );
    expect(annualGoal.parentGoal).toMatchObject({ id: devGoal.id, planKind: 'development' });
    const notDevelopment = await t.request({
      method: 'POST',
      url: `${W}/plans/${annual.id}/goals`,
      cookie: admin,
      body: { title: '错误关联', parentGoalId: annualGoal.id },
    });
    expect(errorFields(notDevelopment)).toEqual({ parentGoalId: 'plan_not_development' });
    expect(
      (
        await t.request({
          method: 'POST',
          url: `${W}/plans/${annual.id}/goals`,
          cookie: ranqiStaff,
          body: { title: 'x' },
        })
      ).statusCode,
    ).toBe(404);

    const active = await json<PlanDetailDto>(
      await t.request({
        method: 'POST',
        url: `${W}/plans/${annual.id}/status`,
        cookie: admin,
        body: { status: 'active', version: annual.version },
      }),
    );
    expect(active.status).toBe('active');
    const back = await t.request({
      method: 'POST',
      url: `${W}/plans/${annual.id}/status`,
      cookie: admin,
      body: { status: 'draft', version: active.version },
    });
    expect(back.statusCode).toBe(409);
    expect(back.json().error.code).toBe('transition_not_allowed');
    const edit = {
      title: '新标题',
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      parentPlanId: coGovernance.id,
    };
    expect(
      (
        await t.request({
          method: 'PUT',
          url: `${W}/plans/${annual.id}`,
          cookie: staff,
          body: { ...edit, version: annual.version },
        })
      ).statusCode,
    ).toBe(409);
    const plans = await json<PlanSummaryDto[]>(
      await t.request({ method: 'GET', url: `${W}/plans?organisationId=${jiancaiId}&kind=annual`, cookie: regulator }),
    );
    expect(plans.map((p) => p.id)).toContain(annual.id);
    const options = await json<PlanOptionsDto>(
      await t.request({ method: 'GET', url: `${W}/plan-options?organisationId=${jiancaiId}`, cookie: regulator }),
    );
    expect(options).toMatchObject({ canManage: false, organisationName: '佛山市建材行业协会' });
    expect(options.parentGoals.map((g) => g.id)).toContain(devGoal.id);
    expect(options.parentGoals.map((g) => g.id)).not.toContain(annualGoal.id);
    expect(options.posts.map((p) => p.id)).toContain(postId);
  });

  it('refuses KPIs without target or period, with unknown metrics; computes metric KPIs from the platform', async () => {
    const annual = await newPlan('annual');
    const goal = await json<GoalDto>(
      await t.request({
        method: 'POST',
        url: `${W}/plans/${annual.id}/goals`,
        cookie: admin,
        body: { title: '会员发展' },
      }),
      201,
    );
    const url = `${W}/goals/${goal.id}/kpis`;
    const base = {
      name: '在册会员数',
      source: 'metric',
      metricKey: 'members.active',
      target: 5,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    };
    const { target: _t, ...noTarget } = base;
    expect(errorFields(await t.request({ method: 'POST', url, cookie: admin, body: noTarget }))).toEqual({
      target: 'required',
    });
    const { periodStart: _s, ...noStart } = base;
    expect(errorFields(await t.request({ method: 'POST', url, cookie: admin, body: noStart }))).toEqual({
      periodStart: 'required',
    });
    expect(
      errorFields(
        await t.request({
          method: 'POST',
          url,
          cookie: admin,
          body: { ...base, periodEnd: `${year}-01-01`, periodStart: `${year}-02-01` },
        }),
      ),
    ).toEqual({ periodEnd: 'date_order' });
    expect(
      errorFields(await t.request({ method: 'POST', url, cookie: admin, body: { ...base, metricKey: 'made.up' } })),
    ).toEqual({
      metricKey: 'unknown_metric',
    });
    expect((await t.request({ method: 'POST', url, cookie: regulator, body: base })).statusCode).toBe(403);

    const members = await json<KpiDto>(await t.request({ method: 'POST', url, cookie: admin, body: base }), 201);
    const [count] = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM membership WHERE association_id = ${jiancaiId}::uuid AND status = 'active'
              AND (joined_on IS NULL OR joined_on <= ${`${year}-12-31`}::date)`,
      ),
    );
    expect(count?.n).toBeGreaterThan(0);
    expect(members).toMatchObject({ unit: 'count', actual: count?.n, met: (count?.n ?? 0) >= 5 });
    expect(members.actualAt).not.toBeNull();

    const onTime = await json<KpiDto>(
      await t.request({
        method: 'POST',
        url,
        cookie: admin,
        body: { ...base, name: '投诉按时办结率', metricKey: 'complaints.on_time_rate', target: 0.9 },
      }),
      201,
    );
    const expected = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      computeFact(tx, 'complaints.handling', {
        organisationId: jiancaiId,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        assessmentId: randomUUID(),
        frameworkCode: '',
      }),
    );
    expect(onTime.unit).toBe('percent');
    expect(onTime.actual).toBe(expected?.values.find((v) => v.metric === 'complaints.on_time_rate')?.value ?? null);
    const computed = await json<KpiDto>(
      await t.request({ method: 'POST', url: `${W}/kpis/${onTime.id}/compute`, cookie: staff }),
    );
    expect(computed.actual).toBe(onTime.actual);
    expect((await t.auditOf('plan_kpi.computed', onTime.id)).length).toBe(1);
    expect(
      (await t.request({ method: 'POST', url: `${W}/kpis/${onTime.id}/compute`, cookie: ranqiStaff })).statusCode,
    ).toBe(404);
    const percentTooBig = await t.request({
      method: 'POST',
      url,
      cookie: admin,
      body: { ...base, metricKey: 'commitments.rate', target: 90 },
    });
    expect(errorFields(percentTooBig)).toEqual({ target: 'too_large' });

    const manual = await json<KpiDto>(
      await t.request({
        method: 'POST',
        url,
        cookie: admin,
        body: {
          name: '培训人次',
          source: 'manual',
          unit: '人次',
          target: 100,
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
        },
      }),
      201,
    );
    expect(manual).toMatchObject({ actual: null, met: null });
    const recorded = await json<KpiDto>(
      await t.request({
        method: 'POST',
        url: `${W}/kpis/${manual.id}/actual`,
        cookie: staff,
        body: { actual: 80, actualNote: '两期培训', version: manual.version },
      }),
    );
    expect(recorded).toMatchObject({ actual: 80, met: false, actualNote: '两期培训' });
    expect(
      (
        await t.request({
          method: 'POST',
          url: `${W}/kpis/${manual.id}/actual`,
          cookie: staff,
          body: { actual: 90, version: manual.version },
        })
      ).statusCode,
    ).toBe(409);
    const detail = await json<PlanDetailDto>(
      await t.request({ method: 'GET', url: `${W}/plans/${annual.id}`, cookie: liaison }),
    );
    expect(detail.goals[0]?.kpis.map((k) => k.id)).toEqual([members.id, onTime.id, manual.id]);
    expect(detail.progress.kpisTotal).toBe(3);
  });
});

describe('tasks and reminders', () => {
  let annual: PlanDetailDto;
  beforeAll(async () => {
    annual = await newPlan('annual', null, '任务测试计划');
  });
  const task = (body: Record<string, unknown>, cookie = admin) =>
    t.request({ method: 'POST', url: `${W}/plans/${annual.id}/tasks`, cookie, body });

  it('refuses tasks without exactly one owner of the association', async () => {
    const base = { title: '编制年度工作总结', dueDate: `${year}-12-20` };
    expect((await task({ ...base, ownerUserId: staffId }, regulator)).statusCode).toBe(403);
    expect((await task({ ...base, ownerUserId: staffId }, ranqiStaff)).statusCode).toBe(404);
    expect(errorFields(await task(base))).toEqual({ ownerUserId: 'owner_required' });
    expect(errorFields(await task({ ...base, ownerUserId: staffId, ownerPostId: postId }))).toEqual({
      ownerPostId: 'one_owner_only',
    });
    expect(errorFields(await task({ ...base, ownerUserId: regulatorStaffId }))).toEqual({
      ownerUserId: 'user_not_in_organisation',
    });
    expect(errorFields(await task({ ...base, ownerPostId: ranqiPostId }))).toEqual({
      ownerPostId: 'post_not_in_organisation',
    });
  });

  it('assigns to a person or a post and tells them; a recurring task done opens the next occurrence', async () => {
    const before = (await noticesOf(staffId, 'workspace.task_assigned')).length;
    const person = await json<TaskDto>(
      await task({ title: '月度质量分析会', dueDate: '2099-01-31', ownerUserId: staffId, recurrence: 'monthly' }),
      201,
    );
    const post = await json<TaskDto>(
      await task({ title: '报送风险分析报告', dueDate: '2099-02-10', ownerPostId: postId }),
      201,
    );
    expect(post).toMatchObject({ ownerPostName: '质量工作部负责人', ownerUserId: null });
    expect(post.ownerPostHolderName).not.toBeNull();
    expect((await noticesOf(staffId, 'workspace.task_assigned')).length).toBe(before + 2);
    expect((await t.auditOf('plan_task.created', person.id)).length).toBe(1);

    const mine = await json<PageOf<TaskDto>>(
      await t.request({ method: 'GET', url: `${W}/tasks?mine=true`, cookie: staff }),
    );
    expect(mine.items.map((i) => i.id)).toEqual(expect.arrayContaining([person.id, post.id]));
    const adminsOwn = await json<PageOf<TaskDto>>(
      await t.request({ method: 'GET', url: `${W}/tasks?mine=true`, cookie: admin }),
    );
    expect(adminsOwn.items.map((i) => i.id)).not.toContain(person.id);

    const done = await json<TaskDto>(
      await t.request({
        method: 'POST',
        url: `${W}/tasks/${person.id}/status`,
        cookie: staff,
        body: { status: 'done', completionNote: '已召开', version: person.version },
      }),
    );
    expect(done.status).toBe('done');
    const next = await json<PageOf<TaskDto>>(
      await t.request({ method: 'GET', url: `${W}/tasks?planId=${annual.id}&status=todo`, cookie: staff }),
    );
    const occurrence = next.items.find((i) => i.previousTaskId === person.id);
    expect(occurrence).toMatchObject({ dueDate: '2099-02-28', recurrence: 'monthly', ownerUserId: staffId });
    const again = await t.request({
      method: 'POST',
      url: `${W}/tasks/${person.id}/status`,
      cookie: staff,
      body: { status: 'in_progress', version: done.version },
    });
    expect(again.statusCode).toBe(409);
  });

  it('keeps evidence files checked by content and http(s) links', async () => {
    const owned = await json<TaskDto>(
      await task({ title: '证据测试', dueDate: '2099-03-01', ownerUserId: staffId }),
      201,
    );
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const upload = (body: Buffer, cookie = staff) =>
      t.app.inject({
        method: 'POST',
        url: `${W}/tasks/${owned.id}/evidence?fileName=${encodeURIComponent('会议照片.png')}`,
        headers: { cookie, 'content-type': 'application/octet-stream' },
        payload: body,
      });
    expect((await upload(png, regulator)).statusCode).toBe(403);
    const bad = await upload(Buffer.from('plain text, not a picture'));
    expect(errorFields(bad)).toEqual({ file: 'attachment_type' });
    const file = await upload(png);
    expect(file.statusCode, file.body).toBe(201);
    const evidenceId = file.json().id as string;
    const download = await t.request({
      method: 'GET',
      url: `${W}/tasks/${owned.id}/evidence/${evidenceId}`,
      cookie: regulator,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(
      errorFields(
        await t.request({
          method: 'POST',
          url: `${W}/tasks/${owned.id}/links`,
          cookie: staff,
          body: { label: 'x', url: 'ftp://x' },
        }),
      ),
    ).toEqual({ url: 'format' });
    await json(
      await t.request({
        method: 'POST',
        url: `${W}/tasks/${owned.id}/links`,
        cookie: staff,
        body: { label: '会议纪要', url: 'https://example.org/minutes' },
      }),
      201,
    );
    expect((await t.auditOf('plan_task.evidence_added', owned.id)).length).toBe(2);
  });

  it('reminds once a day: due within three days, then overdue (controllable clock)', async () => {
    const due = await json<TaskDto>(
      await task({ title: '提醒测试任务', dueDate: '2098-06-10', ownerPostId: postId }),
      201,
    );
    const service = planService(
      { database: t.database, config: t.config },
      createMailer({ smtpUrl: undefined, mailFrom: 'x' }),
    );
    const count = async (kind: string) =>
      (await noticesOf(staffId, kind)).filter((n) => (n.params as { task?: string }).task === '提醒测试任务').length;
    await service.remindTasks('2098-06-06');
    expect(await count('workspace.task_due_soon')).toBe(0);
    await service.remindTasks('2098-06-07');
    await service.remindTasks('2098-06-07');
    expect(await count('workspace.task_due_soon')).toBe(1);
    await service.remindTasks('2098-06-08');
    expect(await count('workspace.task_due_soon')).toBe(2);
    await service.remindTasks('2098-06-11');
    await service.remindTasks('2098-06-11');
    expect(await count('workspace.task_overdue')).toBe(1);
    await json(
      await t.request({
        method: 'POST',
        url: `${W}/tasks/${due.id}/status`,
        cookie: staff,
        body: { status: 'done', version: due.version },
      }),
    );
    await service.remindTasks('2098-06-12');
    expect(await count('workspace.task_overdue')).toBe(1);
  });
});

describe('reviews and competence', () => {
  it('snapshots every KPI, closes once and opens one improvement action per missed KPI (evaluation actions)', async () => {
    const annual = await newPlan('annual', null, '评审测试计划');
    const goal = await json<GoalDto>(
      await t.request({ method: 'POST', url: `${W}/plans/${annual.id}/goals`, cookie: admin, body: { title: '培训' } }),
      201,
    );
    const kpi = await json<KpiDto>(
      await t.request({
        method: 'POST',
        url: `${W}/goals/${goal.id}/kpis`,
        cookie: admin,
        body: {
          name: '培训覆盖率',
          source: 'manual',
          unit: 'percent',
          target: 0.8,
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
        },
      }),
      201,
    );
    await json(
      await t.request({
        method: 'POST',
        url: `${W}/kpis/${kpi.id}/actual`,
        cookie: admin,
        body: { actual: 0.5, version: kpi.version },
      }),
    );
    expect(
      (
        await t.request({
          method: 'POST',
          url: `${W}/plans/${annual.id}/reviews`,
          cookie: regulator,
          body: { title: 'x', heldOn: `${year}-06-30` },
        })
      ).statusCode,
    ).toBe(403);
    const review = await json<ReviewDto>(
      await t.request({
        method: 'POST',
        url: `${W}/plans/${annual.id}/reviews`,
        cookie: admin,
        body: { title: '年中评审', heldOn: `${year}-06-30` },
      }),
      201,
    );
    expect(review.results).toEqual([
      {
        kpiId: kpi.id,
        name: '培训覆盖率',
        unit: 'percent',
        direction: 'at_least',
        target: 0.8,
        actual: 0.5,
        met: false,
      },
    ]);
    const adminId = await userId('jiancai.admin');
    const before = (await noticesOf(adminId, 'workspace.kpi_missed')).length;
    const closed = await json<ReviewDto>(
      await t.request({
        method: 'POST',
        url: `${W}/reviews/${review.id}/close`,
        cookie: staff,
        body: { version: review.version },
      }),
    );
    expect(closed.status).toBe('closed');
    expect(closed.actions).toMatchObject([{ kpiId: kpi.id, title: '培训覆盖率', status: 'open' }]);
    expect((await noticesOf(adminId, 'workspace.kpi_missed')).length).toBe(before + 1);
    expect((await t.auditOf('plan_review.closed', review.id)).length).toBe(1);
    const twice = await t.request({
      method: 'POST',
      url: `${W}/reviews/${review.id}/close`,
      cookie: staff,
      body: { version: closed.version },
    });
    expect(twice.statusCode).toBe(409);
    const actions = await json<PageOf<ImprovementActionDto>>(
      await t.request({
        method: 'GET',
        url: `/api/v1/evaluation/actions?organisationId=${jiancaiId}&pageSize=100`,
        cookie: staff,
      }),
    );
    const action = actions.items.find((a) => a.planReviewId === review.id);
    expect(action).toMatchObject({ planKpiId: kpi.id, title: '培训覆盖率', indicatorCode: null, status: 'open' });
  });

  it('records competence evaluations, by an expert account or a named expert', async () => {
    const body = { title: '工作团队能力评价', heldOn: `${year}-03-01`, evaluator: 'external_expert', rating: 4 };
    expect((await t.request({ method: 'POST', url: `${W}/competence`, body })).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url: `${W}/competence`, cookie: regulator, body })).statusCode).toBe(403);
    expect(errorFields(await t.request({ method: 'POST', url: `${W}/competence`, cookie: admin, body }))).toEqual({
      expertUserId: 'required',
    });
    expect(
      errorFields(
        await t.request({
          method: 'POST',
          url: `${W}/competence`,
          cookie: admin,
          body: { ...body, expertUserId: staffId },
        }),
      ),
    ).toEqual({ expertUserId: 'record_not_found' });
    expect(
      errorFields(
        await t.request({ method: 'POST', url: `${W}/competence`, cookie: admin, body: { ...body, rating: 6 } }),
      ),
    ).toEqual({ rating: 'too_large' });
    const expertId = await userId('expert.zhang');
    const created = await json<{ id: string; expertName: string }>(
      await t.request({
        method: 'POST',
        url: `${W}/competence`,
        cookie: admin,
        body: { ...body, expertUserId: expertId },
      }),
      201,
    );
    expect(created.expertName).toBeTruthy();
    expect((await t.auditOf('competence_evaluation.created', created.id)).length).toBe(1);
    const list = await json<{ id: string }[]>(
      await t.request({ method: 'GET', url: `${W}/competence?organisationId=${jiancaiId}`, cookie: regulator }),
    );
    expect(list.map((c) => c.id)).toContain(created.id);
    expect(
      (await t.request({ method: 'GET', url: `${W}/competence?organisationId=${jiancaiId}`, cookie: ranqiStaff }))
        .statusCode,
    ).toBe(404);
  });
});

describe('evaluation facts', () => {
  it('provides plans.present for the assessed association and period', async () => {
    const orgId = await addOrganisation(t, {
      kind: 'industry_organisation',
      name: '佛山市测试规划协会',
      regionCode: '440605',
    });
    await addUser(t, 'plan.facts', 'association_admin', orgId);
    const cookie = await t.login('plan.facts');
    const fact = () =>
      t.database.transaction(SYSTEM_SCOPE, (tx) =>
        computeFact(tx, 'plans.present', {
          organisationId: orgId,
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          assessmentId: randomUUID(),
          frameworkCode: '',
        }),
      );
    const empty = await fact();
    expect(empty?.values.find((v) => v.metric === 'plans.tasks_done_rate')?.value).toBeNull();
    const annual = await json<PlanDetailDto>(
      await plan(
        { kind: 'annual', title: '测试年度计划', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` },
        cookie,
      ),
      201,
    );
    const ownerId = await userId('plan.facts');
    for (const dueDate of [`${year}-01-02`, `${year}-01-03`]) {
      await json(
        await t.request({
          method: 'POST',
          url: `${W}/plans/${annual.id}/tasks`,
          cookie,
          body: { title: `任务 ${dueDate}`, dueDate, ownerUserId: ownerId },
        }),
        201,
      );
    }
    const tasks = await json<PageOf<TaskDto>>(await t.request({ method: 'GET', url: `${W}/tasks`, cookie }));
    const first = tasks.items[0] as TaskDto;
    await json(
      await t.request({
        method: 'POST',
        url: `${W}/tasks/${first.id}/status`,
        cookie,
        body: { status: 'done', version: first.version },
      }),
    );
    const after = await fact();
    const value = (metric: string) => after?.values.find((v) => v.metric === metric)?.value;
    expect(value('plans.annual')).toBe(1);
    expect(value('plans.development')).toBe(0);
    expect(value('plans.kpis')).toBe(0);
    expect(value('plans.kpis_met_rate')).toBeNull();
    expect(value('plans.tasks_done_rate')).toBe(0.5);
    expect(value('plans.tasks_overdue')).toBe(todayInShanghai() > `${year}-01-03` ? 1 : 0);
    expect(after?.links).toEqual([
      {
        recordType: 'work_plan',
        recordId: annual.id,
        label: 'plans.annual',
        href: `/console/workspace/plans/${annual.id}`,
      },
    ]);
  });
});
