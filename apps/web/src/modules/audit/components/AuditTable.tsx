import type { AuditEventDto } from '@gongzhi/contracts';
import { type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { JsonDiff } from './JsonDiff';

export function AuditTable(table: PagedTableProps<AuditEventDto>) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const columns: TableColumnsType<AuditEventDto> = [
    {
      key: 'occurredAt',
      title: t('audit.fields.occurredAt'),
      render: (_, row) => formatDateTime(row.occurredAt, locale),
    },
    {
      key: 'actor',
      title: t('audit.fields.actor'),
      render: (_, row) => row.actorUsername ?? t('audit.system'),
    },
    {
      key: 'action',
      title: t('audit.fields.action'),
      render: (_, row) => <Typography.Text code>{row.action}</Typography.Text>,
    },
    {
      key: 'target',
      title: t('audit.fields.target'),
      render: (_, row) => (
        <span>
          {row.targetType}
          {row.targetId ? (
            <Typography.Text type="secondary" style={{ fontFamily: 'monospace', marginLeft: 6 }} copyable>
              {row.targetId}
            </Typography.Text>
          ) : null}
        </span>
      ),
    },
    { key: 'ip', title: t('audit.fields.ip'), render: (_, row) => row.ip ?? t('common.none') },
  ];
  return (
    <DataTable<AuditEventDto>
      {...table}
      columns={columns}
      expandable={{ expandedRowRender: (row) => <JsonDiff before={row.before} after={row.after} /> }}
    />
  );
}
