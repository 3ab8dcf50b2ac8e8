/**
 * The association's co-governance workspace (issue #7): environment registers, plans with goals,
 * KPIs, tasks and reviews, the work team, versioned rules with consultations, the liaison channel
 * and member notices, funds, and resources. Every table carries the organisation it belongs to;
 * row-level security (migration 0013) lets that organisation and the regulators of its region read.
 */
import type {
  CommentAnswer,
  CompetenceEvaluator,
  ConsultationAudience,
  ConsultationStatus,
  DocumentVersionStatus,
  DocumentVisibility,
  EnvironmentCategory,
  EnvironmentKind,
  FundKind,
  FundPurpose,
  ImpactDirection,
  ImpactLevel,
  InfrastructureKind,
  InfrastructureScope,
  KpiDirection,
  KpiSource,
  PlanKind,
  PlanStatus,
  PolicyKind,
  ReviewStatus,
  RuleDocumentKind,
  TalentPool,
  TaskRecurrence,
  TaskStatus,
  TeamDocumentKind,
  TeamRole,
} from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
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

const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisation.id);
const createdBy = () => uuid('created_by').references(() => appUser.id);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedBy = () => uuid('updated_by').references(() => appUser.id);
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const rowVersion = () => integer('version').notNull().default(1);
const money = (name: string) => numeric(name, { precision: 14, scale: 2, mode: 'number' });
/** A file kept with its record: name, type (checked by content), size and bytes. */
const fileColumns = () => ({
  fileName: text('file_name'),
  mimeType: text('mime_type'),
  size: integer('size'),
  content: bytea('content'),
});

// ---------------------------------------------------------------- environment (§6)

/** R-ENV-1/2: an external factor (§6.1 a–e) or an internal enabler (§6.2 a–d). */
export const environmentFactor = pgTable(
  'environment_factor',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    kind: text('kind').$type<EnvironmentKind>().notNull(),
    category: text('category').$type<EnvironmentCategory>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    source: text('source').notNull().default(''),
    observedOn: date('observed_on', { mode: 'string' }).notNull(),
    impactDirection: text('impact_direction').$type<ImpactDirection>().notNull(),
    impactLevel: text('impact_level').$type<ImpactLevel>().notNull(),
    impactNote: text('impact_note').notNull().default(''),
    reviewOn: date('review_on', { mode: 'string' }),
    /** the plans and goals this factor informs */
    linkedPlanIds: uuid('linked_plan_ids').array().notNull().default(sql`'{}'::uuid[]`),
    linkedGoalIds: uuid('linked_goal_ids').array().notNull().default(sql`'{}'::uuid[]`),
    archived: boolean('archived').notNull().default(false),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('environment_factor_organisation_idx').on(t.organisationId, t.kind, t.category)],
);

// ---------------------------------------------------------------- plans (§7, §8.1.1)

/** A development plan (multi-year), a co-governance work plan or an annual work plan. */
export const workPlan = pgTable(
  'work_plan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    kind: text('kind').$type<PlanKind>().notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** the plan this one implements (an annual plan → the co-governance plan → the development plan) */
    parentPlanId: uuid('parent_plan_id'),
    status: text('status').$type<PlanStatus>().notNull().default('draft'),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('work_plan_organisation_idx').on(t.organisationId, t.kind, t.periodStart)],
);

/** R-GOAL-1: a goal of a plan, linked to strategy / standards and to the development plan's goal it serves. */
export const planGoal = pgTable(
  'plan_goal',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => workPlan.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** strategy, standards or best practice the goal follows */
    basis: text('basis').notNull().default(''),
    /** the development plan's goal this goal is consistent with */
    parentGoalId: uuid('parent_goal_id'),
    position: integer('position').notNull().default(0),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('plan_goal_plan_idx').on(t.planId, t.position)],
);

