/**
 * Resources of the association (issue #7, §8.3; R-RES-1, R-RES-2, R-RES-4): the infrastructure register,
 * the five human-resource pools, and policy information with the organisation's feedback on each policy.
 * Nothing is deleted: items and people are deactivated; submitted feedback stays as it was.
 *
 * Routes (all under /api/v1; `organisationId` as in funds.dto.ts):
 *   GET  /workspace/resources/infrastructure      InfrastructureListQuery → InfrastructureDto[]     workspace.read
 *   POST /workspace/resources/infrastructure      InfrastructureCreate → 201 InfrastructureDto      workspace.manage
 *   PUT  /workspace/resources/infrastructure/:id  InfrastructureUpdate → InfrastructureDto          workspace.manage
 *   GET  /workspace/resources/talent              TalentListQuery → TalentListDto (phone/e-mail masked) workspace.read
 *   GET  /workspace/resources/talent/:id          → TalentEntryDto (in full; audited)               workspace.read
 *   POST /workspace/resources/talent              TalentCreate → 201 TalentEntryDto                 workspace.manage
 *   PUT  /workspace/resources/talent/:id          TalentUpdate → TalentEntryDto                     workspace.manage
 *   GET  /workspace/resources/policies            PolicyListQuery → PolicyDto[] (open project calls first) workspace.read
 *   GET  /workspace/resources/policies/:id        → PolicyDetailDto (with feedback)                 workspace.read
 *   POST /workspace/resources/policies            PolicyCreate → 201 PolicyDto                      workspace.manage
 *   PUT  /workspace/resources/policies/:id        PolicyUpdate → PolicyDto                          workspace.manage
 *   POST /workspace/resources/policies/:id/feedback FeedbackCreate → 201 PolicyFeedbackDto          workspace.manage
 *   PUT  /workspace/resources/feedback/:id        FeedbackUpdate → PolicyFeedbackDto (drafts only)  workspace.manage
 *   POST /workspace/resources/feedback/:id/submit VersionBody → PolicyFeedbackDto                   workspace.manage
 *   GET  /workspace/resources/feedback-received   FeedbackReceivedQuery → Page<ReceivedFeedbackDto> (regulators) workspace.read
 */
import { type Static, Type } from 'typebox';
import { DateOnly, DateTime, Enum, OrNull, PageQuery, strict, Uuid } from './dto.js';
import { FundsOrgQuery } from './funds.dto.js';
import { INFRASTRUCTURE_KINDS, INFRASTRUCTURE_SCOPES, POLICY_KINDS, TALENT_POOLS } from './workspace.js';

const Name = Type.String({ minLength: 1, maxLength: 200 });
const Short = Type.String({ maxLength: 200 });
const Text = Type.String({ maxLength: 2000 });
const LongText = Type.String({ maxLength: 10000 });
const Url = Type.String({ maxLength: 500, pattern: '^https?://' });

export const InfrastructureScopeSchema = Enum(INFRASTRUCTURE_SCOPES);
export const InfrastructureKindSchema = Enum(INFRASTRUCTURE_KINDS);
export const TalentPoolSchema = Enum(TALENT_POOLS);
export const PolicyKindSchema = Enum(POLICY_KINDS);

// ---------------------------------------------------------------- infrastructure
export const InfrastructureDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  scope: InfrastructureScopeSchema,
  kind: InfrastructureKindSchema,
  name: Type.String(),
  provider: Type.String(),
  description: Type.String(),
  url: Type.Union([Type.String(), Type.Null()]),
  contact: Type.String(),
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type InfrastructureDto = Static<typeof InfrastructureDto>;

export const InfrastructureListQuery = Type.Object(
  { ...FundsOrgQuery, scope: Type.Optional(InfrastructureScopeSchema), active: Type.Optional(Type.Boolean()) },
  strict,
);
export type InfrastructureListQuery = Static<typeof InfrastructureListQuery>;

const infrastructureFields = {
  scope: InfrastructureScopeSchema,
  kind: InfrastructureKindSchema,
  name: Name,
  provider: Type.Optional(Short),
  description: Type.Optional(Text),
  url: Type.Optional(OrNull(Url)),
  contact: Type.Optional(Short),
};
export const InfrastructureCreate = Type.Object(infrastructureFields, strict);
export type InfrastructureCreate = Static<typeof InfrastructureCreate>;
export const InfrastructureUpdate = Type.Object(
  { ...infrastructureFields, active: Type.Boolean(), version: Type.Integer({ minimum: 1 }) },
  strict,
);
export type InfrastructureUpdate = Static<typeof InfrastructureUpdate>;

// ---------------------------------------------------------------- human-resource pools
export const TalentEntryDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  pool: TalentPoolSchema,
  name: Type.String(),
  affiliation: Type.String(),
  title: Type.String(),
  specialties: Type.Array(Type.String()),
  /** masked in lists (138****5678), in full in the detail read */
  phone: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  masked: Type.Boolean(),
  userId: Type.Union([Uuid, Type.Null()]),
  note: Type.String(),
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type TalentEntryDto = Static<typeof TalentEntryDto>;

