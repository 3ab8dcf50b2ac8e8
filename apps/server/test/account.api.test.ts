import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { session } from '../src/db/schema/index.js';
import { addUser, buildTestApp, errorFields, type TestApp } from './harness.js';

let t: TestApp;
let jiancaiId: string;
let ranqiId: string;

beforeAll(async () => {
  t = await buildTestApp();
  jiancaiId = await t.orgId('佛山市建材行业协会');
  ranqiId = await t.orgId('佛山市顺德区燃气具商会');
});
afterAll(() => t.close());

const login = (username: string, password: string, headers?: Record<string, string>) =>
  t.request({
    method: 'POST',
    url: '/api/v1/auth/login',
    body: { username, password },
    ...(headers ? { headers } : {}),
  });

describe('POST /api/v1/auth/login', () => {
  it('400 for a malformed body', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/auth/login', body: { username: '' } });
    expect(res.statusCode).toBe(400);
    expect(errorFields(res)).toEqual({ username: 'required', password: 'required' });
  });

  it('signs in with an HttpOnly SameSite session cookie and audits it', async () => {
    const res = await login('jiancai.staff', 'Gongzhi#2026');
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/gz_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.json()).toMatchObject({
      user: { username: 'jiancai.staff' },
      organisations: [{ id: jiancaiId, kind: 'industry_organisation' }],
      idleTimeoutSeconds: 1800,
    });
    expect(res.json().permissions).toContain('membership.manage');
    const events = await t.auditOf('auth.login');
    expect(events.some((e) => e.actorUsername === 'jiancai.staff')).toBe(true);
  });

  it('refuses a wrong password and an unknown user alike, and audits both', async () => {
    const wrong = await login('jiancai.liaison', 'Wrong#2026x');
    const unknown = await login('nobody.here', 'Wrong#2026x');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    const failed = await t.auditOf('auth.login_failed');
    expect(failed.map((e) => (e.after as { reason: string }).reason)).toEqual(
      expect.arrayContaining(['wrong_password', 'unknown_user']),
    );
  });

  it('locks an account for 15 minutes after 5 failures, even for the right password', async () => {
    await addUser(t, 'lock.me', 'association_staff', jiancaiId);
    for (let i = 1; i <= 4; i++) expect((await login('lock.me', `Wrong#000${i}`)).statusCode).toBe(401);
    const fifth = await login('lock.me', 'Wrong#0005');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('account_locked');
    const right = await login('lock.me', 'Gongzhi#2026', { 'accept-language': 'en-US' });
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toMatch(/locked until \d{4}-/);
    const locked = await t.auditOf('user.locked');
    expect(locked).toHaveLength(1);
    const after = locked[0]?.after as { lockedUntil: string } | undefined;
    const until = new Date(after?.lockedUntil ?? 0).getTime();
    expect(until - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  });

  it('refuses a disabled account', async () => {
    await addUser(t, 'to.disable', 'association_staff', jiancaiId);
    const admin = await t.login('jiancai.admin');
    const users = (await t.request({ method: 'GET', url: '/api/v1/users?q=to.disable', cookie: admin })).json();
    const u = users.items[0];
    const sessionCookie = await t.login('to.disable');
    const res = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      cookie: admin,
      body: { version: u.version, status: 'disabled' },
    });
    expect(res.statusCode).toBe(200);
    expect((await login('to.disable', 'Gongzhi#2026')).statusCode).toBe(401);
    // Sessions of a disabled account end at once.
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: sessionCookie })).statusCode).toBe(401);
    expect(await t.auditOf('user.disabled', u.id)).toHaveLength(1);
  });
});

describe('sessions', () => {
  it('end after the idle timeout and on logout', async () => {
    const cookie = await t.login('regulator.staff');
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie })).statusCode).toBe(200);
    const logout = await t.request({ method: 'POST', url: '/api/v1/auth/logout', cookie });
    expect(logout.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie })).statusCode).toBe(401);

    const idle = await t.login('regulator.staff');
    const token = idle.split('=')[1] as string;
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(token).digest('hex');
    await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx
        .update(session)
        .set({ lastSeenAt: sql`now() - make_interval(secs => ${t.config.sessionIdleSeconds + 1})` })
        .where(eq(session.tokenHash, hash)),
    );
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: idle })).statusCode).toBe(401);
  });

  it('are stored hashed: the cookie value is not in the database', async () => {
    const cookie = await t.login('expert.zhang');
    const token = cookie.split('=')[1] as string;
    const rows = await t.database.transaction(SYSTEM_SCOPE, (tx) => tx.select().from(session));
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
  });
});

