import type { TDecisionInput } from '../../../shared/schemas/decision';
import type { Tx } from '../../db/tenant-scope';
import { AppError, type ErrorDetail } from '../../errors';
import { findMeasurePlans } from '../../repositories/decision-repository';
import { findPlan } from '../../repositories/plan-repository';

/**
 * Checks what a schema cannot: the plan and every linked measure belong to this tenant (foreign keys do not
 * see row-level security, so a forged id of another tenant must be refused here), linked measures belong to
 * the decision's plan, and an assignment is not due before the meeting that gave it.
 */
export async function checkDecisionInput(trx: Tx, input: TDecisionInput): Promise<void> {
  const details: ErrorDetail[] = [];
  if (input.dueOn !== null && input.dueOn < input.meetingDate) {
    details.push({ field: 'dueOn', message: 'Slutdatumet ligger före sammanträdesdagen' });
  }
  if (input.planId !== null && !(await findPlan(trx, input.planId))) {
    details.push({ field: 'planId', message: 'Planen finns inte' });
  }
  const measurePlans = await findMeasurePlans(trx, input.measureIds);
  input.measureIds.forEach((measureId, index) => {
    const planId = measurePlans.get(measureId);
    if (planId === undefined) {
      details.push({ field: `measureIds.${index}`, message: 'Åtgärden finns inte' });
    } else if (input.planId !== null && planId !== input.planId) {
      details.push({ field: `measureIds.${index}`, message: 'Åtgärden hör inte till beslutets plan' });
    }
  });
  if (details.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Beslutet kan inte sparas: ${details[0]!.field}: ${details[0]!.message}`,
      { details },
    );
  }
}
