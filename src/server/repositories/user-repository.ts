import { sql } from 'kysely';
import type { Role } from '../../shared/enums';
import type { Tx } from '../db/tenant-scope';

export interface UserRecord {
  id: string;
  username: string;
  name: string;
  email: string | null;
  isActive: boolean;
}

export interface GrantRecord {
  id: string;
  userId: string;
  role: Role;
  orgUnitId: string;
}

const COLUMNS = ['id', 'username', 'name', 'email', 'isActive'] as const;

export async function listUsers(trx: Tx): Promise<UserRecord[]> {
  return trx.selectFrom('users').select(COLUMNS).orderBy('name').execute();
}

export async function findUser(trx: Tx, id: string): Promise<UserRecord | undefined> {
  return trx.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** An active user's name and role grants in one statement (a request reads them with its session instead: balans_enter_session, migration 0005). */
export async function findActiveUserWithGrants(
  trx: Tx,
  id: string,
): Promise<{ name: string; grants: { role: string; orgUnitId: string }[] } | undefined> {
  const result = await sql<{ name: string; grants: { role: string; orgUnitId: string }[] }>`
    select u.name, coalesce(
      (select json_agg(json_build_object('role', g.role, 'orgUnitId', g.org_unit_id) order by g.created_at)
       from role_grants g where g.user_id = u.id), '[]') as grants
    from users u where u.id = ${id} and u.is_active`.execute(trx);
  return result.rows[0];
}

export async function findUserCredentials(
  trx: Tx,
  username: string,
): Promise<(UserRecord & { passwordHash: string | null }) | undefined> {
  return trx
    .selectFrom('users')
    .select([...COLUMNS, 'passwordHash'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}

export async function insertUser(
  trx: Tx,
  tenantId: string,
  user: { username: string; name: string; email: string | null; passwordHash: string | null },
): Promise<UserRecord> {
  return trx
    .insertInto('users')
    .values({ tenantId, ...user })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function updateUser(
  trx: Tx,
  id: string,
  change: Partial<{ name: string; email: string | null; isActive: boolean; passwordHash: string }>,
): Promise<UserRecord | undefined> {
  return trx.updateTable('users').set(change).where('id', '=', id).returning(COLUMNS).executeTakeFirst();
}

export async function listGrants(trx: Tx, userId?: string): Promise<GrantRecord[]> {
  let query = trx.selectFrom('roleGrants').select(['id', 'userId', 'role', 'orgUnitId']);
  if (userId) query = query.where('userId', '=', userId);
  return (await query.orderBy('createdAt').execute()) as GrantRecord[];
}

export async function insertGrant(
  trx: Tx,
  tenantId: string,
  grant: { userId: string; role: Role; orgUnitId: string },
): Promise<GrantRecord> {
  return (await trx
    .insertInto('roleGrants')
    .values({ tenantId, ...grant })
    .onConflict((oc) => oc.columns(['userId', 'role', 'orgUnitId']).doUpdateSet({ role: grant.role }))
    .returning(['id', 'userId', 'role', 'orgUnitId'])
    .executeTakeFirstOrThrow()) as GrantRecord;
}

export async function deleteGrant(trx: Tx, id: string): Promise<GrantRecord | undefined> {
  return (await trx
    .deleteFrom('roleGrants')
    .where('id', '=', id)
    .returning(['id', 'userId', 'role', 'orgUnitId'])
    .executeTakeFirst()) as GrantRecord | undefined;
}
