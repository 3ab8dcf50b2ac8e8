import {
  CommitmentBreach,
  CommitmentCreate,
  CommitmentDto,
  CommitmentListQuery,
  CreditReasonBody,
  IdParams,
  Page,
  PublicCommitmentDto,
  PublicCommitmentListQuery,
} from '@gongzhi/contracts';
import type { Api } from '../../kernel/http.js';
import type { CommitmentService } from './commitment.service.js';

/** 质量安全承诺 / 放心消费承诺 / 线下无理由退货承诺: signed by enterprises, found broken by associations, shown publicly. */
export function commitmentRoutes(app: Api, service: CommitmentService): void {
  const tags = ['credit', 'commitments'];
  app.get(
    '/api/v1/public/commitments',
    {
      schema: {
        tags: ['public', ...tags],
        querystring: PublicCommitmentListQuery,
        response: { 200: Page(PublicCommitmentDto) },
      },
      config: { auth: 'public' },
    },
    (req) => service.listPublic(req.query),
  );
  app.get(
    '/api/v1/credit/commitments',
    {
      schema: { tags, querystring: CommitmentListQuery, response: { 200: Page(CommitmentDto) } },
      config: { permission: 'credit.read' },
    },
    (req) => service.list(req.actor, req.query),
  );
  app.post(
    '/api/v1/credit/commitments',
    {
      schema: { tags, body: CommitmentCreate, response: { 201: CommitmentDto } },
      config: { permission: 'credit.object' },
    },
    async (req, reply) => reply.status(201).send(await service.sign(req.actor, req.body)),
  );
  app.post(
    '/api/v1/credit/commitments/:id/withdraw',
    {
      schema: { tags, params: IdParams, body: CreditReasonBody, response: { 200: CommitmentDto } },
      config: { permission: 'credit.object' },
    },
    (req) => service.withdraw(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/v1/credit/commitments/:id/breach',
    {
      schema: { tags, params: IdParams, body: CommitmentBreach, response: { 200: CommitmentDto } },
      config: { permission: 'credit.record' },
    },
    (req) => service.breach(req.actor, req.params.id, req.body),
  );
}
