import type {
  CalendarDayKind,
  ComplaintCategory,
  ComplaintKind,
  ComplaintOutcome,
  ComplaintSide,
  ComplaintStatus,
  DueKind,
  ReferralKind,
  ReferralStatus,
  RefusalGround,
  TerminationGround,
  WarningStatus,
} from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser, organisation } from './organisation.js';
import { bytea } from './types.js';

/** A calendar year the platform holds (official holidays and make-up working days loaded). */
export const calendarYear = pgTable('calendar_year', {
  year: integer('year').primaryKey(),
  /** 'chinese-days' (seeded from the library) or 'administrator' (loaded by hand). */
  source: text('source').notNull(),
  note: text('note'),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
  loadedBy: uuid('loaded_by'),
});

/** The exceptions to Monday–Friday: statutory holidays (not working) and make-up working days (调休). */
export const calendarDay = pgTable(
  'calendar_day',
  {
    day: date('day', { mode: 'string' }).primaryKey(),
    year: integer('year')
      .notNull()
      .references(() => calendarYear.year),
    /** 'holiday' | 'workday' */
    kind: text('kind').$type<CalendarDayKind>().notNull(),
    name: text('name').notNull(),
  },
  (t) => [index('calendar_day_year_idx').on(t.year)],
);

/** Versioned time limits, each tagged with the rule it comes from; a case keeps the version it was opened under. */
export const complaintTimeLimit = pgTable('complaint_time_limit', {
  id: uuid('id').primaryKey().defaultRandom(),
  version: integer('version').notNull().unique(),
  ruleName: text('rule_name').notNull(),
  acceptanceDays: integer('acceptance_days').notNull(),
  enterpriseResponseDays: integer('enterprise_response_days').notNull(),
  mediationDays: integer('mediation_days').notNull(),
  terminationNoticeDays: integer('termination_notice_days').notNull(),
  /** Reminders go out this many working days before a deadline. */
  dueSoonDays: integer('due_soon_days').notNull(),
  /** Harm known longer ago than this (years) is a refusal ground. */
  limitationYears: integer('limitation_years').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid('created_by'),
});

export const complaint = pgTable(
  'complaint',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trackingNo: text('tracking_no').notNull(),
    /** 'complaint' | 'consultation' */
    kind: text('kind').$type<ComplaintKind>().notNull(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => organisation.id),
    /** The member enterprise complained about (null: named in free text, not a member). */
    enterpriseId: uuid('enterprise_id').references(() => organisation.id),
    respondentName: text('respondent_name').notNull(),
    respondentAddress: text('respondent_address'),
    complainantName: text('complainant_name').notNull(),
    complainantPhone: text('complainant_phone').notNull(),
    complainantAddress: text('complainant_address').notNull(),
    complainantIdNumber: text('complainant_id_number'),
    /** quality, after_sales, contract, price, safety, advertising, other */
    category: text('category').$type<ComplaintCategory>().notNull(),
    productName: text('product_name'),
    facts: text('facts').notNull(),
    request: text('request'),
    harmKnownOn: date('harm_known_on', { mode: 'string' }),
    consentShareContact: boolean('consent_share_contact').notNull().default(false),
    status: text('status').$type<ComplaintStatus>().notNull(),
    outcome: text('outcome').$type<ComplaintOutcome>(),
    refusalGround: text('refusal_ground').$type<RefusalGround>(),
    terminationGround: text('termination_ground').$type<TerminationGround>(),
    /** The agreement, the answer to a consultation, or the explanation given with a refusal. */
    resolution: text('resolution'),
    /** Closed as justified against the enterprise (feeds credit). */
    justified: boolean('justified'),
    enterpriseResponse: text('enterprise_response'),
    consumerConsent: boolean('consumer_consent'),
    enterpriseConsent: boolean('enterprise_consent'),
    timeLimitId: uuid('time_limit_id')
      .notNull()
      .references(() => complaintTimeLimit.id),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    forwardedOn: date('forwarded_on', { mode: 'string' }),
    mediationStartedOn: date('mediation_started_on', { mode: 'string' }),
    pausedSince: date('paused_since', { mode: 'string' }),
    pausedWorkingDays: integer('paused_working_days').notNull().default(0),
    closedOn: date('closed_on', { mode: 'string' }),
    acceptanceDue: date('acceptance_due', { mode: 'string' }),
    responseDue: date('response_due', { mode: 'string' }),
    mediationDue: date('mediation_due', { mode: 'string' }),
    /** A step was taken after the deadline it ran against (or the deadline passed): not on time. */
    late: boolean('late').notNull().default(false),
    /** The deadline the case is now running against (null when nothing is due); the queue sorts by it. */
    dueOn: date('due_on', { mode: 'string' }),
    dueKind: text('due_kind').$type<DueKind>(),
    /** The deadline reaches a calendar year the platform has not loaded (counted Monday–Friday). */
    dueProvisional: boolean('due_provisional').notNull().default(false),
    /** `${dueKind}:${dueOn}` once its reminder / escalation went out. */
    remindedFor: text('reminded_for'),
    escalatedFor: text('escalated_for'),
    regulatorId: uuid('regulator_id').references(() => organisation.id),
    rating: smallint('rating'),
    ratingComment: text('rating_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    /** Same phone, respondent and facts: recognises a double submission. */
    fingerprint: text('fingerprint').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('complaint_tracking_no_key').on(t.trackingNo),
    // The open queue (closed_on is null) by deadline, per association and across a region.
    index('complaint_open_queue_idx').on(t.associationId, t.dueOn, t.id).where(sql`${t.closedOn} is null`),
    index('complaint_open_due_idx').on(t.dueOn, t.id).where(sql`${t.closedOn} is null`),
    index('complaint_status_queue_idx').on(t.associationId, t.status, t.dueOn, t.id),
    index('complaint_association_received_idx').on(t.associationId, t.receivedOn, t.id),
    index('complaint_enterprise_idx').on(t.enterpriseId, t.dueOn, t.id),
    index('complaint_regulator_idx').on(t.regulatorId).where(sql`${t.regulatorId} is not null`),
    index('complaint_fingerprint_idx').on(t.fingerprint, t.receivedAt),
  ],
);

