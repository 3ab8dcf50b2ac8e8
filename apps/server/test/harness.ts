import { randomUUID } from 'node:crypto';
import { makeUscc, type Role } from '@gongzhi/contracts';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';
import { type Database, SYSTEM_SCOPE } from '../src/db/client.js';
import { appUser, auditEvent, membership, organisation, roleAssignment } from '../src/db/schema/index.js';
import type { Api } from '../src/kernel/http.js';
import { passwordHasher } from '../src/modules/account/password.js';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo.js';
import { createTestDatabase } from './database.js';

/** Real argon2id, at a cost that keeps the suite fast. */
export const TEST_CONFIG_OVERRIDES: Partial<Config> = {
  argon2MemoryKiB: 1024,
  argon2TimeCost: 1,
  jobs: false,
  logLevel: 'silent',
  webDist: '/nonexistent',
};

export interface TestApp {
  app: Api;
  database: Database;
  config: Config;
  /** Logs in and returns the session cookie header value. */
  login(username: string, password?: string): Promise<string>;
  request(options: {
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    url: string;
    cookie?: string;
    body?: unknown;
    headers?: Record<string, string>;
  }): Promise<LightMyRequestResponse>;
  /** Organisation id by exact name (as the system). */
  orgId(name: string): Promise<string>;
  /** Audit events of an action on a target (as the system). */
  auditOf(action: string, targetId?: string): Promise<(typeof auditEvent.$inferSelect)[]>;
  close(): Promise<void>;
}

export async function buildTestApp(
  options: { seed?: boolean; config?: Partial<Config>; backend?: 'pglite' | 'postgres' } = {},
): Promise<TestApp> {
  const testDb = await createTestDatabase(options.backend);
  const config = loadConfig(process.env, { ...TEST_CONFIG_OVERRIDES, ...options.config });
  const { app, database } = await buildApp(config, { database: testDb.database, logger: false });
  await app.ready();
  if (options.seed !== false) await seedDemo(database, config, { membersPerAssociation: 6 });

  const request: TestApp['request'] = ({ method, url, cookie, body, headers }) =>
    app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...(headers ?? {}) },
      ...(body !== undefined ? { payload: body as object } : {}),
    });

  return {
    app,
    database,
    config,
    request,
    async login(username, password = DEMO_PASSWORD) {
      const res = await request({ method: 'POST', url: '/api/v1/auth/login', body: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.headers['set-cookie'];
      const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
      return String(first).split(';')[0] as string;
    },
    async orgId(name) {
      const rows = await database.transaction(SYSTEM_SCOPE, (tx) =>
        tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, name)),
      );
      if (!rows[0]) throw new Error(`no organisation ${name}`);
      return rows[0].id;
    },
    async auditOf(action, targetId) {
      return database.transaction(SYSTEM_SCOPE, async (tx) => {
        const rows = await tx.select().from(auditEvent).where(eq(auditEvent.action, action));
        return targetId ? rows.filter((r) => r.targetId === targetId) : rows;
      });
    },
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}

let serial = 0;
/** A valid credit code no seeded organisation has. */
export function freshCreditCode(division = '440605'): string {
  serial += 1;
  const body = `T${randomUUID()
    .replace(/[^0-9]/g, '')
    .slice(0, 5)}${String(serial % 100).padStart(2, '0')}`;
  return makeUscc('91', division, body.slice(0, 8));
}

/** Adds an organisation (and optionally an account in it) directly, as the system. */
export async function addOrganisation(
  t: TestApp,
  values: { kind: string; name: string; regionCode?: string; published?: boolean; memberOf?: string },
): Promise<string> {
  const id = randomUUID();
  await t.database.transaction(SYSTEM_SCOPE, async (tx) => {
    await tx.insert(organisation).values({
      id,
      kind: values.kind,
      name: values.name,
      creditCode: freshCreditCode(values.regionCode ?? '440605'),
      regionCode: values.regionCode ?? '440605',
      industryCode: values.kind === 'industry_organisation' ? 'C30' : null,
      published: values.published ?? false,
    });
    if (values.memberOf) {
      await tx
        .insert(membership)
        .values({ associationId: values.memberOf, enterpriseId: id, level: 'member', joinedOn: '2024-01-01' });
    }
  });
  return id;
}

export async function addUser(t: TestApp, username: string, role: Role, organisationId: string | null): Promise<void> {
  const passwordHash = await passwordHasher(t.config).hash(DEMO_PASSWORD);
  await t.database.transaction(SYSTEM_SCOPE, async (tx) => {
    const id = randomUUID();
    await tx
      .insert(appUser)
      .values({ id, username, displayName: username, passwordHash, homeOrganisationId: organisationId });
    await tx.insert(roleAssignment).values({ userId: id, role, organisationId });
  });
}

export function errorFields(res: LightMyRequestResponse): Record<string, string> {
  const body = res.json() as { error?: { fields?: { field: string; issue: string }[] } };
  return Object.fromEntries((body.error?.fields ?? []).map((f) => [f.field, f.issue]));
}