describe('POST /api/v1/auth/password', () => {
  it('401, then 400 naming the field, then changes the password and ends other sessions', async () => {
    await addUser(t, 'changer', 'association_liaison', jiancaiId);
    const url = '/api/v1/auth/password';
    expect(
      (await t.request({ method: 'POST', url, body: { currentPassword: 'x', newPassword: 'y' } })).statusCode,
    ).toBe(401);
    const cookie = await t.login('changer');
    const other = await t.login('changer');
    const wrong = await t.request({
      method: 'POST',
      url,
      cookie,
      body: { currentPassword: 'Nope#2026', newPassword: 'Better#2027' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(errorFields(wrong)).toEqual({ currentPassword: 'password_wrong' });
    const weak = await t.request({
      method: 'POST',
      url,
      cookie,
      body: { currentPassword: 'Gongzhi#2026', newPassword: 'abcdefgh' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields[0]).toMatchObject({ field: 'newPassword', issue: 'password_weak' });
    expect(weak.json().error.fields[0].message).toContain('8');
    const ok = await t.request({
      method: 'POST',
      url,
      cookie,
      body: { currentPassword: 'Gongzhi#2026', newPassword: 'Better#2027' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: other })).statusCode).toBe(401);
    expect((await login('changer', 'Gongzhi#2026')).statusCode).toBe(401);
    expect((await login('changer', 'Better#2027')).statusCode).toBe(200);
    expect(await t.auditOf('user.password_changed')).toHaveLength(1);
  });
});

describe('/api/v1/users', () => {
  it('401 when not logged in; 403 for a role without user.manage', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401);
    const staff = await t.login('jiancai.staff');
    expect((await t.request({ method: 'GET', url: '/api/v1/users', cookie: staff })).statusCode).toBe(403);
    const create = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      cookie: staff,
      body: {
        username: 'x.y',
        displayName: 'x',
        password: 'Gongzhi#2026',
        role: 'association_staff',
        organisationId: jiancaiId,
      },
    });
    expect(create.statusCode).toBe(403);
  });

  it('lists only the administrator’s own organisation’s accounts', async () => {
    const admin = await t.login('jiancai.admin');
    const bad = await t.request({ method: 'GET', url: '/api/v1/users?organisationId=x&pageSize=0', cookie: admin });
    expect(bad.statusCode).toBe(400);
    expect(errorFields(bad)).toEqual({ organisationId: 'format', pageSize: 'too_small' });
    const list = (await t.request({ method: 'GET', url: '/api/v1/users?pageSize=100', cookie: admin })).json();
    const names = list.items.map((u: { username: string }) => u.username);
    expect(names).toContain('jiancai.liaison');
    expect(names).not.toContain('regulator.admin');
    expect(names).not.toContain('enterprise.admin');
    expect(
      list.items.every((u: { roles: { organisationId: string }[] }) =>
        u.roles.every((r) => r.organisationId === jiancaiId),
      ),
    ).toBe(true);
  });

  it('403 when creating an account in another association; 400 for a weak password, a duplicate name, a role that does not fit', async () => {
    const admin = await t.login('jiancai.admin');
    const base = {
      username: 'new.staff',
      displayName: '新同事',
      password: 'Gongzhi#2026',
      role: 'association_staff',
      organisationId: jiancaiId,
    };
    const other = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      cookie: admin,
      body: { ...base, organisationId: ranqiId },
    });
    expect(other.statusCode).toBe(403);
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ password: 'short1' }, { password: 'password_weak' }],
      [{ username: 'Jiancai.Staff' }, { username: 'duplicate_username' }],
      [{ role: 'regulator_admin' }, { role: 'role_organisation_kind' }],
      [
        { username: 'has space', email: 'not-an-email' },
        { username: 'pattern', email: 'format' },
      ],
    ];
    for (const [overrides, expected] of cases) {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/users',
        cookie: admin,
        body: { ...base, ...overrides },
      });
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(errorFields(res)).toEqual(expected);
    }
    const ok = await t.request({ method: 'POST', url: '/api/v1/users', cookie: admin, body: base });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      username: 'new.staff',
      roles: [{ role: 'association_staff', organisationId: jiancaiId }],
    });
    const events = await t.auditOf('user.created', ok.json().id);
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0]?.after)).not.toContain('argon2');
    expect((await login('new.staff', 'Gongzhi#2026')).statusCode).toBe(200);
  });

  it('resets a password (ending sessions) only within scope', async () => {
    const admin = await t.login('jiancai.admin');
    const target = (await t.request({ method: 'GET', url: '/api/v1/users?q=new.staff', cookie: admin })).json()
      .items[0];
    const regulatorAdmin = await t.login('regulator.admin');
    const ranqiAdminList = (
      await t.request({ method: 'GET', url: '/api/v1/users?q=regulator.staff', cookie: regulatorAdmin })
    ).json();
    const outside = ranqiAdminList.items[0];
    const url = (id: string) => `/api/v1/users/${id}/reset-password`;
    expect(
      (await t.request({ method: 'POST', url: url(outside.id), cookie: admin, body: { newPassword: 'Reset#2026a' } }))
        .statusCode,
    ).toBe(404);
    const weak = await t.request({ method: 'POST', url: url(target.id), cookie: admin, body: { newPassword: 'weak' } });
    expect(weak.statusCode).toBe(400);
    const ok = await t.request({
      method: 'POST',
      url: url(target.id),
      cookie: admin,
      body: { newPassword: 'Reset#2026a' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await login('new.staff', 'Reset#2026a')).statusCode).toBe(200);
    expect(await t.auditOf('user.password_reset', target.id)).toHaveLength(1);
  });
});

