import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOrganisation, buildTestApp, errorFields, freshCreditCode, type TestApp } from './harness.js';

let t: TestApp;
let secretary: string;
let liaison: string;
let enterprise: string;
let regulator: string;
let jiancaiId: string;
let ranqiId: string;

beforeAll(async () => {
  t = await buildTestApp();
  secretary = await t.login('jiancai.admin');
  liaison = await t.login('jiancai.liaison');
  enterprise = await t.login('enterprise.admin');
  regulator = await t.login('regulator.admin');
  jiancaiId = await t.orgId('佛山市建材行业协会');
  ranqiId = await t.orgId('佛山市顺德区燃气具商会');
});
afterAll(() => t.close());

const members = (associationId: string) => `/api/v1/associations/${associationId}/members`;
const newMember = (overrides: Record<string, unknown> = {}) => ({
  enterprise: { creditCode: freshCreditCode('440606'), name: '佛山市顺德区新会员建材有限公司', regionCode: '440606' },
  level: 'member',
  joinedOn: '2026-03-01',
  ...overrides,
});

describe('GET /api/v1/associations/:id/members', () => {
  it('401 when not logged in; 403 for a role without membership.read', async () => {
    expect((await t.request({ method: 'GET', url: members(jiancaiId) })).statusCode).toBe(401);
    const expert = await t.login('expert.zhang');
    expect((await t.request({ method: 'GET', url: members(jiancaiId), cookie: expert })).statusCode).toBe(403);
  });

  it('404 for another association’s member list', async () => {
    expect((await t.request({ method: 'GET', url: members(ranqiId), cookie: secretary })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: members(jiancaiId), cookie: enterprise })).statusCode).toBe(404);
  });

  it('400 for a bad filter', async () => {
    const res = await t.request({ method: 'GET', url: `${members(jiancaiId)}?status=gone&page=0`, cookie: secretary });
    expect(res.statusCode).toBe(400);
    expect(errorFields(res)).toEqual({ status: 'one_of', page: 'too_small' });
  });

  it('lists the association’s members for its staff and for the regulator, searchable by two characters', async () => {
    const own = (await t.request({ method: 'GET', url: `${members(jiancaiId)}?pageSize=100`, cookie: liaison })).json();
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((m: { associationId: string }) => m.associationId === jiancaiId)).toBe(true);
    const first = own.items[0] as { enterpriseName: string };
    const term = first.enterpriseName.slice(6, 8);
    const found = (
      await t.request({ method: 'GET', url: `${members(jiancaiId)}?q=${encodeURIComponent(term)}`, cookie: secretary })
    ).json();
    expect(found.items.map((m: { enterpriseName: string }) => m.enterpriseName)).toContain(first.enterpriseName);
    expect(found.items.every((m: { enterpriseName: string }) => m.enterpriseName.includes(term))).toBe(true);
    const reg = await t.request({ method: 'GET', url: members(ranqiId), cookie: regulator });
    expect(reg.statusCode).toBe(200);
  });
});

describe('POST /api/v1/associations/:id/members', () => {
  it('401 when not logged in', async () => {
    expect((await t.request({ method: 'POST', url: members(jiancaiId), body: newMember() })).statusCode).toBe(401);
  });

  it('403 for a role without membership.manage (liaison, enterprise)', async () => {
    for (const cookie of [liaison, enterprise]) {
      expect((await t.request({ method: 'POST', url: members(jiancaiId), cookie, body: newMember() })).statusCode).toBe(
        403,
      );
    }
  });

  it('404 when adding members to another association', async () => {
    expect(
      (await t.request({ method: 'POST', url: members(ranqiId), cookie: secretary, body: newMember() })).statusCode,
    ).toBe(404);
  });

  it('400 for a wrong credit code, unknown division, a missing enterprise and bad fields — nothing written', async () => {
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [
        { enterprise: { creditCode: '91440606MA4W0000XX', name: '某公司', regionCode: '440606' } },
        { 'enterprise.creditCode': 'uscc_org_code_check' },
      ],
      [
        { enterprise: { creditCode: freshCreditCode(), name: '某公司', regionCode: '440699' } },
        { 'enterprise.regionCode': 'unknown_division' },
      ],
      [{ enterprise: undefined }, { enterpriseId: 'required' }],
      [
        { level: 'chairman', joinedOn: '2026-13-01' },
        { level: 'one_of', joinedOn: 'format' },
      ],
      [
        { enterprise: { creditCode: freshCreditCode(), regionCode: '440606', name: '' } },
        { 'enterprise.name': 'required' },
      ],
    ];
    for (const [overrides, expected] of cases) {
      const res = await t.request({
        method: 'POST',
        url: members(jiancaiId),
        cookie: secretary,
        body: newMember(overrides),
      });
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(errorFields(res)).toEqual(expected);
    }
    expect(await t.auditOf('membership.created')).toHaveLength(0);
  });

  it('registers a new enterprise and its membership in one step, audited', async () => {
    const code = freshCreditCode('440606');
    const res = await t.request({
      method: 'POST',
      url: members(jiancaiId),
      cookie: secretary,
      body: newMember({
        enterprise: { creditCode: code.toLowerCase(), name: '佛山市顺德区一步到位建材有限公司', regionCode: '440606' },
      }),
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      associationId: jiancaiId,
      enterpriseCreditCode: code,
      level: 'member',
      status: 'active',
    });
    expect(await t.auditOf('membership.created', created.id)).toHaveLength(1);
    expect(await t.auditOf('organisation.created', created.enterpriseId)).toHaveLength(1);
    // The new member is now visible to the association and to itself in the registry.
    const org = await t.request({
      method: 'GET',
      url: `/api/v1/organisations/${created.enterpriseId}`,
      cookie: secretary,
    });
    expect(org.statusCode).toBe(200);
    const again = await t.request({
      method: 'POST',
      url: members(jiancaiId),
      cookie: secretary,
      body: newMember({ enterprise: { creditCode: code, name: '重复', regionCode: '440606' } }),
    });
    expect(again.statusCode).toBe(400);
    expect(errorFields(again)).toEqual({ 'enterprise.creditCode': 'duplicate_membership' });
  });

  it('links an enterprise already in the registry (even one the association cannot see) instead of registering it twice', async () => {
    const hidden = await addOrganisation(t, {
      kind: 'enterprise',
      name: '佛山市南海区已登记未公开五金有限公司',
      memberOf: ranqiId,
    });
    const code = (await t.request({ method: 'GET', url: `/api/v1/organisations/${hidden}`, cookie: regulator })).json()
      .creditCode;
    const res = await t.request({
      method: 'POST',
      url: members(jiancaiId),
      cookie: secretary,
      body: newMember({ enterprise: { creditCode: code, name: '另一个名字', regionCode: '440605' } }),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ enterpriseId: hidden, enterpriseName: '佛山市南海区已登记未公开五金有限公司' });
  });
});

