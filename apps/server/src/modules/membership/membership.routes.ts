import {
  AssociationParams,
  IdParams,
  MembershipCreate,
  MembershipDto,
  MembershipListQuery,
  MembershipParams,
  MembershipUpdate,
  Page,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import type { Api } from '../../kernel/http.js';
import type { MembershipService } from './membership.service.js';

export function membershipRoutes(app: Api, service: MembershipService): void {
  const tags = ['memberships'];
  app.get(
    '/api/v1/associations/:associationId/members',
    {
      schema: {
        tags,
        params: AssociationParams,
        querystring: MembershipListQuery,
        response: { 200: Page(MembershipDto) },
      },
      config: { permission: 'membership.read' },
    },
    (req) => service.list(req.actor, req.params.associationId, req.query),
  );
  app.post(
    '/api/v1/associations/:associationId/members',
    {
      schema: { tags, params: AssociationParams, body: MembershipCreate, response: { 201: MembershipDto } },
      config: { permission: 'membership.manage' },
    },
    async (req, reply) => reply.status(201).send(await service.create(req.actor, req.params.associationId, req.body)),
  );
  app.patch(
    '/api/v1/associations/:associationId/members/:id',
    {
      schema: { tags, params: MembershipParams, body: MembershipUpdate, response: { 200: MembershipDto } },
      config: { permission: 'membership.manage' },
    },
    (req) => service.update(req.actor, req.params.associationId, req.params.id, req.body),
  );
  app.get(
    '/api/v1/organisations/:id/memberships',
    {
      schema: { tags, params: IdParams, response: { 200: Type.Array(MembershipDto) } },
      config: { permission: 'membership.read' },
    },
    (req) => service.ofEnterprise(req.actor, req.params.id),
  );
}
