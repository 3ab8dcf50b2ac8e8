import { DivisionDto, IndustryDto } from '@gongzhi/contracts';
import { asc } from 'drizzle-orm';
import { Type } from 'typebox';
import { PUBLIC_SCOPE } from '../../db/client.js';
import { division, industry } from '../../db/schema/index.js';
import type { AppContext } from '../../kernel/context.js';
import type { Api } from '../../kernel/http.js';

/** GB/T 2260 divisions and GB/T 4754 industries: public reference data, cached by clients. */
export function referenceRoutes(app: Api, ctx: AppContext): void {
  const tags = ['reference'];
  app.get(
    '/api/v1/reference/divisions',
    { schema: { tags, response: { 200: Type.Array(DivisionDto) } }, config: { auth: 'public' } },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return ctx.database.read(PUBLIC_SCOPE, (tx) => tx.select().from(division).orderBy(asc(division.code)));
    },
  );
  app.get(
    '/api/v1/reference/industries',
    { schema: { tags, response: { 200: Type.Array(IndustryDto) } }, config: { auth: 'public' } },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return ctx.database.read(PUBLIC_SCOPE, (tx) => tx.select().from(industry).orderBy(asc(industry.code)));
    },
  );
}