export const TalentListQuery = Type.Object(
  { ...FundsOrgQuery, pool: Type.Optional(TalentPoolSchema), active: Type.Optional(Type.Boolean()) },
  strict,
);
export type TalentListQuery = Static<typeof TalentListQuery>;

export const TalentListDto = Type.Object({
  /** active people per pool (every pool listed, 0 included) */
  counts: Type.Array(Type.Object({ pool: TalentPoolSchema, active: Type.Integer() })),
  items: Type.Array(TalentEntryDto),
});
export type TalentListDto = Static<typeof TalentListDto>;

const talentFields = {
  pool: TalentPoolSchema,
  name: Type.String({ minLength: 1, maxLength: 100 }),
  affiliation: Type.Optional(Short),
  title: Type.Optional(Short),
  specialties: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 20 })),
  phone: Type.Optional(OrNull(Type.String({ pattern: '^[0-9+\\- ]{5,20}$' }))),
  email: Type.Optional(OrNull(Type.String({ format: 'email', maxLength: 200 }))),
  note: Type.Optional(Text),
};
export const TalentCreate = Type.Object(talentFields, strict);
export type TalentCreate = Static<typeof TalentCreate>;
export const TalentUpdate = Type.Object(
  { ...talentFields, active: Type.Boolean(), version: Type.Integer({ minimum: 1 }) },
  strict,
);
export type TalentUpdate = Static<typeof TalentUpdate>;

// ---------------------------------------------------------------- policy information and feedback
export const PolicyFeedbackDto = Type.Object({
  id: Uuid,
  policyId: Uuid,
  organisationId: Uuid,
  effect: Type.String(),
  suggestions: Type.String(),
  demands: Type.String(),
  status: Enum(['draft', 'submitted'] as const),
  submittedAt: Type.Union([DateTime, Type.Null()]),
  authorName: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(),
  updatedAt: DateTime,
});
export type PolicyFeedbackDto = Static<typeof PolicyFeedbackDto>;

export const PolicyDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  kind: PolicyKindSchema,
  title: Type.String(),
  issuer: Type.String(),
  documentNumber: Type.String(),
  issuedOn: DateOnly,
  effectiveOn: Type.Union([DateOnly, Type.Null()]),
  deadline: Type.Union([DateOnly, Type.Null()]),
  /** a project call whose deadline has not passed */
  open: Type.Boolean(),
  url: Type.Union([Type.String(), Type.Null()]),
  summary: Type.String(),
  feedbackSubmitted: Type.Integer(),
  feedbackDrafts: Type.Integer(),
  version: Type.Integer(),
});
export type PolicyDto = Static<typeof PolicyDto>;

export const PolicyDetailDto = Type.Object({ policy: PolicyDto, feedback: Type.Array(PolicyFeedbackDto) });
export type PolicyDetailDto = Static<typeof PolicyDetailDto>;

export const PolicyListQuery = Type.Object({ ...FundsOrgQuery, kind: Type.Optional(PolicyKindSchema) }, strict);
export type PolicyListQuery = Static<typeof PolicyListQuery>;

const policyFields = {
  kind: PolicyKindSchema,
  title: Name,
  issuer: Type.String({ minLength: 1, maxLength: 200 }),
  documentNumber: Type.Optional(Type.String({ maxLength: 100 })),
  issuedOn: DateOnly,
  effectiveOn: Type.Optional(OrNull(DateOnly)),
  deadline: Type.Optional(OrNull(DateOnly)),
  url: Type.Optional(OrNull(Url)),
  summary: Type.Optional(LongText),
};
export const PolicyCreate = Type.Object(policyFields, strict);
export type PolicyCreate = Static<typeof PolicyCreate>;
export const PolicyUpdate = Type.Object({ ...policyFields, version: Type.Integer({ minimum: 1 }) }, strict);
export type PolicyUpdate = Static<typeof PolicyUpdate>;

const feedbackFields = { effect: Text, suggestions: Text, demands: Text };
export const FeedbackCreate = Type.Object({ ...feedbackFields, submit: Type.Optional(Type.Boolean()) }, strict);
export type FeedbackCreate = Static<typeof FeedbackCreate>;
export const FeedbackUpdate = Type.Object({ ...feedbackFields, version: Type.Integer({ minimum: 1 }) }, strict);
export type FeedbackUpdate = Static<typeof FeedbackUpdate>;

export const FeedbackReceivedQuery = Type.Object(
  { associationId: Type.Optional(Uuid), kind: Type.Optional(PolicyKindSchema), ...PageQuery },
  strict,
);
export type FeedbackReceivedQuery = Static<typeof FeedbackReceivedQuery>;

export const ReceivedFeedbackDto = Type.Object({
  feedback: PolicyFeedbackDto,
  associationId: Uuid,
  associationName: Type.String(),
  policyId: Uuid,
  policyTitle: Type.String(),
  policyKind: PolicyKindSchema,
});
export type ReceivedFeedbackDto = Static<typeof ReceivedFeedbackDto>;

/** zhang.san@example.com → z***@example.com */
export function maskEmail(email: string | null): string | null {
  if (!email) return email;
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
