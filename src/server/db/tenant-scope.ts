import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './schema';

export type Tx = Transaction<Database>;

export interface TenantScopeOptions {
  /**
   * An instant (ISO 8601 with offset): the `*_as_of` views then show the rows as they were at that instant
   * (migration 0003). Such a transaction is read-only: nothing may be written on the basis of the past.
   */
  asOf?: string | undefined;
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
    if (options.asOf !== undefined) await sql`set transaction read only`.execute(trx);
    await sql`select set_config('role', 'balans_app', true), set_config('app.tenant_id', ${tenantId}, true),
      set_config('app.as_of', ${options.asOf ?? ''}, true)`.execute(trx);
    return work(trx);
  });
}
