import { AuditEventDto, AuditListQuery, Page } from '@gongzhi/contracts';
import type { Api } from '../../kernel/http.js';
import type { AuditService } from './audit.service.js';

export function auditRoutes(app: Api, service: AuditService): void {
  app.get(
    '/api/v1/audit-events',
    {
      schema: { tags: ['audit'], querystring: AuditListQuery, response: { 200: Page(AuditEventDto) } },
      config: { permission: 'audit.read' },
    },
    (req) => service.list(req.actor, req.query),
  );
}
