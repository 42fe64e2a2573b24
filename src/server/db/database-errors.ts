import { AppError } from '../errors';
import { isUniqueViolation } from './unique-violation';

/** SQLSTATE of a check constraint that refused a row (PostgreSQL and PGlite alike). */
const CHECK_VIOLATION = '23514';

const sqlState = (error: unknown) =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;

/**
 * The database's own guards, as errors users can act on, for every path that writes (API, CLI, demo): a
 * save that raced the close of its round, a unique key two writes claimed at once, a value a check
 * constraint refused (issue 11: never a 500 or a stack trace). Undefined for anything else.
 */
export function databaseErrorOf(error: unknown): AppError | undefined {
  const closed = /period (\d{4}-\d{2}) is closed/.exec(error instanceof Error ? error.message : '');
  if (closed) return new AppError('CONFLICT', `Perioden ${closed[1]} har stängts; inget har sparats`);
  if (isUniqueViolation(error)) {
    return new AppError(
      'CONFLICT',
      'Uppgiften finns redan (någon sparade samma sak samtidigt); ladda om och försök igen',
    );
  }
  if (sqlState(error) === CHECK_VIOLATION) {
    const constraint = (error as { constraint?: unknown }).constraint;
    return new AppError(
      'VALIDATION',
      `Ett värde ligger utanför det tillåtna${typeof constraint === 'string' ? ` (${constraint})` : ''}; inget har sparats`,
    );
  }
  return undefined;
}
