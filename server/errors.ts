// One error type for the whole server: an English code, an HTTP status, Vietnamese and English messages.

export type ErrorDetail = { field?: string; row?: number; message: string; messageEn: string };

/** Thrown by services; only the HTTP error handler turns it into a response. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageVi: string,
    readonly messageEn: string,
    readonly details?: unknown,
  ) {
    super(messageEn);
  }
}

/** "Not found or no access" is one answer, so a record's existence is never revealed. */
export function notFound(entity: string): AppError {
  return new AppError(
    404,
    `${entity}.not_found`,
    'Không tìm thấy hoặc bạn không có quyền truy cập.',
    'Not found, or you have no access to it.',
  );
}

export function forbidden(): AppError {
  return new AppError(403, 'auth.forbidden', 'Bạn không có quyền thực hiện thao tác này.', 'You may not do this.');
}

export function badRequest(code: string, messageVi: string, messageEn: string, details?: unknown): AppError {
  return new AppError(400, code, messageVi, messageEn, details);
}

export function conflict(code: string, messageVi: string, messageEn: string, details?: unknown): AppError {
  return new AppError(409, code, messageVi, messageEn, details);
}

/** A failure at start that deserves one clear line and an exit code, not a stack trace. */
export class AppStartError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
