/**
 * Rules and documents, consultations (征求意见) of an association (issue #7; R-RULES-1, R-DISC-1, R-PRIN-2,
 * §7.2 d, §8.1.3.2, §8.1.3.3, §4.2).
 *
 * Routes (all under /api/v1):
 *   GET  /rules/documents                          RuleDocumentListQuery → Page<RuleDocumentSummaryDto>  workspace.read | member.read
 *   POST /rules/documents                          RuleDocumentCreate → 201 RuleDocumentDto              workspace.manage
 *   GET  /rules/documents/:id                      → RuleDocumentDto                                     workspace.read | member.read
 *   PUT  /rules/documents/:id/visibility           RuleVisibilityBody → RuleDocumentDto                  workspace.manage
 *   POST /rules/documents/:id/versions             → 201 RuleDocumentDto (a draft copied from the latest) workspace.manage
 *   GET  /rules/documents/:id/diff                 RuleDiffQuery → RuleDiffDto                           workspace.read | member.read
 *   PUT  /rules/versions/:id                       RuleVersionUpdate → RuleDocumentDto (drafts only)     workspace.manage
 *   POST /rules/versions/:id/publish               VersionBody → RuleDocumentDto                          workspace.manage
 *   POST /rules/versions/:id/consultations         ConsultationCreate → 201 ConsultationDto               workspace.manage
 *   GET  /rules/consultations                      ConsultationListQuery → Page<ConsultationSummaryDto>  signed in
 *   GET  /rules/consultations/:id                  → ConsultationDto                                     signed in (the audience)
 *   POST /rules/consultations/:id/comments         ConsultationCommentCreate → 201 ConsultationCommentDto signed in (the audience)
 *   PUT  /rules/consultations/:id/comments/:commentId/answer CommentAnswerBody → ConsultationCommentDto workspace.manage
 *   POST /rules/consultations/:id/close            ConsultationCloseBody → ConsultationDto                workspace.manage
 *   GET  /rules/consultations/:id/report           → ConsultationReportDto                               signed in (the audience)
 *   GET  /rules/consultations/:id/report.docx      ?lang → the report as docx                            signed in (the audience)
 *   GET  /public/rules/documents                   PublicRuleDocumentQuery → Page<RuleDocumentSummaryDto> public
 *   GET  /public/rules/documents/:id               → RuleDocumentDto (public, published)                 public
 *   GET  /public/rules/consultations               PageQuery → Page<ConsultationSummaryDto>              public
 *   GET  /public/rules/consultations/:id           → ConsultationDto (public audience)                   public
 *   GET  /public/rules/consultations/:id/report    → ConsultationReportDto (public audience)             public
 */
import { type Static, Type } from 'typebox';
import { DateTime, Enum, OrNull, PageQuery, strict, Uuid } from './dto.js';
import {
  COMMENT_ANSWERS,
  CONSULTATION_AUDIENCES,
  CONSULTATION_STATUSES,
  DOCUMENT_VERSION_STATUSES,
  DOCUMENT_VISIBILITIES,
  RULE_DOCUMENT_KINDS,
} from './workspace.js';

export const RULES_LIMITS = {
  titleMax: 200,
  clausesMax: 500,
  clauseTextMax: 20_000,
  headingMax: 200,
  preambleMax: 20_000,
  commentMax: 5000,
} as const;

// ---------------------------------------------------------------- clauses and versions
export const DocumentClauseDto = Type.Object({
  /** stable across the document's versions; comments anchor to it */
  key: Type.String(),
  heading: Type.String(),
  text: Type.String(),
});
export type DocumentClauseDto = Static<typeof DocumentClauseDto>;

/** A clause as edited: keep the key of an existing clause; a new clause has no key (the server gives one). */
export const ClauseInput = Type.Object(
  {
    key: Type.Optional(Type.String({ maxLength: 40 })),
    heading: Type.String({ maxLength: RULES_LIMITS.headingMax }),
    text: Type.String({ maxLength: RULES_LIMITS.clauseTextMax }),
  },
  strict,
);
export type ClauseInput = Static<typeof ClauseInput>;

const Person = Type.Object({ id: Uuid, name: Type.String() });

export const RuleDocumentVersionDto = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  status: Enum(DOCUMENT_VERSION_STATUSES),
  title: Type.String(),
  preamble: Type.String(),
  clauses: Type.Array(DocumentClauseDto),
  changeNote: Type.String(),
  /** the consultation held on this version (its report), if any */
  consultationId: OrNull(Uuid),
  publishedAt: OrNull(DateTime),
  publishedBy: Type.Union([Person, Type.Null()]),
  createdAt: DateTime,
  createdBy: Type.Union([Person, Type.Null()]),
  updatedAt: DateTime,
  version: Type.Integer(),
});
export type RuleDocumentVersionDto = Static<typeof RuleDocumentVersionDto>;

