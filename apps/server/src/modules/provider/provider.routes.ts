import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  IdParams,
  Page,
  ProviderKeyCreate,
  ProviderKeyCreatedDto,
  ProviderKeyDto,
  ProviderOrganisationParams,
  QualityDocumentDto,
  QualityDocumentListQuery,
  QualityDocumentPush,
} from '@gongzhi/contracts';
import { Type } from 'typebox';
import { AppError } from '../../kernel/app-error.js';
import type { Api } from '../../kernel/http.js';
import { presentedKey } from './provider.keys.js';
import type { ProviderCaller, ProviderService } from './provider.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The data-API caller (its key and body); null outside /api/v1/data or before authentication. */
    provider: ProviderCaller | null;
  }
}

/** The OpenAPI security scheme of the data API (declared in app.ts). */
export const PROVIDER_SECURITY_SCHEME = {
  providerKey: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'gzk_<prefix>_<secret>',
    description: 'A data-provider API key issued by the regulator (docs/data-providers.md).',
  },
} as const;

const security = [{ providerKey: [] }];
const sessionSecurity = [{ session: [] }];

/** Key management (the regulator) and the data API of testing and certification bodies (issue #6 item 5). */
export async function providerRoutes(
  app: Api,
  service: ProviderService,
  options: { ratePerMinute: number },
): Promise<void> {
  const tags = ['providers'];
  app.post(
    '/api/v1/providers/:organisationId/keys',
    {
      schema: {
        tags,
        summary: 'Issue an API key to a testing or certification body',
        description:
          'The key is in this response only; the platform keeps its SHA-256. The organisation must be a ' +
          'testing_body or certification_body (400 naming organisationId) in the regulator’s region (404). ' +
          'Audited as provider_key.created.',
        security: sessionSecurity,
        params: ProviderOrganisationParams,
        body: ProviderKeyCreate,
        response: { 201: ProviderKeyCreatedDto },
      },
      config: { permission: 'provider.manage' },
    },
    async (req, reply) =>
      reply.status(201).send(await service.createKey(req.actor, req.params.organisationId, req.body)),
  );
  app.get(
    '/api/v1/providers/:organisationId/keys',
    {
      schema: {
        tags,
        summary: 'List a body’s API keys',
        description: 'Newest first; never the key itself or its hash.',
        security: sessionSecurity,
        params: ProviderOrganisationParams,
        response: { 200: Type.Array(ProviderKeyDto) },
      },
      config: { permission: 'provider.manage' },
    },
    (req) => service.listKeys(req.actor, req.params.organisationId),
  );
  app.post(
    '/api/v1/provider-keys/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke an API key',
        description:
          'Refused from the next call on (keys are looked up on every call). 409 when already revoked. ' +
          'Audited as provider_key.revoked.',
        security: sessionSecurity,
        params: IdParams,
        response: { 200: ProviderKeyDto },
      },
      config: { permission: 'provider.manage' },
    },
    (req) => service.revokeKey(req.actor, req.params.id),
  );

  // The data API: its own scope, so that the rate limit and the key check apply to it alone.
  await app.register(async (scope) => {
    const data = scope.withTypeProvider<TypeBoxTypeProvider>();
    data.decorateRequest('provider', null);
    await data.register(rateLimit, {
      global: true,
      max: options.ratePerMinute,
      timeWindow: 60_000,
      // Per key (its public prefix); a request without a well-formed key is counted by address.
      keyGenerator: (req) => {
        const presented = presentedKey(req.headers.authorization);
        return presented ? `key:${presented.prefix}` : `ip:${req.ip}`;
      },
      errorResponseBuilder: () => new AppError('rate_limited'),
    });
    // After the rate limit (onRequest), before the body is parsed or validated.
    data.addHook('preParsing', async (req, reply) => {
      const presented = presentedKey(req.headers.authorization);
      const caller = presented ? await service.authenticate(presented.key) : null;
      if (!caller) {
        reply.header('www-authenticate', 'Bearer realm="gongzhi-data"');
        throw new AppError('unauthenticated');
      }
      req.provider = caller;
    });
    data.addHook('onSend', async (req, reply, payload) => {
      if (!req.provider) return payload;
      try {
        await service.recordCall(
          req.provider,
          { method: req.method, route: req.routeOptions.url ?? req.url, status: reply.statusCode },
          { ip: req.ip, requestId: req.id },
        );
      } catch (error) {
        req.log.error({ err: error }, 'provider_api.called was not audited');
      }
      return payload;
    });

    const caller = (req: { provider: ProviderCaller | null }): ProviderCaller => {
      if (!req.provider) throw new AppError('unauthenticated');
      return req.provider;
    };

    data.post(
      '/api/v1/data/quality-documents',
      {
        schema: {
          tags: ['data'],
          summary: 'Push a test report or certificate',
          description:
            'The document is always the key’s body’s: a testing body pushes test_report, a certification body ' +
            'certificate (else 403). 201 with a new document; 200 with the existing one when the body already ' +
            'pushed this kind and documentNo (nothing changes). An unknown enterprise → 400 enterpriseCreditCode ' +
            'enterprise_not_found. A new document becomes draft credit information in the archive of every ' +
            'association the enterprise is a member of. 401 without a valid key, 429 over the rate limit.',
          security,
          body: QualityDocumentPush,
          response: { 200: QualityDocumentDto, 201: QualityDocumentDto },
        },
        config: { auth: 'public' },
      },
      async (req, reply) => {
        const { created, document } = await service.pushDocument(caller(req), req.body, {
          ip: req.ip,
          requestId: req.id,
        });
        return reply.status(created ? 201 : 200).send(document);
      },
    );
    data.get(
      '/api/v1/data/quality-documents',
      {
        schema: {
          tags: ['data'],
          summary: 'List the documents this body pushed',
          description: 'Only the key’s body’s own documents, newest first.',
          security,
          querystring: QualityDocumentListQuery,
          response: { 200: Page(QualityDocumentDto) },
        },
        config: { auth: 'public' },
      },
      (req) => service.listDocuments(caller(req), req.query),
    );
  });
}
