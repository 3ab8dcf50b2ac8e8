import { randomUUID } from 'node:crypto';
import { isStrongPassword, LIMITS, type UserCreate, type UserUpdate } from '@gongzhi/contracts';
import { SYSTEM_SCOPE, type Tx } from '../../db/client.js';
import { type Actor, isRegulator, scopeOf } from '../../kernel/actor.js';
import { AppError, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit, diff } from '../../kernel/audit.js';
import type { AppContext } from '../../kernel/context.js';
import { pageOf, pageResult } from '../../kernel/pagination.js';
import { constraintOf, pgErrorCode, UNIQUE_VIOLATION } from '../../kernel/pg-errors.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import { type AdministeredOrganisation, canAdministerAccountsOf, roleFitsOrganisation } from './account.policy.js';
import { auditableUser, presentUser } from './account.presenter.js';
import * as repo from './account.repository.js';
import type { PasswordHasher } from './password.js';
import { revokeUserSessions } from './session.repository.js';

export function userService(ctx: AppContext, hasher: PasswordHasher) {
  const { database } = ctx;

  async function administered(tx: Tx, organisationId: string | null): Promise<AdministeredOrganisation | null> {
    if (!organisationId) return null;
    const org = await orgRepo.findOrganisation(tx, organisationId);
    if (!org) throw AppError.validation('organisationId', 'required');
    return { id: org.id, kind: org.kind, regionCode: org.regionCode };
  }

  async function list(actor: Actor, query: { q?: string; organisationId?: string; page?: number; pageSize?: number }) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const { rows, counted } = await repo.listUsers(
        tx,
        {
          q: query.q,
          organisationId: query.organisationId,
          homeOrganisationIds: isRegulator(actor) ? undefined : actor.orgIds,
        },
        page,
      );
      const roles = await repo.rolesOfUsers(
        tx,
        rows.map((r) => r.id),
      );
      return pageResult(
        rows.map((r) => presentUser(r, roles)),
        page,
        counted,
      );
    });
  }

  async function loadManaged(tx: Tx, actor: Actor, id: string) {
    const user = await repo.findUser(tx, id);
    if (!user) throw notFound();
    const org = await administered(tx, user.homeOrganisationId);
    if (!canAdministerAccountsOf(actor, org)) throw notFound();
    return user;
  }

  async function create(actor: Actor, input: UserCreate) {
    if (!isStrongPassword(input.password)) {
      throw AppError.validation('password', 'password_weak', { min: LIMITS.passwordMin });
    }
    const passwordHash = await hasher.hash(input.password);
    const id = randomUUID();
    try {
      return await database.transaction(scopeOf(actor), async (tx) => {
        const org = await administered(tx, input.organisationId ?? null);
        if (!canAdministerAccountsOf(actor, org)) throw new AppError('forbidden');
        if (!roleFitsOrganisation(input.role, org)) {
          throw AppError.validation('role', 'role_organisation_kind', { role: input.role, kind: org?.kind ?? '-' });
        }
        await repo.insertUser(tx, {
          id,
          username: input.username.trim(),
          displayName: input.displayName.trim(),
          email: input.email ?? null,
          passwordHash,
          homeOrganisationId: org?.id ?? null,
        });
        await repo.insertRole(tx, id, input.role, org?.id ?? null);
        const row = await repo.findUser(tx, id);
        if (!row) throw notFound();
        const roles = await repo.rolesOfUsers(tx, [id]);
        await audit(tx, actor, {
          action: 'user.created',
          targetType: 'user',
          targetId: id,
          organisationId: org?.id ?? null,
          after: { ...auditableUser(row), role: input.role },
        });
        return presentUser(row, roles);
      });
    } catch (error) {
      if (pgErrorCode(error) === UNIQUE_VIOLATION && constraintOf(error) === 'app_user_username_key') {
        throw AppError.validation('username', 'duplicate_username');
      }
      throw error;
    }
  }

  async function update(actor: Actor, id: string, input: UserUpdate) {
    const result = await database.transaction(scopeOf(actor), async (tx) => {
      const before = await loadManaged(tx, actor, id);
      if (before.version !== input.version) throw versionConflict();
      const { version, ...changes } = input;
      const after = await repo.updateUser(tx, id, version, changes);
      if (!after) throw versionConflict();
      const action =
        changes.status && changes.status !== before.status
          ? changes.status === 'disabled'
            ? 'user.disabled'
            : 'user.enabled'
          : 'user.updated';
      await audit(tx, actor, {
        action,
        targetType: 'user',
        targetId: id,
        organisationId: before.homeOrganisationId,
        ...diff(auditableUser(before), auditableUser(after)),
      });
      return { user: presentUser(after, await repo.rolesOfUsers(tx, [id])), disabled: action === 'user.disabled' };
    });
    if (result.disabled) {
      await database.transaction(SYSTEM_SCOPE, (tx) => revokeUserSessions(tx, id));
    }
    return result.user;
  }

  async function resetPassword(actor: Actor, id: string, newPassword: string) {
    if (!isStrongPassword(newPassword)) {
      throw AppError.validation('newPassword', 'password_weak', { min: LIMITS.passwordMin });
    }
    const hash = await hasher.hash(newPassword);
    await database.transaction(scopeOf(actor), async (tx) => {
      const user = await loadManaged(tx, actor, id);
      await repo.setPassword(tx, id, hash);
      await audit(tx, actor, {
        action: 'user.password_reset',
        targetType: 'user',
        targetId: id,
        organisationId: user.homeOrganisationId,
      });
    });
    await database.transaction(SYSTEM_SCOPE, (tx) => revokeUserSessions(tx, id));
  }

  return { list, create, update, resetPassword };
}

export type UserService = ReturnType<typeof userService>;
