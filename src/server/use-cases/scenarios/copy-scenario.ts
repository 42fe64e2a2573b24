import type { TScenario } from '../../../shared/schemas/scenario';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { conflictOnDuplicate } from '../../db/unique-violation';
import { notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { findScenario, insertScenario } from '../../repositories/scenario-repository';
import { checkScenarioFields, scenarioNameTaken } from './check-scenario-fields';
import { requireScenarioEditor } from './scenario-access';

/** A new scenario named `name` with the assumptions, source and plan link of scenario `id`. */
export async function copyScenario(trx: Tx, actor: Actor, id: string, name: string): Promise<TScenario> {
  await requireScenarioEditor(trx, actor, 'kopiera');
  const original = await findScenario(trx, id);
  if (!original) throw notFound('Scenariot');
  const fields = {
    name,
    planId: original.planId,
    planSource: original.planSource,
    sourceNote: original.sourceNote,
    sourceDate: original.sourceDate,
    input: original.input,
  };
  await checkScenarioFields(trx, fields);
  const copy = await conflictOnDuplicate(
    () => insertScenario(trx, actor.tenantId, fields, actor.name),
    () => scenarioNameTaken(name),
  );
  await appendAudit(trx, [
    auditEntry(actor, 'scenario', copy.id, 'create', null, { ...copy, copiedFrom: original.id }),
  ]);
  return copy;
}
