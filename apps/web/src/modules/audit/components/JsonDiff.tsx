import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import { type DiffRow, diffJson, showValue } from './jsonDiff';

const CHANGED_BG = { before: '#fff1f0', after: '#f6ffed' } as const;

/** Before/after of one audit event, changed fields highlighted. */
export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const rows = diffJson(before, after);
  const columns: TableColumnsType<DiffRow> = [
    {
      key: 'path',
      title: t('audit.diff.field'),
      width: 220,
      render: (_, row) => <Typography.Text code>{row.path}</Typography.Text>,
    },
    {
      key: 'before',
      title: t('audit.diff.before'),
      onCell: (row) => ({ style: row.changed ? { background: CHANGED_BG.before } : {} }),
      render: (_, row) => <span style={{ wordBreak: 'break-all' }}>{showValue(row.before)}</span>,
    },
    {
      key: 'after',
      title: t('audit.diff.after'),
      onCell: (row) => ({ style: row.changed ? { background: CHANGED_BG.after } : {} }),
      render: (_, row) => <span style={{ wordBreak: 'break-all' }}>{showValue(row.after)}</span>,
    },
  ];
  return (
    <Table<DiffRow>
      rowKey="path"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: <EmptyState description={t('audit.diff.noChanges')} /> }}
    />
  );
}
