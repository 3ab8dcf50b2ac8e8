import { ERROR_STATUS, type ErrorCode, type FieldIssue } from '@gongzhi/contracts';

export interface FieldProblem {
  field: string;
  issue: FieldIssue;
  params?: Record<string, string | number>;
}

/** The one application error: a stable code, optional field problems and message parameters. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly fields: FieldProblem[] = [],
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }

  static validation(field: string, issue: FieldIssue, params?: Record<string, string | number>): AppError {
    return new AppError('validation_failed', [{ field, issue, ...(params ? { params } : {}) }]);
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
export const versionConflict = () => new AppError('version_conflict');
