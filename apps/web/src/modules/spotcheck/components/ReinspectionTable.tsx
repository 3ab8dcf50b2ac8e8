import type { ReinspectionDto } from '@gongzhi/contracts';
import { Button, Flex, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { ReinspectionStatusTag } from './SpotCheckTags';
import { joinItems } from './spotCheckFormat';

interface ReinspectionTableProps extends PagedTableProps<ReinspectionDto> {
  /** The decide button, for those who may decide; absent: no actions column. */
  onDecide?: (row: ReinspectionDto) => void;
  showEnterprise?: boolean;
}

/** Re-inspection requests: what was asked, by whom, its status and the outcome once decided. */
export function ReinspectionTable({ onDecide, showEnterprise = true, ...table }: ReinspectionTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const columns: TableColumnsType<ReinspectionDto> = [];
  if (showEnterprise) {
    columns.push({
      key: 'enterprise',
      title: t('spotCheckConsole.reinspections.fields.enterprise'),
      dataIndex: 'enterpriseName',
      width: 220,
    });
  }
  columns.push(
    {
      key: 'product',
      title: t('spotCheckConsole.reinspections.fields.product'),
      render: (_, row) => (
        <Flex vertical gap={2}>
          <span>{row.productName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.noticeNo}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('spotCheckConsole.reinspections.fields.status'),
      render: (_, row) => <ReinspectionStatusTag status={row.status} />,
    },
    {
      key: 'failingItems',
      title: t('spotCheckConsole.reinspections.fields.failingItems'),
      render: (_, row) => {
        const text = joinItems(row.failingItems, locale) || t('common.none');
        return (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ margin: 0, maxWidth: 240 }}>
            {text}
          </Typography.Paragraph>
        );
      },
    },
    {
      key: 'reason',
      title: t('spotCheckConsole.reinspections.fields.reason'),
      render: (_, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.reason }} style={{ margin: 0, maxWidth: 280 }}>
          {row.reason}
        </Typography.Paragraph>
      ),
    },
    { key: 'receivedOn', title: t('spotCheckConsole.reinspections.fields.receivedOn'), dataIndex: 'receivedOn' },
    {
      key: 'requestedAt',
      title: t('spotCheckConsole.reinspections.fields.requestedAt'),
      render: (_, row) => formatDateTime(row.requestedAt, locale),
    },
    {
      key: 'outcome',
      title: t('spotCheckConsole.reinspections.fields.decisionNote'),
      render: (_, row) =>
        row.decidedAt ? (
          <Flex vertical gap={2} style={{ maxWidth: 280 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[row.inspectionBody, formatDateTime(row.decidedAt, locale)].filter(Boolean).join(' · ')}
            </Typography.Text>
            {row.decisionNote ? (
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.decisionNote }} style={{ margin: 0 }}>
                {row.decisionNote}
              </Typography.Paragraph>
            ) : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ),
    },
  );
  if (onDecide) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, row) =>
        row.abilities.decide ? (
          <Button size="small" type="primary" data-testid="decide-button" onClick={() => onDecide(row)}>
            {t('spotCheckConsole.reinspections.decide')}
          </Button>
        ) : null,
    });
  }
  return <DataTable<ReinspectionDto> {...table} columns={columns} />;
}
