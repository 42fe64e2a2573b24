import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Tenants are found and created before any tenant scope exists (login, CLI), so these functions run on the
 * owner connection, outside row-level security. They touch nothing but the tenants table.
 */

export interface TenantRecord {
  id: string;
  slug: string;
  name: string;
  settings: Record<string, unknown>;
}

export async function findTenantBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<TenantRecord | undefined> {
  return db
    .selectFrom('tenants')
    .select(['id', 'slug', 'name', 'settings'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function insertTenant(
  db: Kysely<Database>,
  tenant: { slug: string; name: string },
): Promise<TenantRecord> {
  return db
    .insertInto('tenants')
    .values({ slug: tenant.slug, name: tenant.name })
    .returning(['id', 'slug', 'name', 'settings'])
    .executeTakeFirstOrThrow();
}
