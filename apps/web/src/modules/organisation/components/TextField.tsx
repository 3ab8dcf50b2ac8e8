import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/format';
import { maxRule, requiredRule } from './fieldRules';

interface TextFieldProps {
  /** Form name path, e.g. 'name' or ['enterprise', 'name']. */
  name: string | (string | number)[];
  label: ReactNode;
  /** The longest text the server accepts. */
  max: number;
  required?: boolean;
  /** A text area of this many rows, with a character count, instead of a one-line input. */
  rows?: number;
}

/** A free-text form field with the server's length limit (and, if required, its "required" message). */
export function TextField({ name, label, max, required = false, rows }: TextFieldProps) {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const rules = required ? [requiredRule(locale), maxRule(locale, max)] : [maxRule(locale, max)];
  return (
    <Form.Item name={name} label={label} rules={rules}>
      {rows ? <Input.TextArea rows={rows} maxLength={max} showCount /> : <Input maxLength={max} />}
    </Form.Item>
  );
}
