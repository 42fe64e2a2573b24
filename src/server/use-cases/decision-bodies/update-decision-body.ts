import type { TDecisionBody, TDecisionBodyPatch } from '../../../shared/schemas/decision-body';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { conflictOnDuplicate } from '../../db/unique-violation';
import { AppError, notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  findDecisionBody,
  updateDecisionBody as saveBody,
} from '../../repositories/decision-body-repository';
import { loadTree } from '../load-access';
import { checkDecisionBody, nameTaken, requireBodyManager } from './check-decision-body';
import { presentDecisionBodies } from './present-decision-body';

/**
 * Changes a body seen at `patch.version` (VERSION_CONFLICT with the current body otherwise). A body is never
 * deleted — its decisions name it — but `active: false` retires it: it then decides nothing.
 */
export async function updateDecisionBody(
  trx: Tx,
  actor: Actor,
  id: string,
  patch: TDecisionBodyPatch,
): Promise<TDecisionBody> {
  const { units } = await loadTree(trx);
  requireBodyManager(actor, units);
  const stored = await findDecisionBody(trx, id);
  if (!stored) throw notFound('Organet');
  const [current] = await presentDecisionBodies(trx, [stored]);
  if (patch.version !== stored.version) {
    throw new AppError('VERSION_CONFLICT', 'Organet har ändrats av någon annan sedan du öppnade det', {
      current,
    });
  }
  const { version: _version, ...changes } = patch;
  const after = {
    name: changes.name ?? stored.name,
    orgUnitId: changes.orgUnitId ?? stored.orgUnitId,
    decisionLimit: changes.decisionLimit === undefined ? stored.decisionLimit : changes.decisionLimit,
    sortOrder: changes.sortOrder ?? stored.sortOrder,
    active: changes.active ?? stored.active,
  };
  await checkDecisionBody(trx, units, after, id);
  const version = await conflictOnDuplicate(
    () => saveBody(trx, id, stored.version, after),
    () => nameTaken(after.name),
  );
  if (version === undefined) {
    throw new AppError('VERSION_CONFLICT', 'Organet ändrades samtidigt av någon annan; försök igen');
  }
  const [updated] = await presentDecisionBodies(trx, [(await findDecisionBody(trx, id))!]);
  await appendAudit(trx, [auditEntry(actor, 'decisionBody', id, 'update', current, updated)]);
  return updated!;
}
