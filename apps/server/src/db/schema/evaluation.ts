import type {
  AssessmentKind,
  AssessmentStatus,
  EvidenceRecordType,
  FactDto,
  FrameworkFile,
  ImprovementActionStatus,
  LocalisedText,
} from '@gongzhi/contracts';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser, organisation } from './organisation.js';
import { bytea } from './types.js';

/** An indicator framework version (Appendix A or another region's); never changed once stored. */
export const evaluationFramework = pgTable(
  'evaluation_framework',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    name: jsonb('name').$type<LocalisedText>().notNull(),
    source: text('source'),
    definition: jsonb('definition').$type<FrameworkFile>().notNull(),
    /** SHA-256 of the canonical definition: the same file imported again is the same version */
    contentHash: text('content_hash').notNull(),
    builtIn: boolean('built_in').notNull().default(false),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluation_framework_code_version_key').on(t.code, t.version),
    uniqueIndex('evaluation_framework_code_hash_key').on(t.code, t.contentHash),
  ],
);

/** A regulator's campaign: one assessment per association of its region, same framework and period. */
export const evaluationCampaign = pgTable(
  'evaluation_campaign',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regulatorId: uuid('regulator_id')
      .notNull()
      .references(() => organisation.id),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => evaluationFramework.id),
    kind: text('kind').$type<AssessmentKind>().notNull(),
    title: text('title').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evaluation_campaign_regulator_idx').on(t.regulatorId, t.createdAt)],
);

export type AssessmentFacts = Record<string, FactDto[]>;

/** One assessment of one organisation for one period against one framework version. */
export const assessment = pgTable(
  'assessment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    /** the organisation that assesses: itself (self), the regulator (regulator, third party) */
    assessorId: uuid('assessor_id')
      .notNull()
      .references(() => organisation.id),
    kind: text('kind').$type<AssessmentKind>().notNull(),
    frameworkId: uuid('framework_id')
      .notNull()
      .references(() => evaluationFramework.id),
    campaignId: uuid('campaign_id').references(() => evaluationCampaign.id),
    title: text('title').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status').$type<AssessmentStatus>().notNull().default('draft'),
    facts: jsonb('facts').$type<AssessmentFacts>().notNull().default({}),
    factsComputedAt: timestamp('facts_computed_at', { withTimezone: true }),
    /** weighted total and progress, kept with each save for lists and ranking */
    total: numeric('total', { precision: 7, scale: 3, mode: 'number' }),
    scoredLeaves: integer('scored_leaves').notNull().default(0),
    totalLeaves: integer('total_leaves').notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid('submitted_by').references(() => appUser.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => appUser.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    finalisedBy: uuid('finalised_by').references(() => appUser.id),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('assessment_organisation_idx').on(t.organisationId, t.periodEnd),
    index('assessment_assessor_idx').on(t.assessorId, t.createdAt),
    index('assessment_campaign_idx').on(t.campaignId),
  ],
);

/** The experts named on a third-party assessment. */
export const assessmentAssessor = pgTable(
  'assessment_assessor',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
  },
  (t) => [
    uniqueIndex('assessment_assessor_key').on(t.assessmentId, t.userId),
    index('assessment_assessor_user_idx').on(t.userId),
  ],
);

/** The score of one scored (leaf) indicator; one row per leaf from the start. */
export const assessmentScore = pgTable(
  'assessment_score',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id),
    indicatorCode: text('indicator_code').notNull(),
    level: integer('level'),
    score: numeric('score', { precision: 6, scale: 3, mode: 'number' }),
    rationale: text('rationale').notNull().default(''),
    assigneeUserId: uuid('assignee_user_id').references(() => appUser.id),
    updatedBy: uuid('updated_by').references(() => appUser.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('assessment_score_key').on(t.assessmentId, t.indicatorCode)],
);

export const assessmentEvidence = pgTable(
  'assessment_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id),
    indicatorCode: text('indicator_code').notNull(),
    kind: text('kind').$type<'file' | 'link'>().notNull(),
    fileName: text('file_name'),
    mimeType: text('mime_type'),
    size: integer('size'),
    content: bytea('content'),
    recordType: text('record_type').$type<EvidenceRecordType>(),
    recordId: text('record_id'),
    label: text('label').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assessment_evidence_assessment_idx').on(t.assessmentId, t.indicatorCode)],
);

export const assessmentComment = pgTable(
  'assessment_comment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessment.id),
    indicatorCode: text('indicator_code'),
    body: text('body').notNull(),
    decision: text('decision').$type<'approve' | 'request_changes'>(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => appUser.id),
    authorOrganisationId: uuid('author_organisation_id').references(() => organisation.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assessment_comment_assessment_idx').on(t.assessmentId, t.createdAt)],
);

/** R-PDCA-4: an improvement action, opened by a low score (or by hand), tracked until its effect is verified. */
export const improvementAction = pgTable(
  'improvement_action',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    assessmentId: uuid('assessment_id').references(() => assessment.id),
    indicatorCode: text('indicator_code'),
    /** a KPI missed at a plan review (issue #7) opens an action too: the review and the KPI */
    planReviewId: uuid('plan_review_id'),
    planKpiId: uuid('plan_kpi_id'),
    /** what the action is about when it is not an indicator (the KPI's name) */
    title: text('title').notNull().default(''),
    score: numeric('score', { precision: 6, scale: 3, mode: 'number' }),
    status: text('status').$type<ImprovementActionStatus>().notNull().default('open'),
    analysis: text('analysis').notNull().default(''),
    measure: text('measure').notNull().default(''),
    ownerUserId: uuid('owner_user_id').references(() => appUser.id),
    dueDate: date('due_date', { mode: 'string' }),
    implementation: text('implementation').notNull().default(''),
    verification: text('verification').notNull().default(''),
    /** the last day an overdue reminder went out (one a day at most) */
    remindedOn: date('reminded_on', { mode: 'string' }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => appUser.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('improvement_action_organisation_idx').on(t.organisationId, t.status, t.dueDate),
    uniqueIndex('improvement_action_assessment_indicator_key').on(t.assessmentId, t.indicatorCode),
    uniqueIndex('improvement_action_review_kpi_key').on(t.planReviewId, t.planKpiId),
  ],
);
