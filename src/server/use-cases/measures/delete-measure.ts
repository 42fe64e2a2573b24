import { canEditMeasure } from '../../../domain/access';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden, notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { deleteMeasure as deleteMeasureRow, findMeasure } from '../../repositories/measure-repository';
import { loadTree } from '../load-access';

/** Deletes a measure the caller saw at `version`; its history stays in the audit log. */
export async function deleteMeasure(trx: Tx, actor: Actor, id: string, version: number): Promise<void> {
  const current = await findMeasure(trx, id);
  if (!current) throw notFound('Åtgärden');
  const { parents } = await loadTree(trx);
  if (!canEditMeasure(actor, parents, current)) throw forbidden('Du får inte ta bort den här åtgärden');
  if (current.version !== version) {
    throw new AppError('VERSION_CONFLICT', 'Åtgärden har ändrats sedan du öppnade den; den togs inte bort', {
      current: { measure: current },
    });
  }
  await deleteMeasureRow(trx, id);
  await appendAudit(trx, [auditEntry(actor, 'measure', id, 'delete', current, null)]);
}
