import {
  ConsumerWarningCreate,
  ConsumerWarningDto,
  ConsumerWarningListQuery,
  ConsumerWarningUpdate,
  IdParams,
  Page,
  PageQuery,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import type { Api } from '../../kernel/http.js';
import type { WarningService } from './warning.service.js';

export function warningRoutes(app: Api, service: WarningService): void {
  const tags = ['consumer warnings'];
  app.get(
    '/api/v1/public/warnings',
    {
      schema: {
        tags: ['public', ...tags],
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: { 200: Page(ConsumerWarningDto) },
      },
      config: { auth: 'public' },
    },
    (req) => service.listPublished(req.query),
  );
  app.get(
    '/api/v1/warnings',
    {
      schema: { tags, querystring: ConsumerWarningListQuery, response: { 200: Page(ConsumerWarningDto) } },
      config: { permission: 'complaint.read' },
    },
    (req) => service.list(req.actor, req.query),
  );
  app.post(
    '/api/v1/warnings',
    {
      schema: { tags, body: ConsumerWarningCreate, response: { 201: ConsumerWarningDto } },
      config: { permission: 'warning.manage' },
    },
    async (req, reply) => reply.status(201).send(await service.create(req.actor, req.body)),
  );
  app.patch(
    '/api/v1/warnings/:id',
    {
      schema: { tags, params: IdParams, body: ConsumerWarningUpdate, response: { 200: ConsumerWarningDto } },
      config: { permission: 'warning.manage' },
    },
    (req) => service.update(req.actor, req.params.id, req.body),
  );
}
