import { canManageUnit } from '../../../domain/access';
import { unitPaths } from '../../../domain/org-tree';
import type { TCommitment, TCommitmentInput } from '../../../shared/schemas/commitment';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError, type ErrorDetail, forbidden } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  findCommitment,
  findCommitmentByKey,
  insertCommitment,
  updateCommitment,
} from '../../repositories/commitment-repository';
import { findUser } from '../../repositories/user-repository';
import { guardFigureLimit } from '../figure-limit';
import { loadTree, requirePlan } from '../load-access';
import { presentCommitment } from './present-commitment';

/**
 * Sets a unit's *åtgärdsbeting* for a plan year (one per plan, unit and year). The manager's acceptance holds
 * for the amount and manager he or she accepted: changing either clears it, so it must be accepted again.
 */
export async function setCommitment(
  trx: Tx,
  actor: Actor,
  planId: string,
  input: TCommitmentInput,
): Promise<TCommitment> {
  const plan = await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  const details: ErrorDetail[] = [];
  if (!parents.has(input.orgUnitId)) details.push({ field: 'orgUnitId', message: 'Enheten finns inte' });
  if (input.year < plan.firstYear || input.year > plan.lastYear) {
    details.push({
      field: 'year',
      message: `Året ${input.year} ligger utanför planens år ${plan.firstYear}–${plan.lastYear}`,
    });
  }
  if (input.managerUserId !== null && !(await findUser(trx, input.managerUserId))) {
    details.push({ field: 'managerUserId', message: 'Användaren finns inte' });
  }
  if (details.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Betinget kan inte sparas: ${details[0]!.field}: ${details[0]!.message}`,
      { details },
    );
  }
  if (!canManageUnit(actor, parents, input.orgUnitId)) {
    throw forbidden('Du kan bara sätta beting för enheter där du är controller eller administratör');
  }
  const paths = unitPaths(units);
  const current = await findCommitmentByKey(trx, { planId, orgUnitId: input.orgUnitId, year: input.year });
  if (!current) {
    const figures = await guardFigureLimit(trx);
    const id = await insertCommitment(trx, actor.tenantId, { planId, ...input });
    if (id === undefined) {
      throw new AppError('CONFLICT', 'Någon annan satte samma beting samtidigt; försök igen');
    }
    await figures.check();
    const created = (await findCommitment(trx, id))!;
    await appendAudit(trx, [auditEntry(actor, 'commitment', id, 'create', null, created)]);
    return presentCommitment(created, paths);
  }
  if (current.amount === input.amount && current.managerUserId === input.managerUserId) {
    return presentCommitment(current, paths);
  }
  const figures = await guardFigureLimit(trx);
  const isSaved = await updateCommitment(trx, current.id, current.version, {
    amount: input.amount,
    managerUserId: input.managerUserId,
    acceptedByUserId: null,
    acceptedAt: null,
  });
  if (!isSaved)
    throw new AppError('VERSION_CONFLICT', 'Betinget ändrades samtidigt av någon annan; försök igen');
  await figures.check();
  const updated = (await findCommitment(trx, current.id))!;
  await appendAudit(trx, [auditEntry(actor, 'commitment', current.id, 'update', current, updated)]);
  return presentCommitment(updated, paths);
}
