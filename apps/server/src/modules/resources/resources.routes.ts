import {
  FeedbackCreate,
  FeedbackReceivedQuery,
  FeedbackUpdate,
  IdParams,
  InfrastructureCreate,
  InfrastructureDto,
  InfrastructureListQuery,
  InfrastructureUpdate,
  Page,
  PolicyCreate,
  PolicyDetailDto,
  PolicyDto,
  PolicyFeedbackDto,
  PolicyListQuery,
  PolicyUpdate,
  ReceivedFeedbackDto,
  TalentCreate,
  TalentEntryDto,
  TalentListDto,
  TalentListQuery,
  TalentUpdate,
  VersionBody,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import type { Api } from '../../kernel/http.js';
import type { ResourcesService } from './resources.service.js';

/** The association's resources (issue #7, §8.3): infrastructure, human-resource pools, policies and feedback. */
export function resourcesRoutes(app: Api, service: ResourcesService): void {
  const tags = ['workspace-resources'];
  const read = { permission: 'workspace.read' } as const;
  const manage = { permission: 'workspace.manage' } as const;
  const base = '/api/v1/workspace/resources';

  app.get(
    `${base}/infrastructure`,
    {
      schema: { tags, querystring: InfrastructureListQuery, response: { 200: Type.Array(InfrastructureDto) } },
      config: read,
    },
    (req) => service.listInfrastructure(req.actor, req.query),
  );
  app.post(
    `${base}/infrastructure`,
    { schema: { tags, body: InfrastructureCreate, response: { 201: InfrastructureDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createInfrastructure(req.actor, req.body)),
  );
  app.put(
    `${base}/infrastructure/:id`,
    {
      schema: { tags, params: IdParams, body: InfrastructureUpdate, response: { 200: InfrastructureDto } },
      config: manage,
    },
    (req) => service.updateInfrastructure(req.actor, req.params.id, req.body),
  );

  app.get(
    `${base}/talent`,
    {
      schema: {
        tags,
        description: 'The people of the pools with active counts; phone numbers and e-mail addresses masked.',
        querystring: TalentListQuery,
        response: { 200: TalentListDto },
      },
      config: read,
    },
    (req) => service.listTalent(req.actor, req.query),
  );
  app.get(
    `${base}/talent/:id`,
    {
      schema: {
        tags,
        description: 'One person with full contact details; the read is audited.',
        params: IdParams,
        response: { 200: TalentEntryDto },
      },
      config: read,
    },
    (req) => service.getTalent(req.actor, req.params.id),
  );
  app.post(
    `${base}/talent`,
    { schema: { tags, body: TalentCreate, response: { 201: TalentEntryDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createTalent(req.actor, req.body)),
  );
  app.put(
    `${base}/talent/:id`,
    { schema: { tags, params: IdParams, body: TalentUpdate, response: { 200: TalentEntryDto } }, config: manage },
    (req) => service.updateTalent(req.actor, req.params.id, req.body),
  );

  app.get(
    `${base}/policies`,
    { schema: { tags, querystring: PolicyListQuery, response: { 200: Type.Array(PolicyDto) } }, config: read },
    (req) => service.listPolicies(req.actor, req.query),
  );
  app.get(
    `${base}/policies/:id`,
    { schema: { tags, params: IdParams, response: { 200: PolicyDetailDto } }, config: read },
    (req) => service.getPolicy(req.actor, req.params.id),
  );
  app.post(
    `${base}/policies`,
    { schema: { tags, body: PolicyCreate, response: { 201: PolicyDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createPolicy(req.actor, req.body)),
  );
  app.put(
    `${base}/policies/:id`,
    { schema: { tags, params: IdParams, body: PolicyUpdate, response: { 200: PolicyDto } }, config: manage },
    (req) => service.updatePolicy(req.actor, req.params.id, req.body),
  );
  app.post(
    `${base}/policies/:id/feedback`,
    { schema: { tags, params: IdParams, body: FeedbackCreate, response: { 201: PolicyFeedbackDto } }, config: manage },
    async (req, reply) => reply.status(201).send(await service.createFeedback(req.actor, req.params.id, req.body)),
  );
  app.put(
    `${base}/feedback/:id`,
    {
      schema: {
        tags,
        description: 'Changes a draft feedback; a submitted one stays as it was (409).',
        params: IdParams,
        body: FeedbackUpdate,
        response: { 200: PolicyFeedbackDto },
      },
      config: manage,
    },
    (req) => service.updateFeedback(req.actor, req.params.id, req.body),
  );
  app.post(
    `${base}/feedback/:id/submit`,
    { schema: { tags, params: IdParams, body: VersionBody, response: { 200: PolicyFeedbackDto } }, config: manage },
    (req) => service.submitFeedback(req.actor, req.params.id, req.body.version),
  );
  app.get(
    `${base}/feedback-received`,
    {
      schema: {
        tags,
        description: "Regulators: the policy feedback their region's associations submitted.",
        querystring: FeedbackReceivedQuery,
        response: { 200: Page(ReceivedFeedbackDto) },
      },
      config: read,
    },
    (req) => service.feedbackReceived(req.actor, req.query),
  );
}
