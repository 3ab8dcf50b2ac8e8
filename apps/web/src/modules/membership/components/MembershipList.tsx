import type { MembershipDto } from '@gongzhi/contracts';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { StatusTag } from '../../../ui/StatusTag';
import { LevelTag } from './LevelTag';

interface MembershipListProps {
  memberships: MembershipDto[] | undefined;
  loading: boolean;
  /** Link the association names to their console pages (only for users who may open them). */
  linkAssociations?: boolean;
}

/** The associations an enterprise belongs to. */
export function MembershipList({ memberships, loading, linkAssociations = false }: MembershipListProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<MembershipDto> = [
    {
      key: 'association',
      title: t('membership.fields.association'),
      render: (_, row) =>
        linkAssociations ? (
          <Link to={`/console/organisations/${row.associationId}`}>{row.associationName}</Link>
        ) : (
          row.associationName
        ),
    },
    { key: 'level', title: t('membership.fields.level'), render: (_, row) => <LevelTag level={row.level} /> },
    {
      key: 'status',
      title: t('membership.fields.status'),
      render: (_, row) => <StatusTag kind="membership" value={row.status} />,
    },
    { key: 'joinedOn', title: t('membership.fields.joinedOn'), dataIndex: 'joinedOn' },
    { key: 'leftOn', title: t('membership.fields.leftOn'), render: (_, row) => row.leftOn ?? t('common.none') },
  ];
  return (
    <Table<MembershipDto>
      rowKey="id"
      size="middle"
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={memberships ?? []}
      loading={loading}
      pagination={false}
      locale={{ emptyText: loading ? ' ' : <EmptyState description={t('organisation.noMemberships')} /> }}
    />
  );
}
