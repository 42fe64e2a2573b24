import { type Kysely, sql } from 'kysely';

/**
 * "What was known then" (SPEC §9: every figure reproducible as of any past date; decision 0009). Each table a
 * figure is computed from keeps its past rows: `sys_from` says since when a row holds, and an update or delete
 * moves the old row to `<table>_history` with `sys_to` = the changing transaction's time. The view
 * `<table>_as_of` shows the rows as they were at the instant in the setting `app.as_of` (the current rows when
 * it is not set), so the same SQL computes a figure now or as of any past instant.
 *
 * Measure reports keep only submitted rows: a draft never counts in a figure, and saving drafts as one types
 * must not fill a history table.
 */

const VERSIONED = [
  'tenants',
  'org_units',
  'plans',
  'plan_targets',
  'programmes',
  'measures',
  'measure_effects',
  'measure_programmes',
  'milestones',
  'measure_links',
  'cost_shifts',
  'decisions',
  'decision_measures',
  'commitments',
  'plan_original_effects',
  'reporting_rounds',
  'measure_reports',
] as const;

const CURRENT_TENANT = `(select nullif(current_setting('app.tenant_id', true), '')::uuid)`;

async function columnsOf(db: Kysely<unknown>, table: string): Promise<string[]> {
  const result = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}
    order by ordinal_position`.execute(db);
  return result.rows.map((row) => row.column_name);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function balans_as_of() returns timestamptz language sql stable as $fn$
      select nullif(current_setting('app.as_of', true), '')::timestamptz
    $fn$;

    create function balans_keep_history() returns trigger language plpgsql as $fn$
    begin
      if tg_op = 'UPDATE' then
        if row(new.*) is not distinct from row(old.*) then return new; end if;
        new.sys_from := now();
      end if;
      if tg_argv[0] = 'submitted' then
        if old.is_draft then return new; end if;
      end if;
      if old.sys_from < now() then
        execute format('insert into %I select ($1).*, now()', tg_table_name || '_history') using old;
      end if;
      return new;
    end $fn$;

    create function balans_reject_history_change() returns trigger language plpgsql as $fn$
    begin
      raise exception 'history is append-only';
    end $fn$;
  `.execute(db);

  for (const table of VERSIONED) {
    const history = `${table}_history`;
    // A tenant row is its own tenant (settings such as the risk weights); every other row names its tenant.
    const tenantColumn = table === 'tenants' ? 'id' : 'tenant_id';
    await sql
      .raw(`
      alter table ${table} add column sys_from timestamptz not null default now();
      create table ${history} (like ${table});
      alter table ${history} add column sys_to timestamptz not null;
      create index ${history}_instant on ${history} (${tenantColumn}, sys_to, sys_from);
      create trigger ${table}_history_update before update on ${table}
        for each row execute function balans_keep_history(${table === 'measure_reports' ? "'submitted'" : "'all'"});
      create trigger ${table}_history_delete after delete on ${table}
        for each row execute function balans_keep_history(${table === 'measure_reports' ? "'submitted'" : "'all'"});
      create trigger ${history}_append_only before update or delete on ${history}
        for each row execute function balans_reject_history_change();
      alter table ${history} enable row level security;
      alter table ${history} force row level security;
      create policy tenant_isolation on ${history}
        using (${tenantColumn} = ${CURRENT_TENANT}) with check (${tenantColumn} = ${CURRENT_TENANT});
      grant select, insert on ${history} to balans_app;
    `)
      .execute(db);
    const columns = (await columnsOf(db, table)).join(', ');
    // The guards without a column (`balans_as_of() is …`) are evaluated once per statement, so without an
    // instant only the first branch runs and the view costs what the table costs.
    await sql
      .raw(`
      create view ${table}_as_of with (security_invoker = true) as
        select ${columns} from ${table} where balans_as_of() is null
        union all
        select ${columns} from ${table} where balans_as_of() is not null and sys_from <= balans_as_of()
        union all
        select ${columns} from ${history}
          where balans_as_of() is not null and sys_from <= balans_as_of() and sys_to > balans_as_of();
      grant select on ${table}_as_of to balans_app;
    `)
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...VERSIONED].reverse()) {
    await sql
      .raw(`
      drop view if exists ${table}_as_of;
      drop table if exists ${table}_history;
      drop trigger if exists ${table}_history_update on ${table};
      drop trigger if exists ${table}_history_delete on ${table};
      alter table ${table} drop column if exists sys_from;
    `)
      .execute(db);
  }
  await sql`
    drop function if exists balans_keep_history();
    drop function if exists balans_reject_history_change();
    drop function if exists balans_as_of();
  `.execute(db);
}
