import type { Kysely } from 'kysely';
import type { BalansConfig } from './config';
import type { Database } from './db/schema';

/** What every route needs: the database and the configuration. */
export interface AppContext {
  db: Kysely<Database>;
  config: BalansConfig;
  /** Token that lets the `balans` CLI on this machine hand its work to the running server. */
  cliToken?: string | undefined;
  /** The time now; tests set it to step past a login delay without waiting (default: the system clock). */
  clock?: (() => Date) | undefined;
}
