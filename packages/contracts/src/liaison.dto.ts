/**
 * The liaison channel between the regulator and each association, and notices from an association to
 * its members (issue #7; R-PRIN-2, §8.1.3.1).
 *
 * Routes (all under /api/v1):
 *   GET  /liaison/counterparts                        → LiaisonCounterpartDto[] (who I may open a thread with) liaison.message
 *   GET  /liaison/threads                             LiaisonThreadListQuery → Page<LiaisonThreadSummaryDto> liaison.message
 *   POST /liaison/threads                             LiaisonThreadCreate → 201 LiaisonThreadDto         liaison.message
 *   GET  /liaison/threads/:id                         → LiaisonThreadDto (records my read receipts)       liaison.message
 *   POST /liaison/threads/:id/messages                LiaisonMessageBody → 201 LiaisonMessageDto         liaison.message
 *   POST /liaison/messages/:id/attachments?fileName=… raw file → 201 LiaisonAttachmentDto (author only) liaison.message
 *   GET  /liaison/attachments/:id                     → the file (audited)                               liaison.message
 *   GET  /notices                                     NoticeListQuery → Page<MemberNoticeSummaryDto>     workspace.read or member.read
 *   POST /notices                                     MemberNoticeCreate (optional file inline, base64) → 201 MemberNoticeDto workspace.manage
 *   GET  /notices/:id                                 → MemberNoticeDto (a member's first open is recorded) workspace.read or member.read
 *   GET  /notices/:id/file                            → the file (audited)                                workspace.read or member.read
 */
import { type Static, Type } from 'typebox';
import { DateTime, PageQuery, strict, Uuid } from './dto.js';

const NullableDateTime = Type.Union([DateTime, Type.Null()]);

/** Files of the channel and of notices: documents, pictures, Office files, zip; checked by content. */
export const LIAISON_LIMITS = {
  fileBytesMax: 20 * 1024 * 1024,
  subjectMax: 200,
  bodyMax: 20000,
  attachmentsPerMessageMax: 10,
} as const;

export const LiaisonCounterpartDto = Type.Object({ id: Uuid, name: Type.String() });
export type LiaisonCounterpartDto = Static<typeof LiaisonCounterpartDto>;

export const LiaisonThreadListQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 100 })), ...PageQuery },
  strict,
);
export type LiaisonThreadListQuery = Static<typeof LiaisonThreadListQuery>;

export const LiaisonThreadCreate = Type.Object(
  {
    /** the association (required on the regulator's side; the caller's own association otherwise) */
    organisationId: Type.Optional(Uuid),
    /** the regulator (the association's side; default: the most local regulator of its region) */
    regulatorId: Type.Optional(Uuid),
    subject: Type.String({ minLength: 1, maxLength: LIAISON_LIMITS.subjectMax }),
    body: Type.String({ minLength: 1, maxLength: LIAISON_LIMITS.bodyMax }),
  },
  strict,
);
export type LiaisonThreadCreate = Static<typeof LiaisonThreadCreate>;

export const LiaisonMessageBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: LIAISON_LIMITS.bodyMax }) },
  strict,
);
export type LiaisonMessageBody = Static<typeof LiaisonMessageBody>;

export const LiaisonFileQuery = Type.Object({ fileName: Type.String({ minLength: 1, maxLength: 200 }) }, strict);
export type LiaisonFileQuery = Static<typeof LiaisonFileQuery>;

export const LiaisonAttachmentDto = Type.Object({
  id: Uuid,
  messageId: Uuid,
  fileName: Type.String(),
  mimeType: Type.String(),
  size: Type.Integer(),
});
export type LiaisonAttachmentDto = Static<typeof LiaisonAttachmentDto>;

export const LiaisonReceiptDto = Type.Object({ userId: Uuid, name: Type.String(), readAt: DateTime });
export type LiaisonReceiptDto = Static<typeof LiaisonReceiptDto>;

