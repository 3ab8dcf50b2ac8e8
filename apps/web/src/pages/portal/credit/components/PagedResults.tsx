import type { PageOf } from '@gongzhi/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Pager } from '../../components/Pager';
import { Spinner } from '../../components/Spinner';
import { LoadFailed, StateBox } from '../../components/StateBox';

interface PagedResultsProps<T> {
  result: UseQueryResult<PageOf<T>>;
  /** Shown when the page is empty. */
  emptyTitle: string;
  emptyText?: string;
  /** Above the list (e.g. the number found). */
  head?: (page: PageOf<T>) => ReactNode;
  renderItem: (item: T) => ReactNode;
  itemKey: (item: T) => string;
  onPage: (page: number) => void;
  label?: string;
}

/** Loading, failure, empty and paged states of a public credit list, as the other portal lists show them. */
export function PagedResults<T>({
  result,
  emptyTitle,
  emptyText,
  head,
  renderItem,
  itemKey,
  onPage,
  label,
}: PagedResultsProps<T>) {
  if (result.isPending) return <Spinner />;
  if (result.isError) return <LoadFailed error={result.error} onRetry={() => void result.refetch()} />;
  const data = result.data;
  if (data.items.length === 0) return <StateBox title={emptyTitle} text={emptyText} />;
  return (
    <>
      {head?.(data)}
      <ul className="pt-org-list" aria-busy={result.isFetching} aria-label={label}>
        {data.items.map((item) => (
          <li key={itemKey(item)}>{renderItem(item)}</li>
        ))}
      </ul>
      <Pager
        page={data.page}
        pageSize={data.pageSize}
        total={data.total}
        totalIsLowerBound={data.totalIsLowerBound}
        itemCount={data.items.length}
        onChange={onPage}
      />
    </>
  );
}
