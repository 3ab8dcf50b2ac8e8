/**
 * The liaison channel (issue #7; R-PRIN-2, §8.1.3.1): threads between an association and the regulator
 * of its region, messages with attachments, read receipts ("已读 · 张三 · 时间") and search across what
 * was shared. The other side is told of each message (in-app and e-mail).
 */
import { randomUUID } from 'node:crypto';
import type {
  LiaisonAttachmentDto,
  LiaisonCounterpartDto,
  LiaisonMessageDto,
  LiaisonThreadCreate,
  LiaisonThreadDto,
  LiaisonThreadListQuery,
  LiaisonThreadSummaryDto,
  PageOf,
} from '@gongzhi/contracts';
import { LIAISON_LIMITS } from '@gongzhi/contracts';
import { asSystem, type Tx } from '../../db/client.js';
import { type Actor, inRegion, scopeOf } from '../../kernel/actor.js';
import { AppError, forbidden, notFound } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import type { AppContext } from '../../kernel/context.js';
import { checkFile } from '../../kernel/files.js';
import { offsetOf, pageOf, pageResult } from '../../kernel/pagination.js';
import { userNames } from '../account/account.repository.js';
import type { Mail, Mailer } from '../notification/mailer.js';
import { notifyRoles } from '../notification/notification.service.js';
import { mostLocalRegulator, organisationNames } from '../organisation/organisation.repository.js';
import { ownAssociation, ownRegulator, sideOf } from './liaison.policy.js';
import * as repo from './liaison.repository.js';

const REGULATOR_ROLES = ['regulator_admin', 'regulator_staff'] as const;
const ASSOCIATION_ROLES = ['association_liaison', 'association_admin'] as const;
const EXCERPT = 80;

const excerpt = (body: string) => (body.length > EXCERPT ? `${body.slice(0, EXCERPT)}…` : body);

