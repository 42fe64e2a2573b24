import type { Kysely } from 'kysely';
import type { Actor } from '../../actor';
import type { Database } from '../../db/schema';
import { type Tx, withTenant } from '../../db/tenant-scope';
import { listUsersWithGrants } from '../users/user-changes';

/**
 * When each step of the demo's history happened (Swedish time): the plan built in September 2023 and decided
 * by regionfullmäktige on 28 November 2023, the measure cancelled in June 2024. The reporting rounds of 2024
 * have their own dates (demo-rounds.ts).
 */
export const DEMO_DATES = {
  tenant: '2023-09-04T08:30:00+02:00',
  imported: '2023-09-04T09:00:00+02:00',
  users: '2023-09-05T10:00:00+02:00',
  linked: '2023-09-05T10:30:00+02:00',
  proposed: '2023-10-02T13:00:00+02:00',
  scenario: '2023-10-06T11:00:00+02:00',
  prepared: '2023-10-30T15:00:00+01:00',
  bodies: '2023-09-05T11:00:00+02:00',
  decided: '2023-11-28T17:30:00+01:00',
  cancelled: '2024-06-12T14:00:00+02:00',
} as const;

/** The demo's users as actors, by username: who did what in the history. */
export async function demoActors(db: Kysely<Database>, tenantId: string): Promise<Map<string, Actor>> {
  const users = await withTenant(db, tenantId, (trx) => listUsersWithGrants(trx));
  return new Map(
    users.map((user) => [
      user.username,
      {
        tenantId,
        userId: user.id,
        name: user.name,
        grants: user.grants.map(({ role, orgUnitId }) => ({ role, orgUnitId })),
        isSystem: false,
      },
    ]),
  );
}

/** Runs one step of the history in its own transaction, dated `clock`. */
export function dated<T>(
  db: Kysely<Database>,
  tenantId: string,
  clock: string,
  work: (trx: Tx) => Promise<T>,
): Promise<T> {
  return withTenant(db, tenantId, work, { clock });
}
