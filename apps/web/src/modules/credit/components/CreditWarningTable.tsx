import type { CreditWarningDto } from '@gongzhi/contracts';
import { Button, Space, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { CreditWarningLevelTag, CreditWarningStatusTag } from './CreditTags';
import { partyColumns } from './partyColumns';

/** The reason of a warning in words, from its rule and the values it was raised with. */
export function CreditWarningReason({ warning }: { warning: Pick<CreditWarningDto, 'rule' | 'params'> }) {
  const { t } = useTranslation();
  const value = (key: string) => String(warning.params[key] ?? '');
  return (
    <>
      {t(`creditConsole.warnings.reason.${warning.rule}`, {
        from: value('from'),
        to: value('to'),
        count: value('count'),
        months: value('months'),
        recordTitle: value('recordTitle'),
      })}
    </>
  );
}

interface CreditWarningTableProps extends PagedTableProps<CreditWarningDto> {
  /** Publish / lift, for users who keep the warnings; absent: read-only. */
  onAction?: (warning: CreditWarningDto, action: 'publish' | 'lift') => void;
  showAssociation?: boolean;
  showEnterprise?: boolean;
}

export function CreditWarningTable({
  onAction,
  showAssociation = false,
  showEnterprise = true,
  ...table
}: CreditWarningTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const none = t('common.none');
  const columns: TableColumnsType<CreditWarningDto> = partyColumns({
    enterprise: showEnterprise ? t('creditConsole.warnings.fields.enterprise') : undefined,
    association: showAssociation ? t('creditConsole.warnings.fields.association') : undefined,
  });
  columns.push(
    {
      key: 'level',
      title: t('creditConsole.warnings.fields.level'),
      render: (_, row) => <CreditWarningLevelTag level={row.level} />,
    },
    {
      key: 'reason',
      title: t('creditConsole.warnings.fields.reason'),
      render: (_, row) => (
        <div style={{ maxWidth: 360 }}>
          <Typography.Text strong>{t(`creditConsole.enums.warningRule.${row.rule}`)}</Typography.Text>
          <br />
          {row.recordId ? (
            <Link to={`/console/credit/records/${row.recordId}`}>
              <CreditWarningReason warning={row} />
            </Link>
          ) : (
            <CreditWarningReason warning={row} />
          )}
          {row.liftReason ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('creditConsole.warnings.fields.liftReason')}：{row.liftReason}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    {
      key: 'status',
      title: t('creditConsole.warnings.fields.status'),
      render: (_, row) => <CreditWarningStatusTag status={row.status} />,
    },
    {
      key: 'createdAt',
      title: t('creditConsole.warnings.fields.createdAt'),
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
    {
      key: 'publishedAt',
      title: t('creditConsole.warnings.fields.publishedAt'),
      render: (_, row) => formatDateTime(row.publishedAt, locale) ?? none,
    },
  );
  if (onAction) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, row) => (
        <Space size={0} wrap>
          {row.status === 'issued' ? (
            <Button type="link" size="small" onClick={() => onAction(row, 'publish')} data-action="publish">
              {t('creditConsole.warnings.publish')}
            </Button>
          ) : null}
          {row.status !== 'lifted' ? (
            <Button type="link" size="small" danger onClick={() => onAction(row, 'lift')} data-action="lift">
              {t('creditConsole.warnings.lift')}
            </Button>
          ) : null}
        </Space>
      ),
    });
  }
  return <DataTable<CreditWarningDto> {...table} columns={columns} />;
}
