import {
  type ErrorBody,
  errorMessage,
  type FieldError,
  type FieldIssue,
  fieldMessage,
  type Locale,
  pickLocale,
} from '@gongzhi/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldProblem } from '../kernel/app-error.js';

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

const CONTEXT_PREFIX: Record<string, string> = { body: '', querystring: '', params: '', headers: 'header.' };

function pathToField(instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (extra) parts.push(extra);
  return parts.join('.');
}

export const TYPE_NAMES: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    string: '文本',
    integer: '整数',
    number: '数字',
    boolean: '是/否',
    object: '对象',
    array: '列表',
    null: '空',
  },
  'en-US': {
    string: 'text',
    integer: 'integer',
    number: 'number',
    boolean: 'boolean',
    object: 'object',
    array: 'list',
    null: 'null',
  },
};

/** Turns ajv's errors into one problem per field, the most specific first. */
export function problemsFromAjv(errors: AjvError[], context: string, locale: Locale): FieldProblem[] {
  const byField = new Map<string, AjvError[]>();
  for (const error of errors) {
    let field: string;
    if (error.keyword === 'required') field = pathToField(error.instancePath, String(error.params.missingProperty));
    else if (error.keyword === 'additionalProperties')
      field = pathToField(error.instancePath, String(error.params.additionalProperty));
    else field = pathToField(error.instancePath);
    field = `${CONTEXT_PREFIX[context] ?? ''}${field}` || context;
    const list = byField.get(field) ?? [];
    list.push(error);
    byField.set(field, list);
  }
  const problems: FieldProblem[] = [];
  for (const [field, list] of byField) {
    const consts = list.filter((e) => e.keyword === 'const' || e.keyword === 'enum');
    if (consts.length > 0) {
      const allowed = consts.flatMap((e) =>
        e.keyword === 'const'
          ? [String(e.params.allowedValue)]
          : ((e.params.allowedValues as unknown[]) ?? []).map(String),
      );
      problems.push({ field, issue: 'one_of', params: { allowed: allowed.join(', ') } });
      continue;
    }
    const specific = list.find((e) => !['type', 'anyOf', 'oneOf', 'if'].includes(e.keyword)) ?? list[0];
    if (!specific) continue;
    problems.push(problemOf(field, specific, locale));
  }
  return problems;
}

function problemOf(field: string, e: AjvError, locale: Locale): FieldProblem {
  const limit = Number(e.params.limit);
  switch (e.keyword) {
    case 'required':
      return { field, issue: 'required' };
    case 'additionalProperties':
      return { field, issue: 'unknown_field' };
    case 'maxLength':
      return { field, issue: 'too_long', params: { limit } };
    case 'minLength':
      return limit <= 1 ? { field, issue: 'required' } : { field, issue: 'too_short', params: { limit } };
    case 'pattern':
      return { field, issue: 'pattern' };
    case 'format':
      return { field, issue: 'format', params: { format: String(e.params.format) } };
    case 'minimum':
    case 'exclusiveMinimum':
      return { field, issue: 'too_small', params: { limit } };
    case 'maximum':
    case 'exclusiveMaximum':
      return { field, issue: 'too_large', params: { limit } };
    case 'type': {
      const type = String(e.params.type).split(',')[0] ?? 'string';
      return { field, issue: 'type', params: { type: TYPE_NAMES[locale][type] ?? type } };
    }
    default:
      return { field, issue: 'pattern' };
  }
}

export function localeOf(request: FastifyRequest): Locale {
  return pickLocale(request.headers['accept-language']);
}

function body(locale: Locale, error: AppError, requestId: string): ErrorBody {
  const fields: FieldError[] = error.fields.map((f) => ({
    field: f.field,
    issue: f.issue as FieldIssue,
    message: fieldMessage(locale, f.issue, f.params),
    ...(f.params ? { params: f.params } : {}),
  }));
  return {
    error: {
      code: error.code,
      message: errorMessage(locale, error.code, { ...error.params, requestId }),
      requestId,
      ...(fields.length ? { fields } : {}),
      ...(Object.keys(error.params).length ? { params: error.params } : {}),
    },
  };
}

export function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError): FastifyReply {
  return reply
    .status(error.status)
    .type('application/json; charset=utf-8')
    .send(body(localeOf(request), error, request.id));
}

/** One central error handler: stable codes, field messages in the caller's language, no 5xx internals. */
export function registerErrorHandling(app: FastifyInstance, bodyLimitBytes: number): void {
  app.setErrorHandler(
    (error: FastifyError & { validation?: AjvError[]; validationContext?: string }, request, reply) => {
      const locale = localeOf(request);
      if (error instanceof AppError) return sendError(reply, request, error);
      if (error.validation) {
        const problems = problemsFromAjv(error.validation, error.validationContext ?? 'body', locale);
        return sendError(reply, request, new AppError('validation_failed', problems));
      }
      switch (error.code) {
        case 'FST_ERR_CTP_INVALID_JSON_BODY':
        case 'FST_ERR_CTP_EMPTY_JSON_BODY':
          return sendError(reply, request, AppError.validation('body', 'malformed_json'));
        case 'FST_ERR_CTP_BODY_TOO_LARGE':
          return sendError(
            reply,
            request,
            // The route's own limit when it has one (the complaint intake takes attachments).
            new AppError('payload_too_large', [], {
              limit: `${Math.round((request.routeOptions.bodyLimit ?? bodyLimitBytes) / 1024)} KB`,
            }),
          );
        case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
          return sendError(reply, request, new AppError('unsupported_media_type'));
      }
      if (error instanceof SyntaxError || error.statusCode === 400) {
        return sendError(reply, request, AppError.validation('body', 'malformed_json'));
      }
      if (error.statusCode === 404) return sendError(reply, request, new AppError('not_found'));
      if (error.statusCode === 429) return sendError(reply, request, new AppError('rate_limited'));
      request.log.error({ err: error }, 'unhandled error');
      return sendError(reply, request, new AppError('internal'));
    },
  );
}