/** R-PDCA-3: a KPI of a goal — entered by hand or computed from a platform metric. */
export const planKpi = pgTable(
  'plan_kpi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => workPlan.id),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => planGoal.id),
    name: text('name').notNull(),
    source: text('source').$type<KpiSource>().notNull(),
    /** a key of the platform metric catalogue when computed */
    metricKey: text('metric_key'),
    unit: text('unit').notNull().default(''),
    direction: text('direction').$type<KpiDirection>().notNull().default('at_least'),
    target: numeric('target', { precision: 14, scale: 4, mode: 'number' }).notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    actual: numeric('actual', { precision: 14, scale: 4, mode: 'number' }),
    actualNote: text('actual_note').notNull().default(''),
    actualAt: timestamp('actual_at', { withTimezone: true }),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('plan_kpi_plan_idx').on(t.planId, t.goalId)],
);

/** R-PDCA-2: a task of a plan with an owner (a person or a team post), due date, status, recurrence. */
export const planTask = pgTable(
  'plan_task',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => workPlan.id),
    goalId: uuid('goal_id').references(() => planGoal.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerUserId: uuid('owner_user_id').references(() => appUser.id),
    ownerPostId: uuid('owner_post_id').references(() => teamPost.id),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status').$type<TaskStatus>().notNull().default('todo'),
    recurrence: text('recurrence').$type<TaskRecurrence>().notNull().default('none'),
    /** the occurrence this one follows (recurring tasks) */
    previousTaskId: uuid('previous_task_id'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completionNote: text('completion_note').notNull().default(''),
    /** the last day each reminder went out (one a day at most) */
    dueSoonRemindedOn: date('due_soon_reminded_on', { mode: 'string' }),
    overdueRemindedOn: date('overdue_reminded_on', { mode: 'string' }),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [
    index('plan_task_plan_idx').on(t.planId, t.dueDate),
    index('plan_task_open_due_idx').on(t.status, t.dueDate),
    index('plan_task_owner_idx').on(t.ownerUserId, t.status),
  ],
);

/** Evidence of a task: a file or a link. */
export const planTaskEvidence = pgTable(
  'plan_task_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => planTask.id),
    kind: text('kind').$type<'file' | 'link'>().notNull(),
    label: text('label').notNull(),
    url: text('url'),
    ...fileColumns(),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [index('plan_task_evidence_task_idx').on(t.taskId)],
);

export interface ReviewKpiResult {
  kpiId: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  target: number;
  actual: number | null;
  met: boolean | null;
}

/** R-PDCA-3/4: a periodic review of a plan: every KPI against its target, kept as it was seen. */
export const planReview = pgTable(
  'plan_review',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => workPlan.id),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    summary: text('summary').notNull().default(''),
    status: text('status').$type<ReviewStatus>().notNull().default('draft'),
    results: jsonb('results').$type<ReviewKpiResult[]>().notNull().default([]),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('plan_review_plan_idx').on(t.planId, t.heldOn)],
);

/** R-PDCA-3: a competence evaluation of the work team, optionally by an external expert. */
export const competenceEvaluation = pgTable(
  'competence_evaluation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    evaluator: text('evaluator').$type<CompetenceEvaluator>().notNull(),
    expertUserId: uuid('expert_user_id').references(() => appUser.id),
    expertName: text('expert_name'),
    /** 1–5 */
    rating: integer('rating').notNull(),
    findings: text('findings').notNull().default(''),
    recommendations: text('recommendations').notNull().default(''),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [index('competence_evaluation_organisation_idx').on(t.organisationId, t.heldOn)],
);

// ---------------------------------------------------------------- work team (§8.1.2)

/** A post of the work team (e.g. 质量部负责人): duties and tasks can be given to a post. */
export const teamPost = pgTable(
  'team_post',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** who holds the post now */
    holderUserId: uuid('holder_user_id').references(() => appUser.id),
    active: boolean('active').notNull().default(true),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [uniqueIndex('team_post_name_key').on(t.organisationId, t.name)],
);

