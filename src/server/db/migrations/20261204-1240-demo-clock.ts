import { type Kysely, sql } from 'kysely';

/**
 * Dated history (issue 12, item 6): every time a write takes from a column default follows balans_now()
 * (migration 1201) — the transaction's start, or `app.clock` when a server-side loader of dated history (the
 * demo) sets it through withTenant's `clock`. The API never sets it, so for requests nothing changes. Sessions
 * and login throttling keep now(): they are about the real present.
 */
const COLUMNS: readonly [table: string, column: string][] = [
  ['tenants', 'created_at'],
  ['org_units', 'created_at'],
  ['org_units', 'updated_at'],
  ['users', 'created_at'],
  ['role_grants', 'created_at'],
  ['plans', 'created_at'],
  ['plans', 'updated_at'],
  ['measures', 'created_at'],
  ['measures', 'updated_at'],
  ['decisions', 'created_at'],
  ['commitments', 'created_at'],
  ['reporting_rounds', 'opened_at'],
  ['measure_reports', 'reported_at'],
  ['scenarios', 'created_at'],
  ['scenarios', 'updated_at'],
  ['decision_bodies', 'created_at'],
  ['decision_bodies', 'updated_at'],
  ['report_analyses', 'updated_at'],
  ['published_reports', 'published_at'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of COLUMNS) {
    await sql.raw(`alter table ${table} alter column ${column} set default balans_now()`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of COLUMNS) {
    await sql.raw(`alter table ${table} alter column ${column} set default now()`).execute(db);
  }
}
