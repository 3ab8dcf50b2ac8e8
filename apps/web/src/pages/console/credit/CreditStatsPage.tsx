import type { CreditStatsDto } from '@gongzhi/contracts';
import { Card, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime, formatNumber } from '../../../lib/format';
import { useListParams } from '../../../lib/useListParams';
import { withPermission } from '../../../modules/auth/components/RequirePermission';
import { CreditStatsChart } from '../../../modules/credit/components/CreditStatsChart';
import { CreditGradeTag } from '../../../modules/credit/components/CreditTags';
import { CreditWarningTable } from '../../../modules/credit/components/CreditWarningTable';
import { enterprisesGraded, gradeCodes } from '../../../modules/credit/components/statsOption';
import { useCreditStats } from '../../../modules/credit/hooks/useCreditArchive';
import { useCreditWarnings } from '../../../modules/credit/hooks/useCreditWarnings';
import { ErrorState } from '../../../ui/ErrorState';
import { ListCard } from '../../../ui/ListCard';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';

type Row = CreditStatsDto['associations'][number];
const FILTERS = [] as const;

/** The regulator's view: each association's published grade distribution (table and stacked bars) and the warnings. */
function CreditStats() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const stats = useCreditStats();
  const list = useListParams(FILTERS, 10);
  const warnings = useCreditWarnings({ page: list.page, pageSize: list.pageSize });

  const associations = stats.data?.associations ?? [];
  const codes = gradeCodes(associations);
  const columns: TableColumnsType<Row> = [
    {
      key: 'association',
      title: t('creditConsole.stats.fields.association'),
      fixed: 'left',
      dataIndex: 'associationName',
    },
    {
      key: 'asOf',
      title: t('creditConsole.stats.fields.asOf'),
      render: (_, row) =>
        row.asOf ?? <Typography.Text type="secondary">{t('creditConsole.stats.notPublished')}</Typography.Text>,
    },
    ...codes.map((code) => ({
      key: `grade:${code}`,
      title: <CreditGradeTag grade={code} />,
      align: 'right' as const,
      render: (_: unknown, row: Row) =>
        row.distribution[code] === undefined ? t('common.none') : formatNumber(row.distribution[code], locale),
    })),
    {
      key: 'total',
      title: t('creditConsole.stats.fields.total'),
      align: 'right',
      render: (_, row) => <strong>{formatNumber(enterprisesGraded(row.distribution), locale)}</strong>,
    },
    {
      key: 'openWarnings',
      title: t('creditConsole.stats.fields.openWarnings'),
      align: 'right',
      render: (_, row) => (
        <Typography.Text type={row.openWarnings > 0 ? 'danger' : undefined}>
          {formatNumber(row.openWarnings, locale)}
        </Typography.Text>
      ),
    },
    {
      key: 'publishedAt',
      title: t('creditConsole.stats.fields.publishedAt'),
      render: (_, row) => formatDateTime(row.publishedAt, locale) ?? t('common.none'),
    },
  ];

  return (
    <>
      <PageHeader title={t('creditConsole.stats.title')} subtitle={t('creditConsole.stats.lead')} />
      {stats.isPending ? <LoadingState /> : null}
      {stats.isError ? <ErrorState error={stats.error} onRetry={() => void stats.refetch()} /> : null}
      {stats.data ? (
        <Flex vertical gap={16} style={{ marginBottom: 16 }}>
          <Card>
            <CreditStatsChart associations={associations} />
          </Card>
          <Card>
            <Table<Row>
              rowKey="associationId"
              size="middle"
              scroll={{ x: 'max-content' }}
              pagination={false}
              columns={columns}
              dataSource={associations}
              loading={stats.isFetching}
            />
          </Card>
        </Flex>
      ) : null}
      <Typography.Title level={4}>{t('creditConsole.stats.warningsTitle')}</Typography.Title>
      <ListCard list={list} result={warnings} toolbar={null}>
        {(table) => <CreditWarningTable {...table} showAssociation />}
      </ListCard>
    </>
  );
}

export const CreditStatsPage = withPermission(['credit.read'], CreditStats);
