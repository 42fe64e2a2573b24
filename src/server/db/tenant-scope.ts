import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './schema';

export type Tx = Transaction<Database>;

export interface TenantScopeOptions {
  /**
   * An instant (ISO 8601 with offset): the `*_as_of` views then show the rows as they were at that instant
   * (migration 0003). Such a transaction is read-only: nothing may be written on the basis of the past.
   */
  asOf?: string | undefined;
  /**
   * The instant (ISO 8601 with offset) the transaction's writes are dated: `app.clock`, read by balans_now()
   * (migration 1201), which every `sys_from`, audit entry and created/updated/reported/opened/closed time
   * follows. For loaders of dated history on the server side only (the demo); the API never sets it.
   */
  clock?: string | undefined;
}

/** A live session as found by `withSessionTenant`: whose it is, its CSRF token, and its user (active). */
export interface ScopedSession {
  tenantId: string;
  userId: string;
  csrfToken: string;
  userName: string;
  grants: { role: string; orgUnitId: string }[];
}

const instants = new WeakMap<Tx, string>();

/**
 * The instant a transaction reads as of (withTenant's `asOf`), undefined when it reads the present. For
 * repositories that choose between the tables and their `*_as_of` views: the tables plan better when the
 * present is asked for, which is the common case.
 */
export function asOfInstant(trx: Tx): string | undefined {
  return instants.get(trx);
}

/**
 * Runs `work` in one transaction as the role balans_app with app.tenant_id set, so that row-level security
 * confines every statement — generated or hand-written — to this tenant's rows. Both settings are local to
 * the transaction and vanish at commit or rollback.
 */
export async function withTenant<T>(
  db: Kysely<Database>,
  tenantId: string,
  work: (trx: Tx) => Promise<T>,
  options: TenantScopeOptions = {},
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await beginScope(trx, options);
    await sql`select set_config('role', 'balans_app', true), set_config('app.tenant_id', ${tenantId}, true),
      set_config('app.as_of', ${options.asOf ?? ''}, true),
      set_config('app.clock', ${options.clock ?? ''}, true)`.execute(trx);
    return work(trx);
  });
}

/**
 * `withTenant` for a request: one statement (`balans_enter_session`, migration 0005) finds the live session of
 * `tokenHash`, confines the transaction to its tenant and reads its user and role grants under row-level
 * security — one round trip where a request used to need three. Without a live session of an active user
 * nothing is confined and `work` never runs: `onMissing` is thrown and the transaction rolls back.
 */
export async function withSessionTenant<T>(
  db: Kysely<Database>,
  tokenHash: string,
  onMissing: () => Error,
  work: (trx: Tx, session: ScopedSession) => Promise<T>,
  // A request never dates its writes: no `clock` here.
  options: Omit<TenantScopeOptions, 'clock'> = {},
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await beginScope(trx, options);
    const result = await sql<ScopedSession>`
      select tenant_id, user_id, csrf_token, user_name, grants
      from balans_enter_session(${tokenHash}, ${options.asOf ?? ''})`.execute(trx);
    const session = result.rows[0];
    if (!session) throw onMissing();
    return work(trx, session);
  });
}

/** The instant the transaction's writes are dated: its start, or `app.clock` when set (withTenant's `clock`). */
export async function transactionInstant(trx: Tx): Promise<Date> {
  const result = await sql<{ at: Date }>`select balans_now() as at`.execute(trx);
  return new Date(result.rows[0]!.at);
}

async function beginScope(trx: Tx, options: TenantScopeOptions): Promise<void> {
  if (options.asOf === undefined) return;
  await sql`set transaction read only`.execute(trx);
  instants.set(trx, options.asOf);
}
