import type { ReferralDto } from '@gongzhi/contracts';
import { Button, Descriptions, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import './complaints.css';

interface ReferralTableProps extends PagedTableProps<ReferralDto> {
  /** Present for a regulator, who records feedback on what it received. */
  onFeedback?: ((referral: ReferralDto) => void) | undefined;
}

export function ReferralTable({ onFeedback, ...table }: ReferralTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const none = t('common.none');
  const columns: TableColumnsType<ReferralDto> = [
    {
      key: 'trackingNo',
      title: t('referral.fields.trackingNo'),
      render: (_, row) => (
        <Link to={`/console/complaints/${row.complaintId}`} style={{ fontFamily: 'monospace' }}>
          {row.trackingNo}
        </Link>
      ),
    },
    { key: 'kind', title: t('referral.fields.kind'), render: (_, row) => t(`enums.referralKind.${row.kind}`) },
    {
      key: 'status',
      title: t('referral.fields.status'),
      render: (_, row) => (
        <Tag color={row.status === 'answered' ? 'success' : 'processing'}>
          {t(`enums.referralStatus.${row.status}`)}
        </Tag>
      ),
    },
    { key: 'association', title: t('referral.fields.association'), dataIndex: 'associationName' },
    { key: 'regulator', title: t('referral.fields.regulator'), dataIndex: 'regulatorName' },
    {
      key: 'reason',
      title: t('referral.fields.reason'),
      render: (_, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, maxWidth: 320 }}>
          {row.reason}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'createdAt',
      title: t('referral.fields.createdAt'),
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
    {
      key: 'feedbackAt',
      title: t('referral.fields.feedbackAt'),
      render: (_, row) => formatDateTime(row.feedbackAt, locale) ?? none,
    },
  ];
  if (onFeedback) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, row) =>
        row.status === 'sent' ? (
          <Button type="link" size="small" onClick={() => onFeedback(row)}>
            {t('referral.feedbackButton')}
          </Button>
        ) : null,
    });
  }
  return (
    <DataTable<ReferralDto>
      {...table}
      columns={columns}
      expandable={{
        expandedRowRender: (row) => (
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'reason',
                label: t('referral.fields.reason'),
                children: <span className="gz-pre">{row.reason}</span>,
              },
              {
                key: 'evidence',
                label: t('referral.fields.evidence'),
                children: <span className="gz-pre">{row.evidence ?? none}</span>,
              },
              {
                key: 'feedback',
                label: t('referral.fields.feedback'),
                children: <span className="gz-pre">{row.feedback ?? none}</span>,
              },
            ]}
          />
        ),
      }}
    />
  );
}
