import { BellOutlined } from '@ant-design/icons';
import type { NotificationDto } from '@gongzhi/contracts';
import { Badge, Button, Empty, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../hooks/useNotifications';
import { notificationPath, notificationText } from './notificationText';

/** The bell in the console header: unread count, the list, mark as read, and a click opens the case. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const notifications = useNotifications(true);
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const items = notifications.data ?? [];
  const unread = items.filter((item) => item.readAt === null);

  const follow = (item: NotificationDto) => {
    if (item.readAt === null) markRead.mutate(item.id);
    const path = notificationPath(item.link);
    setOpen(false);
    if (path) navigate(path);
  };

  const content = (
    <div style={{ width: 320, maxWidth: 'calc(100vw - 32px)' }}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notification.empty')} />
      ) : (
        <Flex vertical style={{ maxHeight: 360, overflowY: 'auto' }}>
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              onClick={() => follow(item)}
              style={{
                textAlign: 'left',
                border: 0,
                borderBottom: '1px solid #f0f0f0',
                background: item.readAt === null ? '#f0f6ff' : 'transparent',
                padding: '8px 4px',
                cursor: 'pointer',
                font: 'inherit',
              }}
            >
              <Typography.Text strong={item.readAt === null}>{notificationText(item, locale).subject}</Typography.Text>
              <br />
              <Typography.Text style={{ fontSize: 13 }}>{notificationText(item, locale).body}</Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(item.createdAt, locale)}
              </Typography.Text>
            </button>
          ))}
        </Flex>
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={
        <Flex justify="space-between" align="center" gap={8}>
          <span>{t('notification.title')}</span>
          {unread.length > 0 ? (
            <Button type="link" size="small" loading={markAllRead.isPending} onClick={() => markAllRead.mutate()}>
              {t('notification.markAllRead')}
            </Button>
          ) : null}
        </Flex>
      }
      content={content}
    >
      <Button
        type="text"
        aria-label={t('notification.bell', { count: unread.length })}
        data-testid="notification-bell"
        icon={
          <Badge count={unread.length} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 16 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
