import { type Kysely, sql } from 'kysely';

/**
 * The whole data model of SPEC §2. Amounts are bigint kronor. Every tenant-owned table carries tenant_id and
 * row-level security restricts it to the tenant set by `withTenant` (setting app.tenant_id) for the role
 * balans_app, which the application switches to in every tenant-scoped transaction.
 *
 * The parts of a measure refer to it by (tenant_id, measure_id): one foreign-key check that also proves the
 * part belongs to the measure's tenant (foreign keys do not see row-level security). High-volume tables
 * (effects, audit log) carry no separate foreign key to tenants: each such check costs as much as the
 * insert itself, and row-level security already pins tenant_id to the current tenant.
 */

const TENANT_TABLES = [
  'org_units',
  'users',
  'role_grants',
  'sessions',
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
  'audit_log',
] as const;

// In a sub-select the setting is read once per statement (an InitPlan), not once per row.
const CURRENT_TENANT = `(select nullif(current_setting('app.tenant_id', true), '')::uuid)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    do $$ begin
      create role balans_app nologin;
    exception when duplicate_object or unique_violation then null;
    end $$;
  `.execute(db);
  await sql`grant balans_app to current_user`.execute(db).catch(() => undefined);

  await sql`
    create table tenants (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
      name text not null,
      settings jsonb not null default '{}'::jsonb,
      created_at timestamptz not null default now()
    );

    create table org_units (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      parent_id uuid references org_units(id),
      name text not null check (length(name) between 1 and 200 and position(' / ' in name) = 0),
      kind text not null check (kind in ('region','municipality','board','administration','division','area','unit')),
      code text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index org_units_sibling_name on org_units (tenant_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));
    create index org_units_parent on org_units (tenant_id, parent_id);

    create table users (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      username text not null check (length(username) between 1 and 200),
      name text not null,
      email text,
      password_hash text,
      is_active boolean not null default true,
      created_at timestamptz not null default now(),
      unique (tenant_id, username)
    );

    create table role_grants (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      user_id uuid not null references users(id) on delete cascade,
      role text not null check (role in ('admin','controller','manager','reader','auditor')),
      org_unit_id uuid not null references org_units(id),
      created_at timestamptz not null default now(),
      unique (user_id, role, org_unit_id)
    );

    create table sessions (
      token_hash text primary key,
      tenant_id uuid not null references tenants(id),
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );

    create table plans (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      name text not null check (length(name) between 1 and 300),
      first_year integer not null check (first_year between 2000 and 2100),
      last_year integer not null check (last_year between first_year and first_year + 20),
      convention text not null check (convention in ('level','increment')),
      baseline_amount bigint,
      baseline_text text,
      status text not null default 'draft' check (status in ('draft','decided','closed')),
      decided_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (tenant_id, name)
    );

    create table plan_targets (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      plan_id uuid not null references plans(id) on delete cascade,
      org_unit_id uuid references org_units(id),
      year integer not null,
      amount bigint not null
    );
    create unique index plan_targets_key on plan_targets (plan_id, coalesce(org_unit_id, '00000000-0000-0000-0000-000000000000'::uuid), year);

    create table programmes (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      name text not null,
      unique (tenant_id, name)
    );

    create table measures (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      plan_id uuid not null references plans(id) on delete cascade,
      code text not null check (length(code) between 1 and 50),
      title text not null check (length(title) between 1 and 500),
      description text,
      org_unit_id uuid not null references org_units(id),
      responsible_user_id uuid references users(id) on delete set null,
      responsible_name text,
      category text check (category in ('immediate','adaptive','strategic')),
      group_name text,
      savings_type text check (savings_type in ('efficiency','rationing','costParity','generalCut')),
      feasibility smallint check (feasibility between 1 and 3),
      is_temporary boolean not null default false,
      status text not null default 'proposed'
        check (status in ('proposed','prepared','decided','inProgress','done','cancelled')),
      start_month text check (start_month ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
      end_month text check (end_month ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
      full_effect_month text check (full_effect_month ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
      investment bigint,
      one_off_cost bigint,
      running_cost_per_year bigint,
      risk_staff_level text check (risk_staff_level in ('low','medium','high')),
      risk_staff_text text,
      risk_citizen_level text check (risk_citizen_level in ('low','medium','high')),
      risk_citizen_text text,
      risk_operations_level text check (risk_operations_level in ('low','medium','high')),
      risk_operations_text text,
      risk_long_term_level text check (risk_long_term_level in ('low','medium','high')),
      risk_long_term_text text,
      consequences text,
      risk_analysis_required boolean not null default false,
      risk_analysis_done_on date,
      follow_up_metric text,
      follow_up_method text,
      periodicity text check (periodicity in ('month','tertial','interim','year')),
      comment text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (plan_id, code),
      unique (tenant_id, id),
      check (end_month is null or start_month is null or end_month >= start_month)
    );

    create table measure_effects (
      tenant_id uuid not null,
      measure_id uuid not null,
      year integer not null check (year between 2000 and 2100),
      cost_type text not null check (cost_type in ('personnel','operating','revenue','unspecified')),
      amount bigint not null,
      primary key (measure_id, year, cost_type),
      foreign key (tenant_id, measure_id) references measures (tenant_id, id) on delete cascade
    );
    create index measure_effects_year on measure_effects (tenant_id, year) include (measure_id, cost_type, amount);

    create table measure_programmes (
      tenant_id uuid not null,
      measure_id uuid not null,
      programme_id uuid not null references programmes(id) on delete cascade,
      primary key (measure_id, programme_id),
      foreign key (tenant_id, measure_id) references measures (tenant_id, id) on delete cascade
    );

    create table milestones (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null,
      measure_id uuid not null,
      title text not null,
      due_on date,
      done_on date,
      foreign key (tenant_id, measure_id) references measures (tenant_id, id) on delete cascade
    );

    create table measure_links (
      tenant_id uuid not null,
      measure_id uuid not null,
      linked_measure_id uuid not null,
      kind text not null check (kind in ('dependsOn','overlaps')),
      primary key (measure_id, linked_measure_id, kind),
      check (measure_id <> linked_measure_id),
      foreign key (tenant_id, measure_id) references measures (tenant_id, id) on delete cascade,
      foreign key (tenant_id, linked_measure_id) references measures (tenant_id, id) on delete cascade
    );

    create table cost_shifts (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null,
      measure_id uuid not null,
      bearing_org_unit_id uuid not null references org_units(id),
      year integer not null,
      amount bigint not null,
      description text,
      foreign key (tenant_id, measure_id) references measures (tenant_id, id) on delete cascade
    );

    create table decisions (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      plan_id uuid references plans(id) on delete set null,
      body text not null,
      meeting_date date not null,
      paragraph text,
      kind text not null check (kind in ('decision','assignment','noted')),
      text text not null,
      due_on date,
      version integer not null default 1,
      created_at timestamptz not null default now()
    );

    create table decision_measures (
      tenant_id uuid not null references tenants(id),
      decision_id uuid not null references decisions(id) on delete cascade,
      measure_id uuid not null,
      primary key (decision_id, measure_id),
      foreign key (tenant_id, measure_id) references measures (tenant_id, id) on delete cascade
    );

    create table commitments (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      plan_id uuid not null references plans(id) on delete cascade,
      org_unit_id uuid not null references org_units(id),
      year integer not null,
      amount bigint not null,
      manager_user_id uuid references users(id) on delete set null,
      accepted_by_user_id uuid references users(id) on delete set null,
      accepted_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      unique (plan_id, org_unit_id, year)
    );

    create table plan_original_effects (
      tenant_id uuid not null,
      plan_id uuid not null references plans(id) on delete cascade,
      measure_id uuid not null,
      code text not null,
      org_unit_id uuid not null references org_units(id),
      category text,
      group_name text,
      savings_type text,
      feasibility smallint,
      is_temporary boolean not null,
      end_month text,
      status text not null,
      programme_ids uuid[] not null default '{}',
      year integer not null,
      cost_type text not null,
      amount bigint not null,
      primary key (plan_id, measure_id, year, cost_type)
    );

    create table audit_log (
      id bigint generated always as identity primary key,
      tenant_id uuid not null,
      at timestamptz not null default now(),
      user_id uuid,
      actor text not null,
      entity text not null,
      entity_id uuid not null,
      action text not null check (action in ('create','update','delete')),
      before jsonb,
      after jsonb
    );
    create index audit_log_entity on audit_log (tenant_id, entity, entity_id, id);

    create function balans_reject_audit_change() returns trigger language plpgsql as $fn$
    begin
      raise exception 'audit_log is append-only';
    end $fn$;
    create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function balans_reject_audit_change();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function balans_reject_audit_change();
  `.execute(db);

  // tenants and sessions are read by the owner before a tenant is known (login, session lookup), so the
  // owner is exempt there (no FORCE); balans_app is confined on every table.
  await sql`alter table tenants enable row level security`.execute(db);
  await sql
    .raw(
      `create policy tenant_isolation on tenants using (id = ${CURRENT_TENANT}) with check (id = ${CURRENT_TENANT})`,
    )
    .execute(db);
  for (const table of TENANT_TABLES) {
    await sql.raw(`alter table ${table} enable row level security`).execute(db);
    if (table !== 'sessions') await sql.raw(`alter table ${table} force row level security`).execute(db);
    await sql
      .raw(
        `create policy tenant_isolation on ${table} using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT})`,
      )
      .execute(db);
  }

  await sql`grant usage on schema public to balans_app`.execute(db);
  await sql`grant select, update on tenants to balans_app`.execute(db);
  for (const table of TENANT_TABLES) {
    const privileges = table === 'audit_log' ? 'select, insert' : 'select, insert, update, delete';
    await sql.raw(`grant ${privileges} on ${table} to balans_app`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TENANT_TABLES].reverse()) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
  await sql`drop table if exists tenants cascade`.execute(db);
  await sql`drop function if exists balans_reject_audit_change()`.execute(db);
}
