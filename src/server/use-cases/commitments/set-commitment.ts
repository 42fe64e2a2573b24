import { canSetCommitment } from '../../../domain/commitments';
import { unitPaths } from '../../../domain/org-tree';
import type { TCommitment, TCommitmentInput } from '../../../shared/schemas/commitment';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { AppError, type ErrorDetail, forbidden } from '../../errors';
import { findUser } from '../../repositories/user-repository';
import { guardFigureLimit } from '../figure-limit';
import { loadTree, requirePlan } from '../load-access';
import { presentCommitment } from './present-commitment';
import { saveCommitment } from './save-commitment';

/**
 * Sets a unit's *åtgärdsbeting* for a plan year (one per plan, unit and year), as the controller above the
 * unit or an admin. A changed amount or manager must be accepted again (save-commitment.ts).
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
  if (!canSetCommitment(actor, parents, input.orgUnitId)) {
    throw forbidden('Betinget sätts av en controller för en enhet ovanför eller av en administratör');
  }
  const figures = await guardFigureLimit(trx);
  const { record, outcome } = await saveCommitment(trx, actor, { planId, ...input });
  if (outcome !== 'unchanged') await figures.check();
  return presentCommitment(record, unitPaths(units));
}
