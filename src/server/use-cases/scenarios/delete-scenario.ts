import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError, notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { deleteScenario as deleteScenarioRow, findScenario } from '../../repositories/scenario-repository';
import { requireScenarioEditor } from './scenario-access';

/** Deletes a scenario the caller saw at `version`; what it said stays in the audit log and its history. */
export async function deleteScenario(trx: Tx, actor: Actor, id: string, version: number): Promise<void> {
  await requireScenarioEditor(trx, actor, 'ta bort');
  const current = await findScenario(trx, id);
  if (!current) throw notFound('Scenariot');
  if (current.version !== version) {
    throw new AppError('VERSION_CONFLICT', 'Scenariot har ändrats sedan du öppnade det; det togs inte bort', {
      current,
    });
  }
  await deleteScenarioRow(trx, id);
  await appendAudit(trx, [auditEntry(actor, 'scenario', id, 'delete', current, null)]);
}
