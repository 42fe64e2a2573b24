import { unitPaths } from '../../../domain/org-tree';
import type { TCommitment } from '../../../shared/schemas/commitment';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden, notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { findCommitment, updateCommitment } from '../../repositories/commitment-repository';
import { loadTree } from '../load-access';
import { presentCommitment } from './present-commitment';

/**
 * The manager's signed acceptance of the commitment at `version`: the version proves which amount he or she
 * accepted, so a commitment changed in the meantime is refused rather than accepted unseen.
 */
export async function acceptCommitment(
  trx: Tx,
  actor: Actor,
  id: string,
  version: number,
): Promise<TCommitment> {
  const current = await findCommitment(trx, id);
  if (!current) throw notFound('Betinget');
  if (actor.userId === null || current.managerUserId !== actor.userId) {
    throw forbidden('Bara den chef som betinget gäller kan godkänna det');
  }
  const paths = unitPaths((await loadTree(trx)).units);
  if (current.version !== version) {
    throw new AppError(
      'VERSION_CONFLICT',
      'Betinget har ändrats sedan du öppnade det; läs det nya beloppet innan du godkänner',
      { current: presentCommitment(current, paths) },
    );
  }
  if (current.acceptedAt !== null) return presentCommitment(current, paths);
  const isSaved = await updateCommitment(trx, id, current.version, {
    amount: current.amount,
    managerUserId: current.managerUserId,
    acceptedByUserId: actor.userId,
    acceptedAt: new Date(),
  });
  if (!isSaved)
    throw new AppError('VERSION_CONFLICT', 'Betinget ändrades samtidigt av någon annan; försök igen');
  const accepted = (await findCommitment(trx, id))!;
  await appendAudit(trx, [auditEntry(actor, 'commitment', id, 'update', current, accepted)]);
  return presentCommitment(accepted, paths);
}
