import { type Kysely, sql } from 'kysely';

/**
 * What the follow-up benchmark (issue 4; decision 0011) showed to cost most, at 20 000 measures with
 * 1.2 million reports and 200 clients saving drafts:
 *
 * Indexes, for the follow-up figures now and as of an instant:
 * - the year's submitted reports are read from an index alone, also through `measure_reports_as_of`, whose
 *   branch over the table filters on `sys_from`: the covering index holds it. Partial (`not is_draft`): every
 *   reader of reports by period counts submitted reports only, and a report's save (by measure and period)
 *   finds its row by the unique key whatever the statistics say about a period just opened;
 * - the effects of a year likewise (`sys_from` for `measure_effects_as_of`);
 * - a measure's latest report before the year in the history table, by measure (as of an instant).
 *
 * `balans_enter_session(token_hash, as_of)`: a request's first statement. It finds the live session (read as
 * the connection's owner: sessions are exempt from FORCE row-level security), confines the transaction to
 * the session's tenant as role balans_app — as `withTenant` does — and only then reads the user and the
 * role grants, under row-level security. No row: no live session, or the user is disabled; the caller
 * must not go on (and its transaction rolls back). One round trip instead of three per request.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index measure_reports_period;
    create index measure_reports_submitted on measure_reports (tenant_id, period)
      include (measure_id, forecast_year, outcome_ytd, status, sys_from) where not is_draft;
    drop index measure_effects_year;
    create index measure_effects_year on measure_effects (tenant_id, year)
      include (measure_id, cost_type, amount, sys_from);
    create index measure_reports_history_measure on measure_reports_history (measure_id, period);

    create function balans_enter_session(p_token_hash text, p_as_of text)
      returns table (tenant_id uuid, user_id uuid, csrf_token text, user_name text, grants json)
      language plpgsql as $fn$
    declare
      found_session record;
    begin
      select s.tenant_id, s.user_id, s.csrf_token into found_session
        from sessions s where s.token_hash = p_token_hash and s.expires_at > now();
      if not found then
        return;
      end if;
      perform set_config('role', 'balans_app', true), set_config('app.tenant_id', found_session.tenant_id::text, true),
        set_config('app.as_of', p_as_of, true);
      return query
        select found_session.tenant_id, found_session.user_id, found_session.csrf_token, u.name,
          coalesce((select json_agg(json_build_object('role', g.role, 'orgUnitId', g.org_unit_id) order by g.created_at)
            from role_grants g where g.user_id = u.id), '[]'::json)
        from users u where u.id = found_session.user_id and u.is_active;
    end $fn$;
    revoke all on function balans_enter_session(text, text) from public;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop function balans_enter_session(text, text);
    drop index measure_reports_history_measure;
    drop index measure_effects_year;
    create index measure_effects_year on measure_effects (tenant_id, year) include (measure_id, cost_type, amount);
    drop index measure_reports_submitted;
    create index measure_reports_period on measure_reports (tenant_id, period)
      include (measure_id, forecast_year, outcome_ytd, status, is_draft);
  `.execute(db);
}
