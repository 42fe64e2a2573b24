import { type Kysely, sql } from 'kysely';

/**
 * Follow-up (SPEC §2): reporting rounds and measure reports, one report per measure and month.
 *
 * A closed round freezes its period: closing writes one `frozen_reports` row per measure the round covered,
 * and a trigger refuses any insert, update or delete of a report for a frozen (measure, period) — even by
 * the owner, so that no code path (a forgotten check, a hand-written statement) can change a closed figure.
 * Reopening (with a reason, in the audit log) deletes the round's frozen rows.
 */

const TABLES = ['reporting_rounds', 'measure_reports', 'frozen_reports'] as const;
const CURRENT_TENANT = `(select nullif(current_setting('app.tenant_id', true), '')::uuid)`;
const PERIOD_CHECK = `~ '^\\d{4}-(0[1-9]|1[0-2])$'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
    create table reporting_rounds (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references tenants(id),
      plan_id uuid not null references plans(id) on delete cascade,
      period text not null check (period ${PERIOD_CHECK}),
      org_unit_id uuid not null references org_units(id),
      deadline date not null,
      status text not null default 'open' check (status in ('open','closed')),
      opened_by uuid references users(id) on delete set null,
      opened_at timestamptz not null default now(),
      closed_by uuid references users(id) on delete set null,
      closed_at timestamptz,
      version integer not null default 1,
      unique (plan_id, period, org_unit_id)
    );
    create index reporting_rounds_plan on reporting_rounds (tenant_id, plan_id, period);

    create table measure_reports (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null,
      measure_id uuid not null,
      period text not null check (period ${PERIOD_CHECK}),
      outcome_ytd bigint,
      forecast_year bigint,
      status text not null check (status in ('green','yellow','red','done','cancelled')),
      comment text,
      is_draft boolean not null default false,
      is_unchanged boolean not null default false,
      reported_by uuid references users(id) on delete set null,
      reported_by_name text not null,
      reported_at timestamptz not null default now(),
      version integer not null default 1,
      unique (measure_id, period),
      foreign key (tenant_id, measure_id) references measures (tenant_id, id) on delete cascade
    );
    create index measure_reports_period on measure_reports (tenant_id, period)
      include (measure_id, forecast_year, outcome_ytd, status, is_draft);

    create table frozen_reports (
      tenant_id uuid not null,
      measure_id uuid not null,
      period text not null,
      round_id uuid not null references reporting_rounds(id) on delete cascade,
      primary key (measure_id, period),
      foreign key (tenant_id, measure_id) references measures (tenant_id, id) on delete cascade
    );

    create function balans_reject_frozen_report() returns trigger language plpgsql as $fn$
    declare
      target_measure uuid;
      target_period text;
    begin
      if tg_op = 'INSERT' then
        target_measure := new.measure_id; target_period := new.period;
      else
        target_measure := old.measure_id; target_period := old.period;
      end if;
      if exists (select 1 from frozen_reports f where f.measure_id = target_measure and f.period = target_period)
         or (tg_op = 'UPDATE' and exists (
           select 1 from frozen_reports f where f.measure_id = new.measure_id and f.period = new.period)) then
        raise exception 'period % is closed for this measure', target_period using errcode = 'P0001';
      end if;
      return coalesce(new, old);
    end $fn$;
    create trigger measure_reports_frozen before insert or update or delete on measure_reports
      for each row execute function balans_reject_frozen_report();
  `)
    .execute(db);

  for (const table of TABLES) {
    await sql.raw(`alter table ${table} enable row level security`).execute(db);
    await sql.raw(`alter table ${table} force row level security`).execute(db);
    await sql
      .raw(
        `create policy tenant_isolation on ${table} using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT})`,
      )
      .execute(db);
    await sql.raw(`grant select, insert, update, delete on ${table} to balans_app`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse())
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  await sql`drop function if exists balans_reject_frozen_report()`.execute(db);
}
