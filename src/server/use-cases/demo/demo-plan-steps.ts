import { unitPaths } from '../../../domain/org-tree';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { findMeasureIdsByCode } from '../../repositories/measure-list-repository';
import { findMeasure } from '../../repositories/measure-repository';
import { listOrgUnits } from '../../repositories/org-unit-repository';
import { findUser } from '../../repositories/user-repository';
import { createMeasure } from '../measures/create-measure';
import { updateMeasure } from '../measures/update-measure';
import { CANCELLED_MEASURE, DEMO_PREPARATION } from './demo-measures';

async function unitIdsByPath(trx: Tx): Promise<Map<string, string>> {
  return new Map([...unitPaths(await listOrgUnits(trx))].map(([id, path]) => [path, id]));
}

async function measureOf(trx: Tx, planId: string, code: string) {
  const id = (await findMeasureIdsByCode(trx, planId)).get(code);
  const measure = id ? await findMeasure(trx, id) : undefined;
  if (!measure) throw new Error(`The demo plan has no measure ${code}`);
  return measure;
}

/** October 2023: the controller proposes a measure the workbook does not have (decided, later cancelled). */
export async function proposeExtraMeasure(
  trx: Tx,
  controller: Actor,
  planId: string,
  responsibleUserId: string,
): Promise<void> {
  const responsible = await findUser(trx, responsibleUserId);
  const units = await unitIdsByPath(trx);
  await createMeasure(trx, controller, planId, {
    ...CANCELLED_MEASURE,
    orgUnitId: units.get('Exempelregionen / Hälso- och sjukvård / Division Medicinsk service')!,
    responsibleUserId,
    responsibleName: responsible?.name ?? CANCELLED_MEASURE.responsibleName,
  });
}

/** Late October 2023: programmes, cost shifts and risk and consequence analyses (RKA) are added in preparation. */
export async function prepareMeasures(trx: Tx, controller: Actor, planId: string): Promise<void> {
  const units = await unitIdsByPath(trx);
  for (const [code, preparation] of Object.entries(DEMO_PREPARATION)) {
    const measure = await measureOf(trx, planId, code);
    await updateMeasure(trx, controller, measure.id, {
      version: measure.version,
      ...(preparation.programmes ? { programmes: preparation.programmes } : {}),
      ...(preparation.costShifts
        ? {
            costShifts: preparation.costShifts.map(({ bearingUnitPath, year, amount, description }) => ({
              bearingOrgUnitId: units.get(bearingUnitPath)!,
              year,
              amount,
              description,
            })),
          }
        : {}),
      ...(preparation.riskAnalysis
        ? { riskAnalysisRequired: true, riskAnalysisDoneOn: preparation.riskAnalysis.doneOn }
        : {}),
    });
  }
}
