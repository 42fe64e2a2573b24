import { ancestry, canManageUnit, canReadUnit, isTenantAdmin } from '../../../domain/access';
import { unitPaths } from '../../../domain/org-tree';
import { compareSwedish } from '../../../shared/collation';
import type { OrgUnitKind } from '../../../shared/enums';
import type { TOrgUnit } from '../../../shared/schemas/org-unit';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { conflictOnDuplicate } from '../../db/unique-violation';
import { AppError, forbidden, notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  deleteOrgUnit as deleteOrgUnitRow,
  insertOrgUnit,
  isOrgUnitInUse,
  type OrgUnitRecord,
  updateOrgUnit as updateOrgUnitRow,
} from '../../repositories/org-unit-repository';
import { loadTree } from '../load-access';

function present(units: OrgUnitRecord[], unit: OrgUnitRecord): TOrgUnit {
  return { ...unit, path: unitPaths(units).get(unit.id)! };
}

function nameTaken(units: OrgUnitRecord[], parentId: string | null, name: string, except?: string): boolean {
  const wanted = name.toLocaleLowerCase('sv');
  return units.some(
    (u) => u.parentId === parentId && u.id !== except && u.name.toLocaleLowerCase('sv') === wanted,
  );
}

/** The units the actor may see, each with its full path. */
export async function listVisibleOrgUnits(trx: Tx, actor: Actor): Promise<TOrgUnit[]> {
  const { units, parents } = await loadTree(trx);
  const paths = unitPaths(units);
  return units
    .filter((unit) => canReadUnit(actor, parents, unit.id))
    .map((unit) => ({ ...unit, path: paths.get(unit.id)! }))
    .sort((a, b) => compareSwedish(a.path, b.path));
}

function unitNameTaken(name: string): AppError {
  return new AppError('CONFLICT', `Det finns redan en enhet som heter "${name}" på samma nivå`);
}

/** An organisation has exactly one top unit (issue 11, item 4; the index org_units_one_top enforces it too). */
function refuseSecondTop(units: readonly OrgUnitRecord[]): void {
  const top = units.find((unit) => unit.parentId === null);
  if (top) {
    throw new AppError(
      'CONFLICT',
      `Organisationen har redan en toppenhet (${top.name}); en ny enhet måste ligga under den`,
      { details: [{ field: 'parentId', message: `Välj en överordnad enhet under ${top.name}` }] },
    );
  }
}

export async function createOrgUnit(
  trx: Tx,
  actor: Actor,
  input: { parentId: string | null; name: string; kind: OrgUnitKind; code: string | null },
): Promise<TOrgUnit> {
  const { units, parents } = await loadTree(trx);
  const allowed =
    input.parentId === null ? isTenantAdmin(actor, units) : canManageUnit(actor, parents, input.parentId);
  if (!allowed) throw forbidden('Du får inte lägga till enheter här');
  if (input.parentId !== null && !parents.has(input.parentId)) throw notFound('Överordnad enhet');
  if (input.parentId === null) refuseSecondTop(units);
  if (nameTaken(units, input.parentId, input.name)) throw unitNameTaken(input.name);
  const created = await conflictOnDuplicate(
    () => insertOrgUnit(trx, actor.tenantId, input),
    () => unitNameTaken(input.name),
  );
  await appendAudit(trx, [auditEntry(actor, 'orgUnit', created.id, 'create', null, created)]);
  return present([...units, created], created);
}

export async function updateOrgUnit(
  trx: Tx,
  actor: Actor,
  id: string,
  patch: {
    version: number;
    parentId?: string | null;
    name?: string;
    kind?: OrgUnitKind;
    code?: string | null;
  },
): Promise<TOrgUnit> {
  const { units, parents } = await loadTree(trx);
  const current = units.find((unit) => unit.id === id);
  if (!current) throw notFound('Enheten');
  if (!canManageUnit(actor, parents, id)) throw forbidden('Du får inte ändra den här enheten');
  if (current.version !== patch.version) {
    throw new AppError('VERSION_CONFLICT', 'Enheten har ändrats av någon annan sedan du öppnade den', {
      current: present(units, current),
    });
  }
  const { version: _version, ...change } = patch;
  const next = {
    parentId: current.parentId,
    name: current.name,
    kind: current.kind,
    code: current.code,
    ...change,
  };
  if (next.parentId !== current.parentId) {
    if (
      next.parentId === null ? !isTenantAdmin(actor, units) : !canManageUnit(actor, parents, next.parentId)
    ) {
      throw forbidden('Du får inte flytta enheten dit');
    }
    if (next.parentId === null) refuseSecondTop(units);
    if (next.parentId !== null && ancestry(parents, next.parentId).includes(id)) {
      throw new AppError('VALIDATION', 'En enhet kan inte flyttas in under sig själv');
    }
  }
  if (nameTaken(units, next.parentId, next.name, id)) throw unitNameTaken(next.name);
  const updated = await conflictOnDuplicate(
    () => updateOrgUnitRow(trx, id, current.version, next),
    () => unitNameTaken(next.name),
  );
  if (!updated)
    throw new AppError('VERSION_CONFLICT', 'Enheten ändrades samtidigt av någon annan; försök igen');
  await appendAudit(trx, [auditEntry(actor, 'orgUnit', id, 'update', current, updated)]);
  return present(
    units.map((unit) => (unit.id === id ? updated : unit)),
    updated,
  );
}

export async function deleteOrgUnit(trx: Tx, actor: Actor, id: string): Promise<void> {
  const { units, parents } = await loadTree(trx);
  const current = units.find((unit) => unit.id === id);
  if (!current) throw notFound('Enheten');
  const allowed =
    current.parentId === null ? isTenantAdmin(actor, units) : canManageUnit(actor, parents, current.parentId);
  if (!allowed) throw forbidden('Du får inte ta bort den här enheten');
  if (await isOrgUnitInUse(trx, id)) {
    throw new AppError(
      'CONFLICT',
      'Enheten har underenheter, åtgärder, behörigheter eller mål och kan inte tas bort',
    );
  }
  await deleteOrgUnitRow(trx, id);
  await appendAudit(trx, [auditEntry(actor, 'orgUnit', id, 'delete', current, null)]);
}
