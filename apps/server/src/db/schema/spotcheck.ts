import type {
  QualityDocumentKind,
  ReinspectionStatus,
  RiskAlertLevel,
  RiskAlertStatus,
  RiskReportStatus,
  RiskSeriesKind,
  SpcRule,
  SpotCheckField,
  SpotCheckImportStatus,
  SpotCheckLevel,
  SpotCheckMatch,
  SpotCheckResult,
} from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appUser, organisation } from './organisation.js';
import { bytea } from './types.js';

export type ColumnMapping = Partial<Record<SpotCheckField, number>>;

/** A column mapping remembered per header layout (the normalised header row), per regulator. */
export const spotCheckLayout = pgTable(
  'spot_check_layout',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => organisation.id),
    signature: text('signature').notNull(),
    headers: jsonb('headers').$type<string[]>().notNull(),
    mapping: jsonb('mapping').$type<ColumnMapping>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => appUser.id),
  },
  (t) => [uniqueIndex('spot_check_layout_owner_signature_key').on(t.ownerId, t.signature)],
);

/** An uploaded result file, kept as sent, from preview to commit. */
export const spotCheckImport = pgTable(
  'spot_check_import',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => organisation.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    content: bytea('content').notNull(),
    headerRow: integer('header_row').notNull(),
    headers: jsonb('headers').$type<string[]>().notNull(),
    mapping: jsonb('mapping').$type<ColumnMapping>().notNull(),
    rowCount: integer('row_count').notNull(),
    status: text('status').$type<SpotCheckImportStatus>().notNull(),
    noticeId: uuid('notice_id'),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [index('spot_check_import_owner_idx').on(t.ownerId, t.createdAt)],
);

/** A published spot-check notice (通告) and its batch facts. */
export const spotCheckNotice = pgTable(
  'spot_check_notice',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => organisation.id),
    noticeNo: text('notice_no').notNull(),
    title: text('title').notNull(),
    level: text('level').$type<SpotCheckLevel>().notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    productCategory: text('product_category').notNull(),
    standards: text('standards').notNull().default(''),
    batchesSampled: integer('batches_sampled').notNull(),
    batchesInspected: integer('batches_inspected').notNull(),
    batchesUnqualified: integer('batches_unqualified').notNull(),
    refusals: integer('refusals').notNull().default(0),
    /** SHA-256 of the imported rows' content: importing the same rows again changes nothing. */
    contentSha256: text('content_sha256').notNull(),
    importId: uuid('import_id'),
    rowCount: integer('row_count').notNull(),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('spot_check_notice_owner_no_key').on(t.ownerId, t.noticeNo),
    index('spot_check_notice_published_idx').on(t.publishedOn),
  ],
);

/** One row of a notice: a sampled product of an enterprise and its result. */
export const spotCheckResult = pgTable(
  'spot_check_result',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => spotCheckNotice.id),
    ownerId: uuid('owner_id').notNull(),
    rowNumber: integer('row_number').notNull(),
    enterpriseId: uuid('enterprise_id').references(() => organisation.id),
    match: text('match').$type<SpotCheckMatch>().notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    creditCode: text('credit_code'),
    district: text('district'),
    productName: text('product_name').notNull(),
    productCategory: text('product_category').notNull(),
    trademark: text('trademark').notNull().default(''),
    modelSpec: text('model_spec').notNull().default(''),
    batch: text('batch').notNull().default(''),
    productionDate: date('production_date', { mode: 'string' }),
    checkCategory: text('check_category').notNull().default(''),
    inspectionBody: text('inspection_body').notNull().default(''),
    result: text('result').$type<SpotCheckResult>().notNull(),
    failingItems: text('failing_items').array().notNull().default(sql`'{}'::text[]`),
    checkedOn: date('checked_on', { mode: 'string' }).notNull(),
    /** After a re-inspection: the result that stands (supersedes `result`). */
    finalResult: text('final_result').$type<SpotCheckResult>().notNull(),
    reinspection: text('reinspection').$type<ReinspectionStatus>(),
    matchedAt: timestamp('matched_at', { withTimezone: true }),
    matchedBy: uuid('matched_by'),
  },
  (t) => [
    uniqueIndex('spot_check_result_notice_row_key').on(t.noticeId, t.rowNumber),
    index('spot_check_result_enterprise_idx').on(t.enterpriseId, t.checkedOn),
    index('spot_check_result_unmatched_idx').on(t.ownerId, t.noticeId).where(sql`enterprise_id IS NULL`),
    index('spot_check_result_category_idx').on(t.productCategory, t.checkedOn),
  ],
);

