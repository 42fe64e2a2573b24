import { decisionFieldIssues, type TDecisionInput } from '../../../shared/schemas/decision';
import type { Tx } from '../../db/tenant-scope';
import { AppError, type ErrorDetail } from '../../errors';
import { type DecisionBodyRecord, findDecisionBody } from '../../repositories/decision-body-repository';
import { findMeasurePlans } from '../../repositories/decision-repository';
import { findPlan } from '../../repositories/plan-repository';

/** An assignment starts open; other kinds have no assignment status. */
export function withDefaultStatus(input: TDecisionInput): TDecisionInput {
  return input.kind === 'assignment' && input.assignmentStatus === null
    ? { ...input, assignmentStatus: 'open' }
    : input;
}

/**
 * Checks what a schema cannot: the rules between fields (decisionFieldIssues), the body, the plan and every
 * linked measure belong to this tenant (foreign keys do not see row-level security, so a forged id of another
 * tenant must be refused here), and linked measures belong to the decision's plan. Returns the body.
 */
export async function checkDecisionInput(trx: Tx, input: TDecisionInput): Promise<DecisionBodyRecord> {
  const details: ErrorDetail[] = [...decisionFieldIssues(input)];
  const body = await findDecisionBody(trx, input.bodyId);
  if (!body) details.push({ field: 'bodyId', message: 'Organet finns inte' });
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
  if (details.length > 0 || !body) {
    throw new AppError(
      'VALIDATION',
      `Beslutet kan inte sparas: ${details[0]!.field}: ${details[0]!.message}`,
      { details },
    );
  }
  return body;
}
