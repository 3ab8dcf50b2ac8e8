import { Select } from 'antd';
import type { CSSProperties } from 'react';

/** The props every enum select takes (from a Form.Item or a list filter). */
export interface EnumSelectProps<T extends string> {
  value?: T | null | undefined;
  onChange?: (value: T | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  disabled?: boolean;
  id?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

interface Options<T extends string> {
  values: readonly T[];
  /** The i18n label of a value. */
  label: (value: T) => string;
}

/** A select over the values of a contracts enum, labelled through i18n. */
export function EnumSelect<T extends string>({ values, label, value, ...props }: EnumSelectProps<T> & Options<T>) {
  return (
    <Select<T>
      {...props}
      value={value ?? undefined}
      options={values.map((item) => ({ value: item, label: label(item) }))}
    />
  );
}
