/**
 * The one error type users can act on. Its code is stable (clients and tests match on it), its message is
 * Swedish and names the exact place; the HTTP layer maps the code to a status and never leaks a stack.
 */

export const ERROR_STATUS = {
  VALIDATION: 400,
  IMPORT_INVALID: 422,
  UNAUTHENTICATED: 401,
  CSRF: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  /** Too many failed logins (issue 11): wait as the Retry-After header says. */
  THROTTLED: 429,
  FIGURES_OUT_OF_RANGE: 422,
  /** Issue 12: a measure becomes beslutad or utgår only through a decision of a body allowed to decide it. */
  DECISION_RULE: 422,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  /** Where: a field path (`effects.2.amount`) or a cell (`Åtgärder!H12`). */
  field?: string;
  cell?: string;
  line?: number;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  /** For VERSION_CONFLICT: the current state the client must reconcile with. */
  readonly current: unknown;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: ErrorDetail[]; current?: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = options.details ?? [];
    this.current = options.current;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} finns inte`);
}

export function forbidden(message = 'Du saknar behörighet för detta'): AppError {
  return new AppError('FORBIDDEN', message);
}
