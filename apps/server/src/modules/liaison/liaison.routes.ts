import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  IdParams,
  LiaisonAttachmentDto,
  LiaisonCounterpartDto,
  LiaisonFileQuery,
  LiaisonMessageBody,
  LiaisonMessageDto,
  LiaisonThreadCreate,
  LiaisonThreadDto,
  LiaisonThreadListQuery,
  LiaisonThreadSummaryDto,
  MemberNoticeCreate,
  MemberNoticeDto,
  MemberNoticeSummaryDto,
  NoticeListQuery,
  Page,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import { AppError } from '../../kernel/app-error.js';
import { FILE_BYTES_MAX } from '../../kernel/files.js';
import type { Api } from '../../kernel/http.js';
import type { LiaisonService } from './liaison.service.js';
import type { NoticeService } from './notice.service.js';

const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
/** JSON with a file inline in base64 (≤ 20 MB of file). */
const INLINE_BODY_MAX = Math.ceil((FILE_BYTES_MAX * 4) / 3) + 64 * 1024;

/** The liaison channel and notices to members (issue #7, §8.1.3.1). */
export function liaisonRoutes(app: Api, liaison: LiaisonService, notices: NoticeService): void {
  const tags = ['liaison'];
  const message = { permission: 'liaison.message' } as const;

  app.get(
    '/api/v1/liaison/counterparts',
    {
      schema: {
        tags,
        description:
          "Who the caller may open a thread with: the regulators of its region, or the region's associations.",
        response: { 200: Type.Array(LiaisonCounterpartDto) },
      },
      config: message,
    },
    (req) => liaison.counterparts(req.actor),
  );
  app.get(
    '/api/v1/liaison/threads',
    {
      schema: {
        tags,
        description: 'Threads of my organisation, newest activity first; q searches subjects, messages and file names.',
        querystring: LiaisonThreadListQuery,
        response: { 200: Page(LiaisonThreadSummaryDto) },
      },
      config: message,
    },
    (req) => liaison.list(req.actor, req.query),
  );
  app.post(
    '/api/v1/liaison/threads',
    { schema: { tags, body: LiaisonThreadCreate, response: { 201: LiaisonThreadDto } }, config: message },
    async (req, reply) => reply.status(201).send(await liaison.create(req.actor, req.body)),
  );
  app.get(
    '/api/v1/liaison/threads/:id',
    {
      schema: {
        tags,
        description: 'The thread; opening it records my read receipt on every message of the other side.',
        params: IdParams,
        response: { 200: LiaisonThreadDto },
      },
      config: message,
    },
    (req) => liaison.open(req.actor, req.params.id),
  );
  app.post(
    '/api/v1/liaison/threads/:id/messages',
    {
      schema: { tags, params: IdParams, body: LiaisonMessageBody, response: { 201: LiaisonMessageDto } },
      config: message,
    },
    async (req, reply) => reply.status(201).send(await liaison.addMessage(req.actor, req.params.id, req.body)),
  );
  // Attachments are sent as the raw body, like the evaluation's evidence.
  app.register(async (scope) => {
    const upload = scope.withTypeProvider<TypeBoxTypeProvider>();
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: FILE_BYTES_MAX }, (_req, body, done) =>
      done(null, body),
    );
    upload.post(
      '/api/v1/liaison/messages/:id/attachments',
      {
        bodyLimit: FILE_BYTES_MAX,
        schema: {
          tags,
          description:
            'Attaches a file (raw request body, ≤ 20 MB; PDF, JPEG, PNG, WebP, docx, xlsx, pptx, zip) to my message.',
          params: IdParams,
          querystring: LiaisonFileQuery,
          response: { 201: LiaisonAttachmentDto },
        },
        config: message,
      },
      async (req, reply) => {
        if (!Buffer.isBuffer(req.body)) throw new AppError('unsupported_media_type');
        return reply.status(201).send(await liaison.attach(req.actor, req.params.id, req.query.fileName, req.body));
      },
    );
  });
  app.get(
    '/api/v1/liaison/attachments/:id',
    { schema: { tags, params: IdParams }, config: message },
    async (req, reply) => {
      const file = await liaison.download(req.actor, req.params.id);
      return reply
        .type(file.mimeType)
        .header('content-disposition', attachment(file.fileName))
        .header('content-security-policy', 'sandbox')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  // ---------------------------------------------------------------- notices to members
  const noticeTags = ['notices'];
  const user = { auth: 'user' } as const;
  app.get(
    '/api/v1/notices',
    {
      schema: {
        tags: noticeTags,
        description:
          "The association's notices (its people, the region's regulator) or, for a member, the notices of its associations, unread first.",
        querystring: NoticeListQuery,
        response: { 200: Page(MemberNoticeSummaryDto) },
      },
      config: user,
    },
    (req) => notices.list(req.actor, req.query),
  );
  app.post(
    '/api/v1/notices',
    {
      schema: { tags: noticeTags, body: MemberNoticeCreate, response: { 201: MemberNoticeDto } },
      config: { permission: 'workspace.manage' },
      bodyLimit: INLINE_BODY_MAX,
    },
    async (req, reply) => reply.status(201).send(await notices.publish(req.actor, req.body)),
  );
  app.get(
    '/api/v1/notices/:id',
    {
      schema: {
        tags: noticeTags,
        description: "A notice; a member's first opening is recorded for its enterprise.",
        params: IdParams,
        response: { 200: MemberNoticeDto },
      },
      config: user,
    },
    (req) => notices.open(req.actor, req.params.id),
  );
  app.get(
    '/api/v1/notices/:id/file',
    { schema: { tags: noticeTags, params: IdParams }, config: user },
    async (req, reply) => {
      const file = await notices.file(req.actor, req.params.id);
      return reply
        .type(file.mimeType)
        .header('content-disposition', attachment(file.fileName))
        .header('content-security-policy', 'sandbox')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
