import {
  CreditCodeCheckDto,
  CreditCodeCheckQuery,
  IdParams,
  OrganisationCreate,
  OrganisationDto,
  OrganisationListQuery,
  OrganisationUpdate,
  Page,
} from '@gongzhi/contracts';
import type { Api } from '../../kernel/http.js';
import type { OrganisationService } from './organisation.service.js';

export function organisationRoutes(app: Api, service: OrganisationService): void {
  const tags = ['organisations'];
  app.get(
    '/api/v1/organisations',
    {
      schema: { tags, querystring: OrganisationListQuery, response: { 200: Page(OrganisationDto) } },
      config: { permission: 'organisation.read' },
    },
    (req) => service.list(req.actor, req.query),
  );
  app.get(
    '/api/v1/organisations/check-credit-code',
    {
      schema: { tags, querystring: CreditCodeCheckQuery, response: { 200: CreditCodeCheckDto } },
      config: { auth: 'user' },
    },
    (req) => service.checkCreditCode(req.actor, req.query.code),
  );
  app.post(
    '/api/v1/organisations',
    {
      schema: { tags, body: OrganisationCreate, response: { 201: OrganisationDto } },
      config: { permission: 'organisation.create' },
    },
    async (req, reply) => reply.status(201).send(await service.create(req.actor, req.body)),
  );
  app.get(
    '/api/v1/organisations/:id',
    {
      schema: { tags, params: IdParams, response: { 200: OrganisationDto } },
      config: { permission: 'organisation.read' },
    },
    (req) => service.get(req.actor, req.params.id),
  );
  app.patch(
    '/api/v1/organisations/:id',
    {
      schema: { tags, params: IdParams, body: OrganisationUpdate, response: { 200: OrganisationDto } },
      config: { permission: 'organisation.update' },
    },
    (req) => service.update(req.actor, req.params.id, req.body),
  );
}
