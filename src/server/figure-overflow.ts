import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './errors';

/**
 * Issue 11, item 3: a figure that cannot be shown exactly — a sum beyond 2^53 (the database driver refuses it,
 * connect.ts), beyond PostgreSQL's bigint (SQLSTATE 22003), or beyond the 10^15 kr a figure may hold (the
 * answer's schema refuses it) — is answered as a clear error rather than 500. Since the write paths keep every
 * tenant's amounts within FIGURE_LIMIT_KRONOR this only happens with data stored before that limit existed.
 */
export function figureOverflowOf(error: unknown): AppError | undefined {
  if (!isOverflow(error)) return undefined;
  return new AppError(
    'FIGURES_OUT_OF_RANGE',
    'Siffrorna kan inte visas: beloppen i planen blir tillsammans större än Balans kan summera exakt ' +
      '(högst 1 000 000 000 000 000 kr). En administratör behöver rätta de orimligt stora beloppen',
  );
}

function isOverflow(error: unknown): boolean {
  if (error instanceof RangeError) return /outside the safe integer range|inom gränsen/.test(error.message);
  if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '22003')
    return true;
  if (isResponseSerializationError(error)) {
    return error.cause.issues.some((issue) => issue.code === 'too_big' || issue.code === 'too_small');
  }
  return false;
}
