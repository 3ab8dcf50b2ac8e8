import type { TFunction } from 'i18next';
import { isApiError } from './http';

/** The text to show for a failed call: the server's own message (already in the user's language) when it sent one. */
export function errorText(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.code === 'network') return t('errors.network');
    if (error.message) return error.message;
  }
  return t('errors.unexpected');
}

export function isStatus(error: unknown, ...statuses: number[]): boolean {
  return isApiError(error) && statuses.includes(error.status);
}
