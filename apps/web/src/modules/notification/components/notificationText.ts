import {
  type Locale,
  NOTIFICATION_KINDS,
  type NotificationDto,
  type NotificationKind,
  notificationText as textOf,
} from '@gongzhi/contracts';

function isKnownKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/** A notification's subject and text in the UI language: the same texts as its e-mail (from the contracts). */
export function notificationText(
  notification: Pick<NotificationDto, 'kind' | 'params'>,
  locale: Locale,
): { subject: string; body: string } {
  if (!isKnownKind(notification.kind)) return { subject: notification.kind, body: '' };
  return textOf(locale, notification.kind, notification.params);
}

/** Only console paths are followed (a notification never sends the user elsewhere). */
export function notificationPath(link: string | null): string | null {
  return link?.startsWith('/console') ? link : null;
}