describe('PATCH /api/v1/associations/:id/members/:membershipId', () => {
  it('refuses, then withdraws a member with a leaving date and keeps the record', async () => {
    const list = (
      await t.request({ method: 'GET', url: `${members(jiancaiId)}?status=active`, cookie: secretary })
    ).json();
    const m = list.items[0] as { id: string; version: number; joinedOn: string };
    const url = `${members(jiancaiId)}/${m.id}`;
    expect((await t.request({ method: 'PATCH', url, body: { version: m.version } })).statusCode).toBe(401);
    expect((await t.request({ method: 'PATCH', url, cookie: liaison, body: { version: m.version } })).statusCode).toBe(
      403,
    );
    const otherAssoc = await t.request({
      method: 'PATCH',
      url: `${members(ranqiId)}/${m.id}`,
      cookie: secretary,
      body: { version: 1 },
    });
    expect(otherAssoc.statusCode).toBe(404);
    const bad = await t.request({
      method: 'PATCH',
      url,
      cookie: secretary,
      body: { version: m.version, status: 'withdrawn', leftOn: '2000-01-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorFields(bad)).toEqual({ leftOn: 'date_order' });
    const ok = await t.request({
      method: 'PATCH',
      url,
      cookie: secretary,
      body: { version: m.version, status: 'withdrawn' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('withdrawn');
    expect(ok.json().leftOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const stale = await t.request({
      method: 'PATCH',
      url,
      cookie: secretary,
      body: { version: m.version, level: 'director' },
    });
    expect(stale.statusCode).toBe(409);
    const events = await t.auditOf('membership.updated', m.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.after).toMatchObject({ status: 'withdrawn' });
    const withdrawn = (
      await t.request({ method: 'GET', url: `${members(jiancaiId)}?status=withdrawn`, cookie: secretary })
    ).json();
    expect(withdrawn.items.map((x: { id: string }) => x.id)).toContain(m.id);
  });
});

describe('GET /api/v1/organisations/:id/memberships', () => {
  it('shows an enterprise the associations it belongs to, and no one else’s', async () => {
    const me = (await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: enterprise })).json();
    const ownId = me.organisations[0].id;
    const own = await t.request({
      method: 'GET',
      url: `/api/v1/organisations/${ownId}/memberships`,
      cookie: enterprise,
    });
    expect(own.statusCode).toBe(200);
    expect(own.json().map((m: { associationId: string }) => m.associationId)).toContain(jiancaiId);
    const other = await addOrganisation(t, {
      kind: 'enterprise',
      name: '佛山市高明区别家建材有限公司',
      memberOf: ranqiId,
    });
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/organisations/${other}/memberships`, cookie: enterprise }))
        .statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/v1/organisations/${ownId}/memberships` })).statusCode).toBe(
      401,
    );
    const expert = await t.login('expert.zhang');
    const wrongRole = await t.request({
      method: 'GET',
      url: `/api/v1/organisations/${ownId}/memberships`,
      cookie: expert,
    });
    expect(wrongRole.statusCode).toBe(403);
    const badId = await t.request({ method: 'GET', url: '/api/v1/organisations/123/memberships', cookie: enterprise });
    expect(badId.statusCode).toBe(400);
  });
});
