import type { AuditEventDto } from '@gongzhi/contracts';
import { type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime } from '../../../lib/format';
import type { AuditEventPage } from '../../../lib/types';
import { DataTable } from '../../../ui/DataTable';
import { JsonDiff } from './JsonDiff';

interface AuditTableProps {
  data: AuditEventPage | undefined;
  loading: boolean;
  filtered: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

export function AuditTable({ data, loading, filtered, onPageChange }: AuditTableProps) {
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
      columns={columns}
      data={data}
      loading={loading}
      filtered={filtered}
      onPageChange={onPageChange}
      expandable={{ expandedRowRender: (row) => <JsonDiff before={row.before} after={row.after} /> }}
    />
  );
}