describe('session cookie over TLS', () => {
  it('is Secure when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await buildTestApp({ seed: true, config: { trustProxy: true } });
    try {
      const res = await proxied.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        body: { username: 'jiancai.staff', password: 'Gongzhi#2026' },
      });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/;\s*Secure/i);
      const plain = await proxied.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username: 'jiancai.staff', password: 'Gongzhi#2026' },
      });
      expect(String(plain.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
    } finally {
      await proxied.close();
    }
  });
});

describe('PATCH /api/v1/users/:id and POST /api/v1/users/:id/reset-password refusals', () => {
  it('401, 403 for a role without user.manage, 404 for another organisation’s account, 400 for bad input, 409 for a stale version', async () => {
    const admin = await t.login('jiancai.admin');
    const staff = await t.login('jiancai.staff');
    const regulatorAdmin = await t.login('regulator.admin');
    const own = (await t.request({ method: 'GET', url: '/api/v1/users?q=jiancai.liaison', cookie: admin })).json()
      .items[0];
    const other = (
      await t.request({ method: 'GET', url: '/api/v1/users?q=enterprise.cqo', cookie: regulatorAdmin })
    ).json().items[0];
    const patch = (id: string, cookie: string | undefined, body: unknown) =>
      t.request({ method: 'PATCH', url: `/api/v1/users/${id}`, ...(cookie ? { cookie } : {}), body });
    const reset = (id: string, cookie: string | undefined, body: unknown) =>
      t.request({ method: 'POST', url: `/api/v1/users/${id}/reset-password`, ...(cookie ? { cookie } : {}), body });

    expect((await patch(own.id, undefined, { version: own.version })).statusCode).toBe(401);
    expect((await reset(own.id, undefined, { newPassword: 'Reset#2026b' })).statusCode).toBe(401);
    expect((await patch(own.id, staff, { version: own.version, displayName: 'x' })).statusCode).toBe(403);
    expect((await reset(own.id, staff, { newPassword: 'Reset#2026b' })).statusCode).toBe(403);
    // Nor the accounts of its member enterprises: those belong to the enterprise (and the regulator).
    const memberAccount = await patch(other.id, admin, { version: other.version, displayName: '篡改' });
    expect(memberAccount.statusCode).toBe(404);
    const outsider = (
      await t.request({ method: 'GET', url: '/api/v1/users?q=regulator.staff', cookie: regulatorAdmin })
    ).json().items[0];
    expect((await patch(outsider.id, admin, { version: outsider.version, status: 'disabled' })).statusCode).toBe(404);
    expect((await reset(outsider.id, admin, { newPassword: 'Reset#2026b' })).statusCode).toBe(404);
    const bad = await patch(own.id, admin, { version: own.version, status: 'deleted', role: 'regulator_admin' });
    expect(bad.statusCode).toBe(400);
    expect(errorFields(bad)).toEqual({ status: 'one_of', role: 'unknown_field' });
    expect((await reset('not-a-uuid', admin, { newPassword: 'Reset#2026b' })).statusCode).toBe(400);
    const ok = await patch(own.id, admin, { version: own.version, displayName: '何联络员（新）' });
    expect(ok.statusCode).toBe(200);
    const stale = await patch(own.id, admin, { version: own.version, displayName: '覆盖' });
    expect(stale.statusCode).toBe(409);
    const events = await t.auditOf('user.updated', own.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.after).toEqual({ displayName: '何联络员（新）' });
  });
});
