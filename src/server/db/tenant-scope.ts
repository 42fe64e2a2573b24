import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './schema';

export type Tx = Transaction<Database>;

/**
 * Runs `work` in one transaction as the role balans_app with app.tenant_id set, so that row-level security
 * confines every statement — generated or hand-written — to this tenant's rows. Both settings are local to
 * the transaction and vanish at commit or rollback.
 */
export async function withTenant<T>(
  db: Kysely<Database>,
  tenantId: string,
  work: (trx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('role', 'balans_app', true), set_config('app.tenant_id', ${tenantId}, true)`.execute(
      trx,
    );
    return work(trx);
  });
}
