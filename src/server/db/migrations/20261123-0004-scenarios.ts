import { type Kysely, sql } from 'kysely';

/**
 * Saved scenarios of the forecast tool (SPEC §5, issue 5): named per tenant, each with its assumptions as the
 * JSON contract of `balans scenario --from` (docs/scenario-model.md), the source of those assumptions, and
 * optionally the plan whose level it counts on. Tenant-isolated by row-level security like every tenant
 * table, and system-versioned like the tables of migration 0003 (decision 0009), so that a scenario can be
 * read as of any past instant. The few SQL lines of 0003 are repeated here on purpose: a migration must keep
 * doing what it did when it ran, whatever later happens to another migration's code.
 */

const CURRENT_TENANT = `(select nullif(current_setting('app.tenant_id', true), '')::uuid)`;

async function columnsOf(db: Kysely<unknown>, table: string): Promise<string[]> {
  const result = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}
    order by ordinal_position`.execute(db);
  return result.rows.map((row) => row.column_name);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
    create table scenarios (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      name text not null check (length(name) between 1 and 200),
      plan_id uuid references plans(id) on delete set null,
      plan_source text not null default 'given'
        check (plan_source in ('full','riskWeighted','forecast','given')),
      input jsonb not null,
      source_note text,
      source_date date,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      created_by text not null,
      sys_from timestamptz not null default now()
    );
    create unique index scenarios_name on scenarios (tenant_id, lower(name));

    alter table scenarios enable row level security;
    alter table scenarios force row level security;
    create policy tenant_isolation on scenarios
      using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});
    grant select, insert, update, delete on scenarios to balans_app;

    create table scenarios_history (like scenarios);
    alter table scenarios_history add column sys_to timestamptz not null;
    create index scenarios_history_instant on scenarios_history (tenant_id, sys_to, sys_from);
    create trigger scenarios_history_update before update on scenarios
      for each row execute function balans_keep_history('all');
    create trigger scenarios_history_delete after delete on scenarios
      for each row execute function balans_keep_history('all');
    create trigger scenarios_history_append_only before update or delete on scenarios_history
      for each row execute function balans_reject_history_change();
    alter table scenarios_history enable row level security;
    alter table scenarios_history force row level security;
    create policy tenant_isolation on scenarios_history
      using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT});
    grant select, insert on scenarios_history to balans_app;
  `)
    .execute(db);
  const columns = (await columnsOf(db, 'scenarios')).join(', ');
  // As in migration 0003: the guards without a column are evaluated once per statement.
  await sql
    .raw(`
    create view scenarios_as_of with (security_invoker = true) as
      select ${columns} from scenarios where balans_as_of() is null
      union all
      select ${columns} from scenarios where balans_as_of() is not null and sys_from <= balans_as_of()
      union all
      select ${columns} from scenarios_history
        where balans_as_of() is not null and sys_from <= balans_as_of() and sys_to > balans_as_of();
    grant select on scenarios_as_of to balans_app;
  `)
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop view if exists scenarios_as_of;
    drop table if exists scenarios_history;
    drop table if exists scenarios;
  `.execute(db);
}
