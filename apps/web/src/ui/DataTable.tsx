import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, formatTotal } from '../lib/format';
import { EmptyState } from './EmptyState';

/** One page of a server-paged list (contracts' PageOf). */
export interface PageData<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  totalIsLowerBound: boolean;
}

/** What a list page hands to its table: the current page, loading state and paging. */
export interface PagedTableProps<T> {
  data: PageData<T> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  /** True when filters are active: the empty state then says "no match" instead of "no data". */
  filtered?: boolean;
}

type DataTableProps<T> = PagedTableProps<T> & Omit<TableProps<T>, 'dataSource' | 'pagination' | 'onChange' | 'loading'>;

/** A server-paged table: page, page size and total from a Page<T>; "1,000+" when the total is a lower bound. */
export function DataTable<T extends object>({ data, loading, onPageChange, filtered, ...rest }: DataTableProps<T>) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  // A lower bound that this page already reaches (a look-ahead page with nothing after it) is the exact total.
  const lowerBound = data
    ? data.totalIsLowerBound && data.total > (data.page - 1) * data.pageSize + data.items.length
    : false;
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      scroll={{ x: 'max-content' }}
      {...rest}
      loading={loading}
      dataSource={data?.items ?? []}
      locale={{ emptyText: loading ? ' ' : <EmptyState filtered={filtered} /> }}
      pagination={
        data && (data.total > 0 || data.page > 1)
          ? {
              current: data.page,
              pageSize: data.pageSize,
              total: lowerBound ? data.total + data.pageSize : data.total,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: () =>
                t(lowerBound ? 'common.totalLowerBound' : 'common.total', {
                  total: formatTotal(data.total, false, locale),
                }),
              onChange: onPageChange,
            }
          : false
      }
    />
  );
}
