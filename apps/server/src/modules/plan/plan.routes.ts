import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CompetenceCreate,
  CompetenceDto,
  EnvironmentFactorBody,
  EnvironmentFactorDto,
  EnvironmentFactorUpdate,
  EnvironmentListQuery,
  GoalBody,
  GoalDto,
  GoalUpdate,
  IdParams,
  KpiActualBody,
  KpiBody,
  KpiDto,
  KpiUpdate,
  OrganisationQuery,
  Page,
  PlanCreate,
  PlanDetailDto,
  PlanListQuery,
  PlanOptionsDto,
  PlanStatusBody,
  PlanSummaryDto,
  PlanUpdate,
  ReviewCreate,
  ReviewDto,
  ReviewUpdate,
  TaskBody,
  TaskDto,
  TaskEvidenceDto,
  TaskEvidenceParams,
  TaskEvidenceQuery,
  TaskLinkBody,
  TaskListQuery,
  TaskStatusBody,
  TaskUpdate,
  VersionBody,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import { AppError } from '../../kernel/app-error.js';
import type { Api } from '../../kernel/http.js';
import { type PlanService, TASK_EVIDENCE_MAX } from './plan.service.js';

const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** The association's plan–do–check–act (issue #7): environment, plans, goals, KPIs, tasks, reviews, competence. */
export function planRoutes(app: Api, service: PlanService): void {
  const tags = ['workspace'];
  const read = { permission: 'workspace.read' } as const;
  const manage = { permission: 'workspace.manage' } as const;
  const base = '/api/v1/workspace';

  // ---------------------------------------------------------------- environment
  app.get(
    `${base}/environment`,
    {
      schema: { tags, querystring: EnvironmentListQuery, response: { 200: Type.Array(EnvironmentFactorDto) } },
      config: read,
    },
    (req) => service.listEnvironment(req.actor, req.query),
  );
  app.post(
    `${base}/environment`,
    { schema: { tags, body: EnvironmentFactorBody, response: { 201: EnvironmentFactorDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createFactor(req.actor, req.body)),
  );
  app.put(
    `${base}/environment/:id`,
    {
      schema: { tags, params: IdParams, body: EnvironmentFactorUpdate, response: { 200: EnvironmentFactorDto } },
      config: manage,
    },
    (req) => service.updateFactor(req.actor, req.params.id, req.body),
  );
  app.post(
    `${base}/environment/:id/archive`,
    { schema: { tags, params: IdParams, body: VersionBody, response: { 200: EnvironmentFactorDto } }, config: manage },
    (req) => service.archiveFactor(req.actor, req.params.id, req.body.version),
  );

  // ---------------------------------------------------------------- plans
  app.get(
    `${base}/plan-options`,
    { schema: { tags, querystring: OrganisationQuery, response: { 200: PlanOptionsDto } }, config: read },
    (req) => service.options(req.actor, req.query.organisationId),
  );
  app.get(
    `${base}/plans`,
    { schema: { tags, querystring: PlanListQuery, response: { 200: Type.Array(PlanSummaryDto) } }, config: read },
    (req) => service.listPlans(req.actor, req.query),
  );
  app.post(
    `${base}/plans`,
    { schema: { tags, body: PlanCreate, response: { 201: PlanDetailDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createPlan(req.actor, req.body)),
  );
  app.get(
    `${base}/plans/:id`,
    { schema: { tags, params: IdParams, response: { 200: PlanDetailDto } }, config: read },
    (req) => service.getPlan(req.actor, req.params.id),
  );
  app.put(
    `${base}/plans/:id`,
    { schema: { tags, params: IdParams, body: PlanUpdate, response: { 200: PlanDetailDto } }, config: manage },
    (req) => service.updatePlan(req.actor, req.params.id, req.body),
  );
  app.post(
    `${base}/plans/:id/status`,
    { schema: { tags, params: IdParams, body: PlanStatusBody, response: { 200: PlanDetailDto } }, config: manage },
    (req) => service.planStatus(req.actor, req.params.id, req.body),
  );

  // ---------------------------------------------------------------- goals and KPIs
  app.post(
    `${base}/plans/:id/goals`,
    { schema: { tags, params: IdParams, body: GoalBody, response: { 201: GoalDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createGoal(req.actor, req.params.id, req.body)),
  );
  app.put(
    `${base}/goals/:id`,
    { schema: { tags, params: IdParams, body: GoalUpdate, response: { 200: GoalDto } }, config: manage },
    (req) => service.updateGoal(req.actor, req.params.id, req.body),
  );
  app.post(
    `${base}/goals/:id/kpis`,
    {
      schema: {
        tags,
        description: 'A KPI of the goal; a metric KPI is computed at once from the platform (percent: shares 0–1).',
        params: IdParams,
        body: KpiBody,
        response: { 201: KpiDto },
      },
      config: manage,
    },
    async (req, reply) => reply.status(201).send(await service.createKpi(req.actor, req.params.id, req.body)),
  );
  app.put(
    `${base}/kpis/:id`,
    { schema: { tags, params: IdParams, body: KpiUpdate, response: { 200: KpiDto } }, config: manage },
    (req) => service.updateKpi(req.actor, req.params.id, req.body),
  );
  app.post(
    `${base}/kpis/:id/actual`,
    { schema: { tags, params: IdParams, body: KpiActualBody, response: { 200: KpiDto } }, config: manage },
    (req) => service.kpiActual(req.actor, req.params.id, req.body),
  );
  app.post(
    `${base}/kpis/:id/compute`,
    { schema: { tags, params: IdParams, response: { 200: KpiDto } }, config: manage },
    (req) => service.computeKpi(req.actor, req.params.id),
  );

  // ---------------------------------------------------------------- tasks
  app.get(
    `${base}/tasks`,
    { schema: { tags, querystring: TaskListQuery, response: { 200: Page(TaskDto) } }, config: read },
    (req) => service.listTasks(req.actor, req.query),
  );
  app.post(
    `${base}/plans/:id/tasks`,
    { schema: { tags, params: IdParams, body: TaskBody, response: { 201: TaskDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createTask(req.actor, req.params.id, req.body)),
  );
  app.put(
    `${base}/tasks/:id`,
    { schema: { tags, params: IdParams, body: TaskUpdate, response: { 200: TaskDto } }, config: manage },
    (req) => service.updateTask(req.actor, req.params.id, req.body),
  );
  app.post(
    `${base}/tasks/:id/status`,
    { schema: { tags, params: IdParams, body: TaskStatusBody, response: { 200: TaskDto } }, config: manage },
    (req) => service.taskStatus(req.actor, req.params.id, req.body),
  );
  app.register(async (scope) => {
    const upload = scope.withTypeProvider<TypeBoxTypeProvider>();
    upload.removeAllContentTypeParsers();
    upload.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: TASK_EVIDENCE_MAX }, (_req, body, done) =>
      done(null, body),
    );
    upload.post(
      `${base}/tasks/:id/evidence`,
      {
        bodyLimit: TASK_EVIDENCE_MAX,
        schema: {
          tags,
          description: 'Attaches a file (raw request body, ≤ 20 MB, checked by content) to a task.',
          params: IdParams,
          querystring: TaskEvidenceQuery,
          response: { 201: TaskEvidenceDto },
        },
        config: manage,
      },
      async (req, reply) => {
        if (!Buffer.isBuffer(req.body)) throw new AppError('unsupported_media_type');
        return reply
          .status(201)
          .send(await service.addEvidenceFile(req.actor, req.params.id, req.query.fileName, req.body));
      },
    );
  });
  app.post(
    `${base}/tasks/:id/links`,
    { schema: { tags, params: IdParams, body: TaskLinkBody, response: { 201: TaskEvidenceDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.addEvidenceLink(req.actor, req.params.id, req.body)),
  );
  app.get(
    `${base}/tasks/:id/evidence/:evidenceId`,
    { schema: { tags, params: TaskEvidenceParams }, config: read },
    async (req, reply) => {
      const file = await service.evidenceFile(req.actor, req.params.id, req.params.evidenceId);
      return reply
        .type(file.mimeType)
        .header('content-disposition', attachment(file.name))
        .header('content-security-policy', 'sandbox')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  // ---------------------------------------------------------------- reviews
  app.post(
    `${base}/plans/:id/reviews`,
    { schema: { tags, params: IdParams, body: ReviewCreate, response: { 201: ReviewDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createReview(req.actor, req.params.id, req.body)),
  );
  app.put(
    `${base}/reviews/:id`,
    { schema: { tags, params: IdParams, body: ReviewUpdate, response: { 200: ReviewDto } }, config: manage },
    (req) => service.updateReview(req.actor, req.params.id, req.body),
  );
  app.post(
    `${base}/reviews/:id/close`,
    {
      schema: {
        tags,
        description: 'Closes the review; every KPI it found missed opens an improvement action (evaluation actions).',
        params: IdParams,
        body: VersionBody,
        response: { 200: ReviewDto },
      },
      config: manage,
    },
    (req) => service.closeReview(req.actor, req.params.id, req.body.version),
  );

  // ---------------------------------------------------------------- competence
  app.get(
    `${base}/competence`,
    { schema: { tags, querystring: OrganisationQuery, response: { 200: Type.Array(CompetenceDto) } }, config: read },
    (req) => service.listCompetence(req.actor, req.query.organisationId),
  );
  app.post(
    `${base}/competence`,
    { schema: { tags, body: CompetenceCreate, response: { 201: CompetenceDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createCompetence(req.actor, req.body)),
  );
}
