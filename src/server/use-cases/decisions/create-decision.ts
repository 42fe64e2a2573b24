import { canRecordDecisions } from '../../../domain/access';
import type { TDecision, TDecisionInput } from '../../../shared/schemas/decision';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { forbidden } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { findDecision, insertDecision } from '../../repositories/decision-repository';
import { loadTree } from '../load-access';
import { checkDecisionInput } from './check-decision-input';

export async function createDecision(trx: Tx, actor: Actor, input: TDecisionInput): Promise<TDecision> {
  const { units } = await loadTree(trx);
  if (!canRecordDecisions(actor, units)) {
    throw forbidden(
      'Bara en administratör eller en controller för hela organisationen kan registrera beslut',
    );
  }
  await checkDecisionInput(trx, input);
  const id = await insertDecision(trx, actor.tenantId, input);
  const created = (await findDecision(trx, id))!;
  await appendAudit(trx, [auditEntry(actor, 'decision', id, 'create', null, created)]);
  return created;
}
