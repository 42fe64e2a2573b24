import type { TScenario, TScenarioPatch } from '../../../shared/schemas/scenario';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { conflictOnDuplicate } from '../../db/unique-violation';
import { AppError, notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  findScenario,
  type ScenarioFields,
  updateScenario as updateScenarioRow,
} from '../../repositories/scenario-repository';
import { checkScenarioFields, scenarioNameTaken } from './check-scenario-fields';
import { requireScenarioEditor } from './scenario-access';

/**
 * Applies a partial change made against `patch.version` (`input` is replaced as a whole). When the scenario
 * has been saved by someone else since, nothing changes and the caller gets VERSION_CONFLICT with the
 * current scenario.
 */
export async function updateScenario(
  trx: Tx,
  actor: Actor,
  id: string,
  patch: TScenarioPatch,
): Promise<TScenario> {
  await requireScenarioEditor(trx, actor, 'ändra');
  const current = await findScenario(trx, id);
  if (!current) throw notFound('Scenariot');
  if (patch.version !== current.version) {
    throw new AppError('VERSION_CONFLICT', 'Scenariot har ändrats av någon annan sedan du öppnade det', {
      current,
    });
  }
  const after: ScenarioFields = {
    name: patch.name ?? current.name,
    planId: patch.planId !== undefined ? patch.planId : current.planId,
    planSource: patch.planSource ?? current.planSource,
    sourceNote: patch.sourceNote !== undefined ? patch.sourceNote : current.sourceNote,
    sourceDate: patch.sourceDate !== undefined ? patch.sourceDate : current.sourceDate,
    input: patch.input ?? current.input,
  };
  await checkScenarioFields(trx, after, id);
  const updated = await conflictOnDuplicate(
    () => updateScenarioRow(trx, id, current.version, after),
    () => scenarioNameTaken(after.name),
  );
  if (!updated)
    throw new AppError('VERSION_CONFLICT', 'Scenariot ändrades samtidigt av någon annan; försök igen');
  await appendAudit(trx, [auditEntry(actor, 'scenario', id, 'update', current, updated)]);
  return updated;
}
