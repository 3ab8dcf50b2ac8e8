import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface ListParams<F extends string> {
  page: number;
  pageSize: number;
  filters: Record<F, string | undefined>;
  /** True when any filter is set: an empty list then says "no match" instead of "no data". */
  filtered: boolean;
}

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/**
 * Paging and filters kept in the URL (so back/forward and shared links keep the list state).
 * Changing a filter returns to page 1.
 */
export function useListParams<F extends string>(filterNames: readonly F[], defaultPageSize = 20) {
  const [search, setSearch] = useSearchParams();
  const key = filterNames.join(',');

  const params = useMemo<ListParams<F>>(() => {
    const filters = {} as Record<F, string | undefined>;
    for (const name of key.split(',') as F[]) filters[name] = search.get(name) || undefined;
    return {
      page: positiveInt(search.get('page'), 1),
      pageSize: positiveInt(search.get('pageSize'), defaultPageSize),
      filters,
      filtered: Object.values<string | undefined>(filters).some(Boolean),
    };
  }, [search, key, defaultPageSize]);

  const setFilters = useCallback(
    (changes: Partial<Record<F, string | undefined>>) => {
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [name, value] of Object.entries(changes) as [string, string | undefined][]) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );

  const setPage = useCallback(
    (page: number, pageSize?: number) => {
      setSearch((prev) => {
        const next = new URLSearchParams(prev);
        if (page > 1) next.set('page', String(page));
        else next.delete('page');
        if (pageSize && pageSize !== defaultPageSize) next.set('pageSize', String(pageSize));
        else if (pageSize) next.delete('pageSize');
        return next;
      });
    },
    [setSearch, defaultPageSize],
  );

  /** The props of a filter's control (labelled by its placeholder); clearing the control removes the filter. */
  const filterProps = useCallback(
    <V extends string = string>(name: F, placeholder: string) => ({
      allowClear: true,
      placeholder,
      value: params.filters[name] as V | undefined,
      onChange: (value: V | null | undefined) =>
        setFilters({ [name]: value ?? undefined } as Partial<Record<F, string | undefined>>),
    }),
    [params, setFilters],
  );

  return { ...params, setFilters, setPage, filterProps };
}
