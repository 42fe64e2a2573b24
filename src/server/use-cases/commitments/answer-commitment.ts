import { canAnswerCommitment } from '../../../domain/commitments';
import { unitPaths } from '../../../domain/org-tree';
import { formatAmount } from '../../../shared/money';
import type { TCommitment } from '../../../shared/schemas/commitment';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden, notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  type CommitmentChange,
  type CommitmentRecord,
  findCommitment,
  updateCommitment,
} from '../../repositories/commitment-repository';
import { loadTree } from '../load-access';
import { presentCommitment } from './present-commitment';

export type CommitmentAnswer = { kind: 'accept'; amount: number } | { kind: 'decline'; reason: string };

/**
 * The responsible manager's answer to the commitment at `version`: a signed acceptance of the amount he or
 * she was shown (a different amount is refused, not accepted unseen), or a decline with a reason. A declined
 * commitment may later be accepted; an accepted one stands until the controller changes it.
 */
export async function answerCommitment(
  trx: Tx,
  actor: Actor,
  id: string,
  version: number,
  answer: CommitmentAnswer,
): Promise<TCommitment> {
  const current = await findCommitment(trx, id);
  if (!current) throw notFound('Betinget');
  if (!canAnswerCommitment(actor, current)) {
    throw forbidden(
      `Bara den chef som betinget gäller kan ${answer.kind === 'accept' ? 'acceptera' : 'avböja'} det`,
    );
  }
  const paths = unitPaths((await loadTree(trx)).units);
  if (answer.kind === 'accept' && answer.amount !== current.amount) {
    throw new AppError(
      'CONFLICT',
      `Beloppet har ändrats: betinget är nu ${formatAmount(current.amount, { unit: 'kr' })}, inte ` +
        `${formatAmount(answer.amount, { unit: 'kr' })}; läs det nya beloppet innan du accepterar`,
      {
        details: [{ field: 'amount', message: 'Beloppet har ändrats' }],
        current: presentCommitment(current, paths),
      },
    );
  }
  if (current.version !== version) {
    throw new AppError(
      'VERSION_CONFLICT',
      'Betinget har ändrats sedan du öppnade det; läs det på nytt innan du svarar',
      { current: presentCommitment(current, paths) },
    );
  }
  if (answer.kind === 'accept' && current.acceptedAt !== null) return presentCommitment(current, paths);
  if (answer.kind === 'decline' && current.acceptedAt !== null) {
    throw new AppError(
      'CONFLICT',
      'Betinget är redan accepterat; controllern måste ändra det innan det kan avböjas',
    );
  }
  const change: CommitmentChange =
    answer.kind === 'accept'
      ? { acceptance: { userId: actor.userId!, amount: current.amount }, decline: null }
      : { decline: { userId: actor.userId!, reason: answer.reason }, acceptance: null };
  const isSaved = await updateCommitment(trx, id, current.version, change);
  if (!isSaved)
    throw new AppError('VERSION_CONFLICT', 'Betinget ändrades samtidigt av någon annan; försök igen');
  const answered: CommitmentRecord = (await findCommitment(trx, id))!;
  await appendAudit(trx, [auditEntry(actor, 'commitment', id, 'update', current, answered)]);
  return presentCommitment(answered, paths);
}
