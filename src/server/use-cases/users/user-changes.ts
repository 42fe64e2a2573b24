import { isTenantAdmin } from '../../../domain/access';
import type { Role } from '../../../shared/enums';
import type { TUser, TUserInput } from '../../../shared/schemas/user';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import { hashPassword } from '../../auth/password';
import type { Tx } from '../../db/tenant-scope';
import { conflictOnDuplicate } from '../../db/unique-violation';
import { AppError, forbidden, notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  deleteGrant,
  findUser,
  type GrantRecord,
  insertGrant,
  insertUser,
  listGrants,
  listUsers as listUserRows,
} from '../../repositories/user-repository';
import { loadTree } from '../load-access';

async function requireAdmin(trx: Tx, actor: Actor, action: string): Promise<Set<string>> {
  const { units } = await loadTree(trx);
  if (!isTenantAdmin(actor, units)) throw forbidden(`Bara en administratör kan ${action}`);
  return new Set(units.map((unit) => unit.id));
}

/** Users with their role grants. Everyone logged in may see who holds which role (it is public in a region). */
export async function listUsersWithGrants(trx: Tx): Promise<TUser[]> {
  const [users, grants] = await Promise.all([listUserRows(trx), listGrants(trx)]);
  return users.map((user) => ({ ...user, grants: grants.filter((grant) => grant.userId === user.id) }));
}

export async function createUser(trx: Tx, actor: Actor, input: TUserInput): Promise<TUser> {
  const unitIds = await requireAdmin(trx, actor, 'skapa användare');
  const taken = (await listUserRows(trx)).some(
    (u) => u.username.toLowerCase() === input.username.toLowerCase(),
  );
  const usernameTaken = () => new AppError('CONFLICT', `Användarnamnet "${input.username}" är upptaget`);
  if (taken) throw usernameTaken();
  input.grants.forEach((grant, index) => {
    if (!unitIds.has(grant.orgUnitId)) {
      throw new AppError('VALIDATION', 'Enheten finns inte', {
        details: [{ field: `grants.${index}.orgUnitId`, message: 'Enheten finns inte' }],
      });
    }
  });
  const passwordHash = await hashPassword(input.password);
  const user = await conflictOnDuplicate(
    () =>
      insertUser(trx, actor.tenantId, {
        username: input.username,
        name: input.name,
        email: input.email,
        passwordHash,
      }),
    usernameTaken,
  );
  const grants: GrantRecord[] = [];
  for (const grant of input.grants)
    grants.push(await insertGrant(trx, actor.tenantId, { userId: user.id, ...grant }));
  await appendAudit(trx, [auditEntry(actor, 'user', user.id, 'create', null, { ...user, grants })]);
  return { ...user, grants };
}

export async function grantRole(
  trx: Tx,
  actor: Actor,
  userId: string,
  grant: { role: Role; orgUnitId: string },
): Promise<TUser> {
  const unitIds = await requireAdmin(trx, actor, 'dela ut roller');
  const user = await findUser(trx, userId);
  if (!user) throw notFound('Användaren');
  if (!unitIds.has(grant.orgUnitId)) throw notFound('Enheten');
  const created = await insertGrant(trx, actor.tenantId, { userId, ...grant });
  await appendAudit(trx, [auditEntry(actor, 'roleGrant', created.id, 'create', null, created)]);
  return { ...user, grants: await listGrants(trx, userId) };
}

export async function revokeRole(trx: Tx, actor: Actor, userId: string, grantId: string): Promise<TUser> {
  await requireAdmin(trx, actor, 'ta bort roller');
  const user = await findUser(trx, userId);
  if (!user) throw notFound('Användaren');
  const grants = await listGrants(trx, userId);
  if (!grants.some((grant) => grant.id === grantId)) throw notFound('Behörigheten');
  const removed = await deleteGrant(trx, grantId);
  await appendAudit(trx, [auditEntry(actor, 'roleGrant', grantId, 'delete', removed, null)]);
  return { ...user, grants: await listGrants(trx, userId) };
}
