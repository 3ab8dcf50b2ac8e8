import { Input } from 'antd';
import type { CSSProperties } from 'react';
import { useSearchText } from '../lib/useSearchText';

interface SearchInputProps {
  value: string | undefined;
  onSearch: (text: string) => void;
  placeholder?: string;
  style?: CSSProperties;
}

/** Search box for lists: searches after a pause or on Enter, and waits for Chinese input methods to finish. */
export function SearchInput({ value, onSearch, placeholder, style }: SearchInputProps) {
  const search = useSearchText(value, onSearch);
  return (
    <Input.Search
      allowClear
      maxLength={50}
      placeholder={placeholder}
      style={style}
      value={search.value}
      onChange={search.onChange}
      onCompositionStart={search.onCompositionStart}
      onCompositionEnd={search.onCompositionEnd}
      onSearch={(text) => search.submit(text)}
    />
  );
}
