import { Card } from 'antd';
import type { ReactNode } from 'react';
import type { PageData, PagedTableProps } from './DataTable';
import { ErrorState } from './ErrorState';

interface ListCardProps<T> {
  /** The filters above the table. */
  toolbar: ReactNode;
  /** The list's query. */
  result: {
    data: PageData<T> | undefined;
    isError: boolean;
    error: unknown;
    isFetching: boolean;
    refetch: () => unknown;
  };
  /** The list's URL state (see `useListParams`). */
  list: { filtered: boolean; setPage: (page: number, pageSize?: number) => void };
  /** The table, given the page, the loading state and paging. */
  children: (table: PagedTableProps<T>) => ReactNode;
}

/** A console list: filters, then the table, or the reason the list could not load. */
export function ListCard<T>({ toolbar, result, list, children }: ListCardProps<T>) {
  return (
    <Card>
      {toolbar}
      {result.isError ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        children({ data: result.data, loading: result.isFetching, filtered: list.filtered, onPageChange: list.setPage })
      )}
    </Card>
  );
}
