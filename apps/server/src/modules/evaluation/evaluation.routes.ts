import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  AssessmentCommentBody,
  AssessmentCreate,
  AssessmentDto,
  AssessmentListQuery,
  AssessmentReviewBody,
  AssessmentSummaryDto,
  AssigneeBody,
  CampaignCreate,
  CampaignDto,
  CommentDto,
  EvaluationExportQuery,
  EvidenceDto,
  EvidenceLinkBody,
  EvidenceParams,
  EvidenceUploadQuery,
  FrameworkCheckDto,
  FrameworkDto,
  FrameworkImportBody,
  FrameworkSummaryDto,
  FrameworkWeightsBody,
  IdParams,
  ImprovementActionDto,
  ImprovementActionImplemented,
  ImprovementActionListQuery,
  ImprovementActionUpdate,
  ImprovementActionVerification,
  IndicatorParams,
  IndicatorScoreBody,
  IndicatorScoreDto,
  Page,
  PageQuery,
  type RankingDto,
  RankingDto as RankingSchema,
  VersionBody,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import { AppError } from '../../kernel/app-error.js';
import type { Api } from '../../kernel/http.js';
import { assessmentDocx, assessmentXlsx, EVALUATION_EXPORT_MIME, exportFileName } from './evaluation.export.js';
import { EVIDENCE_BYTES_MAX, type EvaluationService } from './evaluation.service.js';