export const LiaisonMessageDto = Type.Object({
  id: Uuid,
  threadId: Uuid,
  authorUserId: Uuid,
  authorName: Type.String(),
  authorOrganisationId: Uuid,
  authorOrganisationName: Type.String(),
  /** written by the caller's side (the caller's organisation) */
  mine: Type.Boolean(),
  body: Type.String(),
  createdAt: DateTime,
  attachments: Type.Array(LiaisonAttachmentDto),
  /** who of the other side read it (shown to the author's side only; empty for the other side) */
  readBy: Type.Array(LiaisonReceiptDto),
});
export type LiaisonMessageDto = Static<typeof LiaisonMessageDto>;

export const LiaisonThreadSummaryDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  regulatorId: Uuid,
  regulatorName: Type.String(),
  subject: Type.String(),
  createdAt: DateTime,
  lastMessageAt: DateTime,
  messageCount: Type.Integer(),
  /** messages of the other side I have not opened */
  unread: Type.Integer(),
  lastMessage: Type.Union([
    Type.Object({ authorName: Type.String(), authorOrganisationName: Type.String(), excerpt: Type.String() }),
    Type.Null(),
  ]),
});
export type LiaisonThreadSummaryDto = Static<typeof LiaisonThreadSummaryDto>;

export const LiaisonThreadDto = Type.Object({
  ...LiaisonThreadSummaryDto.properties,
  messages: Type.Array(LiaisonMessageDto),
});
export type LiaisonThreadDto = Static<typeof LiaisonThreadDto>;

// ---------------------------------------------------------------- notices to members

export const NoticeListQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })), ...PageQuery }, strict);
export type NoticeListQuery = Static<typeof NoticeListQuery>;

/**
 * A file sent with the record that holds it (notices and team documents are written once, so the file
 * comes in the same request): its name and its bytes in base64; the type is checked by content.
 */
export const InlineFileInput = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 200 }),
    contentBase64: Type.String({ minLength: 1, maxLength: Math.ceil((LIAISON_LIMITS.fileBytesMax * 4) / 3) + 4 }),
  },
  strict,
);
export type InlineFileInput = Static<typeof InlineFileInput>;

export const MemberNoticeCreate = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: LIAISON_LIMITS.subjectMax }),
    body: Type.String({ minLength: 1, maxLength: LIAISON_LIMITS.bodyMax }),
    file: Type.Optional(InlineFileInput),
  },
  strict,
);
export type MemberNoticeCreate = Static<typeof MemberNoticeCreate>;

export const MemberNoticeSummaryDto = Type.Object({
  id: Uuid,
  organisationId: Uuid,
  organisationName: Type.String(),
  title: Type.String(),
  publishedAt: DateTime,
  fileName: Type.Union([Type.String(), Type.Null()]),
  /** active members when it was published */
  recipientCount: Type.Integer(),
  /** members that opened it (for the association and the regulator; 0 for a member) */
  readCount: Type.Integer(),
  /** readCount / recipientCount, null when there were no recipients */
  readRate: Type.Union([Type.Number(), Type.Null()]),
  /** for a member: when my enterprise first opened it */
  readByMeAt: NullableDateTime,
});
export type MemberNoticeSummaryDto = Static<typeof MemberNoticeSummaryDto>;

export const NoticeReadDto = Type.Object({
  enterpriseId: Uuid,
  enterpriseName: Type.String(),
  userName: Type.Union([Type.String(), Type.Null()]),
  readAt: NullableDateTime,
});
export type NoticeReadDto = Static<typeof NoticeReadDto>;

export const MemberNoticeDto = Type.Object({
  ...MemberNoticeSummaryDto.properties,
  body: Type.String(),
  /** the association's staff and the regulator: which members read it (readAt set) and which did not */
  reads: Type.Array(NoticeReadDto),
});
export type MemberNoticeDto = Static<typeof MemberNoticeDto>;
