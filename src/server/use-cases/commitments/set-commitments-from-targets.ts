import { canSetCommitment } from '../../../domain/commitments';
import { unitPaths } from '../../../domain/org-tree';
import { compareSwedish } from '../../../shared/collation';
import type { TCommitmentsFromTargets } from '../../../shared/schemas/commitment';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden } from '../../errors';
import { findCommitmentByKey } from '../../repositories/commitment-repository';
import { listPlanTargets } from '../../repositories/plan-repository';
import { guardFigureLimit } from '../figure-limit';
import { loadTree, requirePlan } from '../load-access';
import { presentCommitment } from './present-commitment';
import { saveCommitment } from './save-commitment';

/**
 * "Från sparbeting": every unit target (*sparbeting*) of the year becomes that unit's commitment, in one
 * transaction, keeping a commitment's manager. Units the actor may not set commitments for are skipped.
 */
export async function setCommitmentsFromTargets(
  trx: Tx,
  actor: Actor,
  planId: string,
  year: number,
): Promise<TCommitmentsFromTargets> {
  const plan = await requirePlan(trx, planId);
  if (year < plan.firstYear || year > plan.lastYear) {
    throw new AppError(
      'VALIDATION',
      `Året ${year} ligger utanför planens år ${plan.firstYear}–${plan.lastYear}`,
      {
        details: [{ field: 'year', message: `Året ${year} ligger utanför planens år` }],
      },
    );
  }
  const { units, parents } = await loadTree(trx);
  const targets = (await listPlanTargets(trx, planId)).filter(
    (target): target is typeof target & { orgUnitId: string } =>
      target.year === year && target.orgUnitId !== null && parents.has(target.orgUnitId),
  );
  if (targets.length === 0) {
    throw new AppError('VALIDATION', `Planen har inga sparbeting för enheter år ${year}`);
  }
  const allowed = targets.filter((target) => canSetCommitment(actor, parents, target.orgUnitId));
  if (allowed.length === 0) {
    throw forbidden('Du kan inte sätta beting för någon av enheterna med sparbeting');
  }
  const figures = await guardFigureLimit(trx);
  const result: TCommitmentsFromTargets = {
    year,
    created: 0,
    changed: 0,
    unchanged: 0,
    skipped: targets.length - allowed.length,
    commitments: [],
  };
  const paths = unitPaths(units);
  for (const target of allowed) {
    const key = { planId, orgUnitId: target.orgUnitId, year };
    const current = await findCommitmentByKey(trx, key);
    const { record, outcome } = await saveCommitment(trx, actor, {
      ...key,
      amount: target.amount,
      managerUserId: current?.managerUserId ?? null,
    });
    result[outcome] += 1;
    result.commitments.push(presentCommitment(record, paths));
  }
  await figures.check();
  result.commitments.sort((a, b) => compareSwedish(a.orgUnitPath, b.orgUnitPath));
  return result;
}
