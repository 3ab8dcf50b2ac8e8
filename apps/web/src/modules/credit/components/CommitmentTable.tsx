import type { CommitmentDto } from '@gongzhi/contracts';
import { Button, Space, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { CommitmentStatusTag } from './CreditTags';
import { partyColumns } from './partyColumns';

interface CommitmentTableProps extends PagedTableProps<CommitmentDto> {
  /** The association marks an active commitment broken. */
  onBreach?: (commitment: CommitmentDto) => void;
  /** The enterprise withdraws its own active commitment. */
  onWithdraw?: (commitment: CommitmentDto) => void;
  showEnterprise?: boolean;
  showAssociation?: boolean;
}

/** Commitments: kind, content (with scope and return period for no-reason returns), validity, who signed, status. */
export function CommitmentTable({
  onBreach,
  onWithdraw,
  showEnterprise = true,
  showAssociation = false,
  ...table
}: CommitmentTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const columns: TableColumnsType<CommitmentDto> = partyColumns({
    enterprise: showEnterprise ? t('creditConsole.commitments.fields.enterprise') : undefined,
    association: showAssociation ? t('creditConsole.commitments.fields.association') : undefined,
    maxWidth: 240,
  });
  columns.push(
    {
      key: 'kind',
      title: t('creditConsole.commitments.fields.kind'),
      render: (_, row) => t(`creditConsole.enums.commitmentKind.${row.kind}`),
    },
    {
      key: 'content',
      title: t('creditConsole.commitments.fields.content'),
      render: (_, row) => (
        <div style={{ maxWidth: 340 }}>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.content }} style={{ margin: 0 }}>
            {row.content}
          </Typography.Paragraph>
          {row.scope || row.returnDays ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[
                row.scope,
                row.returnDays ? t('creditConsole.commitments.returnDaysText', { days: row.returnDays }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      key: 'period',
      title: t('creditConsole.commitments.fields.period'),
      render: (_, row) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {row.validFrom} – {row.validUntil}
        </span>
      ),
    },
    {
      key: 'signed',
      title: t('creditConsole.commitments.fields.signedBy'),
      render: (_, row) => (
        <span>
          {row.signedByName}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(row.signedAt, locale)}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'status',
      title: t('creditConsole.commitments.fields.status'),
      render: (_, row) => (
        <div style={{ maxWidth: 220 }}>
          <CommitmentStatusTag status={row.status} />
          {row.brokenRecordId ? (
            <Link to={`/console/credit/records/${row.brokenRecordId}`} style={{ display: 'block' }}>
              {t('creditConsole.common.viewRecord')}
            </Link>
          ) : null}
          {row.endReason ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {row.endReason}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
  );
  if (onBreach || onWithdraw) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, row) =>
        row.status === 'active' ? (
          <Space size={0} wrap>
            {onBreach ? (
              <Button type="link" size="small" danger onClick={() => onBreach(row)} data-action="breach">
                {t('creditConsole.commitments.breach')}
              </Button>
            ) : null}
            {onWithdraw ? (
              <Button type="link" size="small" onClick={() => onWithdraw(row)} data-action="withdraw">
                {t('creditConsole.commitments.withdraw')}
              </Button>
            ) : null}
          </Space>
        ) : null,
    });
  }
  return <DataTable<CommitmentDto> {...table} columns={columns} />;
}
