import { type Kysely, sql } from 'kysely';

/**
 * An organisation has exactly one top unit (issue 11, item 4). An import that misspelt the top unit used to
 * create a second one, after which every whole-organisation view refused everybody, the admin included.
 *
 * Repair first: in a tenant with several top units the oldest stays the top, and every later one moves under
 * it (renamed "Namn (2)" when a unit of that name is already there), so that the admin sees the strays and can
 * correct or remove them. Row-level security is forced on org_units, so each tenant is repaired with its own
 * app.tenant_id set. Then a unique partial index makes a second top unit impossible for any code path.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    do $$
    declare
      tenant record;
      keep uuid;
      stray record;
      wanted text;
      n integer;
    begin
      for tenant in select id from tenants loop
        perform set_config('app.tenant_id', tenant.id::text, true);
        select id into keep from org_units where tenant_id = tenant.id and parent_id is null
          order by created_at, id limit 1;
        for stray in select id, name from org_units
            where tenant_id = tenant.id and parent_id is null and id <> keep order by created_at, id loop
          wanted := stray.name;
          n := 1;
          while exists (select 1 from org_units where tenant_id = tenant.id and parent_id = keep
                          and lower(name) = lower(wanted)) loop
            n := n + 1;
            wanted := left(stray.name, 190) || ' (' || n || ')';
          end loop;
          update org_units set parent_id = keep, name = wanted, version = version + 1, updated_at = now()
            where id = stray.id;
        end loop;
      end loop;
      perform set_config('app.tenant_id', '', true);
    end $$;
    create unique index org_units_one_top on org_units (tenant_id) where parent_id is null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists org_units_one_top`.execute(db);
}
