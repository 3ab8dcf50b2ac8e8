import type { ErrorCode, FieldError } from '@gongzhi/contracts';
import { getLocale } from './locale';

export const API_BASE = '/api/v1';

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

/** A failed API call: the server's error body, or `network` when no answer came back. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'network' | 'unexpected';
  readonly fields: FieldError[];
  readonly requestId: string | undefined;
  /** The values the server made its message from (e.g. the `date` of a `too_late` or `too_early`). */
  readonly params: Record<string, string | number>;

  constructor(
    status: number,
    code: ErrorCode | 'network' | 'unexpected',
    message: string,
    fields: FieldError[] = [],
    requestId?: string,
    params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.requestId = requestId;
    this.params = params;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

type UnauthenticatedHandler = (error: ApiError) => void;
let unauthenticatedHandler: UnauthenticatedHandler | null = null;

/** Called when a session ends mid-use (401 `unauthenticated`); returns an unsubscribe function. */
export function onUnauthenticated(handler: UnauthenticatedHandler): () => void {
  unauthenticatedHandler = handler;
  return () => {
    if (unauthenticatedHandler === handler) unauthenticatedHandler = null;
  };
}

export function toQueryString(params: QueryParams | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

interface ErrorPayload {
  error?: {
    code?: ErrorCode;
    message?: string;
    fields?: FieldError[];
    requestId?: string;
    params?: Record<string, string | number>;
  };
}

function toApiError(status: number, payload: unknown): ApiError {
  const body = (payload ?? {}) as ErrorPayload;
  const err = body.error;
  if (err?.code && err.message) {
    return new ApiError(status, err.code, err.message, err.fields ?? [], err.requestId, err.params ?? {});
  }
  return new ApiError(status, 'unexpected', '');
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The ApiError of a failed answer; a 401 also ends the session (the app's handler). */
function failure(response: Response, payload: unknown): ApiError {
  const error = toApiError(response.status, payload);
  if (error.code === 'unauthenticated') unauthenticatedHandler?.(error);
  return error;
}

export interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLocale() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${toQueryString(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', '');
  }
  const payload = await readJson(response);
  if (!response.ok) throw failure(response, payload);
  return payload as T;
}

/**
 * POSTs a file as the raw request body (not JSON) with its own Content-Type; the rest goes in the
 * query. Failures are ApiErrors like every other call, and a 401 ends the session the same way.
 */
export async function uploadFile<T>(path: string, file: Blob, contentType: string, query?: QueryParams): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${toQueryString(query)}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': getLocale(), 'Content-Type': contentType },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, 'network', '');
  }
  const payload = await readJson(response);
  if (!response.ok) throw failure(response, payload);
  return payload as T;
}

/** A file the server sent (an export, an attachment). */
export interface DownloadedFile {
  blob: Blob;
  /** From Content-Disposition; null when the server named none. */
  filename: string | null;
}

/** The file name of a Content-Disposition header (RFC 6266: `filename*` in UTF-8 wins over `filename`). */
export function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2] ?? '').trim();
  return name || null;
}

/** GETs a file; failures are ApiErrors like every other call. */
export async function download(path: string, query?: QueryParams): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}${toQueryString(query)}`, {
      headers: { 'Accept-Language': getLocale() },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', '');
  }
  if (!response.ok) throw failure(response, await readJson(response));
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition')) };
}

/** Hands a downloaded file to the browser's save dialog. */
export function saveFile(file: DownloadedFile, fallbackName: string): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const http = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
