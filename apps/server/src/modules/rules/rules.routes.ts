import {
  CommentAnswerBody,
  CommentParams,
  ConsultationCloseBody,
  ConsultationCommentCreate,
  ConsultationCommentDto,
  ConsultationCreate,
  ConsultationDto,
  ConsultationListQuery,
  ConsultationReportDto,
  ConsultationSummaryDto,
  IdParams,
  Page,
  PublicRuleDocumentQuery,
  RuleDiffDto,
  RuleDiffQuery,
  RuleDocumentCreate,
  RuleDocumentDto,
  RuleDocumentListQuery,
  RuleDocumentSummaryDto,
  RulesExportQuery,
  RuleVersionUpdate,
  RuleVisibilityBody,
  VersionBody,
} from '@gongzhi/contracts';
import { anonymousActor } from '../../kernel/actor.js';
import type { Api } from '../../kernel/http.js';
import { consultationReportDocx, DOCX_MIME, reportFileName } from './rules.export.js';
import type { RulesService } from './rules.service.js';

const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Rules and documents, consultations (issue #7): console and public reads. */
export function rulesRoutes(app: Api, service: RulesService): void {
  const tags = ['rules'];
  const user = { auth: 'user' } as const;
  const manage = { permission: 'workspace.manage' } as const;
  const pub = { auth: 'public' } as const;

  // ---------------------------------------------------------------- documents
  app.get(
    '/api/v1/rules/documents',
    {
      schema: {
        tags,
        description:
          'Documents the caller may see: its association’s (or its region’s), its associations’ published member documents, published public ones.',
        querystring: RuleDocumentListQuery,
        response: { 200: Page(RuleDocumentSummaryDto) },
      },
      config: user,
    },
    (req) => service.listDocuments(req.actor, req.query),
  );
  app.post(
    '/api/v1/rules/documents',
    { schema: { tags, body: RuleDocumentCreate, response: { 201: RuleDocumentDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createDocument(req.actor, req.body)),
  );
  app.get(
    '/api/v1/rules/documents/:id',
    { schema: { tags, params: IdParams, response: { 200: RuleDocumentDto } }, config: user },
    (req) => service.getDocument(req.actor, req.params.id),
  );
  app.put(
    '/api/v1/rules/documents/:id/visibility',
    {
      schema: { tags, params: IdParams, body: RuleVisibilityBody, response: { 200: RuleDocumentDto } },
      config: manage,
    },
    (req) => service.changeVisibility(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/v1/rules/documents/:id/versions',
    {
      schema: {
        tags,
        description: 'A new draft copied from the latest version (which must be published).',
        params: IdParams,
        response: { 201: RuleDocumentDto },
      },
      config: manage,
    },
    async (req, reply) => reply.status(201).send(await service.newVersion(req.actor, req.params.id)),
  );
  app.get(
    '/api/v1/rules/documents/:id/diff',
    {
      schema: { tags, params: IdParams, querystring: RuleDiffQuery, response: { 200: RuleDiffDto } },
      config: user,
    },
    (req) => service.diffVersions(req.actor, req.params.id, req.query.from, req.query.to),
  );
  app.put(
    '/api/v1/rules/versions/:id',
    {
      schema: {
        tags,
        description: 'Edits a draft; any other version is refused (version_published).',
        params: IdParams,
        body: RuleVersionUpdate,
        response: { 200: RuleDocumentDto },
      },
      config: manage,
    },
    (req) => service.updateVersion(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/v1/rules/versions/:id/publish',
    {
      schema: {
        tags,
        description:
          'Publishes a draft, or a consulted version once its consultation is closed and every comment answered.',
        params: IdParams,
        body: VersionBody,
        response: { 200: RuleDocumentDto },
      },
      config: manage,
    },
    (req) => service.publish(req.actor, req.params.id, req.body.version),
  );

  // ---------------------------------------------------------------- consultations
  app.post(
    '/api/v1/rules/versions/:id/consultations',
    {
      schema: { tags, params: IdParams, body: ConsultationCreate, response: { 201: ConsultationDto } },
      config: manage,
    },
    async (req, reply) => reply.status(201).send(await service.openConsultation(req.actor, req.params.id, req.body)),
  );
  app.get(
    '/api/v1/rules/consultations',
    {
      schema: { tags, querystring: ConsultationListQuery, response: { 200: Page(ConsultationSummaryDto) } },
      config: user,
    },
    (req) => service.listConsultations(req.actor, req.query),
  );
  app.get(
    '/api/v1/rules/consultations/:id',
    { schema: { tags, params: IdParams, response: { 200: ConsultationDto } }, config: user },
    (req) => service.getConsultation(req.actor, req.params.id),
  );
  app.post(
    '/api/v1/rules/consultations/:id/comments',
    {
      schema: {
        tags,
        params: IdParams,
        body: ConsultationCommentCreate,
        response: { 201: ConsultationCommentDto },
      },
      config: user,
    },
    async (req, reply) => reply.status(201).send(await service.comment(req.actor, req.params.id, req.body)),
  );
  app.put(
    '/api/v1/rules/consultations/:id/comments/:commentId/answer',
    {
      schema: { tags, params: CommentParams, body: CommentAnswerBody, response: { 200: ConsultationCommentDto } },
      config: manage,
    },
    (req) => service.answer(req.actor, req.params.id, req.params.commentId, req.body),
  );
  app.post(
    '/api/v1/rules/consultations/:id/close',
    {
      schema: { tags, params: IdParams, body: ConsultationCloseBody, response: { 200: ConsultationDto } },
      config: manage,
    },
    (req) => service.close(req.actor, req.params.id, req.body),
  );
  app.get(
    '/api/v1/rules/consultations/:id/report',
    { schema: { tags, params: IdParams, response: { 200: ConsultationReportDto } }, config: user },
    (req) => service.report(req.actor, req.params.id),
  );
  app.get(
    '/api/v1/rules/consultations/:id/report.docx',
    { schema: { tags, params: IdParams, querystring: RulesExportQuery }, config: user },
    async (req, reply) => {
      const report = await service.report(req.actor, req.params.id);
      const locale = req.query.lang ?? req.actor.locale;
      return reply
        .type(DOCX_MIME)
        .header('content-disposition', attachment(reportFileName(report, locale)))
        .send(await consultationReportDocx(report, locale));
    },
  );

  // ---------------------------------------------------------------- public
  const publicTags = ['public'];
  const anonymous = (req: { actor: { locale: 'zh-CN' | 'en-US' } }) => anonymousActor(req.actor.locale, null, null);
  app.get(
    '/api/v1/public/rules/documents',
    {
      schema: {
        tags: publicTags,
        querystring: PublicRuleDocumentQuery,
        response: { 200: Page(RuleDocumentSummaryDto) },
      },
      config: pub,
    },
    (req) => service.listPublicDocuments(req.query),
  );
  app.get(
    '/api/v1/public/rules/documents/:id',
    { schema: { tags: publicTags, params: IdParams, response: { 200: RuleDocumentDto } }, config: pub },
    (req) => service.getDocument(anonymous(req), req.params.id),
  );
  app.get(
    '/api/v1/public/rules/consultations',
    {
      schema: {
        tags: publicTags,
        querystring: ConsultationListQuery,
        response: { 200: Page(ConsultationSummaryDto) },
      },
      config: pub,
    },
    (req) => service.listPublicConsultations(req.query),
  );
  app.get(
    '/api/v1/public/rules/consultations/:id',
    { schema: { tags: publicTags, params: IdParams, response: { 200: ConsultationDto } }, config: pub },
    (req) => service.getConsultation(anonymous(req), req.params.id),
  );
  app.get(
    '/api/v1/public/rules/consultations/:id/report',
    { schema: { tags: publicTags, params: IdParams, response: { 200: ConsultationReportDto } }, config: pub },
    (req) => service.report(anonymous(req), req.params.id),
  );
}
