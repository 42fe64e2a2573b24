import { canDecideMeasure, canEditMeasure } from '../../../domain/access';
import { canChangeStatus, isDecisionStep, needsRegisteredDecision } from '../../../domain/measure-status';
import { MEASURE_STATUS_SV } from '../../../shared/enums';
import { type TMeasure, type TMeasurePatch, ZMeasureInput } from '../../../shared/schemas/measure';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { conflictOnDuplicate } from '../../db/unique-violation';
import { AppError, forbidden, notFound } from '../../errors';
import { appendAudit, findLastChange } from '../../repositories/audit-repository';
import { findMeasure, updateMeasure as updateMeasureRows } from '../../repositories/measure-repository';
import { guardFigureLimit } from '../figure-limit';
import { loadTree, requirePlan } from '../load-access';
import { measureInputOf } from '../measure-input';
import { checkMeasureInput, measureCodeTaken } from './check-measure-input';
import { decisionFirst } from './decision-first';

/**
 * Applies a partial change made against `patch.version`. When the measure has been saved by someone else
 * since, nothing changes and the caller gets VERSION_CONFLICT with the current measure and who changed it.
 */
export async function updateMeasure(
  trx: Tx,
  actor: Actor,
  id: string,
  patch: TMeasurePatch,
): Promise<TMeasure> {
  const current = await findMeasure(trx, id);
  if (!current) throw notFound('Åtgärden');
  const { parents } = await loadTree(trx);
  if (!canEditMeasure(actor, parents, current)) throw forbidden('Du får inte ändra den här åtgärden');
  if (patch.version !== current.version) {
    const last = await findLastChange(trx, 'measure', id);
    throw new AppError(
      'VERSION_CONFLICT',
      `Åtgärden har ändrats av ${last?.actor ?? 'någon annan'} sedan du öppnade den; välj vilka värden som ska gälla`,
      {
        current: {
          measure: current,
          changedBy: last?.actor ?? null,
          changedAt: last?.at.toISOString() ?? null,
        },
      },
    );
  }
  const { version: _version, ...changes } = patch;
  const before = measureInputOf(current);
  // A stored value the input rules no longer allow (an amount above ±10^12 kr saved before the bound) must be
  // corrected in the same change: say which, rather than fail.
  const parsed = ZMeasureInput.safeParse({ ...before, ...changes });
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
    }));
    throw new AppError(
      'VALIDATION',
      `Åtgärden kan inte sparas: ${details[0]!.field}: ${details[0]!.message}`,
      {
        details,
      },
    );
  }
  const after = parsed.data;
  if (!canChangeStatus(before.status, after.status)) {
    throw new AppError(
      'VALIDATION',
      `Status kan inte ändras från ${MEASURE_STATUS_SV[before.status]} till ${MEASURE_STATUS_SV[after.status]}: åtgärden måste först vara beslutad`,
      { details: [{ field: 'status', message: 'Åtgärden måste vara beslutad först' }] },
    );
  }
  if (isDecisionStep(before.status, after.status) && !canDecideMeasure(actor, parents, after.orgUnitId)) {
    throw forbidden(
      `Att ändra status från ${MEASURE_STATUS_SV[before.status]} till ${MEASURE_STATUS_SV[after.status]} är ett beslut; det kan bara en controller eller administratör för åtgärdens enhet göra`,
    );
  }
  if (needsRegisteredDecision(before.status, after.status)) throw decisionFirst(after.status);
  if (after.orgUnitId !== before.orgUnitId && !canEditMeasure(actor, parents, after)) {
    throw forbidden('Du får inte flytta åtgärden till den enheten');
  }
  const plan = await requirePlan(trx, current.planId);
  await checkMeasureInput(trx, plan, after, id, before);
  const figures = await guardFigureLimit(trx);
  const version = await conflictOnDuplicate(
    () => updateMeasureRows(trx, actor.tenantId, id, current.version, after),
    () => measureCodeTaken(after.code),
  );
  if (version === undefined)
    throw new AppError('VERSION_CONFLICT', 'Åtgärden ändrades samtidigt av någon annan; försök igen');
  await figures.check();
  const updated = (await findMeasure(trx, id))!;
  await appendAudit(trx, [auditEntry(actor, 'measure', id, 'update', current, updated)]);
  return updated;
}
