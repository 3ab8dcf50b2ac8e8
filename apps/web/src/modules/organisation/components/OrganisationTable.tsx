import type { OrganisationDto } from '@gongzhi/contracts';
import type { TableColumnsType } from 'antd';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { StatusTag } from '../../../ui/StatusTag';
import { KindTag } from './KindTag';

export function OrganisationTable(table: PagedTableProps<OrganisationDto>) {
  const { t } = useTranslation();
  const columns: TableColumnsType<OrganisationDto> = [
    {
      key: 'name',
      title: t('organisation.fields.name'),
      render: (_, row) => <Link to={`/console/organisations/${row.id}`}>{row.name}</Link>,
    },
    { key: 'kind', title: t('organisation.fields.kind'), render: (_, row) => <KindTag kind={row.kind} /> },
    {
      key: 'creditCode',
      title: t('organisation.fields.creditCode'),
      render: (_, row) => <Typography.Text style={{ fontFamily: 'monospace' }}>{row.creditCode}</Typography.Text>,
    },
    { key: 'region', title: t('organisation.fields.regionCode'), render: (_, row) => row.regionName ?? row.regionCode },
    {
      key: 'industry',
      title: t('organisation.fields.industryCode'),
      render: (_, row) => row.industryName ?? row.industryCode ?? t('common.none'),
    },
    {
      key: 'published',
      title: t('organisation.fields.published'),
      render: (_, row) => (row.published ? t('common.yes') : t('common.no')),
    },
    {
      key: 'status',
      title: t('organisation.fields.status'),
      render: (_, row) => <StatusTag kind="organisation" value={row.status} />,
    },
  ];
  return <DataTable<OrganisationDto> {...table} columns={columns} />;
}
