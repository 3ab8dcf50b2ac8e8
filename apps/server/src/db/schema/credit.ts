import type {
  CommitmentKind,
  CommitmentStatus,
  CreditMeasureKind,
  CreditMeasureList,
  CreditMeasureStatus,
  CreditModelDefinition,
  CreditModelStatus,
  CreditObjectionRemedy,
  CreditObjectionStatus,
  CreditPolarity,
  CreditRecordStatus,
  CreditRecordType,
  CreditRepairStatus,
  CreditRunKind,
  CreditRunStatus,
  CreditSeverity,
  CreditWarningLevel,
  CreditWarningRule,
  CreditWarningStatus,
} from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser, organisation } from './organisation.js';
import { bytea } from './types.js';

/** A version of an organisation's credit model. Never edited: a change is a new version. */
export const creditModel = pgTable(
  'credit_model',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => organisation.id),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    rationale: text('rationale').notNull(),
    status: text('status').$type<CreditModelStatus>().notNull(),
    definition: jsonb('definition').$type<CreditModelDefinition>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => appUser.id),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('credit_model_owner_version_key').on(t.ownerId, t.version),
    uniqueIndex('credit_model_one_active_key').on(t.ownerId).where(sql`status = 'active'`),
  ],
);

/** One piece of credit information in an association's archive of a member. Never deleted. */
export const creditRecord = pgTable(
  'credit_record',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => organisation.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organisation.id),
    recordType: text('record_type').$type<CreditRecordType>().notNull(),
    polarity: text('polarity').$type<CreditPolarity>().notNull(),
    severity: text('severity').$type<CreditSeverity>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    sourceOrganisationId: uuid('source_organisation_id').references(() => organisation.id),
    sourceName: text('source_name').notNull(),
    /** Automatic records: where they came from (`complaint:<tracking no>`), one record per source and archive. */
    sourceRef: text('source_ref'),
    publishUntil: date('publish_until', { mode: 'string' }).notNull(),
    specialSector: boolean('special_sector').notNull().default(false),
    status: text('status').$type<CreditRecordStatus>().notNull(),
    /** Why it was revoked, corrected or repaired. */
    statusReason: text('status_reason'),
    supersedesId: uuid('supersedes_id'),
    supersededById: uuid('superseded_by_id'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('credit_record_association_enterprise_idx').on(t.associationId, t.enterpriseId),
    index('credit_record_enterprise_idx').on(t.enterpriseId),
    uniqueIndex('credit_record_source_ref_key').on(t.associationId, t.sourceRef).where(sql`source_ref IS NOT NULL`),
  ],
);

export const creditObjection = pgTable(
  'credit_objection',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => creditRecord.id),
    associationId: uuid('association_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<CreditObjectionStatus>().notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    remedy: text('remedy').$type<CreditObjectionRemedy>(),
    decisionReason: text('decision_reason'),
    correctedRecordId: uuid('corrected_record_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('credit_objection_one_open_key').on(t.recordId).where(sql`status = 'open'`),
    index('credit_objection_association_idx').on(t.associationId, t.status, t.dueOn),
    index('credit_objection_enterprise_idx').on(t.enterpriseId),
  ],
);

export const creditRepair = pgTable(
  'credit_repair',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => creditRecord.id),
    associationId: uuid('association_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    statement: text('statement').notNull(),
    status: text('status').$type<CreditRepairStatus>().notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    decisionReason: text('decision_reason'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('credit_repair_one_open_key').on(t.recordId).where(sql`status = 'open'`),
    index('credit_repair_association_idx').on(t.associationId, t.status, t.dueOn),
    index('credit_repair_enterprise_idx').on(t.enterpriseId),
  ],
);

/** Evidence of a record, an objection or a repair (purpose says which), checked by content. */
export const creditAttachment = pgTable(
  'credit_attachment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => creditRecord.id),
    objectionId: uuid('objection_id').references(() => creditObjection.id),
    repairId: uuid('repair_id').references(() => creditRepair.id),
    associationId: uuid('association_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    /** 'evidence' | 'objection' | 'application' | 'pledge' | 'proof' */
    purpose: text('purpose').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('credit_attachment_record_idx').on(t.recordId)],
);

