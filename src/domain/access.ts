import type { Role } from '../shared/enums';
import type { TreeUnit } from './org-tree';

/**
 * Who may do what (SPEC §1): a role is granted on an org-unit subtree. Pure rules; the server asks them for
 * every request with the actor's grants and the tenant's tree.
 */

export interface Grant {
  role: Role;
  orgUnitId: string;
}

export interface AccessActor {
  userId: string | null;
  grants: readonly Grant[];
  /** The CLI and the demo loader: trusted local operators. */
  isSystem: boolean;
}

export type ParentMap = ReadonlyMap<string, string | null>;

export function parentMap(units: readonly TreeUnit[]): ParentMap {
  return new Map(units.map((unit) => [unit.id, unit.parentId]));
}

/** The unit itself and all its ancestors, nearest first. */
export function ancestry(parents: ParentMap, unitId: string): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  let current: string | null | undefined = unitId;
  while (current && !seen.has(current)) {
    chain.push(current);
    seen.add(current);
    current = parents.get(current);
  }
  return chain;
}

/** The roles the actor holds at `unitId`: those granted on the unit or on any unit above it. */
export function rolesAt(actor: AccessActor, parents: ParentMap, unitId: string): Set<Role> {
  const above = new Set(ancestry(parents, unitId));
  return new Set(actor.grants.filter((grant) => above.has(grant.orgUnitId)).map((grant) => grant.role));
}

export function canReadUnit(actor: AccessActor, parents: ParentMap, unitId: string): boolean {
  return actor.isSystem || rolesAt(actor, parents, unitId).size > 0;
}

/** Whether the actor can see every unit: needed for figures of the whole organisation. */
export function canReadAll(actor: AccessActor, units: readonly TreeUnit[]): boolean {
  const parents = parentMap(units);
  return units.filter((unit) => unit.parentId === null).every((root) => canReadUnit(actor, parents, root.id));
}

/**
 * Editing a measure: an admin or a controller anywhere above it; a manager only the measures he or she is
 * responsible for, within his or her subtree. Readers and auditors never edit.
 */
export function canEditMeasure(
  actor: AccessActor,
  parents: ParentMap,
  measure: { orgUnitId: string; responsibleUserId: string | null },
): boolean {
  if (actor.isSystem) return true;
  const roles = rolesAt(actor, parents, measure.orgUnitId);
  if (roles.has('admin') || roles.has('controller')) return true;
  return roles.has('manager') && actor.userId !== null && measure.responsibleUserId === actor.userId;
}

/** Creating measures and maintaining the organisation below a unit: admin or controller there. */
export function canManageUnit(actor: AccessActor, parents: ParentMap, unitId: string): boolean {
  if (actor.isSystem) return true;
  const roles = rolesAt(actor, parents, unitId);
  return roles.has('admin') || roles.has('controller');
}

/**
 * Issue 11, item 22: a status step that is a decision (measure-status.ts `isDecisionStep`: to beslutad or
 * utgår, or taking one back) needs an admin or a controller over the measure's unit, never only a manager.
 */
export function canDecideMeasure(actor: AccessActor, parents: ParentMap, unitId: string): boolean {
  return canManageUnit(actor, parents, unitId);
}

/**
 * Who can be responsible for a measure of `unitId`: someone who can act on it — a manager, controller or
 * admin granted on the unit or above. A reader or an auditor would hold a measure nobody can report on.
 */
export function canBeResponsible(grants: readonly Grant[], parents: ParentMap, unitId: string): boolean {
  const roles = rolesAt({ userId: null, grants, isSystem: false }, parents, unitId);
  return roles.has('manager') || roles.has('controller') || roles.has('admin');
}

/** Tenant-wide administration (users, plans, targets, settings): admin granted on a top unit. */
export function isTenantAdmin(actor: AccessActor, units: readonly TreeUnit[]): boolean {
  if (actor.isSystem) return true;
  const roots = new Set(units.filter((unit) => unit.parentId === null).map((unit) => unit.id));
  return actor.grants.some((grant) => grant.role === 'admin' && roots.has(grant.orgUnitId));
}

/** Reading the whole audit log: auditors and admins granted at a top unit (they may see everything). */
export function canReadAudit(actor: AccessActor, units: readonly TreeUnit[]): boolean {
  if (actor.isSystem) return true;
  const roots = new Set(units.filter((unit) => unit.parentId === null).map((unit) => unit.id));
  return actor.grants.some(
    (grant) => (grant.role === 'auditor' || grant.role === 'admin') && roots.has(grant.orgUnitId),
  );
}

/**
 * Recording the decisions of political bodies and administration management: they concern the whole
 * organisation, so an admin or a controller granted on a top unit (as for importing a whole plan).
 */
export function canRecordDecisions(actor: AccessActor, units: readonly TreeUnit[]): boolean {
  if (actor.isSystem) return true;
  const roots = new Set(units.filter((unit) => unit.parentId === null).map((unit) => unit.id));
  return actor.grants.some(
    (grant) => (grant.role === 'admin' || grant.role === 'controller') && roots.has(grant.orgUnitId),
  );
}
