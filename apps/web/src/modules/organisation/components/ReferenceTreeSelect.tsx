import { TreeSelect } from 'antd';
import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { buildReferenceTree, type ReferenceItem } from './referenceTree';

interface ReferenceTreeSelectProps {
  items: readonly ReferenceItem[] | undefined;
  loading: boolean;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
  style?: CSSProperties;
}

/** A searchable tree of reference codes (divisions, industries); search matches code or name. */
export function ReferenceTreeSelect({ items, loading, value, onChange, ...rest }: ReferenceTreeSelectProps) {
  const tree = useMemo(() => buildReferenceTree(items ?? []), [items]);
  return (
    <TreeSelect
      {...rest}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      loading={loading}
      treeData={tree}
      showSearch={{
        filterTreeNode: (input, node) => String((node as { search?: string }).search ?? '').includes(input.trim()),
      }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto', maxWidth: '90vw' } } }}
      virtual
    />
  );
}
