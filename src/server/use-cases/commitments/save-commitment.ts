import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  type CommitmentRecord,
  findCommitment,
  findCommitmentByKey,
  insertCommitment,
  updateCommitment,
} from '../../repositories/commitment-repository';

export type SaveOutcome = 'created' | 'changed' | 'unchanged';

/**
 * Creates or changes one commitment, already validated and authorized, and audits it. The manager's answer
 * holds for the amount and manager he or she answered: changing either clears an acceptance or a decline, so
 * it must be answered again (the audit entry's `before` keeps the old answer).
 */
export async function saveCommitment(
  trx: Tx,
  actor: Actor,
  input: { planId: string; orgUnitId: string; year: number; amount: number; managerUserId: string | null },
): Promise<{ record: CommitmentRecord; outcome: SaveOutcome }> {
  const current = await findCommitmentByKey(trx, input);
  if (!current) {
    const id = await insertCommitment(trx, actor.tenantId, { ...input, setByUserId: actor.userId });
    if (id === undefined) {
      throw new AppError('CONFLICT', 'Någon annan satte samma beting samtidigt; försök igen');
    }
    const created = (await findCommitment(trx, id))!;
    await appendAudit(trx, [auditEntry(actor, 'commitment', id, 'create', null, created)]);
    return { record: created, outcome: 'created' };
  }
  if (current.amount === input.amount && current.managerUserId === input.managerUserId) {
    return { record: current, outcome: 'unchanged' };
  }
  const isSaved = await updateCommitment(trx, current.id, current.version, {
    amount: input.amount,
    managerUserId: input.managerUserId,
    setByUserId: actor.userId,
    acceptance: null,
    decline: null,
  });
  if (!isSaved)
    throw new AppError('VERSION_CONFLICT', 'Betinget ändrades samtidigt av någon annan; försök igen');
  const updated = (await findCommitment(trx, current.id))!;
  await appendAudit(trx, [auditEntry(actor, 'commitment', current.id, 'update', current, updated)]);
  return { record: updated, outcome: 'changed' };
}
