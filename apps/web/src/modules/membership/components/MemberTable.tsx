import type { MembershipDto } from '@gongzhi/contracts';
import { Button, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { StatusTag } from '../../../ui/StatusTag';
import { LevelTag } from './LevelTag';

interface MemberTableProps extends PagedTableProps<MembershipDto> {
  /** Present when the user may manage the members. */
  onEdit?: ((membership: MembershipDto) => void) | undefined;
}

export function MemberTable({ onEdit, ...table }: MemberTableProps) {
  const { t } = useTranslation();
  const none = t('common.none');
  const columns: TableColumnsType<MembershipDto> = [
    {
      key: 'enterprise',
      title: t('membership.fields.enterprise'),
      render: (_, row) => <Link to={`/console/organisations/${row.enterpriseId}`}>{row.enterpriseName}</Link>,
    },
    {
      key: 'creditCode',
      title: t('membership.fields.creditCode'),
      render: (_, row) => (
        <Typography.Text style={{ fontFamily: 'monospace' }}>{row.enterpriseCreditCode}</Typography.Text>
      ),
    },
    { key: 'level', title: t('membership.fields.level'), render: (_, row) => <LevelTag level={row.level} /> },
    {
      key: 'status',
      title: t('membership.fields.status'),
      render: (_, row) => <StatusTag kind="membership" value={row.status} />,
    },
    { key: 'joinedOn', title: t('membership.fields.joinedOn'), dataIndex: 'joinedOn' },
    { key: 'leftOn', title: t('membership.fields.leftOn'), render: (_, row) => row.leftOn ?? none },
    {
      key: 'note',
      title: t('membership.fields.note'),
      ellipsis: true,
      render: (_, row) => row.note ?? none,
    },
  ];
  if (onEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, row) => (
        <Button type="link" size="small" onClick={() => onEdit(row)}>
          {t('common.edit')}
        </Button>
      ),
    });
  }
  return <DataTable<MembershipDto> {...table} columns={columns} />;
}
