import { useState } from 'react';
import type { PagedTableProps } from '../../../ui/DataTable';

/** Paging in the browser for a list that arrived whole (an archive's records, warnings, …). */
export function useLocalPage<T>(items: readonly T[] | undefined, loading = false, pageSize = 10): PagedTableProps<T> {
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(pageSize);
  const all = items ?? [];
  const pages = Math.max(1, Math.ceil(all.length / size));
  const current = Math.min(page, pages);
  return {
    data: items
      ? {
          items: all.slice((current - 1) * size, current * size),
          page: current,
          pageSize: size,
          total: all.length,
          totalIsLowerBound: false,
        }
      : undefined,
    loading,
    onPageChange: (next, nextSize) => {
      setPage(next);
      setSize(nextSize);
    },
  };
}
