import {
  IdParams,
  LoginBody,
  MeDto,
  Page,
  PasswordChange,
  PasswordReset,
  UserCreate,
  UserDto,
  UserListQuery,
  UserUpdate,
} from '@gongzhi/contracts';
import type { AppContext } from '../../kernel/context.js';
import type { Api } from '../../kernel/http.js';
import { resolveActor, SESSION_COOKIE } from '../../plugins/auth.js';
import type { AuthService } from './auth.service.js';
import type { UserService } from './user.service.js';

export function accountRoutes(app: Api, ctx: AppContext, auth: AuthService, users: UserService): void {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    // Secure whenever the request came over HTTPS (behind a proxy: with TRUST_PROXY); always when COOKIE_SECURE.
    secure: ctx.config.cookieSecure ? true : ('auto' as const),
  };

  app.post(
    '/api/v1/auth/login',
    {
      schema: { tags: ['auth'], body: LoginBody, response: { 200: MeDto } },
      config: { auth: 'public' },
    },
    async (req, reply) => {
      const result = await auth.login(req.actor, req.body, req.headers['user-agent'] ?? null);
      reply.setCookie(SESSION_COOKIE, result.token, { ...cookieOptions, maxAge: result.maxAgeSeconds });
      // The new session's actor, resolved the way every later request will resolve it.
      req.cookies[SESSION_COOKIE] = result.token;
      const actor = await resolveActor(ctx, req);
      return auth.me(actor);
    },
  );
  app.post('/api/v1/auth/logout', { schema: { tags: ['auth'] }, config: { auth: 'public' } }, async (req, reply) => {
    await auth.logout(req.actor, req.sessionTokenHash);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.status(204).send();
  });
  app.get(
    '/api/v1/auth/me',
    { schema: { tags: ['auth'], response: { 200: MeDto } }, config: { auth: 'user' } },
    (req) => auth.me(req.actor),
  );
  app.post(
    '/api/v1/auth/password',
    { schema: { tags: ['auth'], body: PasswordChange }, config: { auth: 'user' } },
    async (req, reply) => {
      await auth.changePassword(req.actor, req.body, req.sessionTokenHash);
      return reply.status(204).send();
    },
  );

  const tags = ['users'];
  app.get(
    '/api/v1/users',
    {
      schema: { tags, querystring: UserListQuery, response: { 200: Page(UserDto) } },
      config: { permission: 'user.read' },
    },
    (req) => users.list(req.actor, req.query),
  );
  app.post(
    '/api/v1/users',
    { schema: { tags, body: UserCreate, response: { 201: UserDto } }, config: { permission: 'user.manage' } },
    async (req, reply) => reply.status(201).send(await users.create(req.actor, req.body)),
  );
  app.patch(
    '/api/v1/users/:id',
    {
      schema: { tags, params: IdParams, body: UserUpdate, response: { 200: UserDto } },
      config: { permission: 'user.manage' },
    },
    (req) => users.update(req.actor, req.params.id, req.body),
  );
  app.post(
    '/api/v1/users/:id/reset-password',
    { schema: { tags, params: IdParams, body: PasswordReset }, config: { permission: 'user.manage' } },
    async (req, reply) => {
      await users.resetPassword(req.actor, req.params.id, req.body.newPassword);
      return reply.status(204).send();
    },
  );
}
