import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { insertTenant, type TenantRecord } from '../repositories/tenant-repository';

/** A tenant of its own for one test: tests isolate themselves through the same row-level security users rely on. */
export async function createTestTenant(db: Kysely<Database>, name = 'Testregionen'): Promise<TenantRecord> {
  return insertTenant(db, { slug: `t-${randomBytes(6).toString('hex')}`, name });
}