/** A member of the work team, appointed by a document; one active lead and one active liaison. */
export const teamMember = pgTable(
  'team_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    role: text('role').$type<TeamRole>().notNull().default('member'),
    postId: uuid('post_id').references(() => teamPost.id),
    appointmentDocumentId: uuid('appointment_document_id').references(() => teamDocument.id),
    since: date('since', { mode: 'string' }).notNull(),
    until: date('until', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [
    index('team_member_organisation_idx').on(t.organisationId, t.active),
    uniqueIndex('team_member_one_lead_key').on(t.organisationId).where(sql`${t.active} AND ${t.role} = 'lead'`),
    uniqueIndex('team_member_one_liaison_key').on(t.organisationId).where(sql`${t.active} AND ${t.role} = 'liaison'`),
  ],
);

/** A duty of the work team, assigned to a person or a post (exactly one). */
export const teamDuty = pgTable(
  'team_duty',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    assigneeUserId: uuid('assignee_user_id').references(() => appUser.id),
    assigneePostId: uuid('assignee_post_id').references(() => teamPost.id),
    active: boolean('active').notNull().default(true),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('team_duty_organisation_idx').on(t.organisationId, t.active)],
);

/**
 * Appointment documents and the talent-incentive scheme (the association's, organisation = the
 * association) and guidance documents (the regulator's, organisation = the regulator; addressed to
 * one association or, without one, to every association of its region).
 */
export const teamDocument = pgTable(
  'team_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    kind: text('kind').$type<TeamDocumentKind>().notNull(),
    title: text('title').notNull(),
    documentNumber: text('document_number').notNull().default(''),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    body: text('body').notNull().default(''),
    addresseeId: uuid('addressee_id').references(() => organisation.id),
    ...fileColumns(),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [
    index('team_document_organisation_idx').on(t.organisationId, t.kind, t.issuedOn),
    index('team_document_addressee_idx').on(t.addresseeId),
  ],
);

// ---------------------------------------------------------------- rules and consultations (§8.1.3, §4.2)

