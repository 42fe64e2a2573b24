import { type Kysely, sql } from 'kysely';

/**
 * Login throttling (issue 11; decision 0012): failed logins per key, where every process of the server sees
 * them. A key is a hash (SHA-256, hex) of what it counts — an account at an address, an account, an address —
 * so that a password typed into the username field is never stored. Like sessions, the table is read before
 * a tenant is known, by the owner connection; balans_app is granted nothing on it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table login_throttle (
      key text primary key,
      kind text not null check (kind in ('accountAtAddress', 'account', 'address')),
      failures integer not null check (failures >= 0),
      last_failure_at timestamptz not null,
      blocked_until timestamptz
    );
    create index login_throttle_last_failure on login_throttle (last_failure_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table login_throttle`.execute(db);
}
