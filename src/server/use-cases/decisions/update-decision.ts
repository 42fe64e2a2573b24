import { canRecordDecisions } from '../../../domain/access';
import { type TDecision, type TDecisionPatch, ZDecisionInput } from '../../../shared/schemas/decision';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden, notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { findDecision, updateDecision as updateDecisionRow } from '../../repositories/decision-repository';
import { loadTree } from '../load-access';
import { checkDecisionInput } from './check-decision-input';

/**
 * Applies a partial change made against `patch.version`. When the decision has been saved by someone else
 * since, nothing changes and the caller gets VERSION_CONFLICT with the current decision.
 */
export async function updateDecision(
  trx: Tx,
  actor: Actor,
  id: string,
  patch: TDecisionPatch,
): Promise<TDecision> {
  const { units } = await loadTree(trx);
  if (!canRecordDecisions(actor, units)) {
    throw forbidden('Bara en administratör eller en controller för hela organisationen kan ändra beslut');
  }
  const current = await findDecision(trx, id);
  if (!current) throw notFound('Beslutet');
  if (patch.version !== current.version) {
    throw new AppError('VERSION_CONFLICT', 'Beslutet har ändrats av någon annan sedan du öppnade det', {
      current,
    });
  }
  const { version: _version, ...changes } = patch;
  const { id: _id, version: _v, createdAt: _c, ...before } = current;
  const after = ZDecisionInput.parse({ ...before, ...changes });
  await checkDecisionInput(trx, after);
  const version = await updateDecisionRow(trx, actor.tenantId, id, current.version, after);
  if (version === undefined) {
    throw new AppError('VERSION_CONFLICT', 'Beslutet ändrades samtidigt av någon annan; försök igen');
  }
  const updated = (await findDecision(trx, id))!;
  await appendAudit(trx, [auditEntry(actor, 'decision', id, 'update', current, updated)]);
  return updated;
}
