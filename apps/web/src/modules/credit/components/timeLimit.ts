import { isApiError } from '../../../lib/http';

/** A refusal because of a date: too late (the objection window closed) or too early (repair not yet possible). */
export interface TimeLimit {
  code: 'too_late' | 'too_early';
  /** The date the server named (YYYY-MM-DD), when it named one. */
  date: string | null;
}

export function timeLimitOf(error: unknown): TimeLimit | null {
  if (!isApiError(error) || (error.code !== 'too_late' && error.code !== 'too_early')) return null;
  const date = error.params.date;
  return { code: error.code, date: date === undefined ? null : String(date) };
}
