/**
 * The association's work team (issue #7; R-ORG-1, §8.1.2): posts, members with the lead and the
 * liaison to the regulator, duties given to a person or a post, appointment and talent-incentive
 * documents, and the regulator's guidance documents.
 *
 * Routes (all under /api/v1):
 *   GET  /team                          TeamQuery → TeamOverviewDto                       workspace.read
 *   GET  /team/associations             → TeamAssociationDto[] (the regulator's region)   workspace.read
 *   POST /team/posts                    TeamPostCreate → 201 TeamPostDto                  workspace.manage
 *   PUT  /team/posts/:id                TeamPostUpdate → TeamPostDto (409 on a stale version) workspace.manage
 *   POST /team/members                  TeamMemberCreate → 201 TeamMemberDto (ends the previous lead/liaison) workspace.manage
 *   POST /team/members/:id/end          TeamMemberEnd → TeamMemberDto                     workspace.manage
 *   POST /team/duties                   TeamDutyCreate → 201 TeamDutyDto                  workspace.manage
 *   POST /team/duties/:id/deactivate    TeamVersionBody → TeamDutyDto                     workspace.manage
 *   POST /team/documents                TeamDocumentCreate (optional file inline) → 201 TeamDocumentDto workspace.manage
 *   POST /team/guidance                 GuidanceCreate (optional file inline) → 201 TeamDocumentDto workspace.guide
 *   GET  /team/guidance                 → TeamDocumentDto[] (an association: received; a regulator: issued) workspace.read
 *   GET  /team/documents/:id/file       → the file (audited)                              workspace.read
 */
import { type Static, Type } from 'typebox';
import { DateOnly, DateTime, Enum, OrNull, strict, Uuid } from './dto.js';
import { InlineFileInput } from './liaison.dto.js';
import { TEAM_DOCUMENT_KINDS, TEAM_ROLES } from './workspace.js';

const NullableUuid = Type.Union([Uuid, Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const TEAM_LIMITS = { fileBytesMax: 20 * 1024 * 1024, nameMax: 100, textMax: 20000 } as const;

export const TeamQuery = Type.Object({ organisationId: Type.Optional(Uuid) }, strict);
export type TeamQuery = Static<typeof TeamQuery>;

export const TeamVersionBody = Type.Object({ version: Type.Integer({ minimum: 1 }) }, strict);
export type TeamVersionBody = Static<typeof TeamVersionBody>;

export const TeamPersonDto = Type.Object({ id: Uuid, name: Type.String() });
export type TeamPersonDto = Static<typeof TeamPersonDto>;

export const TeamAssociationDto = Type.Object({ id: Uuid, name: Type.String() });
export type TeamAssociationDto = Static<typeof TeamAssociationDto>;

export const TeamPostCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: TEAM_LIMITS.nameMax }),
    description: Type.Optional(Type.String({ maxLength: TEAM_LIMITS.textMax })),
    holderUserId: Type.Optional(OrNull(Uuid)),
  },
  strict,
);
export type TeamPostCreate = Static<typeof TeamPostCreate>;

export const TeamPostUpdate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: TEAM_LIMITS.nameMax }),
    description: Type.String({ maxLength: TEAM_LIMITS.textMax }),
    holderUserId: OrNull(Uuid),
    active: Type.Boolean(),
    version: Type.Integer({ minimum: 1 }),
  },
  strict,
);
export type TeamPostUpdate = Static<typeof TeamPostUpdate>;

export const TeamPostDto = Type.Object({
  id: Uuid,
  name: Type.String(),
  description: Type.String(),
  holderUserId: NullableUuid,
  holderName: NullableString,
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type TeamPostDto = Static<typeof TeamPostDto>;

export const TeamMemberCreate = Type.Object(
  {
    userId: Uuid,
    role: Enum(TEAM_ROLES),
    postId: Type.Optional(OrNull(Uuid)),
    appointmentDocumentId: Type.Optional(OrNull(Uuid)),
    since: DateOnly,
  },
  strict,
);
export type TeamMemberCreate = Static<typeof TeamMemberCreate>;

export const TeamMemberEnd = Type.Object(
  { until: Type.Optional(DateOnly), version: Type.Integer({ minimum: 1 }) },
  strict,
);
export type TeamMemberEnd = Static<typeof TeamMemberEnd>;

export const TeamMemberDto = Type.Object({
  id: Uuid,
  userId: Uuid,
  name: Type.String(),
  role: Enum(TEAM_ROLES),
  postId: NullableUuid,
  postName: NullableString,
  appointmentDocumentId: NullableUuid,
  appointmentDocumentTitle: NullableString,
  since: DateOnly,
  until: Type.Union([DateOnly, Type.Null()]),
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type TeamMemberDto = Static<typeof TeamMemberDto>;

export const TeamDutyCreate = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: TEAM_LIMITS.textMax })),
    assigneeUserId: Type.Optional(OrNull(Uuid)),
    assigneePostId: Type.Optional(OrNull(Uuid)),
  },
  strict,
);
export type TeamDutyCreate = Static<typeof TeamDutyCreate>;

export const TeamDutyDto = Type.Object({
  id: Uuid,
  title: Type.String(),
  description: Type.String(),
  assigneeUserId: NullableUuid,
  assigneeName: NullableString,
  assigneePostId: NullableUuid,
  assigneePostName: NullableString,
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type TeamDutyDto = Static<typeof TeamDutyDto>;

export const TeamDocumentCreate = Type.Object(
  {
    kind: Enum(['appointment', 'talent_incentive'] as const),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    documentNumber: Type.Optional(Type.String({ maxLength: 100 })),
    issuedOn: DateOnly,
    body: Type.Optional(Type.String({ maxLength: TEAM_LIMITS.textMax })),
    file: Type.Optional(InlineFileInput),
  },
  strict,
);
export type TeamDocumentCreate = Static<typeof TeamDocumentCreate>;

export const GuidanceCreate = Type.Object(
  {
    /** one association of the regulator's region, or null: every association of its region */
    addresseeId: OrNull(Uuid),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    documentNumber: Type.Optional(Type.String({ maxLength: 100 })),
    issuedOn: DateOnly,
    body: Type.Optional(Type.String({ maxLength: TEAM_LIMITS.textMax })),
    file: Type.Optional(InlineFileInput),
  },
  strict,
);
export type GuidanceCreate = Static<typeof GuidanceCreate>;

export const TeamDocumentDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  kind: Enum(TEAM_DOCUMENT_KINDS),
  title: Type.String(),
  documentNumber: Type.String(),
  issuedOn: DateOnly,
  body: Type.String(),
  addresseeId: NullableUuid,
  addresseeName: NullableString,
  fileName: NullableString,
  size: Type.Union([Type.Integer(), Type.Null()]),
  createdAt: DateTime,
});
export type TeamDocumentDto = Static<typeof TeamDocumentDto>;

export const TeamOverviewDto = Type.Object({
  organisationId: Uuid,
  organisationName: Type.String(),
  /** the caller may change the team (its own association, workspace.manage) */
  canManage: Type.Boolean(),
  lead: Type.Union([TeamMemberDto, Type.Null()]),
  liaison: Type.Union([TeamMemberDto, Type.Null()]),
  members: Type.Array(TeamMemberDto),
  posts: Type.Array(TeamPostDto),
  duties: Type.Array(TeamDutyDto),
  documents: Type.Array(TeamDocumentDto),
  guidance: Type.Array(TeamDocumentDto),
  /** the organisation's people (for appointing; empty unless canManage) */
  people: Type.Array(TeamPersonDto),
});
export type TeamOverviewDto = Static<typeof TeamOverviewDto>;