export function liaisonService(ctx: AppContext, mailer: Mailer) {
  const { database, config } = ctx;
  const mailOptions = (actor: Actor) => ({ publicUrl: config.publicUrl, locale: actor.locale });

  /** The thread and the caller's side of it; 404 for anybody who is not a party. */
  async function threadFor(tx: Tx, actor: Actor, id: string) {
    const thread = await repo.findThread(tx, id);
    const side = thread ? sideOf(actor, thread) : null;
    if (!thread || !side) throw notFound();
    return { thread, side };
  }

  async function names(tx: Tx, userIds: string[], orgIds: string[]) {
    return asSystem(tx, async () => ({
      users: await userNames(tx, userIds),
      orgs: await organisationNames(tx, orgIds),
    }));
  }

  async function counterparts(actor: Actor): Promise<LiaisonCounterpartDto[]> {
    const regulatorId = ownRegulator(actor);
    const associationId = ownAssociation(actor);
    return database.transaction(scopeOf(actor), async (tx) => {
      if (regulatorId && actor.regionPrefix) return repo.associationsIn(tx, actor.regionPrefix);
      if (associationId) return asSystem(tx, () => repo.regulatorsCovering(tx, associationId));
      return [];
    });
  }

  async function list(actor: Actor, query: LiaisonThreadListQuery): Promise<PageOf<LiaisonThreadSummaryDto>> {
    const p = pageOf(query);
    return database.transaction(scopeOf(actor), async (tx) => {
      const { rows, total } = await repo.listThreads(tx, {
        orgIds: actor.orgIds,
        userId: actor.userId as string,
        q: query.q,
        limit: p.pageSize,
        offset: offsetOf(p),
      });
      const n = await names(
        tx,
        rows.flatMap((r) => (r.lastAuthorUserId ? [r.lastAuthorUserId] : [])),
        rows.flatMap((r) => [r.organisationId, r.regulatorId]),
      );
      const items = rows.map((r) => ({
        id: r.id,
        organisationId: r.organisationId,
        organisationName: n.orgs.get(r.organisationId) ?? '',
        regulatorId: r.regulatorId,
        regulatorName: n.orgs.get(r.regulatorId) ?? '',
        subject: r.subject,
        createdAt: r.createdAt,
        lastMessageAt: r.lastMessageAt,
        messageCount: r.messageCount,
        unread: r.unread,
        lastMessage:
          r.lastBody !== null && r.lastAuthorUserId && r.lastAuthorOrganisationId
            ? {
                authorName: n.users.get(r.lastAuthorUserId) ?? '',
                authorOrganisationName: n.orgs.get(r.lastAuthorOrganisationId) ?? '',
                excerpt: excerpt(r.lastBody),
              }
            : null,
      }));
      return pageResult(items, p, total);
    });
  }

  /** The thread as the caller sees it: receipts of the other side only under the caller's own messages. */
  async function threadNow(tx: Tx, actor: Actor, thread: repo.ThreadRow, mySide: string): Promise<LiaisonThreadDto> {
    const messages = await repo.messagesOf(tx, thread.id);
    const attachments = await repo.attachmentsOf(tx, { threadId: thread.id });
    const receipts = await repo.receiptsOf(tx, thread.id);
    const n = await names(
      tx,
      [...messages.map((m) => m.authorUserId), ...receipts.map((r) => r.user_id)],
      [thread.organisationId, thread.regulatorId],
    );
    const unread = await repo.unreadIn(tx, thread.id, [mySide], actor.userId as string);
    const last = messages.at(-1);
    const items: LiaisonMessageDto[] = messages.map((m) => {
      const mine = m.authorOrganisationId === mySide;
      return {
        id: m.id,
        threadId: m.threadId,
        authorUserId: m.authorUserId,
        authorName: n.users.get(m.authorUserId) ?? '',
        authorOrganisationId: m.authorOrganisationId,
        authorOrganisationName: n.orgs.get(m.authorOrganisationId) ?? '',
        mine,
        body: m.body,
        createdAt: m.createdAt.toISOString(),
        attachments: attachments.filter((a) => a.messageId === m.id),
        readBy: mine
          ? receipts
              .filter((r) => r.message_id === m.id && r.reader_organisation_id !== mySide)
              .map((r) => ({
                userId: r.user_id,
                name: n.users.get(r.user_id) ?? '',
                readAt: new Date(r.read_at as string).toISOString(),
              }))
          : [],
      };
    });
    return {
      id: thread.id,
      organisationId: thread.organisationId,
      organisationName: n.orgs.get(thread.organisationId) ?? '',
      regulatorId: thread.regulatorId,
      regulatorName: n.orgs.get(thread.regulatorId) ?? '',
      subject: thread.subject,
      createdAt: thread.createdAt.toISOString(),
      lastMessageAt: (last?.createdAt ?? thread.lastMessageAt).toISOString(),
      messageCount: messages.length,
      unread,
      lastMessage: last
        ? {
            authorName: n.users.get(last.authorUserId) ?? '',
            authorOrganisationName: n.orgs.get(last.authorOrganisationId) ?? '',
            excerpt: excerpt(last.body),
          }
        : null,
      messages: items,
    };
  }

  /** Posts a message as the caller's side and tells the other side (mails returned for after commit). */
  async function post(tx: Tx, actor: Actor, thread: repo.ThreadRow, side: ReturnType<typeof sideOf>, body: string) {
    if (!side) throw notFound();
    const id = randomUUID();
    await repo.insertMessage(tx, {
      id,
      organisationId: thread.organisationId,
      threadId: thread.id,
      authorUserId: actor.userId as string,
      authorOrganisationId: side.organisationId,
      body,
    });
    const orgs = await asSystem(tx, () => organisationNames(tx, [side.organisationId]));
    const notice = {
      kind: 'workspace.liaison_message' as const,
      params: { subject: thread.subject, authorOrganisation: orgs.get(side.organisationId) ?? '' },
      link: `/console/workspace/liaison/${thread.id}`,
    };
    const mails =
      side.side === 'association'
        ? await notifyRoles(tx, thread.regulatorId, REGULATOR_ROLES, notice, mailOptions(actor))
        : await notifyRoles(tx, thread.organisationId, ASSOCIATION_ROLES, notice, mailOptions(actor));
    return { id, mails };
  }

  async function create(actor: Actor, input: LiaisonThreadCreate): Promise<LiaisonThreadDto> {
    const subject = input.subject.trim();
    const body = input.body.trim();
    if (!subject) throw AppError.validation('subject', 'required');
    if (!body) throw AppError.validation('body', 'required');
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const regulatorOwn = ownRegulator(actor);
      let organisationId: string;
      let regulatorId: string;
      if (regulatorOwn) {
        if (!input.organisationId) throw AppError.validation('organisationId', 'required');
        const wanted = input.organisationId;
        const association = await asSystem(tx, () => repo.organisationFacts(tx, wanted));
        if (association?.kind !== 'industry_organisation') {
          throw AppError.validation('organisationId', 'record_not_found');
        }
        if (!inRegion(actor, association.regionCode)) {
          throw AppError.validation('organisationId', 'not_a_regulator_of_region');
        }
        organisationId = association.id;
        regulatorId = regulatorOwn;
      } else {
        const own = ownAssociation(actor);
        if (!own) throw forbidden();
        if (input.organisationId && input.organisationId !== own) throw forbidden();
        organisationId = own;
        const covering = await asSystem(tx, () => repo.regulatorsCovering(tx, own));
        if (input.regulatorId) {
          if (!covering.some((r) => r.id === input.regulatorId)) {
            throw AppError.validation('regulatorId', 'not_a_regulator_of_region');
          }
          regulatorId = input.regulatorId;
        } else {
          const local = await asSystem(tx, () => mostLocalRegulator(tx, own));
          if (!local) throw AppError.validation('regulatorId', 'required');
          regulatorId = local;
        }
      }
      const id = randomUUID();
      await repo.insertThread(tx, { id, organisationId, regulatorId, subject, createdBy: actor.userId });
      const thread = (await repo.findThread(tx, id)) as repo.ThreadRow;
      const side = sideOf(actor, thread);
      const posted = await post(tx, actor, thread, side, body);
      mails = posted.mails;
      await audit(tx, actor, {
        action: 'liaison_thread.created',
        targetType: 'liaison_thread',
        targetId: id,
        organisationId,
        after: { organisationId, regulatorId, subject, messageId: posted.id },
      });
      return threadNow(tx, actor, (await repo.findThread(tx, id)) as repo.ThreadRow, side?.organisationId ?? '');
    });
    await mailer.send(mails);
    return dto;
  }

  /** Opens a thread: every message of the other side not yet read by me gets my receipt. */
  async function open(actor: Actor, id: string): Promise<LiaisonThreadDto> {
    return database.transaction(scopeOf(actor), async (tx) => {
      const { thread, side } = await threadFor(tx, actor, id);
      await repo.recordReceipts(tx, thread, { userId: actor.userId as string, organisationId: side.organisationId });
      return threadNow(tx, actor, thread, side.organisationId);
    });
  }

  async function addMessage(actor: Actor, id: string, input: { body: string }): Promise<LiaisonMessageDto> {
    const body = input.body.trim();
    if (!body) throw AppError.validation('body', 'required');
    let mails: Mail[] = [];
    const dto = await database.transaction(scopeOf(actor), async (tx) => {
      const { thread, side } = await threadFor(tx, actor, id);
      // Answering means having read what came before.
      await repo.recordReceipts(tx, thread, { userId: actor.userId as string, organisationId: side.organisationId });
      const posted = await post(tx, actor, thread, side, body);
      mails = posted.mails;
      await audit(tx, actor, {
        action: 'liaison_message.posted',
        targetType: 'liaison_thread',
        targetId: thread.id,
        organisationId: thread.organisationId,
        after: { messageId: posted.id, side: side.side, length: body.length },
      });
      const full = await threadNow(tx, actor, thread, side.organisationId);
      return full.messages.find((m) => m.id === posted.id) as LiaisonMessageDto;
    });
    await mailer.send(mails);
    return dto;
  }

  /** Attaches a file to one of the caller's own messages. */
  async function attach(actor: Actor, messageId: string, fileName: string, content: Buffer) {
    const file = await checkFile(fileName, content);
    return database.transaction(scopeOf(actor), async (tx): Promise<LiaisonAttachmentDto> => {
      const message = await repo.findMessage(tx, messageId);
      if (!message) throw notFound();
      const { thread } = await threadFor(tx, actor, message.threadId);
      if (message.authorUserId !== actor.userId) throw forbidden();
      const existing = await repo.attachmentsOf(tx, { messageId });
      if (existing.length >= LIAISON_LIMITS.attachmentsPerMessageMax) {
        throw AppError.validation('file', 'too_large', { limit: LIAISON_LIMITS.attachmentsPerMessageMax });
      }
      const id = randomUUID();
      await repo.insertAttachment(tx, {
        id,
        organisationId: thread.organisationId,
        threadId: thread.id,
        messageId,
        ...file,
      });
      await audit(tx, actor, {
        action: 'liaison_message.attached',
        targetType: 'liaison_thread',
        targetId: thread.id,
        organisationId: thread.organisationId,
        after: { messageId, attachmentId: id, fileName: file.fileName, mimeType: file.mimeType, size: file.size },
      });
      return { id, messageId, fileName: file.fileName, mimeType: file.mimeType, size: file.size };
    });
  }

  async function download(actor: Actor, attachmentId: string) {
    return database.transaction(scopeOf(actor), async (tx) => {
      const file = await repo.findAttachment(tx, attachmentId);
      if (!file) throw notFound();
      const { thread } = await threadFor(tx, actor, file.threadId);
      await audit(tx, actor, {
        action: 'liaison_attachment.downloaded',
        targetType: 'liaison_thread',
        targetId: thread.id,
        organisationId: thread.organisationId,
        after: { attachmentId, fileName: file.fileName },
      });
      return { fileName: file.fileName, mimeType: file.mimeType, content: file.content };
    });
  }

  return { counterparts, list, create, open, addMessage, attach, download };
}

export type LiaisonService = ReturnType<typeof liaisonService>;
