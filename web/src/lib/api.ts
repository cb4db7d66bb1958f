// The one way the web app talks to the server: JSON over fetch, the session cookie, the CSRF header
// on writes, and every failure turned into an ApiError the screens can show in Vietnamese or English.

import { en } from '../i18n/en.ts';
import { vi } from '../i18n/vi.ts';

const API_BASE = '/api/v1';

/** One field the server rejected, as the error envelope names it. */
export interface ApiFieldError {
  field: string;
  message: string;
  messageEn: string;
}

/** A failed API call: the server's code and messages, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageEn: string;
  readonly details: unknown;
  readonly requestId: string | null;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    messageEn: string;
    details?: unknown;
    requestId?: string | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.messageEn = init.messageEn;
    this.details = init.details;
    this.requestId = init.requestId ?? null;
  }

  /** The field errors of a validation failure, when the server named fields. */
  get fieldErrors(): ApiFieldError[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is ApiFieldError => typeof d === 'object' && d !== null && typeof (d as ApiFieldError).field === 'string',
    );
  }
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** Remembers the token from a login or /auth/me answer; writes send it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Lets the app react once to an expired session (401 on any call) by returning to the login page. */
export function onUnauthorized(handler: () => void): () => void {
  unauthorizedHandler = handler;
  return () => {
    if (unauthorizedHandler === handler) unauthorizedHandler = null;
  };
}

type QueryValue = string | number | boolean | null | undefined;

/** Builds '?a=1&b=x' from the defined values only. */
export function toQueryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

interface RequestOptions {
  /** For calls where 401 is an answer, not an expired session (login, the first /auth/me). */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
}

async function request<T>(method: string, path: string, body: unknown, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const isWrite = method !== 'GET';
  if (isWrite) {
    headers['Content-Type'] = 'application/json';
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: isWrite ? JSON.stringify(body ?? {}) : undefined,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({
      status: 0,
      code: 'network.unreachable',
      message: vi.common.networkError,
      messageEn: en.common.networkError,
    });
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;

  const error = toApiError(response.status, payload);
  if (response.status === 401 && !options.allowUnauthorized) unauthorizedHandler?.();
  throw error;
}

function toApiError(status: number, payload: unknown): ApiError {
  const envelope = (payload as { error?: Record<string, unknown> } | null)?.error;
  if (envelope && typeof envelope.message === 'string') {
    return new ApiError({
      status,
      code: String(envelope.code ?? 'unknown'),
      message: envelope.message,
      messageEn: typeof envelope.messageEn === 'string' ? envelope.messageEn : envelope.message,
      details: envelope.details,
      requestId: typeof envelope.requestId === 'string' ? envelope.requestId : null,
    });
  }
  if (status === 404) {
    return new ApiError({
      status,
      code: 'not_found',
      message: vi.common.notFound,
      messageEn: en.common.notFound,
    });
  }
  return new ApiError({
    status,
    code: 'http.' + status,
    message: vi.common.serverError(status),
    messageEn: en.common.serverError(status),
  });
}

/** The typed verbs every feature's hooks use. */
export const api = {
  get: <T>(path: string, options: RequestOptions = {}) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body: unknown = {}, options: RequestOptions = {}) => request<T>('POST', path, body, options),
  patch: <T>(path: string, body: unknown = {}) => request<T>('PATCH', path, body, {}),
  put: <T>(path: string, body: unknown = {}) => request<T>('PUT', path, body, {}),
  delete: <T>(path: string) => request<T>('DELETE', path, {}, {}),
};
