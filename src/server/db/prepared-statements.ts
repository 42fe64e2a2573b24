import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/** How many statements one connection keeps prepared; any further one is parsed and planned every time. */
export const MAX_PREPARED_PER_CONNECTION = 250;
/** How many texts seen once are remembered before that memory starts afresh. */
const MAX_SEEN_ONCE = 1_000;

/**
 * A pg pool for Kysely whose connections prepare a parameterised statement the second time they run its
 * text, under a name of their own, and then only bind and execute it: PostgreSQL parses, analyses and plans
 * it once per connection instead of on every request. The follow-up benchmark's profile of report saves
 * found half of PostgreSQL's CPU time in parsing and planning the same few statements (decision 0011).
 *
 * Statements without parameters are left alone: BEGIN/COMMIT, and the migrations' multi-statement scripts,
 * which the extended protocol refuses. A connection keeps at most MAX_PREPARED_PER_CONNECTION statements
 * (a bounded memory on both sides, whatever texts `in (…)` lists produce); PostgreSQL itself replans a
 * prepared statement when a table it reads changes, and when the role changes (row-level security).
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  const clients = new WeakMap<pg.PoolClient, PreparingClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let preparing = clients.get(client);
      if (!preparing) {
        preparing = new PreparingClient(client);
        clients.set(client, preparing);
      }
      return preparing;
    },
    end: () => pool.end(),
  };
}

class PreparingClient implements PostgresPoolClient {
  readonly #client: pg.PoolClient;
  readonly #names = new Map<string, string>();
  readonly #seenOnce = new Set<string>();

  constructor(client: pg.PoolClient) {
    this.#client = client;
  }

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters: ReadonlyArray<unknown> = [],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') {
      return this.#client.query(sqlOrCursor as unknown as pg.Submittable) as unknown as PostgresCursor<R>;
    }
    const values = [...parameters];
    const name = values.length > 0 ? this.#nameOf(sqlOrCursor) : undefined;
    return this.#client.query(
      name === undefined ? { text: sqlOrCursor, values } : { text: sqlOrCursor, values, name },
    ) as unknown as Promise<PostgresQueryResult<R>>;
  }

  release(): void {
    this.#client.release();
  }

  /** The statement's name on this connection, once it has run here before and there is room; else none. */
  #nameOf(text: string): string | undefined {
    const known = this.#names.get(text);
    if (known !== undefined || this.#names.size >= MAX_PREPARED_PER_CONNECTION) return known;
    if (!this.#seenOnce.has(text)) {
      if (this.#seenOnce.size >= MAX_SEEN_ONCE) this.#seenOnce.clear();
      this.#seenOnce.add(text);
      return undefined;
    }
    this.#seenOnce.delete(text);
    const name = `balans_${this.#names.size + 1}`;
    this.#names.set(text, name);
    return name;
  }
}
