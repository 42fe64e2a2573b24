import { type Kysely, sql, type Transaction } from 'kysely';
import type { ThrottleKind, ThrottleState } from '../../domain/login-throttle';
import type { Database } from '../db/schema';

/**
 * The throttling counts (decision 0012), on the owner connection like sessions: they are read before any
 * tenant is known. Rows are locked while an attempt is counted, so that parallel attempts — in one process
 * or several — are counted one after the other.
 */

export interface ThrottleRow extends ThrottleState {
  key: string;
  kind: ThrottleKind;
}

/** The rows of `keys`, locked until the transaction ends; a key without a row is created at zero. */
export async function lockThrottleRows(
  trx: Transaction<Database>,
  keys: readonly { key: string; kind: ThrottleKind }[],
  now: Date,
): Promise<Map<string, ThrottleRow>> {
  await trx
    .insertInto('loginThrottle')
    .values(keys.map(({ key, kind }) => ({ key, kind, failures: 0, lastFailureAt: now, blockedUntil: null })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const rows = await trx
    .selectFrom('loginThrottle')
    .select(['key', 'kind', 'failures', 'lastFailureAt', 'blockedUntil'])
    .where(
      'key',
      'in',
      keys.map(({ key }) => key),
    )
    .orderBy('key')
    .forUpdate()
    .execute();
  return new Map(rows.map((row) => [row.key, { ...row, kind: row.kind as ThrottleKind }]));
}

export async function writeThrottleRow(trx: Transaction<Database>, row: ThrottleRow): Promise<void> {
  await trx
    .updateTable('loginThrottle')
    .set({ failures: row.failures, lastFailureAt: row.lastFailureAt, blockedUntil: row.blockedUntil })
    .where('key', '=', row.key)
    .execute();
}

export async function deleteThrottleRows(db: Kysely<Database>, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.deleteFrom('loginThrottle').where('key', 'in', keys).execute();
}

/**
 * Takes back one attempt that proved right: one failure fewer, and the block it set (if it set one) lifted.
 * A block another attempt set in the meantime stays.
 */
export async function takeBackAttempt(
  db: Kysely<Database>,
  key: string,
  ownBlock: Date | null,
  previousBlock: Date | null,
): Promise<void> {
  await db
    .updateTable('loginThrottle')
    .set({
      failures: sql`greatest(failures - 1, 0)`,
      ...(ownBlock
        ? {
            blockedUntil: sql<Date | null>`case when blocked_until = ${ownBlock} then ${previousBlock}::timestamptz else blocked_until end`,
          }
        : {}),
    })
    .where('key', '=', key)
    .execute();
}

/** Rows whose last failure is older than `before` and that block nothing any more: forgotten. */
export async function deleteStaleThrottleRows(db: Kysely<Database>, before: Date, now: Date): Promise<void> {
  await db
    .deleteFrom('loginThrottle')
    .where('lastFailureAt', '<', before)
    .where((eb) => eb.or([eb('blockedUntil', 'is', null), eb('blockedUntil', '<', now)]))
    .execute();
}