export const RuleDocumentSummaryDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  kind: Enum(RULE_DOCUMENT_KINDS),
  title: Type.String(),
  visibility: Enum(DOCUMENT_VISIBILITIES),
  publishedVersionId: OrNull(Uuid),
  /** the number of the version in force */
  publishedNumber: OrNull(Type.Integer()),
  publishedAt: OrNull(DateTime),
  /** the newest version (draft, in consultation, or the one in force) */
  latestNumber: Type.Integer(),
  latestStatus: Enum(DOCUMENT_VERSION_STATUSES),
  updatedAt: DateTime,
  version: Type.Integer(),
});
export type RuleDocumentSummaryDto = Static<typeof RuleDocumentSummaryDto>;

export const ConsultationSummaryDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  documentId: Uuid,
  documentTitle: Type.String(),
  documentKind: Enum(RULE_DOCUMENT_KINDS),
  versionId: Uuid,
  versionNumber: Type.Integer(),
  title: Type.String(),
  audience: Enum(CONSULTATION_AUDIENCES),
  status: Enum(CONSULTATION_STATUSES),
  opensAt: DateTime,
  deadline: DateTime,
  closedAt: OrNull(DateTime),
  comments: Type.Integer(),
  unanswered: Type.Integer(),
  /** open and before the deadline: comments are taken */
  accepting: Type.Boolean(),
});
export type ConsultationSummaryDto = Static<typeof ConsultationSummaryDto>;

export const RuleDocumentDto = Type.Object({
  ...RuleDocumentSummaryDto.properties,
  /** the version in force */
  current: Type.Union([RuleDocumentVersionDto, Type.Null()]),
  /** every version the caller may see, newest first (members: published and superseded ones) */
  versions: Type.Array(RuleDocumentVersionDto),
  consultations: Type.Array(ConsultationSummaryDto),
  /** the caller may edit, publish, consult (the association's staff) */
  canManage: Type.Boolean(),
});
export type RuleDocumentDto = Static<typeof RuleDocumentDto>;

// ---------------------------------------------------------------- document requests
export const RuleDocumentListQuery = Type.Object(
  {
    kind: Type.Optional(Enum(RULE_DOCUMENT_KINDS)),
    visibility: Type.Optional(Enum(DOCUMENT_VISIBILITIES)),
    /** a regulator (or member) narrows to one association */
    associationId: Type.Optional(Uuid),
    ...PageQuery,
  },
  strict,
);
export type RuleDocumentListQuery = Static<typeof RuleDocumentListQuery>;

export const PublicRuleDocumentQuery = Type.Object(
  { kind: Type.Optional(Enum(RULE_DOCUMENT_KINDS)), associationId: Type.Optional(Uuid), ...PageQuery },
  strict,
);
export type PublicRuleDocumentQuery = Static<typeof PublicRuleDocumentQuery>;

export const RuleDocumentCreate = Type.Object(
  {
    kind: Enum(RULE_DOCUMENT_KINDS),
    title: Type.String({ minLength: 1, maxLength: RULES_LIMITS.titleMax }),
    visibility: Enum(DOCUMENT_VISIBILITIES),
    preamble: Type.Optional(Type.String({ maxLength: RULES_LIMITS.preambleMax })),
    clauses: Type.Array(ClauseInput, { maxItems: RULES_LIMITS.clausesMax }),
    /** the association (only needed when the caller works for several) */
    organisationId: Type.Optional(Uuid),
  },
  strict,
);
export type RuleDocumentCreate = Static<typeof RuleDocumentCreate>;

export const RuleVisibilityBody = Type.Object(
  { visibility: Enum(DOCUMENT_VISIBILITIES), version: Type.Integer({ minimum: 1 }) },
  strict,
);
export type RuleVisibilityBody = Static<typeof RuleVisibilityBody>;

export const RuleVersionUpdate = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: RULES_LIMITS.titleMax }),
    preamble: Type.String({ maxLength: RULES_LIMITS.preambleMax }),
    clauses: Type.Array(ClauseInput, { maxItems: RULES_LIMITS.clausesMax }),
    changeNote: Type.String({ maxLength: 2000 }),
    version: Type.Integer({ minimum: 1 }),
  },
  strict,
);
export type RuleVersionUpdate = Static<typeof RuleVersionUpdate>;

// ---------------------------------------------------------------- diff
export const DIFF_CHANGES = ['added', 'removed', 'changed', 'unchanged'] as const;
export type DiffChange = (typeof DIFF_CHANGES)[number];
export const DIFF_OPS = ['equal', 'insert', 'delete'] as const;
export type DiffOp = (typeof DIFF_OPS)[number];

export const DiffSegmentDto = Type.Object({ op: Enum(DIFF_OPS), text: Type.String() });
export type DiffSegmentDto = Static<typeof DiffSegmentDto>;

export const ClauseDiffDto = Type.Object({
  key: Type.String(),
  change: Enum(DIFF_CHANGES),
  from: Type.Union([DocumentClauseDto, Type.Null()]),
  to: Type.Union([DocumentClauseDto, Type.Null()]),
  /** inline word/character differences of heading and text (changed clauses) */
  heading: Type.Array(DiffSegmentDto),
  text: Type.Array(DiffSegmentDto),
});
export type ClauseDiffDto = Static<typeof ClauseDiffDto>;

export const RuleDiffQuery = Type.Object({ from: Uuid, to: Uuid }, strict);
export type RuleDiffQuery = Static<typeof RuleDiffQuery>;

