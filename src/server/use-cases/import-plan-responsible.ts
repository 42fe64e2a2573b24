import { canBeResponsible, type Grant, parentMap } from '../../domain/access';
import type { Tx } from '../db/tenant-scope';
import type { ImportIssue } from '../io/plan-workbook';
import { listOrgUnits } from '../repositories/org-unit-repository';
import { listGrants, listUsers } from '../repositories/user-repository';

/**
 * Which user the `Ansvarig` cell of an imported row names (by name or username, case not counted). A named
 * user who could not act on the measure — inactive, or not a manager, controller or admin over its unit
 * (issue 11, item 22) — is not made responsible: the name is kept as text, with a warning at the cell.
 * Reads the tree after the import has created its units.
 */
export async function responsibleResolver(trx: Tx) {
  const users = await listUsers(trx);
  const byName = new Map<string, (typeof users)[number]>();
  for (const user of users) {
    byName.set(user.name.toLocaleLowerCase('sv'), user);
    byName.set(user.username.toLocaleLowerCase('sv'), user);
  }
  const grants = new Map<string, Grant[]>();
  for (const grant of await listGrants(trx))
    grants.set(grant.userId, [...(grants.get(grant.userId) ?? []), grant]);
  const parents = parentMap(await listOrgUnits(trx));
  return (
    name: string | null,
    orgUnitId: string,
    cell: string,
  ): { id: string | null; warning?: ImportIssue } => {
    const user = name ? byName.get(name.toLocaleLowerCase('sv')) : undefined;
    if (!user) return { id: null };
    if (user.isActive && canBeResponsible(grants.get(user.id) ?? [], parents, orgUnitId))
      return { id: user.id };
    return {
      id: null,
      warning: {
        cell,
        message: `${user.name} kan inte vara ansvarig för åtgärden (den ansvariga måste vara aktiv chef, controller eller administratör för enheten); namnet sparas utan koppling till användaren`,
      },
    };
  };
}
