import type {
  InfrastructureDto,
  PageOf,
  PolicyDetailDto,
  PolicyDto,
  PolicyFeedbackDto,
  ReceivedFeedbackDto,
  TalentEntryDto,
  TalentListDto,
} from '@gongzhi/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

let t: TestApp;
let jiancaiId: string;
let staff: string;
let liaison: string;
let regulator: string;
let gzRegulator: string;
let ranqiStaff: string;
let enterprise: string;

const API = '/api/v1/workspace/resources';

async function json<T>(res: { statusCode: number; body: string; json(): unknown }, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

beforeAll(async () => {
  t = await buildTestApp();
  jiancaiId = await t.orgId('佛山市建材行业协会');
  const ranqiId = await t.orgId('佛山市顺德区燃气具商会');
  const guangzhou = await addOrganisation(t, { kind: 'regulator', name: '广州市市场监督管理局', regionCode: '440100' });
  await addUser(t, 'gz.res', 'regulator_staff', guangzhou);
  await addUser(t, 'ranqi.res', 'association_staff', ranqiId);
  staff = await t.login('jiancai.staff');
  liaison = await t.login('jiancai.liaison');
  regulator = await t.login('regulator.staff');
  gzRegulator = await t.login('gz.res');
  ranqiStaff = await t.login('ranqi.res');
  enterprise = await t.login('enterprise.admin');
});

afterAll(async () => {
  await t?.close();
});

describe('infrastructure', () => {
  let item: InfrastructureDto;
  const body = {
    scope: 'external',
    kind: 'one_stop_service',
    name: '佛山市一站式质量基础设施服务平台',
    provider: '佛山市市场监督管理局',
    url: 'https://example.org/nqi',
  };

  it('refuses callers without a session, without the role, or of another organisation', async () => {
    expect((await t.request({ method: 'GET', url: `${API}/infrastructure` })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: `${API}/infrastructure`, cookie: enterprise })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `${API}/infrastructure`, cookie: liaison, body })).statusCode).toBe(
      403,
    );
    const other = `${API}/infrastructure?organisationId=${jiancaiId}`;
    expect((await t.request({ method: 'GET', url: other, cookie: ranqiStaff })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: other, cookie: gzRegulator })).statusCode).toBe(404);
    const bad = await t.request({
      method: 'POST',
      url: `${API}/infrastructure`,
      cookie: staff,
      body: { ...body, kind: 'castle', url: 'ftp://x' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(errorFields(bad)).sort()).toEqual(['kind', 'url']);
  });

  it('registers, updates with a version and deactivates instead of deleting', async () => {
    item = await json<InfrastructureDto>(
      await t.request({ method: 'POST', url: `${API}/infrastructure`, cookie: staff, body }),
      201,
    );
    expect(await t.auditOf('infrastructure_item.created', item.id)).toHaveLength(1);
    const url = `${API}/infrastructure/${item.id}`;
    const off = await json<InfrastructureDto>(
      await t.request({ method: 'PUT', url, cookie: staff, body: { ...body, active: false, version: item.version } }),
    );
    expect(off).toMatchObject({ active: false, version: item.version + 1 });
    expect(await t.auditOf('infrastructure_item.deactivated', item.id)).toHaveLength(1);
    const stale = await t.request({
      method: 'PUT',
      url,
      cookie: staff,
      body: { ...body, active: true, version: item.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (
        await t.request({
          method: 'PUT',
          url,
          cookie: ranqiStaff,
          body: { ...body, active: true, version: off.version },
        })
      ).statusCode,
    ).toBe(404);
    const listed = await json<InfrastructureDto[]>(
      await t.request({
        method: 'GET',
        url: `${API}/infrastructure?organisationId=${jiancaiId}&scope=external`,
        cookie: regulator,
      }),
    );
    expect(listed.map((i) => i.id)).toEqual([item.id]);
  });
});