/** 复检: one per result, requested by the producer, decided by the regulator who published the notice. */
export const spotCheckReinspection = pgTable(
  'spot_check_reinspection',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resultId: uuid('result_id')
      .notNull()
      .references(() => spotCheckResult.id),
    ownerId: uuid('owner_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<ReinspectionStatus>().notNull(),
    inspectionBody: text('inspection_body'),
    decisionNote: text('decision_note'),
    requestedBy: uuid('requested_by'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('spot_check_reinspection_result_key').on(t.resultId),
    index('spot_check_reinspection_owner_idx').on(t.ownerId, t.status),
    index('spot_check_reinspection_enterprise_idx').on(t.enterpriseId),
  ],
);

/** A statistical-process-control signal on a monthly series. One per series, month and rule. */
export const riskAlert = pgTable(
  'risk_alert',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => organisation.id),
    seriesKind: text('series_kind').$type<RiskSeriesKind>().notNull(),
    seriesKey: text('series_key').notNull(),
    seriesLabel: text('series_label').notNull(),
    period: text('period').notNull(),
    rule: text('rule').$type<SpcRule>().notNull(),
    level: text('level').$type<RiskAlertLevel>().notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<RiskAlertStatus>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('risk_alert_signal_key').on(t.ownerId, t.seriesKind, t.seriesKey, t.period, t.rule),
    index('risk_alert_owner_idx').on(t.ownerId, t.status, t.createdAt),
  ],
);

/** 风险分析报告: an association's analysis sent to the regulator, with the data it showed. */
export const riskReport = pgTable(
  'risk_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => organisation.id),
    regulatorId: uuid('regulator_id')
      .notNull()
      .references(() => organisation.id),
    title: text('title').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    recommendations: text('recommendations').notNull().default(''),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<RiskReportStatus>().notNull(),
    feedback: text('feedback'),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('risk_report_association_idx').on(t.associationId, t.submittedAt),
    index('risk_report_regulator_idx').on(t.regulatorId, t.status),
  ],
);

/** 双随机 suggestion: the seed, weights and picks are stored so anyone can reproduce and check it. */
export const samplingPlan = pgTable(
  'sampling_plan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => organisation.id),
    title: text('title').notNull(),
    /** The population: active members of this association; null: every published enterprise in the region. */
    associationId: uuid('association_id').references(() => organisation.id),
    seed: text('seed').notNull(),
    sampleSize: integer('sample_size').notNull(),
    weights: jsonb('weights').$type<Record<string, unknown>>().notNull(),
    populationCount: integer('population_count').notNull(),
    picks: jsonb('picks').$type<Record<string, unknown>[]>().notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sampling_plan_owner_idx').on(t.ownerId, t.createdAt)],
);

/** An API key of a testing or certification body; only its SHA-256 is kept. */
export const providerKey = pgTable(
  'provider_key',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    name: text('name').notNull(),
    keyPrefix: text('key_prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedBy: uuid('revoked_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('provider_key_hash_key').on(t.keyHash),
    index('provider_key_organisation_idx').on(t.organisationId),
  ],
);

/** A test report or certificate pushed by a testing or certification body. */
export const qualityDocument = pgTable(
  'quality_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => organisation.id),
    keyId: uuid('key_id'),
    kind: text('kind').$type<QualityDocumentKind>().notNull(),
    documentNo: text('document_no').notNull(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => organisation.id),
    productName: text('product_name').notNull(),
    standard: text('standard').notNull().default(''),
    result: text('result').$type<SpotCheckResult>().notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('quality_document_provider_no_key').on(t.providerId, t.kind, t.documentNo),
    index('quality_document_enterprise_idx').on(t.enterpriseId, t.issuedOn),
  ],
);
