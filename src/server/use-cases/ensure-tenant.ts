import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { findTenantBySlug, insertTenant, type TenantRecord } from '../repositories/tenant-repository';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The tenant with `slug`, created (named `name`) when missing. */
export async function ensureTenant(db: Kysely<Database>, slug: string, name?: string): Promise<TenantRecord> {
  if (!SLUG.test(slug)) {
    throw new AppError('VALIDATION', `Ogiltig organisationskod "${slug}": använd a–z, 0–9 och bindestreck`);
  }
  const existing = await findTenantBySlug(db, slug);
  if (existing) return existing;
  try {
    return await insertTenant(db, { slug, name: name ?? slug });
  } catch (error) {
    // Another process created it at the same moment.
    const created = await findTenantBySlug(db, slug);
    if (created) return created;
    throw error;
  }
}

export async function requireTenant(db: Kysely<Database>, slug: string): Promise<TenantRecord> {
  const tenant = await findTenantBySlug(db, slug);
  if (!tenant) throw new AppError('NOT_FOUND', `Organisationen "${slug}" finns inte`);
  return tenant;
}
