import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { AppError } from './kernel/app-error.js';
import type { AppContext } from './kernel/context.js';
import type { Api } from './kernel/http.js';
import { accountRoutes } from './modules/account/account.routes.js';
import { authService } from './modules/account/auth.service.js';
import { passwordHasher } from './modules/account/password.js';
import { userService } from './modules/account/user.service.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { auditService } from './modules/audit/audit.service.js';
import { calendarRoutes } from './modules/calendar/calendar.routes.js';
import { calendarService } from './modules/calendar/calendar.service.js';
import { complaintRoutes } from './modules/complaint/complaint.routes.js';
import { complaintService } from './modules/complaint/complaint.service.js';
import { commitmentRoutes } from './modules/credit/commitment.routes.js';
import { commitmentService } from './modules/credit/commitment.service.js';
import { archiveWorkbook, gradeListWorkbook } from './modules/credit/credit.export.js';
import { creditPublicService } from './modules/credit/credit.public.js';
import { creditRoutes } from './modules/credit/credit.routes.js';
import { creditService } from './modules/credit/credit.service.js';
import { measureRoutes } from './modules/credit/measure.routes.js';
import { measureService } from './modules/credit/measure.service.js';
import { evaluationRoutes } from './modules/evaluation/evaluation.routes.js';
import { evaluationService } from './modules/evaluation/evaluation.service.js';
import { fundsRoutes } from './modules/funds/funds.routes.js';
import { fundsService } from './modules/funds/funds.service.js';
import { healthRoutes, VERSION } from './modules/health/health.routes.js';
import { liaisonRoutes } from './modules/liaison/liaison.routes.js';
import { liaisonService } from './modules/liaison/liaison.service.js';
import { noticeService } from './modules/liaison/notice.service.js';
import { membershipRoutes } from './modules/membership/membership.routes.js';
import { membershipService } from './modules/membership/membership.service.js';
import { createMailer } from './modules/notification/mailer.js';
import { notificationRoutes } from './modules/notification/notification.routes.js';
import { notificationService } from './modules/notification/notification.service.js';
import { organisationRoutes } from './modules/organisation/organisation.routes.js';
import { organisationService } from './modules/organisation/organisation.service.js';
import { planRoutes } from './modules/plan/plan.routes.js';
import { planService } from './modules/plan/plan.service.js';
import { portalRoutes } from './modules/portal/portal.routes.js';
import { portalService } from './modules/portal/portal.service.js';
import { PROVIDER_SECURITY_SCHEME, providerRoutes } from './modules/provider/provider.routes.js';
import { providerService } from './modules/provider/provider.service.js';
import { referenceRoutes } from './modules/reference/reference.routes.js';
import { resourcesRoutes } from './modules/resources/resources.routes.js';
import { resourcesService } from './modules/resources/resources.service.js';
import { rulesRoutes } from './modules/rules/rules.routes.js';
import { rulesService } from './modules/rules/rules.service.js';
import { riskRoutes } from './modules/spotcheck/risk.routes.js';
import { riskService } from './modules/spotcheck/risk.service.js';
import { samplingService } from './modules/spotcheck/sampling.service.js';
import { analysisService } from './modules/spotcheck/spotcheck.analysis.js';
import { spotCheckPublicService } from './modules/spotcheck/spotcheck.public.js';
import { spotCheckRoutes } from './modules/spotcheck/spotcheck.routes.js';
import { spotCheckService } from './modules/spotcheck/spotcheck.service.js';
import { teamRoutes } from './modules/team/team.routes.js';
import { teamService } from './modules/team/team.service.js';
import { warningRoutes } from './modules/warning/warning.routes.js';
import { warningService } from './modules/warning/warning.service.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandling, sendError } from './plugins/errors.js';

export interface BuildOptions {
  /** An open database (tests share one); otherwise one is opened from the config and closed with the app. */
  database?: Database;
  logger?: boolean;
}

export interface BuiltApp {
  app: Api;
  database: Database;
}

/** Plugins, then modules; no listen (tests call app.inject). */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<BuiltApp> {
  const database =
    options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const ownsDatabase = !options.database;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const ctx: AppContext = { database, config };

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Gongzhi (共治) API',
        version: VERSION,
        description:
          'Industry quality co-governance platform per DB4406/T 15—2022. Errors: { error: { code, message, fields[] } }.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gz_session' }, ...PROVIDER_SECURITY_SCHEME },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerErrorHandling(app, config.bodyLimitBytes);
  registerAuth(app, ctx);

  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
  });

  const hasher = passwordHasher(config);
  healthRoutes(app, ctx);
  referenceRoutes(app, ctx);
  accountRoutes(app, ctx, authService(ctx, hasher), userService(ctx, hasher));
  organisationRoutes(app, organisationService(ctx));
  membershipRoutes(app, membershipService(ctx));
  auditRoutes(app, auditService(ctx));
  portalRoutes(app, portalService(ctx));
  const calendar = calendarService(ctx);
  const mailer = createMailer(config, app.log);
  calendarRoutes(app, calendar);
  complaintRoutes(app, complaintService(ctx, calendar, mailer));
  notificationRoutes(app, notificationService(ctx));
  warningRoutes(app, warningService(ctx));
  commitmentRoutes(app, commitmentService(ctx, mailer));
  measureRoutes(app, measureService(ctx));
  await providerRoutes(app, providerService(ctx), { ratePerMinute: config.providerRateLimitPerMinute });
  const credit = creditService(ctx, calendar, mailer);
  creditRoutes(app, credit, creditPublicService(ctx), {
    archive: async (actor, id, query) => archiveWorkbook(await credit.archive(actor, id, query), actor.locale),
    gradeList: async (actor, runId) => {
      const { run, items } = await credit.allResults(actor, runId);
      return gradeListWorkbook(run, items, actor.locale);
    },
  });
  riskRoutes(app, riskService(ctx, credit, mailer));
  spotCheckRoutes(app, {
    spotChecks: spotCheckService(ctx, credit, mailer),
    analysis: analysisService(ctx),
    sampling: samplingService(ctx),
    publicSpotChecks: spotCheckPublicService(ctx),
  });
  evaluationRoutes(app, evaluationService(ctx, mailer));
  rulesRoutes(app, rulesService(ctx, mailer));
  planRoutes(app, planService(ctx, mailer));
  liaisonRoutes(app, liaisonService(ctx, mailer), noticeService(ctx, mailer));
  teamRoutes(app, teamService(ctx, mailer));
  fundsRoutes(app, fundsService(ctx));
  resourcesRoutes(app, resourcesService(ctx));
  app.addHook('onClose', async () => mailer.close());

  // One not-found handler: API paths get the error format; other GETs get the web app, which routes
  // on the client (when it is built).
  const indexHtml = path.join(config.webDist, 'index.html');
  const serveWeb = fs.existsSync(indexHtml);
  if (serveWeb) await app.register(fastifyStatic, { root: config.webDist, wildcard: false, index: false });
  app.setNotFoundHandler((req, reply) => {
    if (!serveWeb || req.url.startsWith('/api/') || req.method !== 'GET') {
      return sendError(reply, req, new AppError('not_found'));
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });

  if (ownsDatabase) app.addHook('onClose', async () => database.close());
  return { app, database };
}