describe('human-resource pools', () => {
  let person: TalentEntryDto;

  it('refuses bad input and callers of another organisation', async () => {
    expect((await t.request({ method: 'GET', url: `${API}/talent` })).statusCode).toBe(401);
    const other = `${API}/talent?organisationId=${jiancaiId}`;
    expect((await t.request({ method: 'GET', url: other, cookie: ranqiStaff })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: other, cookie: gzRegulator })).statusCode).toBe(404);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `${API}/talent`,
          cookie: liaison,
          body: { pool: 'external_expert', name: '王工' },
        })
      ).statusCode,
    ).toBe(403);
    const bad = await t.request({
      method: 'POST',
      url: `${API}/talent`,
      cookie: staff,
      body: { pool: 'friends', name: '', email: 'not-an-email' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(errorFields(bad)).sort()).toEqual(['email', 'name', 'pool']);
    expect((await t.request({ method: 'GET', url: `${API}/talent`, cookie: enterprise })).statusCode).toBe(403);
  });

  it('lists people by pool with counts, contact details masked; the full read is audited', async () => {
    person = await json<TalentEntryDto>(
      await t.request({
        method: 'POST',
        url: `${API}/talent`,
        cookie: staff,
        body: {
          pool: 'external_expert',
          name: '陈工',
          affiliation: '华南理工大学',
          title: '教授',
          specialties: ['陶瓷', '标准化'],
          phone: '13812345678',
          email: 'chen@example.com',
        },
      }),
      201,
    );
    await json(
      await t.request({
        method: 'POST',
        url: `${API}/talent`,
        cookie: staff,
        body: { pool: 'member_delegate', name: '黄经理' },
      }),
      201,
    );
    const [created] = await t.auditOf('talent_pool_entry.created', person.id);
    expect(JSON.stringify(created?.after)).not.toContain('13812345678');
    const list = await json<TalentListDto>(await t.request({ method: 'GET', url: `${API}/talent`, cookie: liaison }));
    expect(list.counts.find((c) => c.pool === 'external_expert')?.active).toBe(1);
    expect(list.counts.find((c) => c.pool === 'regulator_staff')?.active).toBe(0);
    const listed = list.items.find((i) => i.id === person.id);
    expect(listed).toMatchObject({ phone: '138****5678', email: 'c***@example.com', masked: true });
    const byPool = await json<TalentListDto>(
      await t.request({ method: 'GET', url: `${API}/talent?pool=member_delegate`, cookie: staff }),
    );
    expect(byPool.items.map((i) => i.name)).toEqual(['黄经理']);

    expect(
      (await t.request({ method: 'GET', url: `${API}/talent/${person.id}`, cookie: gzRegulator })).statusCode,
    ).toBe(404);
    const full = await json<TalentEntryDto>(
      await t.request({ method: 'GET', url: `${API}/talent/${person.id}`, cookie: regulator }),
    );
    expect(full).toMatchObject({ phone: '13812345678', email: 'chen@example.com', masked: false });
    const views = await t.auditOf('talent_pool_entry.viewed', person.id);
    expect(views).toHaveLength(1);
    expect(views[0]?.actorUsername).toBe('regulator.staff');
  });

  it('deactivates a person with the current version', async () => {
    const url = `${API}/talent/${person.id}`;
    const body = { pool: 'external_expert', name: '陈工', active: false, version: person.version };
    const off = await json<TalentEntryDto>(await t.request({ method: 'PUT', url, cookie: staff, body }));
    expect(off.active).toBe(false);
    expect((await t.request({ method: 'PUT', url, cookie: staff, body })).statusCode).toBe(409);
    expect(await t.auditOf('talent_pool_entry.deactivated', person.id)).toHaveLength(1);
    const list = await json<TalentListDto>(await t.request({ method: 'GET', url: `${API}/talent`, cookie: staff }));
    expect(list.counts.find((c) => c.pool === 'external_expert')?.active).toBe(0);
  });
});

