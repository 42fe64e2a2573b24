import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Sessions are looked up by token before the tenant is known, so these functions run on the owner
 * connection (sessions is exempt from FORCE row-level security). Only the token's hash is stored.
 */

export interface SessionRecord {
  tokenHash: string;
  tenantId: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function insertSession(db: Kysely<Database>, session: SessionRecord): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function findSession(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<SessionRecord | undefined> {
  return db
    .selectFrom('sessions')
    .select(['tokenHash', 'tenantId', 'userId', 'csrfToken', 'expiresAt'])
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expiresAt', '<', now).execute();
}
