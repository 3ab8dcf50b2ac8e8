import type { ConsumerWarningDto, WarningStatus } from '@gongzhi/contracts';
import { Button, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatDateTime } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';

const COLORS: Record<WarningStatus, string> = { draft: 'default', published: 'success', withdrawn: 'warning' };

interface WarningTableProps extends PagedTableProps<ConsumerWarningDto> {
  onEdit: (warning: ConsumerWarningDto) => void;
  onStatus: (warning: ConsumerWarningDto, status: WarningStatus) => void;
}

export function WarningTable({ onEdit, onStatus, ...table }: WarningTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const none = t('common.none');
  const columns: TableColumnsType<ConsumerWarningDto> = [
    {
      key: 'title',
      title: t('warning.fields.title'),
      render: (_, row) => (
        <div style={{ maxWidth: 360 }}>
          <Typography.Text strong>{row.title}</Typography.Text>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
            {row.body}
          </Typography.Paragraph>
        </div>
      ),
    },
    {
      key: 'status',
      title: t('warning.fields.status'),
      render: (_, row) => <Tag color={COLORS[row.status]}>{t(`enums.warningStatus.${row.status}`)}</Tag>,
    },
    {
      key: 'productCategory',
      title: t('warning.fields.productCategory'),
      render: (_, row) => row.productCategory ?? none,
    },
    { key: 'association', title: t('warning.fields.association'), dataIndex: 'associationName' },
    {
      key: 'publishedAt',
      title: t('warning.fields.publishedAt'),
      render: (_, row) => formatDateTime(row.publishedAt, locale) ?? none,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, row) => (
        <Space size={0} wrap>
          {row.status === 'draft' ? (
            <>
              <Button type="link" size="small" onClick={() => onEdit(row)}>
                {t('common.edit')}
              </Button>
              <Button type="link" size="small" onClick={() => onStatus(row, 'published')}>
                {t('warning.publish')}
              </Button>
            </>
          ) : null}
          {row.status === 'published' ? (
            <Button type="link" size="small" danger onClick={() => onStatus(row, 'withdrawn')}>
              {t('warning.withdraw')}
            </Button>
          ) : null}
          {row.status === 'withdrawn' ? (
            <Button type="link" size="small" onClick={() => onStatus(row, 'published')}>
              {t('warning.publish')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return <DataTable<ConsumerWarningDto> {...table} columns={columns} />;
}
