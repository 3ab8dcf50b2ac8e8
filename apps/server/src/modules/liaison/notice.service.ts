/**
 * Notices from an association to its members (issue #7, §8.1.3.1): published with an optional file to
 * the active members of the moment, read tracking per member enterprise (the first opening counts),
 * read rates and who read for the association's staff and the region's regulator.
 */
import { randomUUID } from 'node:crypto';
import type {
  MemberNoticeCreate,
  MemberNoticeDto,
  MemberNoticeSummaryDto,
  NoticeListQuery,
  PageOf,
} from '@gongzhi/contracts';
import { asSystem, type Tx } from '../../db/client.js';
import { type Actor, orgIdsOfKind, scopeOf } from '../../kernel/actor.js';
import { AppError, forbidden, notFound } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import type { AppContext } from '../../kernel/context.js';
import { checkInlineFile } from '../../kernel/files.js';
import { offsetOf, pageOf, pageResult } from '../../kernel/pagination.js';
import { userNames } from '../account/account.repository.js';
import type { Mail, Mailer } from '../notification/mailer.js';
import { usersWithRolesIn } from '../notification/notification.repository.js';
import { notify } from '../notification/notification.service.js';
import { organisationNames } from '../organisation/organisation.repository.js';
import { canPublishNotice, canSeeNoticeReads, ownAssociation } from './liaison.policy.js';
import * as repo from './liaison.repository.js';

const MEMBER_ROLES = ['enterprise_admin', 'chief_quality_officer'] as const;
const rate = (read: number, recipients: number) =>
  recipients > 0 ? Math.round((Math.min(read, recipients) / recipients) * 10000) / 10000 : null;

