import { HealthDto } from '@gongzhi/contracts';
import type { AppContext } from '../../kernel/context.js';
import type { Api } from '../../kernel/http.js';

export const VERSION = '0.1.0';

export function healthRoutes(app: Api, ctx: AppContext): void {
  app.get(
    '/api/health',
    { schema: { tags: ['health'], response: { 200: HealthDto, 503: HealthDto } }, config: { auth: 'public' } },
    async (_req, reply) => {
      const started = performance.now();
      let ok = true;
      try {
        await ctx.database.query('select 1');
      } catch {
        ok = false;
      }
      const body = {
        status: ok ? ('ok' as const) : ('degraded' as const),
        database: {
          ok,
          backend: ctx.database.backend,
          latencyMs: Math.round((performance.now() - started) * 100) / 100,
        },
        version: VERSION,
      };
      return reply.status(ok ? 200 : 503).send(body);
    },
  );
}
