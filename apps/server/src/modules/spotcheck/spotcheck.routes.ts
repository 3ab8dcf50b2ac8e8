import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  IdParams,
  Page,
  PageQuery,
  PublicFailingProductDto,
  PublicFailingQuery,
  PublicSpotCheckListQuery,
  PublicSpotCheckNoticeDto,
  ReinspectionCreate,
  ReinspectionDecision,
  ReinspectionDto,
  ReinspectionListQuery,
  SamplingPlanCreate,
  SamplingPlanDto,
  SPOT_CHECK_LIMITS,
  SpotCheckAnalysisDto,
  SpotCheckAnalysisQuery,
  SpotCheckCommitBody,
  SpotCheckImportQuery,
  SpotCheckMappingBody,
  SpotCheckMatchBody,
  SpotCheckNoticeDto,
  SpotCheckNoticeListQuery,
  SpotCheckPreviewDto,
  SpotCheckResultDto,
  SpotCheckResultListQuery,
  SpotCheckUnmatchedQuery,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import { AppError } from '../../kernel/app-error.js';
import type { Api } from '../../kernel/http.js';
import type { SamplingService } from './sampling.service.js';
import type { AnalysisService } from './spotcheck.analysis.js';
import type { SpotCheckPublicService } from './spotcheck.public.js';
import type { SpotCheckService } from './spotcheck.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The media types an upload may be sent as; the file itself is still checked by its content. */
const UPLOAD_TYPES = [XLSX, 'text/csv', 'application/csv', 'application/vnd.ms-excel', 'application/octet-stream'];

function sendXlsx(reply: import('fastify').FastifyReply, fileName: string, content: Buffer) {
  return reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(content);
}

export interface SpotCheckRouteServices {
  spotChecks: SpotCheckService;
  analysis: AnalysisService;
  sampling: SamplingService;
  publicSpotChecks: SpotCheckPublicService;
}

