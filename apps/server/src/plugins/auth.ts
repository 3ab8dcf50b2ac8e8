import type { Permission } from '@gongzhi/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SYSTEM_SCOPE } from '../db/client.js';
import { type Actor, anonymousActor, buildActor } from '../kernel/actor.js';
import { AppError } from '../kernel/app-error.js';
import type { AppContext } from '../kernel/context.js';
import { findSession, hashToken, touchSession } from '../modules/account/session.repository.js';
import { localeOf } from './errors.js';

export const SESSION_COOKIE = 'gz_session';
/** last_seen_at is written at most this often, so a busy session does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'public': anyone; 'user': any signed-in person; a permission implies 'user'. */
    auth?: 'public' | 'user';
    permission?: Permission;
  }
  interface FastifyRequest {
    actor: Actor;
    sessionTokenHash: string | null;
  }
}

export async function resolveActor(ctx: AppContext, request: FastifyRequest): Promise<Actor> {
  const locale = localeOf(request);
  const anonymous = anonymousActor(locale, request.ip, request.id);
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return anonymous;
  const tokenHash = hashToken(token);
  return ctx.database.transaction(SYSTEM_SCOPE, async (tx) => {
    const row = await findSession(tx, tokenHash);
    const now = Date.now();
    if (
      !row ||
      row.revokedAt ||
      row.userStatus !== 'active' ||
      row.expiresAt.getTime() <= now ||
      row.lastSeenAt.getTime() + ctx.config.sessionIdleSeconds * 1000 <= now
    ) {
      return anonymous;
    }
    if (now - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(tx, tokenHash);
    request.sessionTokenHash = tokenHash;
    return buildActor(
      { userId: row.userId, username: row.username, locale, ip: request.ip, requestId: request.id },
      row.grants,
    );
  });
}

export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('sessionTokenHash', null);
  app.addHook('preValidation', async (request) => {
    request.actor = await resolveActor(ctx, request);
    const config = request.routeOptions.config;
    const needsUser = config.auth === 'user' || config.permission !== undefined;
    if (needsUser && request.actor.kind !== 'user') throw new AppError('unauthenticated');
    if (config.permission && !request.actor.permissions.has(config.permission)) throw new AppError('forbidden');
  });
}