const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Appendix A evaluation (issue #5): frameworks, assessments, campaigns, improvement actions. */
export function evaluationRoutes(app: Api, service: EvaluationService): void {
  const tags = ['evaluation'];
  const read = { permission: 'evaluation.read' } as const;
  const assess = { permission: 'evaluation.assess' } as const;
  const review = { permission: 'evaluation.review' } as const;
  const manage = { permission: 'evaluation.framework' } as const;

  // ---------------------------------------------------------------- frameworks
  app.get(
    '/api/v1/evaluation/frameworks',
    { schema: { tags, response: { 200: Type.Array(FrameworkSummaryDto) } }, config: read },
    (req) => service.listFrameworks(req.actor),
  );
  app.get(
    '/api/v1/evaluation/frameworks/:id',
    { schema: { tags, params: IdParams, response: { 200: FrameworkDto } }, config: read },
    (req) => service.getFramework(req.actor, req.params.id),
  );
  app.get(
    '/api/v1/evaluation/frameworks/:id/file',
    {
      schema: { tags, description: 'The framework version as a YAML file (docs/evaluation.md).', params: IdParams },
      config: read,
    },
    async (req, reply) => {
      const file = await service.frameworkFile(req.actor, req.params.id);
      return reply
        .type('application/yaml; charset=utf-8')
        .header('content-disposition', attachment(file.name))
        .send(file.text);
    },
  );
  app.post(
    '/api/v1/evaluation/frameworks/check',
    {
      schema: {
        tags,
        description: 'Checks a framework file (YAML or JSON text) and lists every problem; stores nothing.',
        body: FrameworkImportBody,
        response: { 200: FrameworkCheckDto },
      },
      config: manage,
      bodyLimit: 2 * 1024 * 1024,
    },
    (req) => service.checkFramework(req.actor, req.body.content),
  );
  app.post(
    '/api/v1/evaluation/frameworks',
    {
      schema: {
        tags,
        description:
          'Imports a framework file: a new version of its code (201), or the stored version when the content is the same (200). A file with problems is refused with every problem listed.',
        body: FrameworkImportBody,
        response: { 200: FrameworkDto, 201: FrameworkDto },
      },
      config: manage,
      bodyLimit: 2 * 1024 * 1024,
    },
    async (req, reply) => {
      const { created, dto } = await service.importFramework(req.actor, req.body.content);
      return reply.status(created ? 201 : 200).send(dto);
    },
  );
  app.post(
    '/api/v1/evaluation/frameworks/:id/versions',
    {
      schema: {
        tags,
        description:
          'A new version of the framework with other weights (and threshold); assessments keep their version.',
        params: IdParams,
        body: FrameworkWeightsBody,
        response: { 200: FrameworkDto, 201: FrameworkDto },
      },
      config: manage,
    },
    async (req, reply) => {
      const { created, dto } = await service.newWeights(req.actor, req.params.id, req.body);
      return reply.status(created ? 201 : 200).send(dto);
    },
  );

  // ---------------------------------------------------------------- assessments
  app.post(
    '/api/v1/evaluation/assessments',
    { schema: { tags, body: AssessmentCreate, response: { 201: AssessmentDto } }, config: assess },
    async (req, reply) => reply.status(201).send(await service.createAssessment(req.actor, req.body)),
  );
  app.get(
    '/api/v1/evaluation/assessments',
    { schema: { tags, querystring: AssessmentListQuery, response: { 200: Page(AssessmentSummaryDto) } }, config: read },
    (req) => service.listAssessments(req.actor, req.query),
  );
  app.get(
    '/api/v1/evaluation/assessments/:id',
    { schema: { tags, params: IdParams, response: { 200: AssessmentDto } }, config: read },
    (req) => service.getAssessment(req.actor, req.params.id),
  );
  app.put(
    '/api/v1/evaluation/assessments/:id/indicators/:code',
    {
      schema: { tags, params: IndicatorParams, body: IndicatorScoreBody, response: { 200: IndicatorScoreDto } },
      config: assess,
    },
    (req) => service.scoreIndicator(req.actor, req.params.id, req.params.code, req.body),
  );
  app.put(
    '/api/v1/evaluation/assessments/:id/indicators/:code/assignee',
    {
      schema: { tags, params: IndicatorParams, body: AssigneeBody, response: { 200: IndicatorScoreDto } },
      config: assess,
    },
    (req) => service.assign(req.actor, req.params.id, req.params.code, req.body),
  );
  // Evidence files are sent as the raw body (PDF, pictures, Office files), like the spot-check upload.
  app.register(async (scope) => {
    const upload = scope.withTypeProvider<TypeBoxTypeProvider>();
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: EVIDENCE_BYTES_MAX }, (_req, body, done) =>
      done(null, body),
    );
    upload.post(
      '/api/v1/evaluation/assessments/:id/indicators/:code/evidence',
      {
        bodyLimit: EVIDENCE_BYTES_MAX,
        schema: {
          tags,
          description:
            'Attaches a file (raw request body, ≤ 20 MB; PDF, JPEG, PNG, WebP, docx, xlsx, pptx, zip) to an indicator.',
          params: IndicatorParams,
          querystring: EvidenceUploadQuery,
          response: { 201: EvidenceDto },
        },
        config: assess,
      },
      async (req, reply) => {
        if (!Buffer.isBuffer(req.body)) throw new AppError('unsupported_media_type');
        const dto = await service.addEvidenceFile(
          req.actor,
          req.params.id,
          req.params.code,
          req.query.fileName,
          req.body,
        );
        return reply.status(201).send(dto);
      },
    );
  });
  app.post(
    '/api/v1/evaluation/assessments/:id/indicators/:code/links',
    {
      schema: { tags, params: IndicatorParams, body: EvidenceLinkBody, response: { 201: EvidenceDto } },
      config: assess,
    },
    async (req, reply) =>
      reply.status(201).send(await service.addEvidenceLink(req.actor, req.params.id, req.params.code, req.body)),
  );
  app.get(
    '/api/v1/evaluation/assessments/:id/evidence/:evidenceId',
    { schema: { tags, params: EvidenceParams }, config: read },
    async (req, reply) => {
      const file = await service.evidenceFile(req.actor, req.params.id, req.params.evidenceId);
      return reply
        .type(file.mimeType)
        .header('content-disposition', attachment(file.fileName))
        .header('content-security-policy', 'sandbox')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
  app.post(
    '/api/v1/evaluation/assessments/:id/facts',
    { schema: { tags, params: IdParams, response: { 200: AssessmentDto } }, config: assess },
    (req) => service.refreshFacts(req.actor, req.params.id),
  );
  app.post(
    '/api/v1/evaluation/assessments/:id/submit',
    { schema: { tags, params: IdParams, body: VersionBody, response: { 200: AssessmentDto } }, config: assess },
    (req) => service.submit(req.actor, req.params.id, req.body.version),
  );
  app.post(
    '/api/v1/evaluation/assessments/:id/review',
    {
      schema: { tags, params: IdParams, body: AssessmentReviewBody, response: { 200: AssessmentDto } },
      config: review,
    },
    (req) => service.review(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/v1/evaluation/assessments/:id/finalise',
    { schema: { tags, params: IdParams, body: VersionBody, response: { 200: AssessmentDto } }, config: review },
    (req) => service.finalise(req.actor, req.params.id, req.body.version),
  );
  app.post(
    '/api/v1/evaluation/assessments/:id/comments',
    { schema: { tags, params: IdParams, body: AssessmentCommentBody, response: { 201: CommentDto } }, config: read },
    async (req, reply) => reply.status(201).send(await service.comment(req.actor, req.params.id, req.body)),
  );
  app.get(
    '/api/v1/evaluation/assessments/:id/export.docx',
    {
      schema: {
        tags,
        description: 'The report laid out like table A.1.',
        params: IdParams,
        querystring: EvaluationExportQuery,
      },
      config: read,
    },
    async (req, reply) => {
      const dto = await service.forExport(req.actor, req.params.id);
      const locale = req.query.lang ?? req.actor.locale;
      return reply
        .type(EVALUATION_EXPORT_MIME.docx)
        .header('content-disposition', attachment(exportFileName(dto, 'docx')))
        .send(await assessmentDocx(dto, locale));
    },
  );
  app.get(
    '/api/v1/evaluation/assessments/:id/export.xlsx',
    { schema: { tags, params: IdParams, querystring: EvaluationExportQuery }, config: read },
    async (req, reply) => {
      const dto = await service.forExport(req.actor, req.params.id);
      const locale = req.query.lang ?? req.actor.locale;
      return reply
        .type(EVALUATION_EXPORT_MIME.xlsx)
        .header('content-disposition', attachment(exportFileName(dto, 'xlsx')))
        .send(await assessmentXlsx(dto, locale));
    },
  );

  // ---------------------------------------------------------------- campaigns
  app.post(
    '/api/v1/evaluation/campaigns',
    { schema: { tags, body: CampaignCreate, response: { 201: CampaignDto } }, config: review },
    async (req, reply) => reply.status(201).send(await service.createCampaign(req.actor, req.body)),
  );
  app.get(
    '/api/v1/evaluation/campaigns',
    { schema: { tags, querystring: Type.Object(PageQuery), response: { 200: Page(CampaignDto) } }, config: read },
    (req) => service.listCampaigns(req.actor, req.query),
  );
  app.get(
    '/api/v1/evaluation/campaigns/:id/ranking',
    { schema: { tags, params: IdParams, response: { 200: RankingSchema } }, config: read },
    (req): Promise<RankingDto> => service.ranking(req.actor, req.params.id),
  );

  // ---------------------------------------------------------------- improvement actions
  app.get(
    '/api/v1/evaluation/actions',
    {
      schema: { tags, querystring: ImprovementActionListQuery, response: { 200: Page(ImprovementActionDto) } },
      config: read,
    },
    (req) => service.listActions(req.actor, req.query),
  );
  app.get(
    '/api/v1/evaluation/actions/:id/owners',
    {
      schema: {
        tags,
        description: 'Who may own the action: the active accounts of its organisation.',
        params: IdParams,
        response: { 200: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })) },
      },
      config: assess,
    },
    (req) => service.actionOwners(req.actor, req.params.id),
  );
  app.put(
    '/api/v1/evaluation/actions/:id',
    {
      schema: { tags, params: IdParams, body: ImprovementActionUpdate, response: { 200: ImprovementActionDto } },
      config: assess,
    },
    (req) => service.updateAction(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/v1/evaluation/actions/:id/implemented',
    {
      schema: { tags, params: IdParams, body: ImprovementActionImplemented, response: { 200: ImprovementActionDto } },
      config: assess,
    },
    (req) => service.actionImplemented(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/v1/evaluation/actions/:id/verification',
    {
      schema: { tags, params: IdParams, body: ImprovementActionVerification, response: { 200: ImprovementActionDto } },
      config: assess,
    },
    (req) => service.verifyAction(req.actor, req.params.id, req.body),
  );
}