export function noticeService(ctx: AppContext, mailer: Mailer) {
  const { database, config } = ctx;

  function summary(
    row: repo.NoticeRow,
    organisationName: string,
    readCount: number,
    readByMeAt: string | null,
    seesReads: boolean,
  ): MemberNoticeSummaryDto {
    return {
      id: row.id,
      organisationId: row.organisationId,
      organisationName,
      title: row.title,
      publishedAt: row.publishedAt.toISOString(),
      fileName: row.fileName,
      recipientCount: row.recipientCount,
      readCount: seesReads ? readCount : 0,
      readRate: seesReads ? rate(readCount, row.recipientCount) : null,
      readByMeAt,
    };
  }

  async function list(actor: Actor, query: NoticeListQuery): Promise<PageOf<MemberNoticeSummaryDto>> {
    const p = pageOf(query);
    const enterprises = orgIdsOfKind(actor, 'enterprise');
    const own = ownAssociation(actor);
    const staff = actor.permissions.has('workspace.read');
    const member = actor.permissions.has('member.read');
    if (!staff && !member) throw forbidden();
    return database.transaction(scopeOf(actor), async (tx) => {
      let associationIds: string[] | null;
      let regionPrefix: string | null = null;
      if (staff && own) associationIds = [own];
      else if (staff && actor.regionPrefix) {
        associationIds = null;
        regionPrefix = actor.regionPrefix;
      } else associationIds = await asSystem(tx, () => repo.associationsOfMembers(tx, enterprises));
      const { rows, total } = await repo.listNotices(tx, {
        associationIds,
        regionPrefix,
        myEnterpriseIds: enterprises,
        q: query.q,
        limit: p.pageSize,
        offset: offsetOf(p),
      });
      const orgs = await asSystem(tx, () =>
        organisationNames(
          tx,
          rows.map((r) => r.organisationId),
        ),
      );
      const items = rows.map((r) => summary(r, orgs.get(r.organisationId) ?? '', r.readCount, r.readByMeAt, staff));
      return pageResult(items, p, total);
    });
  }

  async function detail(tx: Tx, actor: Actor, row: repo.NoticeRow): Promise<MemberNoticeDto> {
    const facts = await asSystem(tx, () => repo.organisationFacts(tx, row.organisationId));
    const seesReads = canSeeNoticeReads(actor, {
      organisationId: row.organisationId,
      regionCode: facts?.regionCode ?? '',
    });
    const reads = await repo.readsOf(tx, row.id);
    const enterprises = orgIdsOfKind(actor, 'enterprise');
    const mine = reads.filter((r) => enterprises.includes(r.enterpriseId)).map((r) => r.readAt.toISOString());
    let readList: MemberNoticeDto['reads'] = [];
    if (seesReads) {
      const members = await asSystem(tx, () => repo.activeMemberIds(tx, row.organisationId));
      const ids = [...new Set([...reads.map((r) => r.enterpriseId), ...members])];
      const n = await asSystem(tx, async () => ({
        orgs: await organisationNames(tx, ids),
        users: await userNames(
          tx,
          reads.map((r) => r.userId),
        ),
      }));
      readList = ids
        .map((id) => {
          const read = reads.find((r) => r.enterpriseId === id);
          return {
            enterpriseId: id,
            enterpriseName: n.orgs.get(id) ?? '',
            userName: read ? (n.users.get(read.userId) ?? '') : null,
            readAt: read ? read.readAt.toISOString() : null,
          };
        })
        .sort((a, b) =>
          a.readAt === b.readAt
            ? a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN')
            : a.readAt === null
              ? 1
              : b.readAt === null
                ? -1
                : a.readAt.localeCompare(b.readAt),
        );
    }
    return {
      ...summary(row, facts?.name ?? '', reads.length, mine.sort()[0] ?? null, seesReads),
      body: row.body,
      reads: readList,
    };
  }

  async function publish(actor: Actor, input: MemberNoticeCreate): Promise<MemberNoticeDto> {
    const own = ownAssociation(actor);
    if (!own || !canPublishNotice(actor, own)) throw forbidden();
    const title = input.title.trim();
    const body = input.body.trim();
    if (!title) throw AppError.validation('title', 'required');
    if (!body) throw AppError.validation('body', 'required');
    const file = await checkInlineFile(input.file);
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const members = await asSystem(tx, () => repo.activeMemberIds(tx, own));
      const id = randomUUID();
      await repo.insertNotice(tx, {
        id,
        organisationId: own,
        title,
        body,
        ...(file ?? {}),
        recipientCount: members.length,
        createdBy: actor.userId,
      });
      const orgs = await asSystem(tx, () => organisationNames(tx, [own]));
      mails = await asSystem(tx, async () =>
        notify(
          tx,
          (await usersWithRolesIn(tx, members, MEMBER_ROLES)).map((u) => ({ id: u.id, email: u.email })),
          {
            kind: 'workspace.member_notice',
            params: { title, organisationName: orgs.get(own) ?? '' },
            link: `/console/workspace/notices/${id}`,
          },
          { publicUrl: config.publicUrl, locale: actor.locale },
        ),
      );
      await audit(tx, actor, {
        action: 'member_notice.published',
        targetType: 'member_notice',
        targetId: id,
        organisationId: own,
        after: { title, recipientCount: members.length, fileName: file?.fileName ?? null, size: file?.size ?? null },
      });
      return detail(tx, actor, (await repo.findNotice(tx, id)) as repo.NoticeRow);
    });
    await mailer.send(mails);
    return dto;
  }

  /** A notice; the first opening by a member enterprise is recorded (and audited). */
  async function open(actor: Actor, id: string): Promise<MemberNoticeDto> {
    const staff = actor.permissions.has('workspace.read');
    if (!staff && !actor.permissions.has('member.read')) throw forbidden();
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = await repo.findNotice(tx, id);
      if (!row) throw notFound();
      if (actor.permissions.has('member.read')) {
        const memberOf = await asSystem(tx, () => repo.associationsOfMembers(tx, orgIdsOfKind(actor, 'enterprise')));
        if (memberOf.includes(row.organisationId)) {
          for (const enterpriseId of orgIdsOfKind(actor, 'enterprise')) {
            const first = await repo.recordNoticeRead(tx, row, { enterpriseId, userId: actor.userId as string });
            if (first) {
              await audit(tx, actor, {
                action: 'member_notice.read',
                targetType: 'member_notice',
                targetId: id,
                organisationId: row.organisationId,
                after: { enterpriseId },
              });
            }
          }
        }
      }
      return detail(tx, actor, row);
    });
  }

  async function file(actor: Actor, id: string) {
    if (!actor.permissions.has('workspace.read') && !actor.permissions.has('member.read')) throw forbidden();
    return database.transaction(scopeOf(actor), async (tx) => {
      const row = await repo.findNotice(tx, id);
      const stored = row ? await repo.noticeFile(tx, id) : undefined;
      if (!row || !stored?.content) throw notFound();
      await audit(tx, actor, {
        action: 'member_notice.downloaded',
        targetType: 'member_notice',
        targetId: id,
        organisationId: row.organisationId,
        after: { fileName: stored.fileName },
      });
      return {
        fileName: stored.fileName ?? 'file',
        mimeType: stored.mimeType ?? 'application/octet-stream',
        content: stored.content,
      };
    });
  }

  return { list, publish, open, file };
}

export type NoticeService = ReturnType<typeof noticeService>;
