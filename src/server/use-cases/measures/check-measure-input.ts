import { canBeResponsible, parentMap } from '../../../domain/access';
import type { TMeasureInput } from '../../../shared/schemas/measure';
import type { Tx } from '../../db/tenant-scope';
import { AppError, type ErrorDetail } from '../../errors';
import { findMeasureIdByCode, findMeasureIdsInPlan } from '../../repositories/measure-list-repository';
import { findExistingOrgUnitIds, listOrgUnits } from '../../repositories/org-unit-repository';
import type { PlanRecord } from '../../repositories/plan-repository';
import { findUser, listGrants } from '../../repositories/user-repository';

/**
 * Checks what a schema cannot: every id refers to something of this tenant (foreign keys do not see
 * row-level security, so a forged id of another tenant must be refused here), effects lie within the plan's
 * years and no year × cost type is given twice. The responsible person, when set anew or for another unit,
 * must be able to act on the measure (issue 11, item 22): an active manager, controller or admin over its unit.
 */
export async function checkMeasureInput(
  trx: Tx,
  plan: PlanRecord,
  input: TMeasureInput,
  measureId: string | null,
  before?: TMeasureInput,
): Promise<void> {
  const details: ErrorDetail[] = [];
  const seen = new Set<string>();
  input.effects.forEach((effect, index) => {
    const key = `${effect.year}|${effect.costType}`;
    if (seen.has(key))
      details.push({
        field: `effects.${index}`,
        message: `Året ${effect.year} och kostnadsslaget finns redan`,
      });
    seen.add(key);
    if (effect.year < plan.firstYear || effect.year > plan.lastYear) {
      details.push({
        field: `effects.${index}.year`,
        message: `Året ${effect.year} ligger utanför planens år ${plan.firstYear}–${plan.lastYear}`,
      });
    }
  });
  if (input.startMonth && input.endMonth && input.endMonth < input.startMonth) {
    details.push({ field: 'endMonth', message: 'Slutmånaden ligger före startmånaden' });
  }
  const unitIds = [input.orgUnitId, ...input.costShifts.map((shift) => shift.bearingOrgUnitId)];
  const units = await findExistingOrgUnitIds(trx, unitIds);
  if (!units.has(input.orgUnitId)) details.push({ field: 'orgUnitId', message: 'Enheten finns inte' });
  input.costShifts.forEach((shift, index) => {
    if (!units.has(shift.bearingOrgUnitId)) {
      details.push({ field: `costShifts.${index}.bearingOrgUnitId`, message: 'Enheten finns inte' });
    }
  });
  const responsibleChanged =
    !before || before.responsibleUserId !== input.responsibleUserId || before.orgUnitId !== input.orgUnitId;
  if (input.responsibleUserId && responsibleChanged) {
    const problem = await responsibleProblem(trx, input.responsibleUserId, input.orgUnitId);
    if (problem) details.push({ field: 'responsibleUserId', message: problem });
  }
  const linked = await findMeasureIdsInPlan(
    trx,
    plan.id,
    input.links.map((link) => link.measureId),
  );
  input.links.forEach((link, index) => {
    if (!linked.has(link.measureId) || link.measureId === measureId) {
      details.push({ field: `links.${index}.measureId`, message: 'Åtgärden finns inte i samma plan' });
    }
  });
  const duplicateId = await findMeasureIdByCode(trx, plan.id, input.code);
  if (duplicateId && duplicateId !== measureId) {
    // A taken code alone is a conflict with what is stored (409), as when two saves race (issue 11).
    if (details.length === 0) throw measureCodeTaken(input.code);
    details.push({ field: 'code', message: codeTakenMessage(input.code) });
  }
  if (details.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Åtgärden kan inte sparas: ${details[0]!.field}: ${details[0]!.message}`,
      { details },
    );
  }
}

const codeTakenMessage = (code: string) => `Koden ${code} används redan i planen`;

/** The answer to a measure code already used in the plan, by the check or by the unique index. */
export function measureCodeTaken(code: string): AppError {
  return new AppError('CONFLICT', `Åtgärden kan inte sparas: code: ${codeTakenMessage(code)}`, {
    details: [{ field: 'code', message: codeTakenMessage(code) }],
  });
}

async function responsibleProblem(trx: Tx, userId: string, orgUnitId: string): Promise<string | undefined> {
  const user = await findUser(trx, userId);
  if (!user) return 'Användaren finns inte';
  if (!user.isActive) return `${user.name} är inaktiverad och kan inte vara ansvarig`;
  const parents = parentMap(await listOrgUnits(trx));
  if (!parents.has(orgUnitId) || canBeResponsible(await listGrants(trx, userId), parents, orgUnitId)) return;
  return `${user.name} kan inte vara ansvarig: den ansvariga måste vara chef, controller eller administratör för åtgärdens enhet`;
}
