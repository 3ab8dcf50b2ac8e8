import { IdParams, OrganisationListQuery, Page, PublicOrganisationDto, PublicStatsDto } from '@gongzhi/contracts';
import { Type } from 'typebox';
import type { Api } from '../../kernel/http.js';
import type { PortalService } from './portal.service.js';

export function portalRoutes(app: Api, service: PortalService): void {
  const tags = ['public'];
  const config = { auth: 'public' as const };
  app.get(
    '/api/v1/public/organisations',
    { schema: { tags, querystring: OrganisationListQuery, response: { 200: Page(PublicOrganisationDto) } }, config },
    (req) => service.list(req.query),
  );
  app.get(
    '/api/v1/public/organisations/:id',
    { schema: { tags, params: IdParams, response: { 200: PublicOrganisationDto } }, config },
    (req) => service.get(req.params.id),
  );
  app.get(
    '/api/v1/public/organisations/by-credit-code/:code',
    {
      schema: {
        tags,
        params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 30 }) }, { additionalProperties: false }),
        response: { 200: PublicOrganisationDto },
      },
      config,
    },
    (req) => service.byCreditCode(req.params.code),
  );
  app.get('/api/v1/public/stats', { schema: { tags, response: { 200: PublicStatsDto } }, config }, () =>
    service.stats(),
  );
}
