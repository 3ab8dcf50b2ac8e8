import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { SearchInput } from './SearchInput';

/** A list whose `q` filter holds its search text (see `useListParams`). */
interface SearchableList {
  filters: { q: string | undefined };
  setFilters: (changes: { q: string | undefined }) => void;
}

interface ListToolbarProps {
  list: SearchableList;
  searchPlaceholder: string;
  searchWidth?: number;
  /** Further filters, after the search box. */
  children?: ReactNode;
}

/** The search box and filters above a console list, wrapping on narrow screens. */
export function ListToolbar({ list, searchPlaceholder, searchWidth = 300, children }: ListToolbarProps) {
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
      <SearchInput
        value={list.filters.q}
        onSearch={(text) => list.setFilters({ q: text || undefined })}
        placeholder={searchPlaceholder}
        style={{ width: searchWidth, maxWidth: '100%' }}
      />
      {children}
    </Flex>
  );
}
