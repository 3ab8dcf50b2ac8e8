import type { ComplaintStatsDto, ComplaintStatsRowDto } from '@gongzhi/contracts';
import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDecimal, formatNumber, formatPercent } from '../../../lib/format';

const COUNTS = [
  'received',
  'complaints',
  'consultations',
  'accepted',
  'refused',
  'settled',
  'terminated',
  'transferred',
  'open',
  'rated',
] as const;
const RATES = ['onTimeRate', 'settledRate'] as const;

interface ComplaintStatsTableProps {
  stats: ComplaintStatsDto;
  rowLabel: (row: ComplaintStatsRowDto) => string;
  loading: boolean;
}

/** Every figure of every group, with the totals as the last row. */
export function ComplaintStatsTable({ stats, rowLabel, loading }: ComplaintStatsTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const none = t('common.none');
  const columns: TableColumnsType<ComplaintStatsRowDto> = [
    {
      key: 'label',
      title: t(`complaintStats.labels.${stats.groupBy}`),
      fixed: 'left',
      render: (_, row) => rowLabel(row),
    },
    ...COUNTS.map((key) => ({
      key,
      title: t(`complaintStats.fields.${key}`),
      align: 'right' as const,
      render: (_: unknown, row: ComplaintStatsRowDto) => formatNumber(row[key], locale),
    })),
    ...RATES.map((key) => ({
      key,
      title: t(`complaintStats.fields.${key}`),
      align: 'right' as const,
      render: (_: unknown, row: ComplaintStatsRowDto) => formatPercent(row[key], locale) ?? none,
    })),
    {
      key: 'medianDays',
      title: t('complaintStats.fields.medianDays'),
      align: 'right',
      render: (_, row) => formatDecimal(row.medianDays, locale) ?? none,
    },
    {
      key: 'satisfaction',
      title: t('complaintStats.fields.satisfaction'),
      align: 'right',
      render: (_, row) => formatDecimal(row.satisfaction, locale, 2) ?? none,
    },
  ];
  return (
    <Table<ComplaintStatsRowDto>
      rowKey="key"
      size="small"
      scroll={{ x: 'max-content' }}
      loading={loading}
      columns={columns}
      dataSource={stats.rows}
      pagination={false}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row>
            {columns.map((column, index) => (
              <Table.Summary.Cell key={String(column.key)} index={index} align={index === 0 ? 'left' : 'right'}>
                <Typography.Text strong>
                  {index === 0
                    ? t('complaintStats.total')
                    : 'render' in column && column.render
                      ? (column.render(undefined, stats.total, -1) as string)
                      : null}
                </Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