describe('policy information and feedback', () => {
  let law: PolicyDto;
  let call: PolicyDto;
  let draft: PolicyFeedbackDto;

  it('refuses the signed out, roles without the workspace and other organisations', async () => {
    expect((await t.request({ method: 'GET', url: `${API}/policies` })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: `${API}/policies`, cookie: enterprise })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `${API}/feedback-received` })).statusCode).toBe(401);
    const other = `${API}/policies?organisationId=${jiancaiId}`;
    expect((await t.request({ method: 'GET', url: other, cookie: ranqiStaff })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: other, cookie: gzRegulator })).statusCode).toBe(404);
  });

  it('refuses a project call without a deadline and wrong dates', async () => {
    const res = await t.request({
      method: 'POST',
      url: `${API}/policies`,
      cookie: staff,
      body: { kind: 'project_call', title: '申报通知', issuer: '省市场监管局', issuedOn: '2026-01-05' },
    });
    expect(errorFields(res)).toEqual({ deadline: 'required' });
    const order = await t.request({
      method: 'POST',
      url: `${API}/policies`,
      cookie: staff,
      body: { kind: 'law', title: '条例', issuer: '省人大', issuedOn: '2026-01-05', effectiveOn: '2025-01-01' },
    });
    expect(errorFields(order)).toEqual({ effectiveOn: 'date_order' });
    expect(
      (
        await t.request({
          method: 'POST',
          url: `${API}/policies`,
          cookie: regulator,
          body: { kind: 'law', title: '条例', issuer: '省人大', issuedOn: '2026-01-05' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lists open project calls first', async () => {
    law = await json<PolicyDto>(
      await t.request({
        method: 'POST',
        url: `${API}/policies`,
        cookie: staff,
        body: { kind: 'law', title: '中华人民共和国产品质量法', issuer: '全国人大常委会', issuedOn: '2018-12-29' },
      }),
      201,
    );
    call = await json<PolicyDto>(
      await t.request({
        method: 'POST',
        url: `${API}/policies`,
        cookie: staff,
        body: {
          kind: 'project_call',
          title: '质量提升项目申报',
          issuer: '佛山市市场监督管理局',
          issuedOn: '2020-01-01',
          deadline: '2099-12-31',
        },
      }),
      201,
    );
    const list = await json<PolicyDto[]>(await t.request({ method: 'GET', url: `${API}/policies`, cookie: liaison }));
    expect(list.map((p) => p.id)).toEqual([call.id, law.id]);
    expect(list[0]?.open).toBe(true);
  });

  it('keeps drafts to the association, and submitted feedback as it was', async () => {
    draft = await json<PolicyFeedbackDto>(
      await t.request({
        method: 'POST',
        url: `${API}/policies/${law.id}/feedback`,
        cookie: staff,
        body: { effect: '执行效果良好', suggestions: '', demands: '' },
      }),
      201,
    );
    expect(draft.status).toBe('draft');
    const foreign = await t.request({
      method: 'POST',
      url: `${API}/policies/${law.id}/feedback`,
      cookie: ranqiStaff,
      body: { effect: 'x', suggestions: '', demands: '' },
    });
    expect(foreign.statusCode).toBe(404);
    const regulatorView = await json<PolicyDetailDto>(
      await t.request({ method: 'GET', url: `${API}/policies/${law.id}`, cookie: regulator }),
    );
    expect(regulatorView.feedback).toEqual([]);

    const edited = await json<PolicyFeedbackDto>(
      await t.request({
        method: 'PUT',
        url: `${API}/feedback/${draft.id}`,
        cookie: staff,
        body: {
          effect: '执行效果良好',
          suggestions: '建议细化抽检规则',
          demands: '希望减少重复检测',
          version: draft.version,
        },
      }),
    );
    const stale = await t.request({
      method: 'POST',
      url: `${API}/feedback/${draft.id}/submit`,
      cookie: staff,
      body: { version: draft.version },
    });
    expect(stale.statusCode).toBe(409);
    const submitted = await json<PolicyFeedbackDto>(
      await t.request({
        method: 'POST',
        url: `${API}/feedback/${draft.id}/submit`,
        cookie: staff,
        body: { version: edited.version },
      }),
    );
    expect(submitted.status).toBe('submitted');
    expect(await t.auditOf('policy_feedback.submitted', draft.id)).toHaveLength(1);
    const again = await t.request({
      method: 'PUT',
      url: `${API}/feedback/${draft.id}`,
      cookie: staff,
      body: { effect: '改', suggestions: '', demands: '', version: submitted.version },
    });
    expect(again.statusCode).toBe(409);
    expect((again.json() as { error: { code: string } }).error.code).toBe('transition_not_allowed');

    const detail = await json<PolicyDetailDto>(
      await t.request({ method: 'GET', url: `${API}/policies/${law.id}`, cookie: regulator }),
    );
    expect(detail.feedback.map((f) => f.demands)).toEqual(['希望减少重复检测']);
  });

  it('shows the regulator the feedback its associations submitted', async () => {
    expect((await t.request({ method: 'GET', url: `${API}/feedback-received`, cookie: staff })).statusCode).toBe(403);
    const mine = await json<PageOf<ReceivedFeedbackDto>>(
      await t.request({ method: 'GET', url: `${API}/feedback-received`, cookie: regulator }),
    );
    expect(mine.items.map((r) => [r.associationName, r.policyTitle])).toEqual([
      ['佛山市建材行业协会', '中华人民共和国产品质量法'],
    ]);
    const gz = await json<PageOf<ReceivedFeedbackDto>>(
      await t.request({ method: 'GET', url: `${API}/feedback-received`, cookie: gzRegulator }),
    );
    expect(gz.items).toEqual([]);
    const named = await t.request({
      method: 'GET',
      url: `${API}/feedback-received?associationId=${jiancaiId}`,
      cookie: gzRegulator,
    });
    expect(named.statusCode).toBe(404);
  });
});