export const RuleDiffDto = Type.Object({
  from: Type.Object({ id: Uuid, number: Type.Integer(), status: Enum(DOCUMENT_VERSION_STATUSES) }),
  to: Type.Object({ id: Uuid, number: Type.Integer(), status: Enum(DOCUMENT_VERSION_STATUSES) }),
  title: Type.Array(DiffSegmentDto),
  preamble: Type.Array(DiffSegmentDto),
  clauses: Type.Array(ClauseDiffDto),
  counts: Type.Object({
    added: Type.Integer(),
    removed: Type.Integer(),
    changed: Type.Integer(),
    unchanged: Type.Integer(),
  }),
});
export type RuleDiffDto = Static<typeof RuleDiffDto>;

// ---------------------------------------------------------------- consultations
export const ConsultationCreate = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: RULES_LIMITS.titleMax })),
    description: Type.Optional(Type.String({ maxLength: 5000 })),
    audience: Enum(CONSULTATION_AUDIENCES),
    deadline: DateTime,
    /** the draft version's row version */
    version: Type.Integer({ minimum: 1 }),
  },
  strict,
);
export type ConsultationCreate = Static<typeof ConsultationCreate>;

export const ConsultationListQuery = Type.Object(
  { status: Type.Optional(Enum(CONSULTATION_STATUSES)), associationId: Type.Optional(Uuid), ...PageQuery },
  strict,
);
export type ConsultationListQuery = Static<typeof ConsultationListQuery>;

export const ConsultationCommentDto = Type.Object({
  id: Uuid,
  clauseKey: OrNull(Type.String()),
  body: Type.String(),
  /** the commenting organisation (an enterprise), shown to every reader */
  authorOrganisation: OrNull(Type.String()),
  /** the person: shown to the association's staff, to the regulator and to the author only */
  authorName: OrNull(Type.String()),
  mine: Type.Boolean(),
  createdAt: DateTime,
  answer: OrNull(Enum(COMMENT_ANSWERS)),
  answerReason: Type.String(),
  answeredAt: OrNull(DateTime),
  version: Type.Integer(),
});
export type ConsultationCommentDto = Static<typeof ConsultationCommentDto>;

export const ConsultationDto = Type.Object({
  ...ConsultationSummaryDto.properties,
  description: Type.String(),
  reportSummary: Type.String(),
  documentVisibility: Enum(DOCUMENT_VISIBILITIES),
  /** the consulted version's text */
  versionTitle: Type.String(),
  preamble: Type.String(),
  clauses: Type.Array(DocumentClauseDto),
  comments: Type.Array(ConsultationCommentDto),
  /** the version that was published after it, if any */
  publishedVersionId: OrNull(Uuid),
  canManage: Type.Boolean(),
  canComment: Type.Boolean(),
  version: Type.Integer(),
});
export type ConsultationDto = Static<typeof ConsultationDto>;

export const ConsultationCommentCreate = Type.Object(
  {
    /** the clause commented on; null: a general comment */
    clauseKey: OrNull(Type.String({ minLength: 1, maxLength: 40 })),
    body: Type.String({ minLength: 1, maxLength: RULES_LIMITS.commentMax }),
  },
  strict,
);
export type ConsultationCommentCreate = Static<typeof ConsultationCommentCreate>;

export const CommentParams = Type.Object({ id: Uuid, commentId: Uuid }, strict);

export const CommentAnswerBody = Type.Object(
  {
    answer: Enum(COMMENT_ANSWERS),
    /** required for partly_adopted and not_adopted */
    reason: Type.String({ maxLength: RULES_LIMITS.commentMax }),
    version: Type.Integer({ minimum: 1 }),
  },
  strict,
);
export type CommentAnswerBody = Static<typeof CommentAnswerBody>;

export const ConsultationCloseBody = Type.Object(
  { summary: Type.String({ maxLength: 5000 }), version: Type.Integer({ minimum: 1 }) },
  strict,
);
export type ConsultationCloseBody = Static<typeof ConsultationCloseBody>;

export const ReportClauseDto = Type.Object({
  /** null: general comments */
  clauseKey: OrNull(Type.String()),
  heading: Type.String(),
  comments: Type.Array(ConsultationCommentDto),
});
export type ReportClauseDto = Static<typeof ReportClauseDto>;

export const ConsultationReportDto = Type.Object({
  consultation: ConsultationSummaryDto,
  summary: Type.String(),
  counts: Type.Object({
    total: Type.Integer(),
    adopted: Type.Integer(),
    partly_adopted: Type.Integer(),
    not_adopted: Type.Integer(),
    unanswered: Type.Integer(),
  }),
  /** commenting organisations (enterprises and people without one count once each) */
  participants: Type.Integer(),
  clauses: Type.Array(ReportClauseDto),
});
export type ConsultationReportDto = Static<typeof ConsultationReportDto>;

export const RulesExportQuery = Type.Object({ lang: Type.Optional(Enum(['zh-CN', 'en-US'] as const)) }, strict);
export type RulesExportQuery = Static<typeof RulesExportQuery>;
