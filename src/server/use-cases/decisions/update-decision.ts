import { canRecordDecisions } from '../../../domain/access';
import { type TDecision, type TDecisionPatch, ZDecisionInput } from '../../../shared/schemas/decision';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden, notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { findDecision, updateDecision as updateDecisionRow } from '../../repositories/decision-repository';
import { loadTree } from '../load-access';
import { applyMeasureStatus } from './apply-measure-status';
import { checkDecisionInput, withDefaultStatus } from './check-decision-input';

/**
 * Applies a partial change made against `patch.version`. When the decision has been saved by someone else
 * since, nothing changes and the caller gets VERSION_CONFLICT with the current decision. The body's name is
 * kept as it was registered unless the decision is moved to another body.
 */
export async function updateDecision(
  trx: Tx,
  actor: Actor,
  id: string,
  patch: TDecisionPatch,
): Promise<TDecision> {
  const tree = await loadTree(trx);
  if (!canRecordDecisions(actor, tree.units)) {
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
  const { id: _id, version: _v, createdAt: _c, body: name, ...before } = current;
  const after = withDefaultStatus(ZDecisionInput.parse({ ...before, ...changes }));
  const body = await checkDecisionInput(trx, after);
  // A changed status, body or set of measures decides again: the measures move, each checked as on create.
  const decidesAgain =
    after.measureStatus !== current.measureStatus ||
    after.bodyId !== current.bodyId ||
    after.measureIds.some((measureId) => !current.measureIds.includes(measureId));
  if (after.measureStatus !== null && decidesAgain) {
    await applyMeasureStatus(trx, actor, tree, body, after.measureIds, after.measureStatus);
  }
  const stored = { ...after, body: after.bodyId === current.bodyId ? name : body.name };
  const version = await updateDecisionRow(trx, actor.tenantId, id, current.version, stored);
  if (version === undefined) {
    throw new AppError('VERSION_CONFLICT', 'Beslutet ändrades samtidigt av någon annan; försök igen');
  }
  const updated = (await findDecision(trx, id))!;
  await appendAudit(trx, [auditEntry(actor, 'decision', id, 'update', current, updated)]);
  return updated;
}
