import type { FieldError } from '@gongzhi/contracts';
import { isApiError } from './http';

export interface GroupedFieldErrors<F extends string> {
  /** The messages for each form field, in the server's order. */
  byField: Partial<Record<F, string>>;
  /** Field errors that belong to no field of the form (shown above it). */
  unmatched: FieldError[];
}

/**
 * Groups a 400's field messages by the form field that shows them. `fieldOf` names that field for a
 * server path (e.g. `attachments.2.contentBase64` → `attachments`), or null when the form has none.
 * Several messages for one field are joined.
 */
export function groupFieldErrors<F extends string>(
  fields: readonly FieldError[],
  fieldOf: (path: string) => F | null,
  separator = '；',
): GroupedFieldErrors<F> {
  const collected = new Map<F, string[]>();
  const unmatched: FieldError[] = [];
  for (const error of fields) {
    const field = fieldOf(error.field);
    if (field === null) {
      unmatched.push(error);
      continue;
    }
    const list = collected.get(field) ?? [];
    if (!list.includes(error.message)) list.push(error.message);
    collected.set(field, list);
  }
  const byField: Partial<Record<F, string>> = {};
  for (const [field, messages] of collected) byField[field] = messages.join(separator);
  return { byField, unmatched };
}

/** The field errors of a failed call (none unless it is an API error with fields). */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return isApiError(error) ? error.fields : [];
}