/** One evaluation of an association's members under one model version on one date. */
export const creditRun = pgTable(
  'credit_run',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => organisation.id),
    modelId: uuid('model_id')
      .notNull()
      .references(() => creditModel.id),
    kind: text('kind').$type<CreditRunKind>().notNull(),
    status: text('status').$type<CreditRunStatus>().notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    /** A correction run re-evaluates one enterprise. */
    enterpriseId: uuid('enterprise_id'),
    enterpriseCount: integer('enterprise_count').notNull().default(0),
    distribution: jsonb('distribution').$type<Record<string, number>>().notNull().default({}),
    error: text('error'),
    durationMs: integer('duration_ms').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('credit_run_association_idx').on(t.associationId, t.createdAt)],
);

/** One enterprise's score, grade and explanation in a run. */
export const creditResult = pgTable(
  'credit_result',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    runId: uuid('run_id')
      .notNull()
      .references(() => creditRun.id),
    associationId: uuid('association_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    score: doublePrecision('score').notNull(),
    grade: text('grade').notNull(),
    gradeBeforeVeto: text('grade_before_veto'),
    vetoedBy: uuid('vetoed_by').array().notNull().default(sql`'{}'::uuid[]`),
    /** [[recordId, points, capped], …] beside the base and any clamp (see credit.evaluation.ts). */
    contributions: jsonb('contributions').$type<[string, number, boolean][]>().notNull(),
  },
  (t) => [
    uniqueIndex('credit_result_run_enterprise_key').on(t.runId, t.enterpriseId),
    index('credit_result_enterprise_idx').on(t.enterpriseId),
  ],
);

/** The grade published now, per association and member (history: the results of published runs). */
export const creditGrade = pgTable(
  'credit_grade',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => organisation.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organisation.id),
    runId: uuid('run_id').notNull(),
    resultId: bigint('result_id', { mode: 'number' }).notNull(),
    score: doublePrecision('score').notNull(),
    grade: text('grade').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('credit_grade_association_enterprise_key').on(t.associationId, t.enterpriseId),
    index('credit_grade_enterprise_idx').on(t.enterpriseId),
  ],
);

export const creditWarning = pgTable(
  'credit_warning',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => organisation.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organisation.id),
    rule: text('rule').$type<CreditWarningRule>().notNull(),
    level: text('level').$type<CreditWarningLevel>().notNull(),
    params: jsonb('params').$type<Record<string, string | number>>().notNull().default({}),
    recordId: uuid('record_id'),
    runId: uuid('run_id'),
    /** One warning per cause: rule + record or run. */
    causeKey: text('cause_key').notNull(),
    status: text('status').$type<CreditWarningStatus>().notNull(),
    liftReason: text('lift_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('credit_warning_cause_key').on(t.associationId, t.enterpriseId, t.causeKey),
    index('credit_warning_status_idx').on(t.status, t.publishedAt),
    index('credit_warning_enterprise_idx').on(t.enterpriseId),
  ],
);

export const creditMeasure = pgTable(
  'credit_measure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => organisation.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organisation.id),
    kind: text('kind').$type<CreditMeasureKind>().notNull(),
    list: text('list').$type<CreditMeasureList>().notNull(),
    grade: text('grade').notNull(),
    runId: uuid('run_id').notNull(),
    reason: text('reason').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    status: text('status').$type<CreditMeasureStatus>().notNull(),
    endReason: text('end_reason'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('credit_measure_list_idx').on(t.list, t.status),
    index('credit_measure_enterprise_idx').on(t.enterpriseId),
  ],
);

/** 质量安全承诺 / 放心消费承诺 / 线下无理由退货承诺, signed by the enterprise. */
export const commitment = pgTable(
  'commitment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organisation.id),
    associationId: uuid('association_id')
      .notNull()
      .references(() => organisation.id),
    kind: text('kind').$type<CommitmentKind>().notNull(),
    content: text('content').notNull(),
    scope: text('scope'),
    returnDays: integer('return_days'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    signedBy: uuid('signed_by'),
    signedByName: text('signed_by_name').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Stored: active, withdrawn, broken ('expired' is derived from valid_until). */
    status: text('status').$type<CommitmentStatus>().notNull(),
    endReason: text('end_reason'),
    brokenRecordId: uuid('broken_record_id'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('commitment_enterprise_idx').on(t.enterpriseId),
    index('commitment_association_idx').on(t.associationId, t.status),
  ],
);
