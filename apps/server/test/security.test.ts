import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_SCOPE, SYSTEM_SCOPE } from '../src/db/client.js';
import { appUser, auditEvent, membership, organisation, session } from '../src/db/schema/index.js';
import { listOrganisations } from '../src/modules/organisation/organisation.repository.js';
import { addOrganisation, buildTestApp, type TestApp } from './harness.js';

let t: TestApp;
let jiancaiId: string;
let ranqiId: string;
let hiddenEnterprise: string;
let ownEnterprise: string;

beforeAll(async () => {
  t = await buildTestApp();
  jiancaiId = await t.orgId('佛山市建材行业协会');
  ranqiId = await t.orgId('佛山市顺德区燃气具商会');
  hiddenEnterprise = await addOrganisation(t, {
    kind: 'enterprise',
    name: '佛山市未公开燃气具有限公司',
    memberOf: ranqiId,
  });
  ownEnterprise = await addOrganisation(t, {
    kind: 'enterprise',
    name: '佛山市本企业建材有限公司',
    memberOf: jiancaiId,
  });
});
afterAll(() => t.close());

/** The scope the service layer would set for a person of these organisations. */
const scopeOf = (orgIds: string[], region = '') => ({ system: false, userId: null, orgIds, region });

describe('row-level security (service-layer checks bypassed: raw queries in a request transaction)', () => {
  it('stops an enterprise reading another enterprise’s unpublished record', async () => {
    const rows = await t.database.transaction(scopeOf([ownEnterprise]), (tx) =>
      tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, hiddenEnterprise)),
    );
    expect(rows).toEqual([]);
    const own = await t.database.transaction(scopeOf([ownEnterprise]), (tx) =>
      tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, ownEnterprise)),
    );
    expect(own).toEqual([{ id: ownEnterprise }]);
  });

  it('stops an association reading another association’s members and member records', async () => {
    const memberships = await t.database.transaction(scopeOf([jiancaiId]), (tx) =>
      tx.select().from(membership).where(eq(membership.associationId, ranqiId)),
    );
    // Only memberships where both sides are published are public; the hidden one is not among them.
    expect(memberships.some((m) => m.enterpriseId === hiddenEnterprise)).toBe(false);
    const orgs = await t.database.transaction(scopeOf([jiancaiId]), (tx) =>
      tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, hiddenEnterprise)),
    );
    expect(orgs).toEqual([]);
    const own = await t.database.transaction(scopeOf([jiancaiId]), (tx) =>
      tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, ownEnterprise)),
    );
    expect(own).toEqual([{ id: ownEnterprise }]);
  });

  it('stops writes outside scope: an UPDATE of another organisation changes nothing', async () => {
    const changed = await t.database.transaction(scopeOf([ownEnterprise]), (tx) =>
      tx
        .update(organisation)
        .set({ name: '篡改' })
        .where(eq(organisation.id, hiddenEnterprise))
        .returning({ id: organisation.id }),
    );
    expect(changed).toEqual([]);
    const name = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, hiddenEnterprise)),
    );
    expect(name[0]?.name).toBe('佛山市未公开燃气具有限公司');
  });

  it('filters search results by row-level security even if the service passed the widest scope', async () => {
    const { rows } = await t.database.transaction(scopeOf([ownEnterprise]), (tx) =>
      listOrganisations(tx, { kind: 'all' }, { q: '燃气具' }, { page: 1, pageSize: 100 }),
    );
    expect(rows.map((r) => r.id)).not.toContain(hiddenEnterprise);
    expect(rows.every((r) => r.published || r.id === ownEnterprise)).toBe(true);
  });

  it('gives the public only published organisations, no accounts and no sessions', async () => {
    const visible = await t.database.transaction(PUBLIC_SCOPE, (tx) =>
      tx.select({ published: organisation.published }).from(organisation),
    );
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((o) => o.published)).toBe(true);
    const users = await t.database.transaction(PUBLIC_SCOPE, (tx) => tx.select().from(appUser));
    expect(users).toEqual([]);
    const sessions = await t.database.transaction(scopeOf([jiancaiId]), (tx) => tx.select().from(session));
    expect(sessions).toEqual([]);
  });

  it('gives a regulator its region', async () => {
    const rows = await t.database.transaction(scopeOf([], '4406'), (tx) =>
      tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, hiddenEnterprise)),
    );
    expect(rows).toEqual([{ id: hiddenEnterprise }]);
    const elsewhere = await t.database.transaction(scopeOf([], '4401'), (tx) =>
      tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, hiddenEnterprise)),
    );
    expect(elsewhere).toEqual([]);
  });

  it('runs request work as the non-superuser application role', async () => {
    const rows = await t.database.transaction(PUBLIC_SCOPE, (tx) =>
      tx
        .select({
          role: sql<string>`current_user`,
          superuser: sql<boolean>`(select rolsuper from pg_roles where rolname = current_user)`,
        })
        .from(sql`(select 1) as one`),
    );
    expect(rows[0]).toEqual({ role: 'gongzhi_app', superuser: false });
  });
});

