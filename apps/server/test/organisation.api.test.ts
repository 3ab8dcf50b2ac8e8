import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOrganisation, addUser, buildTestApp, errorFields, freshCreditCode, type TestApp } from './harness.js';

let t: TestApp;
let regulator: string;
let association: string;
let enterprise: string;
let jiancaiId: string;
let ownEnterpriseId: string;
let otherEnterpriseId: string;

beforeAll(async () => {
  t = await buildTestApp();
  regulator = await t.login('regulator.admin');
  association = await t.login('jiancai.admin');
  enterprise = await t.login('enterprise.admin');
  jiancaiId = await t.orgId('佛山市建材行业协会');
  const me = (await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: enterprise })).json();
  ownEnterpriseId = me.organisations[0].id;
  // An unpublished enterprise that belongs to another association only.
  const ranqi = await t.orgId('佛山市顺德区燃气具商会');
  otherEnterpriseId = await addOrganisation(t, {
    kind: 'enterprise',
    name: '佛山市顺德区测试燃气具有限公司',
    memberOf: ranqi,
  });
});
afterAll(() => t.close());

const newOrganisation = (overrides: Record<string, unknown> = {}) => ({
  kind: 'enterprise',
  creditCode: freshCreditCode(),
  name: '佛山市南海区新登记陶瓷有限公司',
  regionCode: '440605',
  ...overrides,
});