/** Spot-check notices in, results, re-inspection, analysis and sampling (issue #6). */
export function spotCheckRoutes(app: Api, services: SpotCheckRouteServices): void {
  const { spotChecks, analysis, sampling, publicSpotChecks } = services;
  const tags = ['spot checks'];

  // The upload is the file itself (xlsx or csv), not JSON: what the regulator downloaded, sent as is.
  app.register(async (scope) => {
    const upload = scope.withTypeProvider<TypeBoxTypeProvider>();
    upload.addContentTypeParser(
      UPLOAD_TYPES,
      { parseAs: 'buffer', bodyLimit: SPOT_CHECK_LIMITS.fileBytesMax },
      (_req, body, done) => done(null, body),
    );
    upload.post(
      '/api/v1/spot-checks/imports',
      {
        bodyLimit: SPOT_CHECK_LIMITS.fileBytesMax,
        schema: {
          tags,
          description:
            'Uploads a published result table (xlsx or csv, as the raw request body) and returns its preview: the header row found, the column mapping (remembered per layout), every problem by row and column, and how rows match enterprises. Nothing is imported until commit.',
          querystring: SpotCheckImportQuery,
          response: { 201: SpotCheckPreviewDto },
        },
        config: { permission: 'spotcheck.import' },
      },
      async (req, reply) => {
        if (!Buffer.isBuffer(req.body)) throw new AppError('unsupported_media_type');
        const mediaType = String(req.headers['content-type'] ?? 'application/octet-stream').split(';')[0] ?? '';
        return reply.status(201).send(await spotChecks.upload(req.actor, req.query.fileName, req.body, mediaType));
      },
    );
  });
  app.get(
    '/api/v1/spot-checks/imports/:id',
    {
      schema: { tags, params: IdParams, response: { 200: SpotCheckPreviewDto } },
      config: { permission: 'spotcheck.import' },
    },
    (req) => spotChecks.getImport(req.actor, req.params.id),
  );
  app.put(
    '/api/v1/spot-checks/imports/:id/mapping',
    {
      schema: { tags, params: IdParams, body: SpotCheckMappingBody, response: { 200: SpotCheckPreviewDto } },
      config: { permission: 'spotcheck.import' },
    },
    (req) => spotChecks.setMapping(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/v1/spot-checks/imports/:id/commit',
    {
      schema: {
        tags,
        description:
          'Imports the file as one notice, all or nothing: 400 lists every problem by row and column; 200 (alreadyImported) when this file was already imported as this notice; 409 notice_conflict when the notice number exists with other content.',
        params: IdParams,
        body: SpotCheckCommitBody,
        response: { 200: SpotCheckNoticeDto, 201: SpotCheckNoticeDto },
      },
      config: { permission: 'spotcheck.import' },
    },
    async (req, reply) => {
      const { created, notice } = await spotChecks.commit(req.actor, req.params.id, req.body);
      return reply.status(created ? 201 : 200).send(notice);
    },
  );
  app.get(
    '/api/v1/spot-checks/notices',
    {
      schema: { tags, querystring: SpotCheckNoticeListQuery, response: { 200: Page(SpotCheckNoticeDto) } },
      config: { permission: 'spotcheck.read' },
    },
    (req) => spotChecks.listNotices(req.actor, req.query),
  );
  app.get(
    '/api/v1/spot-checks/notices/:id',
    {
      schema: { tags, params: IdParams, response: { 200: SpotCheckNoticeDto } },
      config: { permission: 'spotcheck.read' },
    },
    (req) => spotChecks.getNotice(req.actor, req.params.id),
  );
  app.get(
    '/api/v1/spot-checks/results',
    {
      schema: { tags, querystring: SpotCheckResultListQuery, response: { 200: Page(SpotCheckResultDto) } },
      config: { permission: 'spotcheck.read' },
    },
    (req) => spotChecks.listResults(req.actor, req.query),
  );
  app.get(
    '/api/v1/spot-checks/unmatched',
    {
      schema: { tags, querystring: SpotCheckUnmatchedQuery, response: { 200: Page(SpotCheckResultDto) } },
      config: { permission: 'spotcheck.import' },
    },
    (req) => spotChecks.listUnmatched(req.actor, req.query),
  );
  app.post(
    '/api/v1/spot-checks/results/:id/match',
    {
      schema: { tags, params: IdParams, body: SpotCheckMatchBody, response: { 200: SpotCheckResultDto } },
      config: { permission: 'spotcheck.import' },
    },
    (req) => spotChecks.match(req.actor, req.params.id, req.body.enterpriseId),
  );
  app.post(
    '/api/v1/spot-checks/results/:id/reinspection',
    {
      schema: {
        tags,
        description:
          '复检: the producer requests re-inspection of an unqualified result within 15 days of receiving it.',
        params: IdParams,
        body: ReinspectionCreate,
        response: { 201: ReinspectionDto },
      },
      config: { permission: 'spotcheck.reinspect' },
    },
    async (req, reply) =>
      reply.status(201).send(await spotChecks.requestReinspection(req.actor, req.params.id, req.body)),
  );
  app.get(
    '/api/v1/spot-checks/reinspections',
    {
      schema: { tags, querystring: ReinspectionListQuery, response: { 200: Page(ReinspectionDto) } },
      config: { permission: 'spotcheck.read' },
    },
    (req) => spotChecks.listReinspections(req.actor, req.query),
  );
  app.post(
    '/api/v1/spot-checks/reinspections/:id/decision',
    {
      schema: { tags, params: IdParams, body: ReinspectionDecision, response: { 200: ReinspectionDto } },
      config: { permission: 'spotcheck.import' },
    },
    (req) => spotChecks.decideReinspection(req.actor, req.params.id, req.body),
  );

  // ------------------------------------------------------------ analysis
  app.get(
    '/api/v1/spot-checks/analysis',
    {
      schema: { tags, querystring: SpotCheckAnalysisQuery, response: { 200: SpotCheckAnalysisDto } },
      config: { permission: 'spotcheck.read' },
    },
    (req) => analysis.analyse(req.actor, req.query),
  );
  app.get(
    '/api/v1/spot-checks/analysis/export',
    {
      schema: { tags, querystring: SpotCheckAnalysisQuery },
      config: { permission: 'spotcheck.read' },
    },
    async (req, reply) => {
      const { fileName, content } = await analysis.exportWorkbook(req.actor, req.query);
      return sendXlsx(reply, fileName, content);
    },
  );

  // ------------------------------------------------------------ sampling (双随机)
  app.post(
    '/api/v1/spot-checks/sampling-plans',
    {
      schema: { tags, body: SamplingPlanCreate, response: { 201: SamplingPlanDto } },
      config: { permission: 'spotcheck.import' },
    },
    async (req, reply) => reply.status(201).send(await sampling.create(req.actor, req.body)),
  );
  app.get(
    '/api/v1/spot-checks/sampling-plans',
    {
      schema: {
        tags,
        querystring: Type.Object({ ...PageQuery }, { additionalProperties: false }),
        response: { 200: Page(SamplingPlanDto) },
      },
      config: { permission: 'spotcheck.import' },
    },
    (req) => sampling.list(req.actor, req.query),
  );
  app.get(
    '/api/v1/spot-checks/sampling-plans/:id',
    {
      schema: { tags, params: IdParams, response: { 200: SamplingPlanDto } },
      config: { permission: 'spotcheck.import' },
    },
    (req) => sampling.get(req.actor, req.params.id),
  );
  app.get(
    '/api/v1/spot-checks/sampling-plans/:id/export',
    { schema: { tags, params: IdParams }, config: { permission: 'spotcheck.import' } },
    async (req, reply) => {
      const { fileName, content } = await sampling.exportWorkbook(req.actor, req.params.id);
      return sendXlsx(reply, fileName, content);
    },
  );

  // ------------------------------------------------------------ public
  app.get(
    '/api/v1/public/spot-checks',
    {
      schema: {
        tags: ['public', ...tags],
        querystring: PublicSpotCheckListQuery,
        response: { 200: Page(PublicSpotCheckNoticeDto) },
      },
      config: { auth: 'public' },
    },
    (req) => publicSpotChecks.listNotices(req.query),
  );
  app.get(
    '/api/v1/public/spot-checks/failing',
    {
      schema: {
        tags: ['public', ...tags],
        querystring: PublicFailingQuery,
        response: { 200: Page(PublicFailingProductDto) },
      },
      config: { auth: 'public' },
    },
    (req) => publicSpotChecks.listFailing(req.query),
  );
}
