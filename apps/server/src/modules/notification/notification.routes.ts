import { IdParams, NotificationDto } from '@gongzhi/contracts';
import { Type } from 'typebox';
import type { Api } from '../../kernel/http.js';
import type { NotificationService } from './notification.service.js';

export function notificationRoutes(app: Api, service: NotificationService): void {
  const tags = ['notifications'];
  app.get(
    '/api/v1/notifications',
    { schema: { tags, response: { 200: Type.Array(NotificationDto) } }, config: { auth: 'user' } },
    (req) => service.list(req.actor),
  );
  app.post(
    '/api/v1/notifications/:id/read',
    { schema: { tags, params: IdParams }, config: { auth: 'user' } },
    async (req, reply) => {
      await service.read(req.actor, req.params.id);
      return reply.status(204).send();
    },
  );
  app.post('/api/v1/notifications/read-all', { schema: { tags }, config: { auth: 'user' } }, async (req, reply) => {
    await service.readAll(req.actor);
    return reply.status(204).send();
  });
}
