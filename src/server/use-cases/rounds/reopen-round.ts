import { unitPaths } from '../../../domain/org-tree';
import type { TRound } from '../../../shared/schemas/round';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import { findRound, setRoundStatus, unfreezeRound } from '../../repositories/round-repository';
import { loadTree } from '../load-access';
import { checkManagedRound, presentRound, requireVisibleRound } from './round-access';

/**
 * Reopens a closed round: releases the period's freeze on the measures this round froze. The reason goes
 * into the audit log with the change, because a reopened period means figures already shown may change.
 */
export async function reopenRound(
  trx: Tx,
  actor: Actor,
  id: string,
  change: { version: number; reason: string },
): Promise<TRound> {
  if (!change.reason.trim()) {
    const message = 'Ange varför omgången öppnas igen';
    throw new AppError('VALIDATION', message, { details: [{ field: 'reason', message }] });
  }
  const { units, parents } = await loadTree(trx);
  const round = await requireVisibleRound(trx, actor, parents, id);
  const paths = unitPaths(units);
  checkManagedRound(actor, parents, round, change.version, paths);
  if (round.status === 'open') throw new AppError('CONFLICT', 'Omgången är redan öppen');
  const changed = await setRoundStatus(trx, id, change.version, {
    status: 'open',
    closedBy: null,
    closedAt: null,
  });
  if (!changed)
    throw new AppError('VERSION_CONFLICT', 'Omgången ändrades samtidigt av någon annan; försök igen');
  const releasedMeasures = await unfreezeRound(trx, id);
  const reopened = (await findRound(trx, id))!;
  await appendAudit(trx, [
    auditEntry(actor, 'reportingRound', id, 'update', round, {
      ...reopened,
      reason: change.reason,
      releasedMeasures,
    }),
  ]);
  return presentRound(reopened, paths, true);
}
