import { unitPaths } from '../../../domain/org-tree';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { appendAudit } from '../../repositories/audit-repository';
import { findMeasureIdsByCode } from '../../repositories/measure-list-repository';
import { findMeasure, updateMeasure as updateMeasureRows } from '../../repositories/measure-repository';
import { listOrgUnits } from '../../repositories/org-unit-repository';
import { findUser } from '../../repositories/user-repository';
import { measureInputOf } from '../measure-input';
import { createMeasure } from '../measures/create-measure';
import { updateMeasure } from '../measures/update-measure';
import { CANCELLED_CODE, CANCELLED_MEASURE, DEMO_PREPARATION } from './demo-measures';

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

/**
 * The extra measure's status: decided with the plan (November 2023), cancelled in June 2024. Set directly
 * (with its audit entry), not through updateMeasure, which requires a registered decision for either.
 */
export async function setExtraMeasureStatus(
  trx: Tx,
  controller: Actor,
  planId: string,
  status: 'decided' | 'cancelled',
): Promise<void> {
  const measure = await measureOf(trx, planId, CANCELLED_CODE);
  // TODO(issue 12, decision rule: beslutad and utgår only through a registered decision): the second round of
  // the demo registers regionfullmäktige's decision of 2023-11-22 (decided) and regionstyrelsen's of
  // 2024-06-11 (cancelled) with createDecision, dated with the same clocks, instead of setting the status here.
  const before = measureInputOf(measure);
  const after = {
    ...before,
    status,
    ...(status === 'cancelled'
      ? {
          comment:
            'Utgår: risk- och konsekvensanalysen visade för långa svarstider för akuta prover på de mindre sjukhusen.',
        }
      : {}),
  };
  const version = await updateMeasureRows(trx, controller.tenantId, measure.id, measure.version, after);
  if (version === undefined) throw new Error(`${CANCELLED_CODE} changed while the demo was loaded`);
  await appendAudit(trx, [auditEntry(controller, 'measure', measure.id, 'update', before, after)]);
}
