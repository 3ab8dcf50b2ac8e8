import type { FrameworkSummaryDto } from '@gongzhi/contracts';
import { Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { EmptyState } from '../../../ui/EmptyState';
import { localised } from './indicators';

interface FrameworkTableProps {
  frameworks: FrameworkSummaryDto[] | undefined;
  loading: boolean;
}

/** Every framework and version: built-in ones marked, the current version of each code marked. */
export function FrameworkTable({ frameworks, loading }: FrameworkTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const columns: TableColumnsType<FrameworkSummaryDto> = [
    {
      key: 'name',
      title: t('evaluationConsole.frameworks.fields.name'),
      render: (_, row) => (
        <Link to={`/console/evaluation/frameworks/${row.id}`} style={{ display: 'inline-block', maxWidth: 360 }}>
          {localised(row.name, locale)}
        </Link>
      ),
    },
    { key: 'code', title: t('evaluationConsole.frameworks.fields.code'), dataIndex: 'code' },
    {
      key: 'version',
      title: t('evaluationConsole.frameworks.fields.version'),
      render: (_, row) => (
        <>
          {t('evaluationConsole.frameworks.fields.versionValue', { version: row.version })}{' '}
          {row.current ? <Tag color="success">{t('evaluationConsole.frameworks.fields.current')}</Tag> : null}
          {row.builtIn ? <Tag color="blue">{t('evaluationConsole.frameworks.fields.builtIn')}</Tag> : null}
        </>
      ),
    },
    {
      key: 'leafCount',
      title: t('evaluationConsole.frameworks.fields.leafCount'),
      dataIndex: 'leafCount',
      align: 'right',
    },
    {
      key: 'assessmentCount',
      title: t('evaluationConsole.frameworks.fields.assessmentCount'),
      dataIndex: 'assessmentCount',
      align: 'right',
    },
    {
      key: 'source',
      title: t('evaluationConsole.frameworks.fields.source'),
      render: (_, row) => (
        <span style={{ display: 'inline-block', maxWidth: 280 }}>{row.source ?? t('common.none')}</span>
      ),
    },
    {
      key: 'createdAt',
      title: t('evaluationConsole.frameworks.fields.createdAt'),
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
  ];
  return (
    <Table<FrameworkSummaryDto>
      rowKey="id"
      size="middle"
      pagination={false}
      scroll={{ x: 'max-content' }}
      loading={loading}
      columns={columns}
      dataSource={frameworks ?? []}
      locale={{ emptyText: loading ? ' ' : <EmptyState /> }}
      data-testid="frameworks"
    />
  );
}
