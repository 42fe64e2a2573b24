import type { Tx } from '../../db/tenant-scope';
import { AppError } from '../../errors';
import { findPlan } from '../../repositories/plan-repository';
import { findScenarioByName, type ScenarioFields } from '../../repositories/scenario-repository';

/**
 * Checks what a schema cannot: the linked plan belongs to this tenant (foreign keys do not see row-level
 * security), a plan source other than `given` has a plan to read, and the name is not taken (case not
 * counted) by another scenario than `ownId`.
 */
export async function checkScenarioFields(trx: Tx, fields: ScenarioFields, ownId?: string): Promise<void> {
  await checkPlanLink(trx, fields);
  const namesake = await findScenarioByName(trx, fields.name);
  if (namesake && namesake.id !== ownId) throw scenarioNameTaken(namesake.name);
}

export function scenarioNameTaken(name: string): AppError {
  return new AppError('CONFLICT', `Det finns redan ett scenario som heter "${name}"; välj ett annat namn`, {
    details: [{ field: 'name', message: 'Namnet används redan' }],
  });
}

export async function checkPlanLink(
  trx: Tx,
  fields: Pick<ScenarioFields, 'planId' | 'planSource'>,
): Promise<void> {
  if (fields.planId !== null && !(await findPlan(trx, fields.planId))) {
    throw new AppError('VALIDATION', 'Ogiltiga uppgifter: planId: Planen finns inte', {
      details: [{ field: 'planId', message: 'Planen finns inte' }],
    });
  }
  if (fields.planId === null && fields.planSource !== 'given') {
    const message = `planens nivå "${fields.planSource}" kräver en kopplad plan (planId); välj en plan eller "given"`;
    throw new AppError('VALIDATION', `Ogiltiga uppgifter: planSource: ${message}`, {
      details: [{ field: 'planSource', message }],
    });
  }
}
