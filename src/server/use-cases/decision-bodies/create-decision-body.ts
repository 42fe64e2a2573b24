import type { TDecisionBody, TDecisionBodyInput } from '../../../shared/schemas/decision-body';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { conflictOnDuplicate } from '../../db/unique-violation';
import { appendAudit } from '../../repositories/audit-repository';
import { findDecisionBody, insertDecisionBody } from '../../repositories/decision-body-repository';
import { loadTree } from '../load-access';
import { checkDecisionBody, nameTaken, requireBodyManager } from './check-decision-body';
import { presentDecisionBodies } from './present-decision-body';

export async function createDecisionBody(
  trx: Tx,
  actor: Actor,
  input: TDecisionBodyInput,
): Promise<TDecisionBody> {
  const { units } = await loadTree(trx);
  requireBodyManager(actor, units);
  await checkDecisionBody(trx, units, input, null);
  const id = await conflictOnDuplicate(
    () => insertDecisionBody(trx, actor.tenantId, input),
    () => nameTaken(input.name),
  );
  const [created] = await presentDecisionBodies(trx, [(await findDecisionBody(trx, id))!]);
  await appendAudit(trx, [auditEntry(actor, 'decisionBody', id, 'create', null, created)]);
  return created!;
}