describe('public reads', () => {
  it('run as the application role with the public scope, also on the pooled path without a transaction', async () => {
    const who = await t.database.read(PUBLIC_SCOPE, (tx) =>
      tx
        .select({
          role: sql<string>`current_user`,
          orgIds: sql<string>`gongzhi_org_ids()::text`,
          system: sql<boolean>`gongzhi_is_system()`,
        })
        .from(sql`(select 1) as one`),
    );
    expect(who[0]).toEqual({ role: 'gongzhi_app', orgIds: '{}', system: false });
    const hidden = await t.database.read(PUBLIC_SCOPE, (tx) =>
      tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, hiddenEnterprise)),
    );
    expect(hidden).toEqual([]);
    expect(await t.database.read(PUBLIC_SCOPE, (tx) => tx.select().from(appUser))).toEqual([]);
  });
});

describe('the audit trail is append-only, enforced by the database', () => {
  it('refuses UPDATE and DELETE from the application role', async () => {
    const update = t.database.transaction(SYSTEM_SCOPE, (tx) => tx.update(auditEvent).set({ action: 'forged' }));
    await expect(update).rejects.toThrow();
    const remove = t.database.transaction(SYSTEM_SCOPE, (tx) => tx.delete(auditEvent));
    await expect(remove).rejects.toThrow();
  });

  it('refuses UPDATE, DELETE and TRUNCATE even from the owner', async () => {
    await expect(t.database.query(`update audit_event set action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(t.database.query('delete from audit_event')).rejects.toThrow(/append-only/);
    await expect(t.database.query('truncate audit_event')).rejects.toThrow(/append-only/);
    const count = await t.database.query<{ n: number }>('select count(*)::int as n from audit_event');
    expect(count[0]?.n).toBeGreaterThan(0);
  });

  it('refuses deleting organisations and memberships from the application role', async () => {
    await expect(
      t.database.transaction(SYSTEM_SCOPE, (tx) =>
        tx.delete(membership).where(eq(membership.enterpriseId, ownEnterprise)),
      ),
    ).rejects.toThrow();
    await expect(
      t.database.transaction(SYSTEM_SCOPE, (tx) => tx.delete(organisation).where(eq(organisation.id, ownEnterprise))),
    ).rejects.toThrow();
  });
});

describe('GET /api/v1/audit-events', () => {
  it('401, 403 for a role without audit.read, 400 for a bad filter', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/audit-events' })).statusCode).toBe(401);
    const staff = await t.login('jiancai.staff');
    expect((await t.request({ method: 'GET', url: '/api/v1/audit-events', cookie: staff })).statusCode).toBe(403);
    const admin = await t.login('jiancai.admin');
    const bad = await t.request({ method: 'GET', url: '/api/v1/audit-events?from=yesterday', cookie: admin });
    expect(bad.statusCode).toBe(400);
  });

  it('shows an association administrator its own organisation’s trail only, newest first, with filters', async () => {
    const admin = await t.login('jiancai.admin');
    const ranqiAdmin = await t.login('regulator.admin');
    // An event in another organisation's scope.
    await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: ranqiAdmin });
    const me = (await t.request({ method: 'GET', url: '/api/v1/auth/me', cookie: admin })).json();
    const list = (await t.request({ method: 'GET', url: '/api/v1/audit-events?pageSize=100', cookie: admin })).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((e: { organisationId: string }) => e.organisationId === jiancaiId)).toBe(true);
    const times = list.items.map((e: { occurredAt: string }) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    const logins = (
      await t.request({
        method: 'GET',
        url: `/api/v1/audit-events?action=auth.login&actorUserId=${me.user.id}`,
        cookie: admin,
      })
    ).json();
    expect(logins.items.length).toBeGreaterThan(0);
    expect(logins.items.every((e: { action: string }) => e.action === 'auth.login')).toBe(true);
    const regulatorView = (
      await t.request({ method: 'GET', url: '/api/v1/audit-events?pageSize=100', cookie: ranqiAdmin })
    ).json();
    expect(regulatorView.items.some((e: { action: string }) => e.action === 'system.demo_seeded')).toBe(true);
  });
});
