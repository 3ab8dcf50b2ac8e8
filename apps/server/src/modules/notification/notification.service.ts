import { type Locale, type NotificationKind, notificationText } from '@gongzhi/contracts';
import { asSystem, type Tx } from '../../db/client.js';
import { type Actor, scopeOf } from '../../kernel/actor.js';
import { notFound } from '../../kernel/app-error.js';
import type { AppContext } from '../../kernel/context.js';
import type { Mail } from './mailer.js';
import * as repo from './notification.repository.js';

export interface Recipient {
  id: string;
  email: string | null;
}

/**
 * Records in-app notifications in the caller's transaction and returns the e-mails to send once
 * it commits (an e-mail must not go out for a change that rolled back).
 */
export async function notify(
  tx: Tx,
  recipients: Recipient[],
  notice: { kind: NotificationKind; params: Record<string, string | number>; link: string | null },
  options: { publicUrl: string; locale?: Locale },
): Promise<Mail[]> {
  return notifyMany(tx, [{ recipients, notice }], options);
}

/**
 * `notify` for many notices at once (e.g. the warnings of a 100,000-row spot-check notice): every
 * notification row in a few multi-row INSERTs instead of one statement per notice. The mails come
 * back in the order of the notices.
 */
export async function notifyMany(
  tx: Tx,
  notices: readonly {
    recipients: readonly Recipient[];
    notice: { kind: NotificationKind; params: Record<string, string | number>; link: string | null };
  }[],
  options: { publicUrl: string; locale?: Locale },
): Promise<Mail[]> {
  await repo.insertNotifications(
    tx,
    notices.flatMap(({ recipients, notice }) =>
      recipients.map((r) => ({ userId: r.id, kind: notice.kind, params: notice.params, link: notice.link })),
    ),
  );
  return notices.flatMap(({ recipients, notice }) => {
    const withEmail = recipients.filter((r): r is Recipient & { email: string } => Boolean(r.email));
    if (withEmail.length === 0) return [];
    const text = notificationText(options.locale ?? 'zh-CN', notice.kind, notice.params);
    const link = notice.link ? `\n\n${options.publicUrl}${notice.link}` : '';
    return withEmail.map((r) => ({ to: r.email, subject: text.subject, text: `${text.body}${link}` }));
  });
}

/**
 * Tells everyone holding one of `roles` in an organisation: their inboxes are other people's rows,
 * so they are written as the system, in the caller's transaction. Returns the mails for after commit.
 */
export async function notifyRoles(
  tx: Tx,
  organisationId: string,
  roles: readonly string[],
  notice: { kind: NotificationKind; params: Record<string, string | number>; link: string | null },
  options: { publicUrl: string; locale?: Locale },
): Promise<Mail[]> {
  return asSystem(tx, async () => notify(tx, await repo.usersWithRoles(tx, organisationId, roles), notice, options));
}

export function notificationService(ctx: AppContext) {
  const { database } = ctx;

  async function list(actor: Actor) {
    const rows = await database.read(scopeOf(actor), (tx) => repo.latestOf(tx, actor.userId as string, 50));
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      params: r.params as Record<string, string | number>,
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    }));
  }

  async function read(actor: Actor, id: string) {
    await database.transaction(scopeOf(actor), async (tx) => {
      if (!(await repo.markRead(tx, actor.userId as string, id))) throw notFound();
    });
  }

  async function readAll(actor: Actor) {
    await database.transaction(scopeOf(actor), (tx) => repo.markAllRead(tx, actor.userId as string));
  }

  return { list, read, readAll };
}

export type NotificationService = ReturnType<typeof notificationService>;