/** A rule or document of the association; its text lives in versions. */
export const ruleDocument = pgTable(
  'rule_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    kind: text('kind').$type<RuleDocumentKind>().notNull(),
    title: text('title').notNull(),
    visibility: text('visibility').$type<DocumentVisibility>().notNull(),
    /** the version in force (the last published one) */
    publishedVersionId: uuid('published_version_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('rule_document_organisation_idx').on(t.organisationId, t.kind)],
);

export interface DocumentClause {
  /** stable within the document across versions (e.g. "art-3"); comments anchor to it */
  key: string;
  heading: string;
  text: string;
}

/** A version of a document: draft → (in consultation) → published → superseded; never edited once published. */
export const ruleDocumentVersion = pgTable(
  'rule_document_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => ruleDocument.id),
    number: integer('number').notNull(),
    status: text('status').$type<DocumentVersionStatus>().notNull().default('draft'),
    title: text('title').notNull(),
    preamble: text('preamble').notNull().default(''),
    clauses: jsonb('clauses').$type<DocumentClause[]>().notNull().default([]),
    changeNote: text('change_note').notNull().default(''),
    /** the consultation this version answered (set when published after one) */
    consultationId: uuid('consultation_id'),
    publishedBy: uuid('published_by').references(() => appUser.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [uniqueIndex('rule_document_version_number_key').on(t.documentId, t.number)],
);

/** 征求意见: a draft version opened to members (and optionally the public) until a deadline. */
export const consultation = pgTable(
  'consultation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => ruleDocument.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => ruleDocumentVersion.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    audience: text('audience').$type<ConsultationAudience>().notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull().defaultNow(),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    status: text('status').$type<ConsultationStatus>().notNull().default('open'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** the consultation report's summary, written when it is closed */
    reportSummary: text('report_summary').notNull().default(''),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [
    index('consultation_organisation_idx').on(t.organisationId, t.status, t.deadline),
    index('consultation_version_idx').on(t.versionId),
  ],
);

/** A comment anchored to a clause, and the association's answer to it. */
export const consultationComment = pgTable(
  'consultation_comment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultation.id),
    clauseKey: text('clause_key'),
    body: text('body').notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => appUser.id),
    authorOrganisationId: uuid('author_organisation_id').references(() => organisation.id),
    answer: text('answer').$type<CommentAnswer>(),
    answerReason: text('answer_reason').notNull().default(''),
    answeredBy: uuid('answered_by').references(() => appUser.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: createdAt(),
    version: rowVersion(),
  },
  (t) => [index('consultation_comment_consultation_idx').on(t.consultationId, t.createdAt)],
);

// ---------------------------------------------------------------- liaison and notices (§8.1.3.1, §4.2)

/** A thread between a regulator and one association (organisation = the association). */
export const liaisonThread = pgTable(
  'liaison_thread',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    regulatorId: uuid('regulator_id')
      .notNull()
      .references(() => organisation.id),
    subject: text('subject').notNull(),
    createdBy: createdBy(),
    createdAt: createdAt(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
    messageCount: integer('message_count').notNull().default(0),
  },
  (t) => [
    index('liaison_thread_organisation_idx').on(t.organisationId, t.lastMessageAt),
    index('liaison_thread_regulator_idx').on(t.regulatorId, t.lastMessageAt),
  ],
);

export const liaisonMessage = pgTable(
  'liaison_message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => liaisonThread.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => appUser.id),
    authorOrganisationId: uuid('author_organisation_id')
      .notNull()
      .references(() => organisation.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('liaison_message_thread_idx').on(t.threadId, t.createdAt)],
);

export const liaisonAttachment = pgTable(
  'liaison_attachment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => liaisonThread.id),
    messageId: uuid('message_id')
      .notNull()
      .references(() => liaisonMessage.id),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('liaison_attachment_message_idx').on(t.messageId)],
);

/** A read receipt: who of the other side read a message, and when. */
export const liaisonReceipt = pgTable(
  'liaison_receipt',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => liaisonMessage.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    readerOrganisationId: uuid('reader_organisation_id')
      .notNull()
      .references(() => organisation.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('liaison_receipt_key').on(t.messageId, t.userId)],
);

/** A notice from the association to its members (organisation = the association). */
export const memberNotice = pgTable(
  'member_notice',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    ...fileColumns(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    /** the active members when it was sent, for the read rate */
    recipientCount: integer('recipient_count').notNull().default(0),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [index('member_notice_organisation_idx').on(t.organisationId, t.publishedAt)],
);

/** Read tracking: the first read of a notice by each member enterprise (and who read it). */
export const memberNoticeRead = pgTable(
  'member_notice_read',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => memberNotice.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organisation.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('member_notice_read_key').on(t.noticeId, t.enterpriseId),
    index('member_notice_read_enterprise_idx').on(t.enterpriseId),
  ],
);

// ---------------------------------------------------------------- funds (Appendix A C5)

/** A source of funds: self-raised, or a special fund with its declared purposes. */
export const fundSource = pgTable(
  'fund_source',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    kind: text('kind').$type<FundKind>().notNull(),
    name: text('name').notNull(),
    grantor: text('grantor').notNull().default(''),
    /** what a special fund may be spent on (empty for self-raised: any purpose) */
    purposes: text('purposes').array().$type<FundPurpose[]>().notNull().default(sql`'{}'::text[]`),
    purposeNote: text('purpose_note').notNull().default(''),
    amount: money('amount').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    year: integer('year').notNull(),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('fund_source_organisation_idx').on(t.organisationId, t.year)],
);

