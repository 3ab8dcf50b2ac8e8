import {
  AttachmentParams,
  COMPLAINT_LIMITS,
  CreditArchiveDto,
  CreditArchiveQuery,
  CreditCaseListQuery,
  CreditCodeParams,
  CreditEvaluationCreate,
  CreditModelCreate,
  CreditModelDto,
  CreditModelListQuery,
  CreditObjectionCreate,
  CreditObjectionDecision,
  CreditObjectionDto,
  CreditRecordActionBody,
  CreditRecordCreate,
  CreditRecordDetailDto,
  CreditRecordDto,
  CreditRecordListQuery,
  CreditRepairCreate,
  CreditRepairDecision,
  CreditRepairDto,
  CreditResultDto,
  CreditResultListQuery,
  CreditRunDto,
  CreditRunListQuery,
  CreditStatsDto,
  CreditWarningActionBody,
  CreditWarningDto,
  CreditWarningListQuery,
  IdParams,
  Page,
  PageQuery,
  PublicCreditListItemDto,
  PublicCreditListQuery,
  PublicCreditPageDto,
  PublicCreditWarningDto,
  VersionBody,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import type { Api } from '../../kernel/http.js';
import type { CreditPublicService } from './credit.public.js';
import type { CreditService } from './credit.service.js';

/** Room for evidence: every file at its limit, base64-encoded, plus the text. */
const EVIDENCE_BODY_LIMIT = 6 * COMPLAINT_LIMITS.attachmentBase64Max + 256 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface CreditExports {
  archive(actor: Parameters<CreditService['archive']>[0], id: string, query: CreditArchiveQuery): Promise<Buffer>;
  gradeList(actor: Parameters<CreditService['allResults']>[0], runId: string): Promise<Buffer>;
}

export function creditRoutes(
  app: Api,
  service: CreditService,
  publicService: CreditPublicService,
  exports: CreditExports,
) {
  const tags = ['credit'];
  const read = { permission: 'credit.read' as const };
  const record = { permission: 'credit.record' as const };

  // ---------------------------------------------------------------- public
  const publicConfig = { auth: 'public' as const };
  app.get(
    '/api/v1/public/credit',
    {
      schema: {
        tags: ['public', ...tags],
        querystring: PublicCreditListQuery,
        response: { 200: Page(PublicCreditListItemDto) },
      },
      config: publicConfig,
    },
    (req) => publicService.list(req.query),
  );
  app.get(
    '/api/v1/public/credit/:creditCode',
    {
      schema: { tags: ['public', ...tags], params: CreditCodeParams, response: { 200: PublicCreditPageDto } },
      config: publicConfig,
    },
    // Already JSON text from the database: Fastify sends a string as it is (no parse, no re-serialise).
    async (req, reply) => {
      const json = await publicService.page(req.params.creditCode);
      return reply.type('application/json; charset=utf-8').send(json as unknown as PublicCreditPageDto);
    },
  );
  app.get(
    '/api/v1/public/credit-warnings',
    {
      schema: {
        tags: ['public', ...tags],
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: Page(PublicCreditWarningDto) },
      },
      config: publicConfig,
    },
    (req) => publicService.warnings(req.query),
  );

  // ---------------------------------------------------------------- records
  app.get(
    '/api/v1/credit/records',
    { schema: { tags, querystring: CreditRecordListQuery, response: { 200: Page(CreditRecordDto) } }, config: read },
    (req) => service.listRecords(req.actor, req.query),
  );
  app.post(
    '/api/v1/credit/records',
    {
      schema: { tags, body: CreditRecordCreate, response: { 201: CreditRecordDto } },
      config: record,
      bodyLimit: EVIDENCE_BODY_LIMIT,
    },
    async (req, reply) => reply.status(201).send(await service.createRecord(req.actor, req.body)),
  );
  app.get(
    '/api/v1/credit/records/:id',
    { schema: { tags, params: IdParams, response: { 200: CreditRecordDetailDto } }, config: read },
    (req) => service.getRecord(req.actor, req.params.id),
  );
  app.post(
    '/api/v1/credit/records/:id/actions',
    {
      schema: { tags, params: IdParams, body: CreditRecordActionBody, response: { 200: CreditRecordDetailDto } },
      config: record,
    },
    (req) => service.actOnRecord(req.actor, req.params.id, req.body),
  );
  app.get(
    '/api/v1/credit/records/:id/attachments/:attachmentId',
    { schema: { tags, params: AttachmentParams }, config: read },
    async (req, reply) => {
      const file = await service.attachment(req.actor, req.params.id, req.params.attachmentId);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('content-security-policy', 'sandbox')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  // ---------------------------------------------------------------- objections and repair
  app.post(
    '/api/v1/credit/records/:id/objections',
    {
      schema: { tags, params: IdParams, body: CreditObjectionCreate, response: { 201: CreditObjectionDto } },
      config: { permission: 'credit.object' },
      bodyLimit: EVIDENCE_BODY_LIMIT,
    },
    async (req, reply) => reply.status(201).send(await service.fileObjection(req.actor, req.params.id, req.body)),
  );
  app.post(
    '/api/v1/credit/records/:id/repairs',
    {
      schema: { tags, params: IdParams, body: CreditRepairCreate, response: { 201: CreditRepairDto } },
      config: { permission: 'credit.object' },
      bodyLimit: EVIDENCE_BODY_LIMIT,
    },
    async (req, reply) => reply.status(201).send(await service.applyRepair(req.actor, req.params.id, req.body)),
  );
  app.get(
    '/api/v1/credit/objections',
    { schema: { tags, querystring: CreditCaseListQuery, response: { 200: Page(CreditObjectionDto) } }, config: read },
    (req) => service.listObjections(req.actor, req.query),
  );
  app.post(
    '/api/v1/credit/objections/:id/decision',
    {
      schema: { tags, params: IdParams, body: CreditObjectionDecision, response: { 200: CreditObjectionDto } },
      config: record,
    },
    (req) => service.decideObjection(req.actor, req.params.id, req.body),
  );
  app.get(
    '/api/v1/credit/repairs',
    { schema: { tags, querystring: CreditCaseListQuery, response: { 200: Page(CreditRepairDto) } }, config: read },
    (req) => service.listRepairs(req.actor, req.query),
  );
  app.post(
    '/api/v1/credit/repairs/:id/decision',
    {
      schema: { tags, params: IdParams, body: CreditRepairDecision, response: { 200: CreditRepairDto } },
      config: record,
    },
    (req) => service.decideRepair(req.actor, req.params.id, req.body),
  );

  // ---------------------------------------------------------------- models
  app.get(
    '/api/v1/credit/models',
    {
      schema: { tags, querystring: CreditModelListQuery, response: { 200: Type.Array(CreditModelDto) } },
      config: read,
    },
    (req) => service.listModels(req.actor, req.query),
  );
  app.post(
    '/api/v1/credit/models',
    {
      schema: { tags, body: CreditModelCreate, response: { 201: CreditModelDto } },
      config: { permission: 'credit.model' },
    },
    async (req, reply) => reply.status(201).send(await service.createModel(req.actor, req.body)),
  );
  app.post(
    '/api/v1/credit/models/:id/activate',
    {
      schema: { tags, params: IdParams, body: VersionBody, response: { 200: CreditModelDto } },
      config: { permission: 'credit.model' },
    },
    (req) => service.activateModel(req.actor, req.params.id, req.body),
  );

  // ---------------------------------------------------------------- evaluations
  app.post(
    '/api/v1/credit/evaluations',
    { schema: { tags, body: CreditEvaluationCreate, response: { 201: CreditRunDto } }, config: record },
    async (req, reply) => reply.status(201).send(await service.startEvaluation(req.actor, req.body)),
  );
  app.get(
    '/api/v1/credit/evaluations',
    { schema: { tags, querystring: CreditRunListQuery, response: { 200: Page(CreditRunDto) } }, config: read },
    (req) => service.listEvaluations(req.actor, req.query),
  );
  app.get(
    '/api/v1/credit/evaluations/:id',
    { schema: { tags, params: IdParams, response: { 200: CreditRunDto } }, config: read },
    (req) => service.getEvaluation(req.actor, req.params.id),
  );
  app.get(
    '/api/v1/credit/evaluations/:id/results',
    {
      schema: { tags, params: IdParams, querystring: CreditResultListQuery, response: { 200: Page(CreditResultDto) } },
      config: read,
    },
    (req) => service.evaluationResults(req.actor, req.params.id, req.query),
  );
  app.post(
    '/api/v1/credit/evaluations/:id/publish',
    { schema: { tags, params: IdParams, response: { 200: CreditRunDto } }, config: record },
    (req) => service.publishEvaluation(req.actor, req.params.id),
  );
  app.get(
    '/api/v1/credit/evaluations/:id/export',
    { schema: { tags, params: IdParams }, config: read },
    async (req, reply) => {
      const file = await exports.gradeList(req.actor, req.params.id);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="credit-grades-${req.params.id}.xlsx"`)
        .send(file);
    },
  );

  // ---------------------------------------------------------------- archives, overview, warnings
  app.get(
    '/api/v1/credit/enterprises/:id',
    {
      schema: { tags, params: IdParams, querystring: CreditArchiveQuery, response: { 200: CreditArchiveDto } },
      config: read,
    },
    (req) => service.archive(req.actor, req.params.id, req.query),
  );
  app.get(
    '/api/v1/credit/enterprises/:id/export',
    { schema: { tags, params: IdParams, querystring: CreditArchiveQuery }, config: read },
    async (req, reply) => {
      const file = await exports.archive(req.actor, req.params.id, req.query);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="credit-archive-${req.params.id}.xlsx"`)
        .send(file);
    },
  );
  app.get('/api/v1/credit/stats', { schema: { tags, response: { 200: CreditStatsDto } }, config: read }, (req) =>
    service.stats(req.actor),
  );
  app.get(
    '/api/v1/credit/warnings',
    { schema: { tags, querystring: CreditWarningListQuery, response: { 200: Page(CreditWarningDto) } }, config: read },
    (req) => service.listWarnings(req.actor, req.query),
  );
  app.post(
    '/api/v1/credit/warnings/:id/actions',
    {
      schema: { tags, params: IdParams, body: CreditWarningActionBody, response: { 200: CreditWarningDto } },
      config: record,
    },
    (req) => service.actOnWarning(req.actor, req.params.id, req.body),
  );
}
