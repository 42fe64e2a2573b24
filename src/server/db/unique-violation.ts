import type { AppError } from '../errors';

/** SQLSTATE 23505: a row with the same unique key exists (PostgreSQL and PGlite report it alike). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/**
 * Runs a write whose uniqueness a use-case has already checked. Two requests can pass that check at once on
 * PostgreSQL; the database's unique index then refuses the later one, which must get the same Swedish
 * conflict as the check would have given it (issue 11), not a 500.
 */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, conflict: () => AppError): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