/** A budget line: an amount of one source set aside for one purpose in one year. */
export const budgetLine = pgTable(
  'budget_line',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    fundSourceId: uuid('fund_source_id')
      .notNull()
      .references(() => fundSource.id),
    year: integer('year').notNull(),
    purpose: text('purpose').$type<FundPurpose>().notNull(),
    name: text('name').notNull(),
    amount: money('amount').notNull(),
    /** the sum of its expenditures, kept with each one (checked under a row lock) */
    spent: money('spent').notNull().default(0),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('budget_line_organisation_idx').on(t.organisationId, t.year)],
);

/** An expenditure from a budget line; never deleted (a correction is a negative expenditure). */
export const expenditure = pgTable(
  'expenditure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    budgetLineId: uuid('budget_line_id')
      .notNull()
      .references(() => budgetLine.id),
    fundSourceId: uuid('fund_source_id')
      .notNull()
      .references(() => fundSource.id),
    purpose: text('purpose').$type<FundPurpose>().notNull(),
    amount: money('amount').notNull(),
    spentOn: date('spent_on', { mode: 'string' }).notNull(),
    payee: text('payee').notNull(),
    description: text('description').notNull().default(''),
    voucherNumber: text('voucher_number').notNull().default(''),
    /** a linked plan task or project the money was spent on */
    taskId: uuid('task_id').references(() => planTask.id),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [
    index('expenditure_line_idx').on(t.budgetLineId, t.spentOn),
    index('expenditure_organisation_idx').on(t.organisationId, t.spentOn),
  ],
);

// ---------------------------------------------------------------- resources (§8.3)

export const infrastructureItem = pgTable(
  'infrastructure_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    scope: text('scope').$type<InfrastructureScope>().notNull(),
    kind: text('kind').$type<InfrastructureKind>().notNull(),
    name: text('name').notNull(),
    provider: text('provider').notNull().default(''),
    description: text('description').notNull().default(''),
    url: text('url'),
    contact: text('contact').notNull().default(''),
    active: boolean('active').notNull().default(true),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('infrastructure_item_organisation_idx').on(t.organisationId, t.scope)],
);

/** §8.3.2: a person in one of the five human-resource pools. */
export const talentPoolEntry = pgTable(
  'talent_pool_entry',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    pool: text('pool').$type<TalentPool>().notNull(),
    name: text('name').notNull(),
    affiliation: text('affiliation').notNull().default(''),
    title: text('title').notNull().default(''),
    specialties: text('specialties').array().notNull().default(sql`'{}'::text[]`),
    phone: text('phone'),
    email: text('email'),
    userId: uuid('user_id').references(() => appUser.id),
    note: text('note').notNull().default(''),
    active: boolean('active').notNull().default(true),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('talent_pool_entry_organisation_idx').on(t.organisationId, t.pool)],
);

/** R-RES-4: a law, project call or policy the organisation tracks. */
export const policyInfo = pgTable(
  'policy_info',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    kind: text('kind').$type<PolicyKind>().notNull(),
    title: text('title').notNull(),
    issuer: text('issuer').notNull(),
    documentNumber: text('document_number').notNull().default(''),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }),
    /** a project call's closing date */
    deadline: date('deadline', { mode: 'string' }),
    url: text('url'),
    summary: text('summary').notNull().default(''),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('policy_info_organisation_idx').on(t.organisationId, t.kind, t.issuedOn)],
);

/** The organisation's feedback on a policy: effect, suggestions, common demands and appeals. */
export const policyFeedback = pgTable(
  'policy_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => policyInfo.id),
    effect: text('effect').notNull().default(''),
    suggestions: text('suggestions').notNull().default(''),
    demands: text('demands').notNull().default(''),
    /** shared with the regulator of the region (it reads the feedback in its region either way) */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedBy: updatedBy(),
    updatedAt: updatedAt(),
    version: rowVersion(),
  },
  (t) => [index('policy_feedback_policy_idx').on(t.policyId)],
);
