import { isStrongPassword, LIMITS, type PasswordChange } from '@gongzhi/contracts';
import { inArray } from 'drizzle-orm';
import { SYSTEM_SCOPE } from '../../db/client.js';
import { organisation } from '../../db/schema/index.js';
import { type Actor, scopeOf as actorScope } from '../../kernel/actor.js';
import { AppError } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import type { AppContext } from '../../kernel/context.js';
import { presentMe, presentUser } from './account.presenter.js';
import {
  findUser,
  findUserByUsername,
  lockUser,
  recordFailedLogin,
  recordSuccessfulLogin,
  rolesOfUsers,
  setPassword,
} from './account.repository.js';
import type { PasswordHasher } from './password.js';
import { createSession, newSessionToken, revokeSession, revokeUserSessions } from './session.repository.js';

export interface LoginResult {
  token: string;
  userId: string;
  maxAgeSeconds: number;
}

export function authService(ctx: AppContext, hasher: PasswordHasher) {
  const { database, config } = ctx;

  async function login(
    actor: Actor,
    input: { username: string; password: string },
    userAgent: string | null,
  ): Promise<LoginResult> {
    const user = await database.transaction(SYSTEM_SCOPE, (tx) => findUserByUsername(tx, input.username.trim()));
    const failed = async (reason: string) =>
      database.transaction(SYSTEM_SCOPE, (tx) =>
        audit(tx, actor, {
          action: 'auth.login_failed',
          targetType: 'user',
          targetId: user?.id ?? null,
          organisationId: user?.homeOrganisationId ?? null,
          after: { username: input.username.slice(0, LIMITS.usernameMax), reason },
        }),
      );
    if (!user) {
      await hasher.burn(input.password);
      await failed('unknown_user');
      throw new AppError('invalid_credentials');
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await failed('locked');
      throw new AppError('account_locked', [], { until: user.lockedUntil.toISOString() });
    }
    // Hash outside any transaction: argon2 is slow by design and PGlite has one session.
    const ok = await hasher.verify(user.passwordHash, input.password);
    if (!ok || user.status !== 'active') {
      const lockedUntil = await database.transaction(SYSTEM_SCOPE, async (tx) => {
        const count = ok ? 0 : await recordFailedLogin(tx, user.id);
        await audit(tx, actor, {
          action: 'auth.login_failed',
          targetType: 'user',
          targetId: user.id,
          organisationId: user.homeOrganisationId,
          after: { username: user.username, reason: ok ? 'disabled' : 'wrong_password', failures: count },
        });
        if (count >= LIMITS.loginMaxFailures) {
          const until = await lockUser(tx, user.id, LIMITS.lockoutMinutes);
          await audit(tx, actor, {
            action: 'user.locked',
            targetType: 'user',
            targetId: user.id,
            organisationId: user.homeOrganisationId,
            after: { lockedUntil: until.toISOString(), failures: count },
          });
          return until;
        }
        return null;
      });
      if (lockedUntil) throw new AppError('account_locked', [], { until: lockedUntil.toISOString() });
      throw new AppError('invalid_credentials');
    }
    const { token, tokenHash } = newSessionToken();
    await database.transaction(SYSTEM_SCOPE, async (tx) => {
      await recordSuccessfulLogin(tx, user.id);
      await createSession(tx, {
        tokenHash,
        userId: user.id,
        expiresAt: new Date(Date.now() + config.sessionMaxSeconds * 1000),
        ip: actor.ip,
        userAgent: userAgent?.slice(0, 300) ?? null,
      });
      await audit(
        tx,
        { ...actor, userId: user.id, username: user.username },
        {
          action: 'auth.login',
          targetType: 'user',
          targetId: user.id,
          organisationId: user.homeOrganisationId,
        },
      );
    });
    return { token, userId: user.id, maxAgeSeconds: config.sessionMaxSeconds };
  }

  async function logout(actor: Actor, tokenHash: string | null): Promise<void> {
    if (!tokenHash) return;
    await database.transaction(SYSTEM_SCOPE, async (tx) => {
      await revokeSession(tx, tokenHash);
      if (actor.userId) {
        await audit(tx, actor, {
          action: 'auth.logout',
          targetType: 'user',
          targetId: actor.userId,
          organisationId: null,
        });
      }
    });
  }

  async function me(actor: Actor) {
    const userId = actor.userId as string;
    return database.transaction(actorScope(actor), async (tx) => {
      const user = await findUser(tx, userId);
      if (!user) throw new AppError('unauthenticated');
      const roles = await rolesOfUsers(tx, [userId]);
      const orgs = actor.orgIds.length
        ? await tx
            .select({
              id: organisation.id,
              name: organisation.name,
              kind: organisation.kind,
              regionCode: organisation.regionCode,
            })
            .from(organisation)
            .where(inArray(organisation.id, actor.orgIds))
        : [];
      return presentMe(
        presentUser(user, roles),
        [...actor.permissions].sort(),
        orgs,
        actor.locale,
        config.sessionIdleSeconds,
      );
    });
  }

  async function changePassword(actor: Actor, input: PasswordChange, currentTokenHash: string | null): Promise<void> {
    const userId = actor.userId as string;
    const user = await database.transaction(actorScope(actor), (tx) => findUser(tx, userId));
    if (!user) throw new AppError('unauthenticated');
    if (!(await hasher.verify(user.passwordHash, input.currentPassword))) {
      throw AppError.validation('currentPassword', 'password_wrong');
    }
    if (!isStrongPassword(input.newPassword)) {
      throw AppError.validation('newPassword', 'password_weak', { min: LIMITS.passwordMin });
    }
    if (input.newPassword === input.currentPassword) throw AppError.validation('newPassword', 'password_reused');
    const hash = await hasher.hash(input.newPassword);
    await database.transaction(actorScope(actor), async (tx) => {
      await setPassword(tx, userId, hash);
      await audit(tx, actor, {
        action: 'user.password_changed',
        targetType: 'user',
        targetId: userId,
        organisationId: user.homeOrganisationId,
      });
    });
    // Other sessions end: a changed password is often a response to a compromise.
    await database.transaction(SYSTEM_SCOPE, (tx) => revokeUserSessions(tx, userId, currentTokenHash ?? undefined));
  }

  return { login, logout, me, changePassword };
}

export type AuthService = ReturnType<typeof authService>;
