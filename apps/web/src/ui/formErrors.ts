import type { FieldError } from '@gongzhi/contracts';
import type { FormInstance } from 'antd';
import { isApiError } from '../lib/http';

/** `enterprise.creditCode` → ['enterprise', 'creditCode'] (antd's name path). */
export function toNamePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's 400 field messages next to the matching form items.
 * Returns the field errors that match no form item (to show in the form-level alert).
 */
export function applyServerFieldErrors(form: FormInstance, error: unknown): FieldError[] {
  if (!isApiError(error) || error.fields.length === 0) return [];
  const registered = new Set(form.getFieldsError().map((entry) => entry.name.map(String).join('.')));
  const byField = new Map<string, string[]>();
  const unmatched: FieldError[] = [];
  for (const fieldError of error.fields) {
    if (!registered.has(fieldError.field)) {
      unmatched.push(fieldError);
      continue;
    }
    byField.set(fieldError.field, [...(byField.get(fieldError.field) ?? []), fieldError.message]);
  }
  form.setFields([...byField].map(([field, errors]) => ({ name: toNamePath(field), errors })));
  const first = byField.keys().next();
  if (!first.done) form.scrollToField(toNamePath(first.value), { block: 'center' });
  return unmatched;
}
