import { createHash, randomUUID } from 'node:crypto';
import { makeUscc } from '@gongzhi/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { creditRecord, organisation, providerKey, qualityDocument } from '../src/db/schema/index.js';
import { todayInShanghai } from '../src/kernel/clock.js';
import { addCalendarDays } from '../src/modules/calendar/working-days.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

/** Low, so that the rate-limit test needs few calls; every other test uses keys of its own. */
const RATE = 40;
const KEY_PATTERN = /^gzk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/;

let t: TestApp;
let regulator: string;
let regulatorStaff: string;
let associationStaff: string;
let enterpriseAdmin: string;
let guangzhouRegulator: string;
let jiancaiId: string;
/** 佛山市顺安检测技术有限公司 (seeded), another testing body, a certification body, one in Guangzhou. */
let testingA: string;
let testingB: string;
let certifier: string;
let guangzhouBody: string;
let member: { id: string; creditCode: string };
let outsider: { id: string; creditCode: string };

const today = todayInShanghai();
const day = (offset: number) => addCalendarDays(today, offset);

async function creditCodeOf(id: string): Promise<string> {
  const rows = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
    tx.select({ code: organisation.creditCode }).from(organisation).where(eq(organisation.id, id)),
  );
  return rows[0]?.code as string;
}

async function issueKey(organisationId: string, name = '推送接口') {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/providers/${organisationId}/keys`,
    cookie: regulator,
    body: { name },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; key: string; prefix: string; status: string; name: string };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

let serial = 0;
const reportBody = (overrides: Record<string, unknown> = {}) => {
  serial += 1;
  return {
    kind: 'test_report',
    documentNo: `FSJC-2026-${String(serial).padStart(6, '0')}`,
    enterpriseCreditCode: member.creditCode,
    productName: '陶瓷砖 800×800mm',
    standard: 'GB/T 4100-2015',
    result: 'qualified',
    issuedOn: day(-3),
    ...overrides,
  };
};

const push = (key: string, body: unknown) =>
  t.request({ method: 'POST', url: '/api/v1/data/quality-documents', headers: bearer(key), body });

const listDocs = (key: string, query = 'pageSize=100') =>
  t.request({ method: 'GET', url: `/api/v1/data/quality-documents?${query}`, headers: bearer(key) });

const recordsOf = (sourceRef: string) =>
  t.database.transaction(SYSTEM_SCOPE, (tx) =>
    tx.select().from(creditRecord).where(eq(creditRecord.sourceRef, sourceRef)),
  );

beforeAll(async () => {
  t = await buildTestApp({ config: { providerRateLimitPerMinute: RATE } });
  regulator = await t.login('regulator.admin');
  regulatorStaff = await t.login('regulator.staff');
  associationStaff = await t.login('jiancai.staff');
  enterpriseAdmin = await t.login('enterprise.admin');
  jiancaiId = await t.orgId('佛山市建材行业协会');
  testingA = await t.orgId('佛山市顺安检测技术有限公司');
  testingB = await addOrganisation(t, { kind: 'testing_body', name: '佛山市南海区质检技术有限公司', published: true });
  certifier = await addOrganisation(t, { kind: 'certification_body', name: '佛山市认证中心有限公司', published: true });
  guangzhouBody = await addOrganisation(t, {
    kind: 'testing_body',
    name: '广州市检测有限公司',
    regionCode: '440100',
    published: true,
  });
  const guangzhouRegulatorOrg = await addOrganisation(t, {
    kind: 'regulator',
    name: '广州市市场监督管理局',
    regionCode: '440100',
    published: true,
  });
  await addUser(t, 'gz.regulator.provider', 'regulator_admin', guangzhouRegulatorOrg);
  guangzhouRegulator = await t.login('gz.regulator.provider');
  const memberId = await addOrganisation(t, {
    kind: 'enterprise',
    name: '佛山市禅城区送检陶瓷有限公司',
    memberOf: jiancaiId,
  });
  member = { id: memberId, creditCode: await creditCodeOf(memberId) };
  const outsiderId = await addOrganisation(t, { kind: 'enterprise', name: '佛山市顺德区非会员电器有限公司' });
  outsider = { id: outsiderId, creditCode: await creditCodeOf(outsiderId) };
});
afterAll(() => t.close());

describe('POST /api/v1/providers/:organisationId/keys (the regulator issues a key)', () => {
  const url = (id: string) => `/api/v1/providers/${id}/keys`;

  it('401 signed out; 403 without provider.manage; 404 outside the regulator’s region or unknown', async () => {
    const body = { name: '推送接口' };
    expect((await t.request({ method: 'POST', url: url(testingA), body })).statusCode).toBe(401);
    for (const cookie of [regulatorStaff, associationStaff, enterpriseAdmin]) {
      const res = await t.request({ method: 'POST', url: url(testingA), body, cookie });
      expect(res.statusCode, res.body).toBe(403);
    }
    // A published body is visible to everyone, but only its own region's regulator issues it keys.
    const otherRegion = await t.request({ method: 'POST', url: url(testingA), body, cookie: guangzhouRegulator });
    expect(otherRegion.statusCode, otherRegion.body).toBe(404);
    const guangzhou = await t.request({ method: 'POST', url: url(guangzhouBody), body, cookie: regulator });
    expect(guangzhou.statusCode).toBe(404);
    const unknown = await t.request({ method: 'POST', url: url(randomUUID()), body, cookie: regulator });
    expect(unknown.statusCode).toBe(404);
  });

  it('400: not a testing or certification body; bad name, unknown fields, malformed id', async () => {
    const association = await t.request({
      method: 'POST',
      url: url(jiancaiId),
      body: { name: '推送接口' },
      cookie: regulator,
    });
    expect(association.statusCode).toBe(400);
    expect(errorFields(association)).toEqual({ organisationId: 'one_of' });
    const enterprise = await t.request({ method: 'POST', url: url(member.id), body: { name: 'x' }, cookie: regulator });
    expect(errorFields(enterprise)).toEqual({ organisationId: 'one_of' });
    const bad = await t.request({
      method: 'POST',
      url: url(testingA),
      body: { name: '', secret: 'mine' },
      cookie: regulator,
    });
    expect(errorFields(bad)).toEqual({ name: 'required', secret: 'unknown_field' });
    const blank = await t.request({ method: 'POST', url: url(testingA), body: { name: '   ' }, cookie: regulator });
    expect(errorFields(blank)).toEqual({ name: 'required' });
    const badId = await t.request({ method: 'POST', url: url('nope'), body: { name: 'x' }, cookie: regulator });
    expect(errorFields(badId)).toEqual({ organisationId: 'format' });
  });

  it('201: the key is shown once; only its SHA-256 is kept; audited without the key', async () => {
    const created = await issueKey(testingA, 'LIMS 推送');
    expect(created).toMatchObject({ organisationId: testingA, name: 'LIMS 推送', status: 'active', lastUsedAt: null });
    expect(created.key).toMatch(KEY_PATTERN);
    expect(created.key.startsWith(`gzk_${created.prefix}_`)).toBe(true);
    const stored = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select().from(providerKey).where(eq(providerKey.id, created.id)),
    );
    expect(stored[0]?.keyHash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(created.key.split('_').slice(2).join('_'));
    const [event] = await t.auditOf('provider_key.created', created.id);
    expect(event).toMatchObject({ organisationId: testingA, targetType: 'provider_key' });
    expect(event?.actorUserId).toBeTruthy();
    expect(JSON.stringify(event)).not.toContain(created.key);
    expect(event?.after).toMatchObject({ prefix: created.prefix, name: 'LIMS 推送' });
    // Two keys never share a secret.
    expect((await issueKey(testingA)).key).not.toBe(created.key);
  });
});

describe('GET /api/v1/providers/:organisationId/keys', () => {
  const url = (id: string) => `/api/v1/providers/${id}/keys`;

  it('401, 403, 404 and 400 like issuing', async () => {
    expect((await t.request({ method: 'GET', url: url(certifier) })).statusCode).toBe(401);
    for (const cookie of [regulatorStaff, associationStaff, enterpriseAdmin]) {
      expect((await t.request({ method: 'GET', url: url(certifier), cookie })).statusCode).toBe(403);
    }
    expect((await t.request({ method: 'GET', url: url(certifier), cookie: guangzhouRegulator })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: url(guangzhouBody), cookie: regulator })).statusCode).toBe(404);
    const association = await t.request({ method: 'GET', url: url(jiancaiId), cookie: regulator });
    expect(errorFields(association)).toEqual({ organisationId: 'one_of' });
  });

  it('lists prefix, status and dates, never the key or its hash', async () => {
    const first = await issueKey(certifier, '证书推送 1');
    const second = await issueKey(certifier, '证书推送 2');
    const res = await t.request({ method: 'GET', url: url(certifier), cookie: regulator });
    expect(res.statusCode).toBe(200);
    const items = res.json() as Record<string, unknown>[];
    expect(items.map((k) => k.id)).toEqual([second.id, first.id]);
    expect(items[0]).toMatchObject({ prefix: second.prefix, status: 'active', revokedAt: null, lastUsedAt: null });
    for (const item of items) {
      expect(item).not.toHaveProperty('key');
      expect(item).not.toHaveProperty('keyHash');
    }
    expect(res.body).not.toContain(first.key);
  });
});

describe('POST /api/v1/provider-keys/:id/revoke', () => {
  const url = (id: string) => `/api/v1/provider-keys/${id}/revoke`;

  it('401, 403, 404 outside the region or unknown, 400 malformed id', async () => {
    const { id } = await issueKey(testingB);
    expect((await t.request({ method: 'POST', url: url(id) })).statusCode).toBe(401);
    for (const cookie of [regulatorStaff, associationStaff, enterpriseAdmin]) {
      expect((await t.request({ method: 'POST', url: url(id), cookie })).statusCode).toBe(403);
    }
    expect((await t.request({ method: 'POST', url: url(id), cookie: guangzhouRegulator })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: url(randomUUID()), cookie: regulator })).statusCode).toBe(404);
    expect(errorFields(await t.request({ method: 'POST', url: url('x'), cookie: regulator }))).toEqual({
      id: 'format',
    });
  });

  it('revokes at once: the next call is refused; audited; a second revocation is 409', async () => {
    const { id, key } = await issueKey(testingA, '即将吊销');
    expect((await listDocs(key)).statusCode).toBe(200);
    const res = await t.request({ method: 'POST', url: url(id), cookie: regulator });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'revoked' });
    expect(res.json().revokedAt).toBeTruthy();
    const refused = await listDocs(key);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('unauthenticated');
    expect((await push(key, reportBody())).statusCode).toBe(401);
    const [event] = await t.auditOf('provider_key.revoked', id);
    expect(event).toMatchObject({ organisationId: testingA });
    expect(event?.before).toMatchObject({ status: 'active', revokedAt: null });
    expect(event?.after).toMatchObject({ status: 'revoked' });
    const again = await t.request({ method: 'POST', url: url(id), cookie: regulator });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('transition_not_allowed');
  });
});

describe('POST /api/v1/data/quality-documents (a body pushes a document)', () => {
  let keyA: string;
  let keyB: string;
  let keyCert: string;
  let prefixA: string;
  let keyIdA: string;
  beforeAll(async () => {
    const a = await issueKey(testingA, 'A 推送');
    keyA = a.key;
    prefixA = a.prefix;
    keyIdA = a.id;
    keyB = (await issueKey(testingB, 'B 推送')).key;
    keyCert = (await issueKey(certifier, '证书推送')).key;
  });

  it('401 without a key, with a malformed or unknown key, in the platform’s error format', async () => {
    const url = '/api/v1/data/quality-documents';
    const none = await t.request({ method: 'POST', url, body: reportBody() });
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toMatchObject({ code: 'unauthenticated' });
    expect(none.headers['www-authenticate']).toContain('Bearer');
    for (const authorization of [
      'Bearer',
      'Bearer abc',
      `Basic ${keyA}`,
      `Bearer ${keyA}x`,
      `Bearer ${keyA.slice(0, -1)}`,
    ]) {
      const res = await t.request({ method: 'POST', url, headers: { authorization }, body: reportBody() });
      expect(res.statusCode, authorization).toBe(401);
    }
    // Well formed, but no such key.
    const unknown = `gzk_${prefixA}_${'A'.repeat(43)}`;
    expect((await push(unknown, reportBody())).statusCode).toBe(401);
    // The key is checked before the body: a bad body without a key is still 401.
    expect((await t.request({ method: 'POST', url, body: { nonsense: true } })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('403: a testing body cannot push a certificate, a certification body no test report', async () => {
    const cert = await push(keyA, reportBody({ kind: 'certificate' }));
    expect(cert.statusCode, cert.body).toBe(403);
    expect(cert.json().error.code).toBe('forbidden');
    expect((await push(keyCert, reportBody())).statusCode).toBe(403);
  });

  it('400 naming fields: unknown fields (no provider field), the credit code, dates, enums', async () => {
    const asB = await push(keyA, { ...reportBody(), providerId: testingB });
    expect(asB.statusCode).toBe(400);
    expect(errorFields(asB)).toEqual({ providerId: 'unknown_field' });
    const missing = await push(keyA, { kind: 'test_report' });
    expect(errorFields(missing)).toMatchObject({
      documentNo: 'required',
      enterpriseCreditCode: 'required',
      productName: 'required',
      result: 'required',
      issuedOn: 'required',
    });
    const enums = await push(keyA, reportBody({ kind: 'memo', result: 'fine', issuedOn: '2026-02-30' }));
    expect(errorFields(enums)).toEqual({ kind: 'one_of', result: 'one_of', issuedOn: 'format' });
    const badCode = member.creditCode.slice(0, 17) + (member.creditCode.endsWith('0') ? '1' : '0');
    const uscc = await push(keyA, reportBody({ enterpriseCreditCode: badCode }));
    expect(errorFields(uscc)).toEqual({ enterpriseCreditCode: 'uscc_check_character' });
    const short = await push(keyA, reportBody({ enterpriseCreditCode: '9144' }));
    expect(errorFields(short)).toEqual({ enterpriseCreditCode: 'uscc_length' });
    const unknown = await push(keyA, reportBody({ enterpriseCreditCode: makeUscc('91', '440605', 'MA9Q0001') }));
    expect(errorFields(unknown)).toEqual({ enterpriseCreditCode: 'enterprise_not_found' });
    // The registry's other organisations are not enterprises.
    const association = await push(keyA, reportBody({ enterpriseCreditCode: await creditCodeOf(jiancaiId) }));
    expect(errorFields(association)).toEqual({ enterpriseCreditCode: 'enterprise_not_found' });
    const order = await push(keyA, reportBody({ issuedOn: day(-3), validUntil: day(-4) }));
    expect(errorFields(order)).toEqual({ validUntil: 'date_order' });
    const future = await push(keyA, reportBody({ issuedOn: day(2) }));
    expect(errorFields(future)).toEqual({ issuedOn: 'future_date' });
    const blank = await push(keyA, reportBody({ documentNo: '  ' }));
    expect(errorFields(blank)).toEqual({ documentNo: 'required' });
  });

  it('201: the document is the key’s body’s, becomes a draft credit record, and is audited with the key', async () => {
    const body = reportBody({ result: 'unqualified', enterpriseCreditCode: member.creditCode.toLowerCase() });
    const res = await push(keyA, body);
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({
      providerId: testingA,
      providerName: '佛山市顺安检测技术有限公司',
      kind: 'test_report',
      documentNo: body.documentNo,
      enterpriseId: member.id,
      enterpriseCreditCode: member.creditCode,
      result: 'unqualified',
      issuedOn: body.issuedOn,
      validUntil: null,
    });
    const stored = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select().from(qualityDocument).where(eq(qualityDocument.id, doc.id)),
    );
    expect(stored[0]).toMatchObject({ providerId: testingA, keyId: keyIdA });

    const records = await recordsOf(`document:${testingA}:test_report:${body.documentNo}`);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      associationId: jiancaiId,
      enterpriseId: member.id,
      recordType: 'test_report',
      severity: 'general',
      polarity: 'negative',
      status: 'draft',
      occurredOn: body.issuedOn,
      sourceOrganisationId: testingA,
      sourceName: '佛山市顺安检测技术有限公司',
    });
    expect(records[0]?.title).toContain(body.documentNo);

    const [created] = await t.auditOf('quality_document.created', doc.id);
    expect(created).toMatchObject({ organisationId: testingA, actorUserId: null });
    expect(created?.after).toMatchObject({ keyId: keyIdA, keyPrefix: prefixA, documentNo: body.documentNo });
    const calls = (await t.auditOf('provider_api.called', keyIdA)).map((e) => e.after);
    expect(calls).toContainEqual(
      expect.objectContaining({ method: 'POST', route: '/api/v1/data/quality-documents', status: 201 }),
    );
    expect(calls).toContainEqual(expect.objectContaining({ status: 400 }));
  });

  it('a certificate from a certification body becomes a certification record', async () => {
    const body = reportBody({ kind: 'certificate', documentNo: 'CQC-2026-0001', validUntil: day(365) });
    const res = await push(keyCert, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ providerId: certifier, kind: 'certificate', validUntil: day(365) });
    const [record] = await recordsOf(`document:${certifier}:certificate:CQC-2026-0001`);
    expect(record).toMatchObject({
      recordType: 'certification',
      severity: 'minor',
      polarity: 'positive',
      status: 'draft',
    });
  });

  it('an enterprise in no association: the document is kept, no archive gets a record', async () => {
    const body = reportBody({ enterpriseCreditCode: outsider.creditCode });
    const res = await push(keyA, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(await recordsOf(`document:${testingA}:test_report:${body.documentNo}`)).toEqual([]);
  });

  it('pushing the same kind and number again: 200 with the first one, nothing changed', async () => {
    const body = reportBody();
    const first = await push(keyA, body);
    expect(first.statusCode).toBe(201);
    const again = await push(keyA, body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const changed = await push(keyA, { ...body, productName: '另一个产品', result: 'unqualified' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual(first.json());
    const rows = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select().from(qualityDocument).where(eq(qualityDocument.documentNo, body.documentNo)),
    );
    expect(rows).toHaveLength(1);
    expect(await recordsOf(`document:${testingA}:test_report:${body.documentNo}`)).toHaveLength(1);
    expect(await t.auditOf('quality_document.created', first.json().id)).toHaveLength(1);
  });

  it('another body’s same number is its own document; a key only ever writes as its body', async () => {
    const body = reportBody();
    const a = await push(keyA, body);
    const b = await push(keyB, body);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).not.toBe(a.json().id);
    expect(b.json().providerId).toBe(testingB);
    expect(a.json().providerId).toBe(testingA);
  });

  it('GET lists only the body’s own documents, and the key shows when it was last used', async () => {
    const own = await listDocs(keyA);
    expect(own.statusCode).toBe(200);
    const items = own.json().items as { providerId: string; documentNo: string }[];
    expect(items.length).toBeGreaterThan(2);
    expect(items.every((d) => d.providerId === testingA)).toBe(true);
    const ofB = (await listDocs(keyB)).json().items as { providerId: string }[];
    expect(ofB.length).toBeGreaterThan(0);
    expect(ofB.every((d) => d.providerId === testingB)).toBe(true);
    const paged = await listDocs(keyA, 'pageSize=1&page=2');
    expect(paged.json()).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.json().items).toHaveLength(1);
    expect(errorFields(await listDocs(keyA, 'providerId=x'))).toEqual({ providerId: 'unknown_field' });
    const keys = (
      await t.request({ method: 'GET', url: `/api/v1/providers/${testingA}/keys`, cookie: regulator })
    ).json();
    expect(keys.find((k: { id: string }) => k.id === keyIdA).lastUsedAt).toBeTruthy();
  });

  it('a body that is disabled, or no longer a testing body, is refused', async () => {
    const body = await addOrganisation(t, { kind: 'testing_body', name: '佛山市三水区停用检测有限公司' });
    const { key } = await issueKey(body);
    expect((await listDocs(key)).statusCode).toBe(200);
    const setOrg = (values: Partial<typeof organisation.$inferInsert>) =>
      t.database.transaction(SYSTEM_SCOPE, (tx) =>
        tx.update(organisation).set(values).where(eq(organisation.id, body)),
      );
    await setOrg({ status: 'disabled' });
    expect((await listDocs(key)).statusCode).toBe(401);
    await setOrg({ status: 'active', kind: 'research' });
    expect((await listDocs(key)).statusCode).toBe(401);
  });
});

describe('rate limit per key', () => {
  it('429 in the platform’s error format over the configured limit; other keys go on', async () => {
    const limited = (await issueKey(testingB, '限流')).key;
    const other = (await issueKey(testingB, '另一把')).key;
    for (let i = 0; i < RATE; i++) {
      const res = await listDocs(limited);
      expect(res.statusCode, `call ${i + 1}`).toBe(200);
    }
    const over = await listDocs(limited);
    expect(over.statusCode).toBe(429);
    expect(over.json().error).toMatchObject({ code: 'rate_limited' });
    expect(over.json().error.message).toBeTruthy();
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect((await listDocs(other)).statusCode).toBe(200);
  });
});

describe('OpenAPI', () => {
  it('documents the routes, the examples and the bearer scheme', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.components.securitySchemes.providerKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    const pushDoc = doc.paths['/api/v1/data/quality-documents'].post;
    expect(pushDoc.security).toEqual([{ providerKey: [] }]);
    expect(pushDoc.description).toContain('enterprise_not_found');
    expect(JSON.stringify(pushDoc.requestBody)).toContain('FSJC-2026-000123');
    expect(doc.paths['/api/v1/providers/{organisationId}/keys'].post.summary).toBeTruthy();
    expect(doc.paths['/api/v1/provider-keys/{id}/revoke'].post).toBeTruthy();
  });
});
