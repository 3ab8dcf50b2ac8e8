import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useProductCategories } from '../hooks/useSpotCheckAnalysis';

interface CategorySelectProps {
  value?: string | string[] | null;
  onChange?: (value: string | string[] | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Pick several (a report's charts). */
  multiple?: boolean;
  maxCount?: number;
  id?: string;
  style?: CSSProperties;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** The product categories that have results (from the analysis by category), searchable. */
export function CategorySelect({ multiple = false, value, onChange, ...rest }: CategorySelectProps) {
  const { categories, loading } = useProductCategories();
  const options = categories.map((category) => ({ value: category.key, label: category.label || category.key }));
  // A value from the address or a prefill is kept even when the list does not have it (yet).
  for (const current of Array.isArray(value) ? value : value ? [value] : []) {
    if (!options.some((option) => option.value === current)) options.unshift({ value: current, label: current });
  }
  return (
    <Select<string | string[]>
      {...rest}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? undefined)}
      options={options}
    />
  );
}
