import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { creditRecord, notification } from '../src/db/schema/index.js';
import { todayInShanghai } from '../src/kernel/clock.js';
import { addCalendarDays } from '../src/modules/calendar/working-days.js';
import { creditActors, expectRefused } from './credit-fixtures.js';
import { addOrganisation, addUser, buildTestApp, errorFields, type TestApp } from './harness.js';
import { type MailInbox, startMailInbox } from './mail-inbox.js';

let mail: MailInbox;
let t: TestApp;
let staff: string;
let liaison: string;
let enterpriseAdmin: string;
let cqo: string;
let regulator: string;
let expert: string;
let otherStaff: string;
let otherEnterprise: string;
let jiancaiId: string;
let ranqiId: string;
let enterpriseId: string;
let enterpriseName: string;
let enterpriseCode: string;
let otherEnterpriseId: string;
let hiddenEnterpriseId: string;

const today = todayInShanghai();
const day = (offset: number) => addCalendarDays(today, offset);

const signBody = (overrides: Record<string, unknown> = {}) => ({
  enterpriseId,
  associationId: jiancaiId,
  kind: 'assured_consumption',
  content: '本店承诺所售瓷砖质量合格、明码标价，出现质量问题先行赔付、首问负责。',
  validFrom: day(-30),
  validUntil: day(335),
  ...overrides,
});

