import { canRecordDecisions } from '../../../domain/access';
import type { TDecision, TDecisionInput } from '../../../shared/schemas/decision';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { forbidden } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { findDecision, insertDecision } from '../../repositories/decision-repository';
import { loadTree } from '../load-access';
import { applyMeasureStatus } from './apply-measure-status';
import { checkDecisionInput, withDefaultStatus } from './check-decision-input';

/**
 * Registers a decision. A *beslut* with `measureStatus` is "Registrera beslut": its measures move to that
 * status in the same transaction, or nothing is saved (apply-measure-status.ts).
 */
export async function createDecision(trx: Tx, actor: Actor, given: TDecisionInput): Promise<TDecision> {
  const tree = await loadTree(trx);
  if (!canRecordDecisions(actor, tree.units)) {
    throw forbidden(
      'Bara en administratör eller en controller för hela organisationen kan registrera beslut',
    );
  }
  const input = withDefaultStatus(given);
  const body = await checkDecisionInput(trx, input);
  if (input.measureStatus !== null) {
    await applyMeasureStatus(trx, actor, tree, body, input.measureIds, input.measureStatus);
  }
  const id = await insertDecision(trx, actor.tenantId, { ...input, body: body.name });
  const created = (await findDecision(trx, id))!;
  await appendAudit(trx, [auditEntry(actor, 'decision', id, 'create', null, created)]);
  return created;
}
