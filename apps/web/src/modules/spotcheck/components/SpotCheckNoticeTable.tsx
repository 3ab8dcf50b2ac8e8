import type { SpotCheckNoticeDto } from '@gongzhi/contracts';
import { type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale, formatNumber } from '../../../lib/format';
import { DataTable, type PagedTableProps } from '../../../ui/DataTable';
import { RateText, SpotCheckLevelTag } from './SpotCheckTags';

interface NoticeTableProps extends PagedTableProps<SpotCheckNoticeDto> {
  /** The count of results still without an enterprise (for those who match them). */
  showUnmatched?: boolean;
}

/** The imported notices: number, title, level, date, category, batches and the non-conformity rate. */
export function SpotCheckNoticeTable({ showUnmatched = false, ...table }: NoticeTableProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const columns: TableColumnsType<SpotCheckNoticeDto> = [
    {
      key: 'noticeNo',
      title: t('spotCheckConsole.notices.fields.noticeNo'),
      render: (_, row) => (
        <Link to={`/console/spot-checks/notices/${row.id}`} data-testid="notice-link">
          {row.noticeNo}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('spotCheckConsole.notices.fields.title'),
      render: (_, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.title }} style={{ margin: 0, maxWidth: 320 }}>
          {row.title}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'level',
      title: t('spotCheckConsole.notices.fields.level'),
      render: (_, row) => <SpotCheckLevelTag level={row.level} />,
    },
    { key: 'publishedOn', title: t('spotCheckConsole.notices.fields.publishedOn'), dataIndex: 'publishedOn' },
    {
      key: 'productCategory',
      title: t('spotCheckConsole.notices.fields.productCategory'),
      dataIndex: 'productCategory',
    },
    {
      key: 'batchesInspected',
      title: t('spotCheckConsole.notices.fields.batchesInspected'),
      align: 'right',
      render: (_, row) => formatNumber(row.batchesInspected, locale),
    },
    {
      key: 'batchesUnqualified',
      title: t('spotCheckConsole.notices.fields.batchesUnqualified'),
      align: 'right',
      render: (_, row) => formatNumber(row.batchesUnqualified, locale),
    },
    {
      key: 'rate',
      title: t('spotCheckConsole.notices.fields.rate'),
      align: 'right',
      render: (_, row) => <RateText rate={row.nonConformityRate} />,
    },
  ];
  if (showUnmatched) {
    columns.push({
      key: 'unmatchedCount',
      title: t('spotCheckConsole.notices.fields.unmatchedCount'),
      align: 'right',
      render: (_, row) =>
        row.unmatchedCount > 0 ? (
          <Link to={`/console/spot-checks/unmatched?noticeId=${row.id}`}>
            {formatNumber(row.unmatchedCount, locale)}
          </Link>
        ) : (
          formatNumber(0, locale)
        ),
    });
  }
  return <DataTable<SpotCheckNoticeDto> {...table} columns={columns} />;
}
