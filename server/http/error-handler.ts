// The only place errors become responses: { error: { code, message, messageEn, details?, requestId } }.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import { validationDetails } from './validation-messages.ts';

type Known = { status: number; code: string; vi: string; en: string };

const FASTIFY_ERRORS: Record<string, Known> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'request.invalid_json',
    vi: 'Nội dung gửi lên không phải JSON hợp lệ.',
    en: 'The body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'request.empty_body',
    vi: 'Thiếu nội dung gửi lên.',
    en: 'The body is empty.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'request.too_large',
    vi: 'Nội dung gửi lên quá lớn.',
    en: 'The body is too large.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'request.unsupported_media_type',
    vi: 'Chỉ nhận nội dung dạng application/json.',
    en: 'Only application/json is accepted.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'request.invalid_length',
    vi: 'Độ dài nội dung không khớp.',
    en: 'Content length mismatch.',
  },
};

/** The fields of a PostgreSQL error worth a log line; `detail` is left out, as it quotes the row's values. */
const DATABASE_FIELDS = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'routine'] as const;

/**
 * What the log keeps of an unexpected error. A failed query keeps its SQL and the database's error code, never
 * its parameters: they may carry a member's secret-ballot choice or personal data, and Drizzle also writes them
 * into the message (and so the stack) of its error.
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof Error) || !('params' in error) || !('query' in error) || typeof error.query !== 'string') {
    return error;
  }
  const query = error.query;
  const message = `Failed query: ${query}`;
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  const cause = error.cause as Record<string, unknown> | undefined;
  const logged = Object.assign(new Error(message), {
    query,
    database:
      cause && typeof cause === 'object'
        ? Object.fromEntries(
            [['message', cause.message], ...DATABASE_FIELDS.map((field) => [field, cause[field]])].filter(
              ([, value]) => value !== undefined,
            ),
          )
        : undefined,
  });
  logged.name = error.name;
  logged.stack = [`${error.name}: ${message}`, ...frames].join('\n');
  return logged;
}

/** `spa`: unknown GET pages outside /api answer with the web app, whose router shows them. */
export function registerErrorHandling(app: FastifyInstance, options: { spa: boolean }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const requestId = request.id;
    if (error instanceof AppError) {
      if (
        error.status === 429 &&
        error.details &&
        typeof error.details === 'object' &&
        'retryAfterSeconds' in error.details
      ) {
        void reply.header('Retry-After', String(error.details.retryAfterSeconds));
      }
      return reply.status(error.status).send({
        error: {
          code: error.code,
          message: error.messageVi,
          messageEn: error.messageEn,
          details: error.details,
          requestId,
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.status(400).send({
        error: {
          code: 'request.invalid',
          message: 'Dữ liệu gửi lên không hợp lệ.',
          messageEn: 'The request is not valid.',
          details: validationDetails(error.validation, error.validationContext),
          requestId,
        },
      });
    }
    const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
    if (known) {
      return reply
        .status(known.status)
        .send({ error: { code: known.code, message: known.vi, messageEn: known.en, requestId } });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.status(error.statusCode).send({
        error: { code: 'request.rejected', message: 'Yêu cầu không hợp lệ.', messageEn: error.message, requestId },
      });
    }
    request.log.error({ err: loggableError(error) }, 'unhandled error');
    return reply.status(500).send({
      error: {
        code: 'server.error',
        message: 'Lỗi máy chủ. Vui lòng thử lại sau.',
        messageEn: 'Server error. Please try again later.',
        requestId,
      },
    });
  });

  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/');
    if (options.spa && !isApi && request.method === 'GET' && request.url !== '/healthz') {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({
      error: {
        code: 'route.not_found',
        message: `Không có đường dẫn ${request.method} ${request.url.split('?')[0]}.`,
        messageEn: `No route ${request.method} ${request.url.split('?')[0]}.`,
        requestId: request.id,
      },
    });
  });
}
