import { type Kysely, sql } from 'kysely';

/**
 * Helpers for migrations after 0003 that version a table (decision 0009): a `<table>_history` with `sys_to`,
 * the triggers that fill it and keep it append-only, row-level security, and the `<table>_as_of` view. The
 * history trigger copies rows by column name (migration 1201), so columns may be added later with
 * addVersionedColumns. Not a migration itself: migrate.ts only runs files named `YYYYMMDD-NNNN-*.ts`.
 */

const CURRENT_TENANT = `(select nullif(current_setting('app.tenant_id', true), '')::uuid)`;

async function columnsOf(db: Kysely<unknown>, table: string): Promise<string[]> {
  const result = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}
    order by ordinal_position`.execute(db);
  return result.rows.map((row) => row.column_name);
}

/** (Re)creates the as-of view of a versioned table over its present columns. */
async function createAsOfView(db: Kysely<unknown>, table: string): Promise<void> {
  const columns = (await columnsOf(db, table)).join(', ');
  await sql
    .raw(`
    create or replace view ${table}_as_of with (security_invoker = true) as
      select ${columns} from ${table} where balans_as_of() is null
      union all
      select ${columns} from ${table} where balans_as_of() is not null and sys_from <= balans_as_of()
      union all
      select ${columns} from ${table}_history
        where balans_as_of() is not null and sys_from <= balans_as_of() and sys_to > balans_as_of();
    grant select on ${table}_as_of to balans_app;
  `)
    .execute(db);
}

/** Versions a table that has a `tenant_id` column. */
export async function versionTable(db: Kysely<unknown>, table: string): Promise<void> {
  const history = `${table}_history`;
  await sql
    .raw(`
    alter table ${table} add column sys_from timestamptz not null default balans_now();
    create table ${history} (like ${table});
    alter table ${history} add column sys_to timestamptz not null;
    create index ${history}_instant on ${history} (tenant_id, sys_to, sys_from);
    create trigger ${table}_history_update before update on ${table}
      for each row execute function balans_keep_history('all');
    create trigger ${table}_history_delete after delete on ${table}
      for each row execute function balans_keep_history('all');
    create trigger ${history}_append_only before update or delete on ${history}
      for each row execute function balans_reject_history_change();
    alter table ${history} enable row level security;
    alter table ${history} force row level security;
    create policy tenant_isolation on ${history}
      using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});
    grant select, insert on ${history} to balans_app;
  `)
    .execute(db);
  await createAsOfView(db, table);
}

/**
 * Adds columns (SQL column definitions) to a versioned table and to its history (there without constraints:
 * the history keeps what was), then extends the as-of view with them.
 */
export async function addVersionedColumns(
  db: Kysely<unknown>,
  table: string,
  definitions: readonly string[],
): Promise<void> {
  for (const definition of definitions) {
    const [name, type] = definition.split(' ');
    await sql.raw(`alter table ${table} add column ${definition}`).execute(db);
    await sql.raw(`alter table ${table}_history add column ${name} ${type}`).execute(db);
  }
  await createAsOfView(db, table);
}
