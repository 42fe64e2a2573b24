import type { Tx } from '../server/db/tenant-scope';
import { AppError } from '../server/errors';
import { findPlanByName, listPlans, type PlanRecord } from '../server/repositories/plan-repository';

/**
 * The plan a command works on: the one named by --plan, else the organisation's only plan, else its latest
 * decided one (issue 12, item 7).
 */
export async function resolvePlanArg(
  trx: Tx,
  name: string | undefined,
  tenantSlug: string,
): Promise<PlanRecord> {
  if (name !== undefined) {
    const plan = await findPlanByName(trx, name);
    if (!plan) throw new AppError('NOT_FOUND', `Planen "${name}" finns inte i organisationen ${tenantSlug}`);
    return plan;
  }
  const plans = await listPlans(trx);
  if (plans.length === 1) return plans[0]!;
  const decided = plans
    .filter((plan) => plan.decidedAt !== null)
    .sort((a, b) => b.decidedAt!.getTime() - a.decidedAt!.getTime());
  if (decided[0]) return decided[0];
  throw new AppError(
    'VALIDATION',
    plans.length === 0
      ? `Organisationen ${tenantSlug} har ingen plan`
      : `Organisationen ${tenantSlug} har flera planer och ingen beslutad; ange planen: --plan "Planens namn"`,
  );
}
