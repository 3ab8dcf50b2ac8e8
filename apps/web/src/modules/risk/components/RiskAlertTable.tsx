import type { RiskAlertDto } from '@gongzhi/contracts';
import { Button, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { RiskAlertLevelTag, RiskAlertStatusTag, SpcRuleTag } from './RiskTags';

/** The monitor page showing the chart an alert came from. */
export function chartLink(alert: Pick<RiskAlertDto, 'seriesKind' | 'seriesKey'>): string {
  const search = new URLSearchParams({ kind: alert.seriesKind, key: alert.seriesKey });
  return `/console/risk?${search.toString()}`;
}

interface RiskAlertTableProps extends PagedTableProps<RiskAlertDto> {
  /** Acknowledge an open alert; absent: read-only. */
  onAcknowledge?: (alert: RiskAlertDto) => void;
  acknowledging?: string | null;
  showOwner?: boolean;
}

export function RiskAlertTable({ onAcknowledge, acknowledging, showOwner = false, ...table }: RiskAlertTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const none = t('common.none');
  const columns: TableColumnsType<RiskAlertDto> = [
    {
      key: 'level',
      title: t('riskConsole.alerts.fields.level'),
      render: (_, row) => <RiskAlertLevelTag level={row.level} />,
    },
    {
      key: 'series',
      title: t('riskConsole.alerts.fields.series'),
      render: (_, row) => (
        <div style={{ maxWidth: 320 }}>
          <Link to={chartLink(row)}>{row.seriesLabel}</Link>
          <br />
          <Typography.Text type="secondary">{t(`riskConsole.enums.seriesKind.${row.seriesKind}`)}</Typography.Text>
        </div>
      ),
    },
    { key: 'period', title: t('riskConsole.alerts.fields.period'), dataIndex: 'period' },
    {
      key: 'rule',
      title: t('riskConsole.alerts.fields.rule'),
      render: (_, row) => <SpcRuleTag rule={row.rule} />,
    },
    {
      key: 'status',
      title: t('riskConsole.alerts.fields.status'),
      render: (_, row) => <RiskAlertStatusTag status={row.status} />,
    },
  ];
  if (showOwner) columns.push({ key: 'owner', title: t('riskConsole.alerts.fields.owner'), dataIndex: 'ownerName' });
  columns.push(
    {
      key: 'createdAt',
      title: t('riskConsole.alerts.fields.createdAt'),
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
    {
      key: 'acknowledgedAt',
      title: t('riskConsole.alerts.fields.acknowledgedAt'),
      render: (_, row) => formatDateTime(row.acknowledgedAt, locale) ?? none,
    },
  );
  if (onAcknowledge) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, row) =>
        row.status === 'open' ? (
          <Button
            type="link"
            size="small"
            loading={acknowledging === row.id}
            onClick={() => onAcknowledge(row)}
            data-action="acknowledge"
          >
            {t('riskConsole.alerts.acknowledge')}
          </Button>
        ) : null,
    });
  }
  return <DataTable<RiskAlertDto> {...table} columns={columns} data-testid="risk-alerts" />;
}
