import { randomUUID } from 'node:crypto';
import type {
  ConsumerWarningCreate,
  ConsumerWarningDto,
  ConsumerWarningListQuery,
  ConsumerWarningUpdate,
} from '@gongzhi/contracts';
import { PUBLIC_SCOPE } from '../../db/client.js';
import { type Actor, can, inRegion, orgIdsOfKind, scopeOf } from '../../kernel/actor.js';
import { AppError, notFound, versionConflict } from '../../kernel/app-error.js';
import { audit, diff } from '../../kernel/audit.js';
import type { AppContext } from '../../kernel/context.js';
import { lookAheadResult, pageOf } from '../../kernel/pagination.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import * as repo from './warning.repository.js';
import { allowedWarningStatuses, editableText } from './warning.workflow.js';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findWarning>>>;

function present(row: Row): ConsumerWarningDto {
  return {
    ...row,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function warningService(ctx: AppContext) {
  const { database } = ctx;

  const ownAssociations = (actor: Actor) =>
    can(actor, 'warning.manage') ? orgIdsOfKind(actor, 'industry_organisation') : [];

  async function list(actor: Actor, query: ConsumerWarningListQuery) {
    const page = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      let associationIds = orgIdsOfKind(actor, 'industry_organisation');
      if (query.associationId) {
        if (!associationIds.includes(query.associationId)) {
          const association = await orgRepo.findOrganisation(tx, query.associationId);
          if (association?.kind !== 'industry_organisation' || !inRegion(actor, association.regionCode)) {
            throw notFound();
          }
        }
        associationIds = [query.associationId];
      }
      const { rows, hasMore } = await repo.listWarnings(
        tx,
        { ...(actor.regionPrefix && !query.associationId ? {} : { associationIds }), status: query.status },
        page,
      );
      return lookAheadResult(rows.map(present), page, hasMore);
    });
  }

  async function listPublished(query: Pick<ConsumerWarningListQuery, 'page' | 'pageSize'>) {
    const page = pageOf(query);
    return database.read(PUBLIC_SCOPE, async (tx) => {
      const { rows, hasMore } = await repo.listWarnings(tx, { publishedOnly: true }, page);
      return lookAheadResult(rows.map(present), page, hasMore);
    });
  }

  async function create(actor: Actor, input: ConsumerWarningCreate) {
    return database.transaction(scopeOf(actor), async (tx) => {
      if (!ownAssociations(actor).includes(input.associationId)) {
        const association = await orgRepo.findOrganisation(tx, input.associationId);
        if (!association) throw notFound();
        throw new AppError('forbidden');
      }
      const id = randomUUID();
      await repo.insertWarning(tx, {
        id,
        associationId: input.associationId,
        title: input.title.trim(),
        body: input.body.trim(),
        productCategory: input.productCategory?.trim() || null,
        createdBy: actor.userId,
      });
      const row = await repo.findWarning(tx, id);
      if (!row) throw notFound();
      await audit(tx, actor, {
        action: 'consumer_warning.created',
        targetType: 'consumer_warning',
        targetId: id,
        organisationId: input.associationId,
        after: present(row),
      });
      return present(row);
    });
  }

  async function update(actor: Actor, id: string, input: ConsumerWarningUpdate) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const before = await repo.findWarning(tx, id);
      if (!before) throw notFound();
      if (!ownAssociations(actor).includes(before.associationId)) throw new AppError('forbidden');
      if (before.version !== input.version) throw versionConflict();
      const status = input.status ?? before.status;
      if (!allowedWarningStatuses(before.status).includes(status)) {
        throw new AppError('transition_not_allowed', [], {
          status: before.status,
          allowed: allowedWarningStatuses(before.status).join(', '),
        });
      }
      const textChange = input.title !== undefined || input.body !== undefined || input.productCategory !== undefined;
      if (textChange && !editableText(before.status)) {
        throw new AppError('transition_not_allowed', [], { status: before.status, allowed: 'withdrawn' });
      }
      const changes = {
        ...(input.title !== undefined ? { title: input.title.trim() } : {}),
        ...(input.body !== undefined ? { body: input.body.trim() } : {}),
        ...(input.productCategory !== undefined ? { productCategory: input.productCategory?.trim() || null } : {}),
        status,
        ...(status === 'published' && before.status !== 'published' ? { publishedAt: new Date() } : {}),
      };
      if (!(await repo.updateWarning(tx, id, input.version, changes))) throw versionConflict();
      const after = await repo.findWarning(tx, id);
      if (!after) throw notFound();
      await audit(tx, actor, {
        action: status !== before.status ? `consumer_warning.${status}` : 'consumer_warning.updated',
        targetType: 'consumer_warning',
        targetId: id,
        organisationId: before.associationId,
        ...diff(present(before), present(after)),
      });
      return present(after);
    });
  }

  return { list, listPublished, create, update };
}

export type WarningService = ReturnType<typeof warningService>;
