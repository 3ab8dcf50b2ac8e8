import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  pgView,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** GB/T 2260 administrative divisions (reference data). */
export const division = pgTable('division', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  parentCode: text('parent_code'),
});

/** GB/T 4754 industry classification (reference data). */
export const industry = pgTable('industry', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  parentCode: text('parent_code'),
});

export const organisation = pgTable(
  'organisation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    creditCode: text('credit_code').notNull(),
    creditCodeOverride: boolean('credit_code_override').notNull().default(false),
    regionCode: text('region_code')
      .notNull()
      .references(() => division.code),
    industryCode: text('industry_code').references(() => industry.code),
    address: text('address'),
    contactPhone: text('contact_phone'),
    website: text('website'),
    description: text('description'),
    published: boolean('published').notNull().default(false),
    status: text('status').notNull().default('active'),
    /** Unigrams and bigrams of the lower-cased name: serves 1–2 character Chinese searches. */
    nameGrams: text('name_grams').array().notNull().generatedAlwaysAs(sql`gongzhi_name_grams(name)`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisation_credit_code_key').on(t.creditCode),
    index('organisation_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('organisation_name_grams_idx').using('gin', t.nameGrams),
    index('organisation_credit_code_pattern_idx').using('btree', sql`${t.creditCode} text_pattern_ops`),
    index('organisation_name_idx').on(t.name, t.id),
    index('organisation_kind_name_idx').on(t.kind, t.name, t.id),
    index('organisation_published_name_idx').on(t.name, t.id).where(sql`${t.published}`),
  ],
);

export const membership = pgTable(
  'membership',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => organisation.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organisation.id),
    level: text('level').notNull(),
    status: text('status').notNull().default('active'),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    leftOn: date('left_on', { mode: 'string' }),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('membership_association_enterprise_key').on(t.associationId, t.enterpriseId),
    index('membership_enterprise_idx').on(t.enterpriseId),
  ],
);

export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    status: text('status').notNull().default('active'),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** The organisation that administers this account (null: platform-level, e.g. consumers). */
    homeOrganisationId: uuid('home_organisation_id').references(() => organisation.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('app_user_username_key').on(sql`lower(${t.username})`),
    index('app_user_home_org_idx').on(t.homeOrganisationId),
  ],
);

export const roleAssignment = pgTable(
  'role_assignment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    role: text('role').notNull(),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('role_assignment_user_idx').on(t.userId), index('role_assignment_org_idx').on(t.organisationId)],
);

export const session = pgTable(
  'session',
  {
    /** SHA-256 of the cookie token: a stolen database does not yield usable sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

/** Append-only: the application role has no UPDATE/DELETE grant and a trigger refuses both. */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorUsername: text('actor_username'),
    organisationId: uuid('organisation_id'),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_event_occurred_idx').on(t.occurredAt),
    index('audit_event_org_occurred_idx').on(t.organisationId, t.occurredAt),
    index('audit_event_target_idx').on(t.targetType, t.targetId),
    index('audit_event_action_idx').on(t.action, t.occurredAt),
  ],
);

/** Record of scheduled job executions, so that operators (and tests) can see each ran once. */
export const jobRun = pgTable('job_run', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  name: text('name').notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  detail: jsonb('detail'),
  instance: text('instance'),
});

/** Read with the owner's rights (no row-level security): candidate ids for searches only. See migration 0003. */
export const organisationDirectory = pgView('organisation_directory', {
  id: uuid('id').notNull(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  nameGrams: text('name_grams').array().notNull(),
  creditCode: text('credit_code').notNull(),
  regionCode: text('region_code').notNull(),
  industryCode: text('industry_code'),
  published: boolean('published').notNull(),
}).existing();
