import type { RiskReportDto } from '@gongzhi/contracts';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { RiskReportStatusTag } from './RiskTags';

interface RiskReportTableProps extends PagedTableProps<RiskReportDto> {
  /** The regulator sees who wrote each report; the association sees to whom it went. */
  showAssociation?: boolean;
}

export function RiskReportTable({ showAssociation = false, ...table }: RiskReportTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const none = t('common.none');
  const columns: TableColumnsType<RiskReportDto> = [
    {
      key: 'title',
      title: t('riskConsole.reports.fields.title'),
      render: (_, row) => (
        <Link to={`/console/risk/reports/${row.id}`} style={{ display: 'inline-block', maxWidth: 360 }}>
          {row.title}
        </Link>
      ),
    },
    showAssociation
      ? { key: 'association', title: t('riskConsole.reports.fields.association'), dataIndex: 'associationName' }
      : { key: 'regulator', title: t('riskConsole.reports.fields.regulator'), dataIndex: 'regulatorName' },
    {
      key: 'period',
      title: t('riskConsole.reports.fields.period'),
      render: (_, row) => t('riskConsole.common.periodValue', { from: row.periodFrom, to: row.periodTo }),
    },
    {
      key: 'status',
      title: t('riskConsole.reports.fields.status'),
      render: (_, row) => <RiskReportStatusTag status={row.status} />,
    },
    {
      key: 'submittedAt',
      title: t('riskConsole.reports.fields.submittedAt'),
      render: (_, row) => formatDateTime(row.submittedAt, locale),
    },
    {
      key: 'acknowledgedAt',
      title: t('riskConsole.reports.fields.acknowledgedAt'),
      render: (_, row) => formatDateTime(row.acknowledgedAt, locale) ?? none,
    },
  ];
  return <DataTable<RiskReportDto> {...table} columns={columns} data-testid="risk-reports" />;
}
