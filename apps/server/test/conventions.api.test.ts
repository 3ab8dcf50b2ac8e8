import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, errorFields as errorFieldsOf, type TestApp } from './harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ config: { bodyLimitBytes: 64 * 1024 } });
});
afterAll(() => t.close());

describe('API conventions', () => {
  it('reports health with a database check', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { ok: true } });
  });

  it('publishes an OpenAPI document and its UI', async () => {
    const doc = await t.request({ method: 'GET', url: '/api/docs/json' });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/organisations',
        '/api/v1/associations/{associationId}/members',
        '/api/v1/auth/login',
      ]),
    );
    expect((await t.request({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('answers malformed JSON, an oversized body and a wrong content type with clear errors', async () => {
    const cookie = await t.login('regulator.admin');
    const malformed = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      cookie,
      headers: { 'content-type': 'application/json' },
      body: '{"kind": "enterprise",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields).toEqual([
      expect.objectContaining({ field: 'body', issue: 'malformed_json', message: '请求内容不是有效的 JSON' }),
    ]);
    const big = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      cookie,
      body: { kind: 'enterprise', description: 'x'.repeat(70 * 1024) },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');
    const xml = await t.request({
      method: 'POST',
      url: '/api/v1/organisations',
      cookie,
      headers: { 'content-type': 'application/xml' },
      body: '<a/>',
    });
    expect(xml.statusCode).toBe(415);
  });

  it('answers unknown API paths with the error format', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'not_found', message: '未找到该记录' });
  });

  it('sets protective headers', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});

describe('public portal API (no login, published data only)', () => {
  it('lists and searches published organisations with their associations, without contact details', async () => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/public/organisations?q=${encodeURIComponent('陶瓷')}&kind=enterprise`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((o: { name: string }) => o.name.includes('陶瓷'))).toBe(true);
    expect(body.items[0]).not.toHaveProperty('contactPhone');
    expect(body.items[0]).not.toHaveProperty('address');
    expect(body.items.some((o: { associations: unknown[] }) => o.associations.length > 0)).toBe(true);
  });

  it('finds one by credit code and hides unpublished ones', async () => {
    const regulator = await t.login('regulator.admin');
    const all = (
      await t.request({ method: 'GET', url: '/api/v1/organisations?kind=enterprise&pageSize=100', cookie: regulator })
    ).json();
    const published = all.items.find((o: { published: boolean }) => o.published);
    const hidden = all.items.find((o: { published: boolean }) => !o.published);
    const found = await t.request({
      method: 'GET',
      url: `/api/v1/public/organisations/by-credit-code/${published.creditCode.toLowerCase()}`,
    });
    expect(found.statusCode).toBe(200);
    expect(found.json().id).toBe(published.id);
    expect((await t.request({ method: 'GET', url: `/api/v1/public/organisations/${hidden.id}` })).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/public/organisations/by-credit-code/${hidden.creditCode}` }))
        .statusCode,
    ).toBe(404);
    const list = (await t.request({ method: 'GET', url: '/api/v1/public/organisations?pageSize=100' })).json();
    expect(list.items.map((o: { id: string }) => o.id)).not.toContain(hidden.id);
  });

  it('answers a malformed id, code or query with 400 and an unknown code with 404, not 500', async () => {
    const badId = await t.request({ method: 'GET', url: '/api/v1/public/organisations/not-a-uuid' });
    expect(badId.statusCode).toBe(400);
    expect(errorFieldsOf(badId)).toEqual({ id: 'format' });
    const longCode = await t.request({
      method: 'GET',
      url: `/api/v1/public/organisations/by-credit-code/${'9'.repeat(31)}`,
    });
    expect(longCode.statusCode).toBe(400);
    const unknown = await t.request({
      method: 'GET',
      url: '/api/v1/public/organisations/by-credit-code/91440605MA4W00000X',
    });
    expect(unknown.statusCode).toBe(404);
    const badQuery = await t.request({
      method: 'GET',
      url: `/api/v1/public/organisations?q=${encodeURIComponent('长'.repeat(51))}`,
    });
    expect(badQuery.statusCode).toBe(400);
    expect(errorFieldsOf(badQuery)).toEqual({ q: 'too_long' });
  });

  it('gives headline figures', async () => {
    const res = (await t.request({ method: 'GET', url: '/api/v1/public/stats' })).json();
    expect(res).toMatchObject({ regulators: 1, industryOrganisations: 4 });
    expect(res.enterprises).toBeGreaterThan(0);
    expect(res.activeMemberships).toBeGreaterThan(0);
  });

  it('serves the reference lists', async () => {
    const divisions = (await t.request({ method: 'GET', url: '/api/v1/reference/divisions' })).json();
    expect(divisions).toEqual(expect.arrayContaining([{ code: '440606', name: '顺德区', parentCode: '440600' }]));
    const industries = (await t.request({ method: 'GET', url: '/api/v1/reference/industries' })).json();
    expect(industries).toEqual(
      expect.arrayContaining([{ code: 'C3071', name: '建筑陶瓷制品制造', parentCode: 'C307' }]),
    );
  });
});

describe('faults', () => {
  it('answers a database failure with a 500 that names a reference and leaks no internals', async () => {
    const broken = await buildTestApp({ seed: false });
    await broken.database.close();
    const res = await broken.request({ method: 'GET', url: '/api/v1/public/stats' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.error.code).toBe('internal');
    expect(body.error.message).toContain(body.error.requestId);
    expect(JSON.stringify(body)).not.toMatch(/stack|at |PGlite|closed|select/i);
    const health = await broken.request({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    await broken.app.close();
  });
});
