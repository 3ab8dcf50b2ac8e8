import type { UserDto } from '@gongzhi/contracts';
import { Button, Space, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { StatusTag } from '../../../ui/StatusTag';
import { RoleTags } from './RoleTags';

interface UserTableProps extends PagedTableProps<UserDto> {
  /** Present when the user may manage accounts. */
  actions?: {
    currentUserId: string;
    onToggleStatus: (user: UserDto) => void;
    onResetPassword: (user: UserDto) => void;
  };
}

export function UserTable({ actions, ...table }: UserTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const columns: TableColumnsType<UserDto> = [
    { key: 'username', title: t('user.fields.username'), dataIndex: 'username' },
    { key: 'displayName', title: t('user.fields.displayName'), dataIndex: 'displayName' },
    { key: 'roles', title: t('user.fields.roles'), render: (_, row) => <RoleTags roles={row.roles} /> },
    {
      key: 'status',
      title: t('user.fields.status'),
      render: (_, row) => (
        <Space size={4} wrap>
          <StatusTag kind="user" value={row.status} />
          {row.lockedUntil && new Date(row.lockedUntil) > new Date() ? (
            <Tag color="warning">{t('user.lockedUntil', { time: formatDateTime(row.lockedUntil, locale) })}</Tag>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'lastLoginAt',
      title: t('user.fields.lastLoginAt'),
      render: (_, row) => formatDateTime(row.lastLoginAt, locale) ?? t('common.none'),
    },
  ];
  if (actions) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, row) =>
        row.id === actions.currentUserId ? null : (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              danger={row.status === 'active'}
              onClick={() => actions.onToggleStatus(row)}
            >
              {row.status === 'active' ? t('user.disable') : t('user.enable')}
            </Button>
            <Button type="link" size="small" onClick={() => actions.onResetPassword(row)}>
              {t('user.resetPassword')}
            </Button>
          </Space>
        ),
    });
  }
  return <DataTable<UserDto> {...table} columns={columns} />;
}
