import { type Kysely, sql } from 'kysely';
import { addVersionedColumns, versionTable } from './versioning';

/**
 * Decide and report (issue 12): the bodies that decide (*organ*), with the subtree each governs and the planned
 * level up to which it may decide a measure (the tenant's delegation rule); decisions name their body, carry a
 * protokoll link, an assignment's status and what they do to the linked measures; a commitment records the
 * amount its manager accepted, or the manager's reasoned decline; a controller's written analysis per unit and
 * period; and published board reports, kept as issued (figures and file bytes), never changed.
 *
 * The history trigger now copies a row into its history table by column name (jsonb_populate_record) rather
 * than by position, so that columns can be added to a versioned table and its history alike; and it reads the
 * clock through balans_now(): the transaction's start, or `app.clock` when a loader of dated history (the demo)
 * sets it — the API never does.
 */
/** The tables versioned by migrations 0003 and 0004. */
const VERSIONED_BEFORE = [
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
  'scenarios',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function balans_now() returns timestamptz language sql stable as $fn$
      select coalesce(nullif(current_setting('app.clock', true), '')::timestamptz, now())
    $fn$;

    create or replace function balans_keep_history() returns trigger language plpgsql as $fn$
    declare
      history text := tg_table_name || '_history';
    begin
      if tg_op = 'UPDATE' then
        if row(new.*) is not distinct from row(old.*) then return new; end if;
        new.sys_from := balans_now();
      end if;
      if tg_argv[0] = 'submitted' then
        if old.is_draft then return new; end if;
      end if;
      if old.sys_from < balans_now() then
        execute format('insert into %I select * from jsonb_populate_record(null::%I, $1)', history, history)
          using to_jsonb(old) || jsonb_build_object('sys_to', balans_now());
      end if;
      return new;
    end $fn$;
  `.execute(db);

  await sql`
    create table decision_bodies (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      name text not null check (length(name) between 1 and 200),
      org_unit_id uuid not null references org_units(id),
      decision_limit bigint check (decision_limit is null or decision_limit between 0 and 1000000000000),
      sort_order integer not null default 0,
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index decision_bodies_name on decision_bodies (tenant_id, lower(name));

    create table report_analyses (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      plan_id uuid not null references plans(id) on delete cascade,
      org_unit_id uuid not null references org_units(id),
      period text not null check (period ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
      text text not null,
      updated_by uuid references users(id) on delete set null,
      updated_by_name text not null,
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      unique (plan_id, org_unit_id, period)
    );

    create table published_reports (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      plan_id uuid not null references plans(id),
      org_unit_id uuid not null references org_units(id),
      period text not null check (period ~ '^\\d{4}-(0[1-9]|1[0-2])$'),
      figures_as_of timestamptz not null,
      body_id uuid references decision_bodies(id),
      meeting_date date,
      published_by uuid references users(id) on delete set null,
      published_by_name text not null,
      published_at timestamptz not null default now(),
      model jsonb not null,
      pdf bytea not null,
      xlsx bytea not null,
      pdf_sha256 text not null,
      xlsx_sha256 text not null
    );
    create index published_reports_unit on published_reports (tenant_id, org_unit_id, published_at desc);

    create function balans_reject_published_change() returns trigger language plpgsql as $fn$
    begin
      raise exception 'a published report is kept as issued';
    end $fn$;
    create trigger published_reports_frozen before update or delete on published_reports
      for each row execute function balans_reject_published_change();
  `.execute(db);

  for (const table of ['decision_bodies', 'report_analyses', 'published_reports']) {
    await sql
      .raw(`
      alter table ${table} enable row level security;
      alter table ${table} force row level security;
      create policy tenant_isolation on ${table}
        using (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid))
        with check (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));
    `)
      .execute(db);
  }
  await sql`
    grant select, insert, update, delete on decision_bodies, report_analyses to balans_app;
    grant select, insert on published_reports to balans_app;
  `.execute(db);
  // Every versioned table's rows, and every audit entry, take their time from balans_now().
  for (const table of VERSIONED_BEFORE) {
    await sql.raw(`alter table ${table} alter column sys_from set default balans_now()`).execute(db);
  }
  await sql`alter table audit_log alter column at set default balans_now()`.execute(db);
  await versionTable(db, 'decision_bodies');
  await versionTable(db, 'report_analyses');

  await addVersionedColumns(db, 'decisions', [
    'body_id uuid references decision_bodies(id)',
    'attachment_url text',
    "assignment_status text check (assignment_status in ('open','done','cancelled'))",
    "measure_status text check (measure_status in ('decided','cancelled'))",
  ]);
  await addVersionedColumns(db, 'commitments', [
    'accepted_amount bigint check (accepted_amount between -1000000000000 and 1000000000000)',
    'declined_by_user_id uuid references users(id) on delete set null',
    'declined_at timestamptz',
    'decline_reason text',
    'set_by_user_id uuid references users(id) on delete set null',
  ]);

  // Every body named by an existing decision becomes a body of its tenant, governing the whole organisation
  // and without a limit (an admin narrows it); the decisions then point at it. Row-level security is forced,
  // so each tenant is done with its own app.tenant_id.
  await sql`
    do $$
    declare
      tenant record;
      top uuid;
    begin
      for tenant in select id from tenants loop
        perform set_config('app.tenant_id', tenant.id::text, true);
        select id into top from org_units where tenant_id = tenant.id and parent_id is null limit 1;
        if top is not null then
          insert into decision_bodies (tenant_id, name, org_unit_id)
            select distinct on (lower(body)) tenant.id, body, top from decisions where tenant_id = tenant.id
            on conflict do nothing;
          update decisions d set body_id = b.id from decision_bodies b
            where d.tenant_id = tenant.id and b.tenant_id = tenant.id and lower(b.name) = lower(d.body)
              and d.body_id is null;
        end if;
      end loop;
      perform set_config('app.tenant_id', '', true);
    end $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table if exists published_reports;
    drop function if exists balans_reject_published_change();
    drop view if exists report_analyses_as_of;
    drop table if exists report_analyses_history;
    drop table if exists report_analyses;
  `.execute(db);
}
