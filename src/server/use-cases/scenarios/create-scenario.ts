import type { TScenario, TScenarioCreate } from '../../../shared/schemas/scenario';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { conflictOnDuplicate } from '../../db/unique-violation';
import { appendAudit } from '../../repositories/audit-repository';
import { insertScenario } from '../../repositories/scenario-repository';
import { checkScenarioFields, scenarioNameTaken } from './check-scenario-fields';
import { requireScenarioEditor } from './scenario-access';

export async function createScenario(trx: Tx, actor: Actor, input: TScenarioCreate): Promise<TScenario> {
  await requireScenarioEditor(trx, actor, 'skapa');
  await checkScenarioFields(trx, input);
  const created = await conflictOnDuplicate(
    () => insertScenario(trx, actor.tenantId, input, actor.name),
    () => scenarioNameTaken(input.name),
  );
  await appendAudit(trx, [auditEntry(actor, 'scenario', created.id, 'create', null, created)]);
  return created;
}