describe('POST /api/v1/organisations', () => {
  it('401 when not logged in', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/organisations', body: newOrganisation() });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('403 for a role without organisation.create (association secretary, enterprise)', async () => {
    for (const cookie of [association, enterprise]) {
      const res = await t.request({ method: 'POST', url: '/api/v1/organisations', cookie, body: newOrganisation() });
      expect(res.statusCode).toBe(403);
    }
  });

  it('403 for a regulator registering outside its region', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      cookie: regulator,
      body: newOrganisation({ regionCode: '440100', creditCode: freshCreditCode('440100') }),
    });
    expect(res.statusCode).toBe(403);
  });

  it('400 names each bad field, in Chinese by default and English when asked', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      cookie: regulator,
      body: { kind: 'factory', creditCode: '91440605', name: 'x'.repeat(101), regionCode: '4406', extra: 1 },
    });
    expect(res.statusCode).toBe(400);
    expect(errorFields(res)).toEqual({
      kind: 'one_of',
      name: 'too_long',
      regionCode: 'pattern',
      extra: 'unknown_field',
    });
    expect(res.json().error.message).toBe('提交的内容有误，请检查标出的字段');
    const en = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      cookie: regulator,
      headers: { 'accept-language': 'en-US' },
      body: newOrganisation({ creditCode: '91110000600037341N' }),
    });
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields).toEqual([
      expect.objectContaining({
        field: 'creditCode',
        issue: 'uscc_check_character',
        message: 'Wrong check character (18th); expected L',
      }),
    ]);
  });

  it('400 for a wrong credit code, unknown division or industry, and a duplicate code — nothing written', async () => {
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ creditCode: '9111000060003IOZSV' }, { creditCode: 'uscc_character' }],
      [{ creditCode: '911100006000341L' }, { creditCode: 'uscc_length' }],
      [{ regionCode: '449999' }, { regionCode: 'unknown_division' }],
      [{ industryCode: 'C9999' }, { industryCode: 'unknown_industry' }],
      [{ kind: 'industry_organisation', industryCode: null }, { industryCode: 'industry_required' }],
      [{ creditCode: '91350211M0000XUF46', overrideCreditCodeCheck: true }, { overrideReason: 'too_short' }],
    ];
    for (const [overrides, expected] of cases) {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/organisations',
        cookie: regulator,
        body: newOrganisation(overrides),
      });
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(errorFields(res)).toEqual(expected);
    }
    const taken = (
      await t.request({ method: 'GET', url: `/api/v1/organisations/${ownEnterpriseId}`, cookie: regulator })
    ).json();
    const dup = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      cookie: regulator,
      body: newOrganisation({ creditCode: taken.creditCode.toLowerCase() }),
    });
    expect(dup.statusCode).toBe(400);
    expect(errorFields(dup)).toEqual({ creditCode: 'duplicate_credit_code' });
    expect(await t.auditOf('organisation.created')).toHaveLength(0);
  });

  it('registers an organisation, normalising the code, and audits it', async () => {
    const code = freshCreditCode();
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      cookie: regulator,
      body: newOrganisation({ creditCode: ` ${code.toLowerCase()} `, industryCode: 'C3071' }),
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      creditCode: code,
      regionName: '南海区',
      industryName: '建筑陶瓷制品制造',
      version: 1,
    });
    expect(body.abilities).toEqual({ update: true, manageMembers: false });
    const events = await t.auditOf('organisation.created', body.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.actorUsername).toBe('regulator.admin');
  });

  it('lets an administrator register a legal pilot code that fails the check, with an audited reason', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      cookie: regulator,
      body: newOrganisation({
        creditCode: '91350211M0000XUF46',
        regionCode: '440605',
        overrideCreditCodeCheck: true,
        overrideReason: '早期试点代码，经登记机关核实',
      }),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().creditCodeOverride).toBe(true);
    const events = await t.auditOf('organisation.credit_code_override', res.json().id);
    expect(events[0]?.after).toMatchObject({
      creditCode: '91350211M0000XUF46',
      reason: '早期试点代码，经登记机关核实',
    });
  });

  it('refuses the override to staff without the permission', async () => {
    const fsjId = await t.orgId('佛山市市场监督管理局');
    await addUser(t, 'staff.override', 'regulator_staff', fsjId);
    const staff = await t.login('staff.override');
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      cookie: staff,
      body: newOrganisation({
        creditCode: '91350211M0000XUF46',
        overrideCreditCodeCheck: true,
        overrideReason: '试点代码核实',
      }),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('GET /api/v1/organisations', () => {
  it('401 when not logged in; 403 for a consumer', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/organisations' })).statusCode).toBe(401);
    const consumer = await t.login('consumer.li');
    expect((await t.request({ method: 'GET', url: '/api/v1/organisations', cookie: consumer })).statusCode).toBe(403);
  });

  it('400 for a bad filter', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/organisations?kind=nope&pageSize=1000',
      cookie: regulator,
    });
    expect(res.statusCode).toBe(400);
    expect(errorFields(res)).toEqual({ kind: 'one_of', pageSize: 'too_large' });
  });

  it('scopes the list: an enterprise sees itself, an association itself and its members', async () => {
    const own = (
      await t.request({ method: 'GET', url: '/api/v1/organisations?pageSize=100', cookie: enterprise })
    ).json();
    expect(own.items.map((o: { id: string }) => o.id)).toEqual([ownEnterpriseId]);
    const assoc = (
      await t.request({ method: 'GET', url: '/api/v1/organisations?pageSize=100', cookie: association })
    ).json();
    const ids = assoc.items.map((o: { id: string }) => o.id);
    expect(ids).toContain(jiancaiId);
    expect(ids).toContain(ownEnterpriseId);
    expect(ids).not.toContain(otherEnterpriseId);
    const reg = (
      await t.request({ method: 'GET', url: '/api/v1/organisations?pageSize=100', cookie: regulator })
    ).json();
    expect(reg.items.map((o: { id: string }) => o.id)).toContain(otherEnterpriseId);
  });

  it('finds members by one, two and more Chinese characters and by credit code', async () => {
    const search = async (q: string) =>
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/organisations?q=${encodeURIComponent(q)}&pageSize=100`,
          cookie: regulator,
        })
      )
        .json()
        .items.map((o: { name: string }) => o.name) as string[];
    const two = await search('燃气');
    expect(two.length).toBeGreaterThan(0);
    expect(two.every((n) => n.includes('燃气'))).toBe(true);
    const one = await search('瓷');
    expect(one.every((n) => n.includes('瓷'))).toBe(true);
    expect(one.length).toBeGreaterThanOrEqual(two.filter((n) => n.includes('瓷')).length);
    const long = await search('测试燃气具');
    expect(long).toEqual(['佛山市顺德区测试燃气具有限公司']);
    const own = (
      await t.request({ method: 'GET', url: `/api/v1/organisations/${ownEnterpriseId}`, cookie: regulator })
    ).json();
    expect(await search(own.creditCode)).toEqual([own.name]);
    expect(await search(own.creditCode.slice(0, 12).toLowerCase())).toContain(own.name);
    expect(await search('不存在的名字')).toEqual([]);
  });
});

describe('search paging', () => {
  it('pages through matches without repeats, with a look-ahead instead of a count, each page in name order', async () => {
    const url = (page: number) => `/api/v1/organisations?q=${encodeURIComponent('有限')}&pageSize=5&page=${page}`;
    const first = (await t.request({ method: 'GET', url: url(1), cookie: regulator })).json();
    const second = (await t.request({ method: 'GET', url: url(2), cookie: regulator })).json();
    expect(first.items).toHaveLength(5);
    expect(first).toMatchObject({ total: 6, totalIsLowerBound: true });
    const names = first.items.map((o: { name: string }) => o.name);
    expect(names).toEqual([...names].sort());
    const ids = new Set(first.items.map((o: { id: string }) => o.id));
    expect(second.items.some((o: { id: string }) => ids.has(o.id))).toBe(false);
    const all = (
      await t.request({
        method: 'GET',
        url: `/api/v1/organisations?q=${encodeURIComponent('有限')}&pageSize=100`,
        cookie: regulator,
      })
    ).json();
    expect(all.totalIsLowerBound).toBe(false);
    expect(all.total).toBe(all.items.length);
  });
});

describe('GET and PATCH /api/v1/organisations/:id', () => {
  it('401 when not logged in', async () => {
    expect((await t.request({ method: 'GET', url: `/api/v1/organisations/${ownEnterpriseId}` })).statusCode).toBe(401);
    const patch = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${ownEnterpriseId}`,
      body: { version: 1 },
    });
    expect(patch.statusCode).toBe(401);
  });

  it('403 for a role without organisation.update', async () => {
    const cqo = await t.login('enterprise.cqo');
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${ownEnterpriseId}`,
      cookie: cqo,
      body: { version: 1, address: '某地' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('404 for another organisation’s record: no read, no write', async () => {
    const read = await t.request({
      method: 'GET',
      url: `/api/v1/organisations/${otherEnterpriseId}`,
      cookie: enterprise,
    });
    expect(read.statusCode).toBe(404);
    const assocRead = await t.request({
      method: 'GET',
      url: `/api/v1/organisations/${otherEnterpriseId}`,
      cookie: association,
    });
    expect(assocRead.statusCode).toBe(404);
    const write = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${otherEnterpriseId}`,
      cookie: enterprise,
      body: { version: 1, name: '篡改' },
    });
    expect(write.statusCode).toBe(404);
  });

  it('400 for bad input', async () => {
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${ownEnterpriseId}`,
      cookie: enterprise,
      body: { version: 0, website: 'not a url', contactPhone: 'abc' },
    });
    expect(res.statusCode).toBe(400);
    expect(errorFields(res)).toEqual({ version: 'too_small', website: 'format', contactPhone: 'pattern' });
    const badId = await t.request({ method: 'GET', url: '/api/v1/organisations/not-a-uuid', cookie: enterprise });
    expect(badId.statusCode).toBe(400);
    expect(errorFields(badId)).toEqual({ id: 'format' });
  });

  it('updates with optimistic concurrency: the later of two edits gets a conflict', async () => {
    const current = (
      await t.request({ method: 'GET', url: `/api/v1/organisations/${ownEnterpriseId}`, cookie: enterprise })
    ).json();
    const first = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${ownEnterpriseId}`,
      cookie: enterprise,
      body: { version: current.version, address: '广东省佛山市南海区桂城街道1号' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(current.version + 1);
    const second = await t.request({
      method: 'PATCH',
      url: `/api/v1/organisations/${ownEnterpriseId}`,
      cookie: association,
      body: { version: current.version, address: '被覆盖的地址' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('version_conflict');
    const after = (
      await t.request({ method: 'GET', url: `/api/v1/organisations/${ownEnterpriseId}`, cookie: enterprise })
    ).json();
    expect(after.address).toBe('广东省佛山市南海区桂城街道1号');
    const events = await t.auditOf('organisation.updated', ownEnterpriseId);
    expect(events).toHaveLength(1);
    expect(events[0]?.before).toMatchObject({ address: current.address, version: current.version });
    expect(events[0]?.after).toMatchObject({ address: '广东省佛山市南海区桂城街道1号' });
  });
});

describe('GET /api/v1/organisations/check-credit-code', () => {
  it('validates as the form types, with the same message as on save', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/organisations/check-credit-code?code=x' })).statusCode).toBe(
      401,
    );
    const bad = await t.request({
      method: 'GET',
      url: '/api/v1/organisations/check-credit-code?code=91110000600037341N',
      cookie: association,
    });
    expect(bad.json()).toEqual({
      code: '91110000600037341N',
      valid: false,
      message: '校验位（第 18 位）不正确，应为 L',
      registeredOrganisationId: null,
    });
    const taken = (
      await t.request({ method: 'GET', url: `/api/v1/organisations/${ownEnterpriseId}`, cookie: enterprise })
    ).json();
    const dup = await t.request({
      method: 'GET',
      url: `/api/v1/organisations/check-credit-code?code=${taken.creditCode}`,
      cookie: association,
    });
    expect(dup.json()).toMatchObject({ valid: true, registeredOrganisationId: ownEnterpriseId });
    const tooLong = await t.request({
      method: 'GET',
      url: `/api/v1/organisations/check-credit-code?code=${'9'.repeat(31)}`,
      cookie: association,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(errorFields(tooLong)).toEqual({ code: 'too_long' });
  });
});
