import type { CreditRunDto } from '@gongzhi/contracts';
import { Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { CreditGradeTag, CreditRunTags } from './CreditTags';

/** A run's grade counts as small tags: "A 12 · B 30 …". */
export function DistributionTags({ distribution }: { distribution: Record<string, number> }) {
  return (
    <Flex gap={4} wrap>
      {Object.entries(distribution).map(([grade, count]) => (
        <span key={grade} style={{ whiteSpace: 'nowrap' }}>
          <CreditGradeTag grade={grade} />
          <Typography.Text>{count}</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

/** Evaluation runs: date, kind and status, model version, counts, comparison with the published grades. */
export function CreditRunTable(table: PagedTableProps<CreditRunDto>) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const columns: TableColumnsType<CreditRunDto> = [
    {
      key: 'asOf',
      title: t('creditConsole.evaluations.fields.asOf'),
      fixed: 'left',
      render: (_, row) => <Link to={`/console/credit/evaluations/${row.id}`}>{row.asOf}</Link>,
    },
    {
      key: 'status',
      title: t('creditConsole.evaluations.fields.status'),
      render: (_, row) => (
        <Flex gap={0} wrap>
          <CreditRunTags kind={row.kind} status={row.status} />
        </Flex>
      ),
    },
    {
      key: 'model',
      title: t('creditConsole.evaluations.fields.model'),
      render: (_, row) => t('creditConsole.common.version', { version: row.modelVersion }),
    },
    {
      key: 'enterpriseCount',
      title: t('creditConsole.evaluations.fields.enterpriseCount'),
      dataIndex: 'enterpriseCount',
    },
    {
      key: 'distribution',
      title: t('creditConsole.evaluations.fields.distribution'),
      render: (_, row) => <DistributionTags distribution={row.distribution} />,
    },
    {
      key: 'comparison',
      title: t('creditConsole.evaluations.fields.comparison'),
      render: (_, row) =>
        row.comparison ? (
          <Typography.Text style={{ whiteSpace: 'nowrap' }}>
            {t('creditConsole.evaluations.comparisonText', row.comparison)}
          </Typography.Text>
        ) : row.error ? (
          <Tag color="error">{t('creditConsole.enums.runStatus.failed')}</Tag>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'createdAt',
      title: t('creditConsole.evaluations.fields.createdAt'),
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
    {
      key: 'publishedAt',
      title: t('creditConsole.evaluations.fields.publishedAt'),
      render: (_, row) => formatDateTime(row.publishedAt, locale) ?? t('common.none'),
    },
  ];
  return <DataTable<CreditRunDto> {...table} columns={columns} />;
}