/** The timeline: every action on a case, in order. */
export const complaintEvent = pgTable(
  'complaint_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaint.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** 'consumer' | 'association' | 'enterprise' | 'regulator' | 'system' */
    actorSide: text('actor_side').$type<ComplaintSide>().notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status').$type<ComplaintStatus>(),
    toStatus: text('to_status').$type<ComplaintStatus>(),
    note: text('note'),
    data: jsonb('data'),
    /** Shown to the consumer on the tracking page. */
    public: boolean('public').notNull().default(true),
  },
  (t) => [index('complaint_event_complaint_idx').on(t.complaintId, t.id)],
);

export const complaintAttachment = pgTable(
  'complaint_attachment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaint.id),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBySide: text('uploaded_by_side').$type<ComplaintSide>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('complaint_attachment_complaint_idx').on(t.complaintId)],
);

/** What an association passes to the regulator: a complaint outside its power, or a lead (线索). */
export const complaintReferral = pgTable(
  'complaint_referral',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaint.id),
    associationId: uuid('association_id')
      .notNull()
      .references(() => organisation.id),
    regulatorId: uuid('regulator_id')
      .notNull()
      .references(() => organisation.id),
    /** 'outside_power' | 'suspected_violation' */
    kind: text('kind').$type<ReferralKind>().notNull(),
    reason: text('reason').notNull(),
    evidence: text('evidence'),
    /** 'sent' | 'answered' */
    status: text('status').$type<ReferralStatus>().notNull().default('sent'),
    feedback: text('feedback'),
    feedbackAt: timestamp('feedback_at', { withTimezone: true }),
    feedbackBy: uuid('feedback_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('complaint_referral_regulator_idx').on(t.regulatorId, t.createdAt),
    index('complaint_referral_complaint_idx').on(t.complaintId),
  ],
);

/** 消费预警: a warning an association publishes to consumers. */
export const consumerWarning = pgTable(
  'consumer_warning',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => organisation.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    productCategory: text('product_category'),
    /** 'draft' | 'published' | 'withdrawn' */
    status: text('status').$type<WarningStatus>().notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('consumer_warning_association_idx').on(t.associationId, t.createdAt),
    index('consumer_warning_published_idx').on(t.publishedAt).where(sql`${t.status} = 'published'`),
  ],
);

/** In-app notifications (reminders, escalations). */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    /** A message key the web app translates, with its parameters. */
    kind: text('kind').notNull(),
    params: jsonb('params').notNull(),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notification_user_idx').on(t.userId, t.createdAt)],
);

/** Hits per key and window for the public intake's rate limits (shared by every server process). */
export const intakeRateLimit = pgTable(
  'intake_rate_limit',
  {
    /** `${what}:${value}:${window start}`, e.g. `ip:203.0.113.9:2026-11-27T03`. */
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('intake_rate_limit_expires_idx').on(t.expiresAt)],
);
