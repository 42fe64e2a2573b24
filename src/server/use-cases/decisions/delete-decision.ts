import { canRecordDecisions } from '../../../domain/access';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden, notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { deleteDecision as deleteDecisionRow, findDecision } from '../../repositories/decision-repository';
import { loadTree } from '../load-access';

/** Deletes a decision the caller saw at `version`; what it said stays in the audit log. */
export async function deleteDecision(trx: Tx, actor: Actor, id: string, version: number): Promise<void> {
  const { units } = await loadTree(trx);
  if (!canRecordDecisions(actor, units)) {
    throw forbidden('Bara en administratör eller en controller för hela organisationen kan ta bort beslut');
  }
  const current = await findDecision(trx, id);
  if (!current) throw notFound('Beslutet');
  if (current.version !== version) {
    throw new AppError('VERSION_CONFLICT', 'Beslutet har ändrats sedan du öppnade det; det togs inte bort', {
      current,
    });
  }
  await deleteDecisionRow(trx, id);
  await appendAudit(trx, [auditEntry(actor, 'decision', id, 'delete', current, null)]);
}
