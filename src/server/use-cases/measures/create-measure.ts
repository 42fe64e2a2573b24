import { canManageUnit } from '../../../domain/access';
import { needsRegisteredDecision } from '../../../domain/measure-status';
import type { TMeasure, TMeasureInput } from '../../../shared/schemas/measure';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { conflictOnDuplicate } from '../../db/unique-violation';
import { forbidden } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { findMeasure, insertMeasures } from '../../repositories/measure-repository';
import { guardFigureLimit } from '../figure-limit';
import { loadTree, requirePlan } from '../load-access';
import { checkMeasureInput, measureCodeTaken } from './check-measure-input';
import { decisionFirst } from './decision-first';

export async function createMeasure(
  trx: Tx,
  actor: Actor,
  planId: string,
  input: TMeasureInput,
): Promise<TMeasure> {
  const plan = await requirePlan(trx, planId);
  const { parents } = await loadTree(trx);
  if (!canManageUnit(actor, parents, input.orgUnitId)) {
    throw forbidden('Du kan bara lägga till åtgärder inom enheter där du är controller eller administratör');
  }
  if (needsRegisteredDecision(null, input.status)) throw decisionFirst(input.status);
  await checkMeasureInput(trx, plan, input, null);
  const figures = await guardFigureLimit(trx);
  const [id] = await conflictOnDuplicate(
    () => insertMeasures(trx, actor.tenantId, plan.id, [input]),
    () => measureCodeTaken(input.code),
  );
  await figures.check();
  const created = (await findMeasure(trx, id!))!;
  await appendAudit(trx, [auditEntry(actor, 'measure', created.id, 'create', null, created)]);
  return created;
}