async function sign(overrides: Record<string, unknown> = {}, cookie = enterpriseAdmin) {
  const res = await t.request({ method: 'POST', url: '/api/v1/credit/commitments', cookie, body: signBody(overrides) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; status: string; brokenRecordId: string | null };
}

const publicBoard = async (query = '') =>
  (await t.request({ method: 'GET', url: `/api/v1/public/commitments${query}` }))
    .json()
    .items.map((c: { id: string }) => c.id) as string[];

const consoleList = async (cookie: string, query = '') => {
  const res = await t.request({ method: 'GET', url: `/api/v1/credit/commitments${query}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { id: string; status: string; enterpriseId: string }[];
};

const recordsFrom = (commitmentId: string) =>
  t.database.transaction(SYSTEM_SCOPE, (tx) =>
    tx
      .select()
      .from(creditRecord)
      .where(and(eq(creditRecord.sourceRef, `commitment:${commitmentId}`))),
  );

beforeAll(async () => {
  mail = await startMailInbox();
  t = await buildTestApp({ config: { smtpUrl: mail.url } });
  ({ staff, liaison, enterpriseAdmin, regulator, expert, jiancaiId, ranqiId, otherStaff } = await creditActors(
    t,
    'ranqi.staff.cm',
  ));
  cqo = await t.login('enterprise.cqo');
  otherEnterpriseId = await addOrganisation(t, {
    kind: 'enterprise',
    name: '佛山市南海区承诺测试建材有限公司',
    published: true,
    memberOf: jiancaiId,
  });
  await addUser(t, 'other.enterprise.cm', 'enterprise_admin', otherEnterpriseId);
  otherEnterprise = await t.login('other.enterprise.cm');
  hiddenEnterpriseId = await addOrganisation(t, { kind: 'enterprise', name: '佛山市未公开建材有限公司' });
  const me = (await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: enterpriseAdmin })).json();
  enterpriseId = me.organisations[0].id;
  const org = (await t.request({ method: 'GET', url: `/api/v1/public/organisations/${enterpriseId}` })).json() as {
    name: string;
    creditCode: string;
  };
  enterpriseName = org.name;
  enterpriseCode = org.creditCode;
});
afterAll(async () => {
  await t.close();
  await mail.close();
});

describe('POST /api/v1/credit/commitments (an enterprise signs)', () => {
  const url = '/api/v1/credit/commitments';

  it('401 signed out; 403 without credit.object; 403/404 for another enterprise', async () => {
    // Another enterprise's admin, for a published enterprise it can see: 403; for one it cannot: 404.
    await expectRefused(
      t,
      { method: 'POST', url, body: signBody() },
      { forbidden: [staff, liaison, regulator, expert, otherEnterprise] },
    );
    const hidden = await t.request({
      method: 'POST',
      url,
      body: signBody({ enterpriseId: hiddenEnterpriseId }),
      cookie: otherEnterprise,
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('400 naming the field: scope and return period of an offline return pledge, the dates, the association', async () => {
    const offline = await t.request({
      method: 'POST',
      url,
      cookie: enterpriseAdmin,
      body: signBody({ kind: 'offline_no_reason_return' }),
    });
    expect(offline.statusCode).toBe(400);
    expect(errorFields(offline)).toEqual({ scope: 'return_days_required', returnDays: 'return_days_required' });
    expect(offline.json().error.fields[0].message).toContain('不少于 7 天');
    const short = await t.request({
      method: 'POST',
      url,
      cookie: enterpriseAdmin,
      body: signBody({ kind: 'offline_no_reason_return', scope: '全部门店', returnDays: 3 }),
    });
    expect(errorFields(short)).toEqual({ returnDays: 'too_small' });
    const reversed = await t.request({
      method: 'POST',
      url,
      cookie: enterpriseAdmin,
      body: signBody({ validFrom: day(10), validUntil: day(10) }),
    });
    expect(errorFields(reversed)).toEqual({ validUntil: 'date_order' });
    const notMember = await t.request({
      method: 'POST',
      url,
      cookie: enterpriseAdmin,
      body: signBody({ associationId: ranqiId }),
    });
    expect(errorFields(notMember)).toEqual({ associationId: 'not_a_member_of_association' });
    const bad = await t.request({
      method: 'POST',
      url,
      cookie: enterpriseAdmin,
      body: signBody({ kind: 'lifetime_guarantee', content: '太短' }),
    });
    expect(errorFields(bad)).toMatchObject({ kind: 'one_of', content: 'too_short' });
  });

  it('signs, audits, and shows it on the public board, found by name, code and kind', async () => {
    const res = await t.request({ method: 'POST', url, cookie: cqo, body: signBody() });
    expect(res.statusCode, res.body).toBe(201);
    const signed = res.json();
    expect(signed).toMatchObject({
      enterpriseId,
      associationId: jiancaiId,
      associationName: '佛山市建材行业协会',
      kind: 'assured_consumption',
      status: 'active',
      signedByName: '周首席质量官',
      returnDays: null,
      brokenRecordId: null,
      version: 1,
    });
    const [event] = await t.auditOf('credit_commitment.signed', signed.id);
    expect(event).toMatchObject({ organisationId: enterpriseId, actorUsername: 'enterprise.cqo' });
    expect(await publicBoard()).toContain(signed.id);
    expect(await publicBoard(`?q=${encodeURIComponent(enterpriseName.slice(-4))}`)).toContain(signed.id);
    expect(await publicBoard(`?q=${enterpriseCode}`)).toContain(signed.id);
    expect(await publicBoard(`?q=${enterpriseCode.slice(0, 8).toLowerCase()}`)).toContain(signed.id);
    expect(await publicBoard('?q=不存在的企业名称')).not.toContain(signed.id);
    expect(await publicBoard('?kind=assured_consumption')).toContain(signed.id);
    expect(await publicBoard('?kind=quality_safety')).not.toContain(signed.id);
    const item = (await t.request({ method: 'GET', url: '/api/v1/public/commitments' }))
      .json()
      .items.find((c: { id: string }) => c.id === signed.id);
    expect(item).toMatchObject({ enterpriseName, creditCode: enterpriseCode, associationName: '佛山市建材行业协会' });
    expect(item).not.toHaveProperty('version');
  });

  it('an offline no-reason return pledge keeps its scope and return period', async () => {
    const signed = await sign({ kind: 'offline_no_reason_return', scope: '  全部门店的瓷砖、洁具  ', returnDays: 15 });
    expect(signed).toMatchObject({ scope: '全部门店的瓷砖、洁具', returnDays: 15 });
  });
});

describe('GET /api/v1/credit/commitments (console list) and the public board over time', () => {
  let expired: { id: string };
  let future: { id: string };
  let current: { id: string };

  beforeAll(async () => {
    expired = await sign({ kind: 'quality_safety', validFrom: day(-400), validUntil: day(-1) });
    future = await sign({ kind: 'quality_safety', validFrom: day(1), validUntil: day(60) });
    current = await sign({ kind: 'quality_safety', validFrom: day(-1), validUntil: today });
  });

  it('401 signed out; 403 without credit.read; 404 filtering by another association or a non-member', async () => {
    await expectRefused(t, { method: 'GET', url: '/api/v1/credit/commitments' }, { forbidden: [expert] });
    const other = await t.request({
      method: 'GET',
      url: `/api/v1/credit/commitments?associationId=${jiancaiId}`,
      cookie: otherStaff,
    });
    expect(other.statusCode).toBe(404);
    const nonMember = await t.request({
      method: 'GET',
      url: `/api/v1/credit/commitments?enterpriseId=${hiddenEnterpriseId}`,
      cookie: staff,
    });
    expect(nonMember.statusCode).toBe(404);
    const bad = await t.request({ method: 'GET', url: '/api/v1/credit/commitments?status=lapsed', cookie: staff });
    expect(errorFields(bad)).toEqual({ status: 'one_of' });
  });

  it('the association, the enterprise and the regulator see it; another association and enterprise do not', async () => {
    for (const cookie of [staff, liaison, enterpriseAdmin, cqo, regulator]) {
      expect((await consoleList(cookie, '?pageSize=100')).map((c) => c.id)).toContain(expired.id);
    }
    for (const cookie of [otherStaff, otherEnterprise]) {
      expect((await consoleList(cookie, '?pageSize=100')).map((c) => c.id)).not.toContain(expired.id);
    }
    const mine = await consoleList(staff, `?enterpriseId=${enterpriseId}&pageSize=100`);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c) => c.enterpriseId === enterpriseId)).toBe(true);
  });

  it('an active commitment past its last day is expired: in the console, in the status filter, and off the board', async () => {
    const all = await consoleList(staff, '?pageSize=100');
    expect(all.find((c) => c.id === expired.id)?.status).toBe('expired');
    expect(all.find((c) => c.id === current.id)?.status).toBe('active');
    const expiredOnly = (await consoleList(staff, '?status=expired&pageSize=100')).map((c) => c.id);
    expect(expiredOnly).toContain(expired.id);
    expect(expiredOnly).not.toContain(current.id);
    const activeOnly = (await consoleList(staff, '?status=active&pageSize=100')).map((c) => c.id);
    expect(activeOnly).toContain(current.id);
    expect(activeOnly).not.toContain(expired.id);
    const board = await publicBoard('?pageSize=100');
    expect(board).toContain(current.id);
    expect(board).not.toContain(expired.id);
    // Not in force yet: not on the board either.
    expect(board).not.toContain(future.id);
  });
});

describe('POST /api/v1/credit/commitments/:id/withdraw', () => {
  let c: { id: string; version: number };
  const url = () => `/api/v1/credit/commitments/${c.id}/withdraw`;
  const body = (overrides: Record<string, unknown> = {}) => ({
    version: 1,
    reason: '门店停业，承诺不再适用',
    ...overrides,
  });

  beforeAll(async () => {
    c = await sign({ kind: 'quality_safety' });
  });

  it('401, 403 without credit.object, 404 for another enterprise, 400 for a missing reason', async () => {
    await expectRefused(
      t,
      { method: 'POST', url: url(), body: body() },
      { forbidden: [staff], notFound: [otherEnterprise] },
    );
    const missing = await t.request({ method: 'POST', url: url(), body: { version: 1 }, cookie: enterpriseAdmin });
    expect(errorFields(missing)).toEqual({ reason: 'required' });
    const unknown = await t.request({
      method: 'POST',
      url: '/api/v1/credit/commitments/00000000-0000-4000-8000-000000000000/withdraw',
      body: body(),
      cookie: enterpriseAdmin,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('409 on a stale version; withdraws once, audited, and leaves the board', async () => {
    expect(await publicBoard('?pageSize=100')).toContain(c.id);
    const stale = await t.request({ method: 'POST', url: url(), body: body({ version: 7 }), cookie: enterpriseAdmin });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const res = await t.request({ method: 'POST', url: url(), body: body(), cookie: enterpriseAdmin });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', endReason: '门店停业，承诺不再适用', version: 2 });
    const [event] = await t.auditOf('credit_commitment.withdrawn', c.id);
    expect(event?.after).toMatchObject({ status: 'withdrawn' });
    expect(await publicBoard('?pageSize=100')).not.toContain(c.id);
    const again = await t.request({ method: 'POST', url: url(), body: body({ version: 2 }), cookie: enterpriseAdmin });
    expect(again.json().error.code).toBe('transition_not_allowed');
    const breach = await t.request({
      method: 'POST',
      url: `/api/v1/credit/commitments/${c.id}/breach`,
      body: { version: 2, reason: '已撤回的承诺', severity: 'minor', occurredOn: today },
      cookie: staff,
    });
    expect(breach.json().error.code).toBe('transition_not_allowed');
  });
});

describe('POST /api/v1/credit/commitments/:id/breach (the association finds it broken)', () => {
  let c: { id: string; version: number };
  const url = () => `/api/v1/credit/commitments/${c.id}/breach`;
  const body = (overrides: Record<string, unknown> = {}) => ({
    version: 1,
    reason: '经核实，门店拒绝为消费者办理承诺范围内的退货',
    severity: 'general',
    occurredOn: day(-3),
    ...overrides,
  });

  beforeAll(async () => {
    c = await sign({ kind: 'offline_no_reason_return', scope: '全部门店', returnDays: 7 });
  });

  it('401; 403 without credit.record; 404 for another association; 400 for dates outside the commitment', async () => {
    await expectRefused(
      t,
      { method: 'POST', url: url(), body: body() },
      { forbidden: [enterpriseAdmin, liaison, regulator], notFound: [otherStaff] },
    );
    const future = await t.request({ method: 'POST', url: url(), body: body({ occurredOn: day(1) }), cookie: staff });
    expect(errorFields(future)).toEqual({ occurredOn: 'future_date' });
    const before = await t.request({
      method: 'POST',
      url: url(),
      body: body({ occurredOn: day(-31) }),
      cookie: staff,
    });
    expect(errorFields(before)).toEqual({ occurredOn: 'too_small' });
    expect(before.json().error.fields[0].params).toEqual({ limit: day(-30) });
    const missing = await t.request({ method: 'POST', url: url(), body: { version: 1 }, cookie: staff });
    expect(errorFields(missing)).toMatchObject({ reason: 'required', severity: 'required', occurredOn: 'required' });
    expect(await recordsFrom(c.id)).toHaveLength(0);
  });

  it('marks it broken, writes exactly one confirmed credit record, audits, notifies in-app and by e-mail', async () => {
    mail.messages.length = 0;
    const res = await t.request({ method: 'POST', url: url(), body: body(), cookie: staff });
    expect(res.statusCode, res.body).toBe(200);
    const broken = res.json();
    expect(broken).toMatchObject({ status: 'broken', version: 2, endReason: body().reason });
    const records = await recordsFrom(c.id);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: broken.brokenRecordId,
      associationId: jiancaiId,
      enterpriseId,
      recordType: 'commitment_broken',
      polarity: 'negative',
      severity: 'general',
      status: 'confirmed',
      title: '未履行线下无理由退货承诺',
      occurredOn: day(-3),
      sourceName: '佛山市建材行业协会',
    });
    expect(records[0]?.confirmedAt).toBeTruthy();
    const [event] = await t.auditOf('credit_commitment.broken', c.id);
    expect(event).toMatchObject({ organisationId: jiancaiId, actorUsername: 'jiancai.staff' });
    expect(event?.after).toMatchObject({ status: 'broken', brokenRecordId: broken.brokenRecordId });
    expect(await t.auditOf('credit_record.created', broken.brokenRecordId)).toHaveLength(1);

    const notices = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx
        .select()
        .from(notification)
        .where(
          and(
            eq(notification.kind, 'credit.commitment_broken'),
            sql`${notification.params}->>'commitmentKind' = 'offline_no_reason_return'`,
          ),
        ),
    );
    expect(notices).toHaveLength(2);
    const bell = (await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: cqo })).json();
    expect(bell.map((n: { kind: string }) => n.kind)).toContain('credit.commitment_broken');
    expect(mail.messages.flatMap((m) => m.to).sort()).toEqual([
      'enterprise.admin@example.org',
      'enterprise.cqo@example.org',
    ]);
    expect(mail.messages[0]?.data).toContain('Subject:');
  });

  it('a retry writes no second record: 409 with the old version, transition refused with the new one', async () => {
    const stale = await t.request({ method: 'POST', url: url(), body: body(), cookie: staff });
    expect(stale.statusCode).toBe(409);
    const again = await t.request({ method: 'POST', url: url(), body: body({ version: 2 }), cookie: staff });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('transition_not_allowed');
    expect(await recordsFrom(c.id)).toHaveLength(1);
    expect(await t.auditOf('credit_commitment.broken', c.id)).toHaveLength(1);
    expect(await publicBoard('?pageSize=100')).not.toContain(c.id);
    expect((await consoleList(enterpriseAdmin, '?status=broken&pageSize=100')).map((x) => x.id)).toContain(c.id);
  });

  it('an expired commitment can still be found broken for what happened while it was valid', async () => {
    const old = await sign({ kind: 'quality_safety', validFrom: day(-200), validUntil: day(-100) });
    const late = await t.request({
      method: 'POST',
      url: `/api/v1/credit/commitments/${old.id}/breach`,
      body: body({ occurredOn: day(-50) }),
      cookie: staff,
    });
    expect(errorFields(late)).toEqual({ occurredOn: 'too_large' });
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/credit/commitments/${old.id}/breach`,
      body: body({ occurredOn: day(-150), severity: 'serious' }),
      cookie: staff,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('broken');
    expect(await recordsFrom(old.id)).toHaveLength(1);
  });

  it('concurrent findings of the same version: one succeeds, one record', async () => {
    const twin = await sign({ kind: 'assured_consumption' });
    const send = () =>
      t.request({ method: 'POST', url: `/api/v1/credit/commitments/${twin.id}/breach`, body: body(), cookie: staff });
    const codes = (await Promise.all([send(), send()])).map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    expect(await recordsFrom(twin.id)).toHaveLength(1);
  });
});
