import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  countAttempt,
  describeWait,
  retryAfterSeconds,
  THROTTLE_POLICIES,
  type ThrottleKind,
} from '../../domain/login-throttle';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import {
  deleteStaleThrottleRows,
  deleteThrottleRows,
  lockThrottleRows,
  takeBackAttempt,
  writeThrottleRow,
} from '../repositories/login-throttle-repository';

/** A login refused for a while (HTTP 429); the answer's Retry-After header says how long. */
export class ThrottledError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'THROTTLED',
      `För många misslyckade inloggningar. Vänta ${describeWait(retryAfterSeconds)} och försök sedan igen.`,
    );
  }
}

export interface LoginAttempt {
  tenant: string;
  username: string;
  address: string;
}

/** What an admitted attempt counted, so that a right password can take it back. */
export interface Admission {
  counted: { key: string; kind: ThrottleKind; ownBlock: Date | null; previousBlock: Date | null }[];
  /** The counts after this attempt, for the log. */
  failures: Partial<Record<ThrottleKind, number>>;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

export function throttleKeys(attempt: LoginAttempt): { key: string; kind: ThrottleKind }[] {
  const account = `${attempt.tenant.trim().toLowerCase()}\n${attempt.username.trim().toLowerCase()}`;
  return [
    { kind: 'accountAtAddress', key: hash(`accountAtAddress\n${account}\n${attempt.address}`) },
    { kind: 'account', key: hash(`account\n${account}`) },
    { kind: 'address', key: hash(`address\n${attempt.address}`) },
  ];
}

/**
 * Lets an attempt through or refuses it (ThrottledError) without looking at its password. One let through is
 * counted as a failure at once — a parallel burst meets the block the threshold attempt set — and
 * `loginSucceeded` takes it back.
 */
export async function admitLogin(db: Kysely<Database>, attempt: LoginAttempt, now: Date): Promise<Admission> {
  const keys = throttleKeys(attempt);
  return db.transaction().execute(async (trx) => {
    const rows = await lockThrottleRows(trx, keys, now);
    const wait = Math.max(...keys.map(({ key }) => retryAfterSeconds(rows.get(key), now)));
    if (wait > 0) throw new ThrottledError(wait);
    const admission: Admission = { counted: [], failures: {} };
    for (const { key, kind } of keys) {
      const before = rows.get(key);
      const state = before && before.failures > 0 ? before : undefined;
      const after = countAttempt(state, now, THROTTLE_POLICIES[kind]);
      await writeThrottleRow(trx, { key, kind, ...after });
      const previousBlock = before?.blockedUntil ?? null;
      const isNewBlock =
        after.blockedUntil !== null && after.blockedUntil.getTime() !== previousBlock?.getTime();
      const ownBlock = isNewBlock ? after.blockedUntil : null;
      admission.counted.push({ key, kind, ownBlock, previousBlock });
      admission.failures[kind] = after.failures;
    }
    return admission;
  });
}

/** A right password: the account's counts start again; the address keeps the others' failures. */
export async function loginSucceeded(db: Kysely<Database>, admission: Admission, now: Date): Promise<void> {
  await deleteThrottleRows(
    db,
    admission.counted.filter(({ kind }) => kind !== 'address').map(({ key }) => key),
  );
  for (const counted of admission.counted.filter(({ kind }) => kind === 'address')) {
    await takeBackAttempt(db, counted.key, counted.ownBlock, counted.previousBlock);
  }
  const window = THROTTLE_POLICIES.address.windowSeconds * 1000;
  await deleteStaleThrottleRows(db, new Date(now.getTime() - window), now);
}
