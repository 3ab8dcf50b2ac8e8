import {
  CreditMeasureCreate,
  CreditMeasureDto,
  CreditMeasureListQuery,
  CreditReasonBody,
  IdParams,
  Page,
  PublicCreditMeasureDto,
  PublicMeasureListQuery,
} from '@gongzhi/contracts';
import type { Api } from '../../kernel/http.js';
import type { MeasureService } from './measure.service.js';

/** Incentives (red list) and constraints (black list) tied to published grades. */
export function measureRoutes(app: Api, service: MeasureService): void {
  const tags = ['credit', 'measures'];
  app.get(
    '/api/v1/public/credit-measures',
    {
      schema: {
        tags: ['public', ...tags],
        querystring: PublicMeasureListQuery,
        response: { 200: Page(PublicCreditMeasureDto) },
      },
      config: { auth: 'public' },
    },
    (req) => service.listPublic(req.query),
  );
  app.get(
    '/api/v1/credit/measures',
    {
      schema: { tags, querystring: CreditMeasureListQuery, response: { 200: Page(CreditMeasureDto) } },
      config: { permission: 'credit.read' },
    },
    (req) => service.list(req.actor, req.query),
  );
  app.post(
    '/api/v1/credit/measures',
    {
      schema: { tags, body: CreditMeasureCreate, response: { 201: CreditMeasureDto } },
      config: { permission: 'credit.record' },
    },
    async (req, reply) => reply.status(201).send(await service.apply(req.actor, req.body)),
  );
  app.post(
    '/api/v1/credit/measures/:id/end',
    {
      schema: { tags, params: IdParams, body: CreditReasonBody, response: { 200: CreditMeasureDto } },
      config: { permission: 'credit.record' },
    },
    (req) => service.end(req.actor, req.params.id, req.body),
  );
}
