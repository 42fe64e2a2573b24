import { canDecideMeasure, type ParentMap } from '../../../domain/access';
import { mayBodyDecide } from '../../../domain/delegation';
import { alreadyAt, canChangeStatus } from '../../../domain/measure-status';
import { type DecisionMeasureStatus, MEASURE_STATUS_SV } from '../../../shared/enums';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError, type ErrorDetail } from '../../errors';
import { type AuditEntry, appendAudit } from '../../repositories/audit-repository';
import type { DecisionBodyRecord } from '../../repositories/decision-body-repository';
import { findMeasures, updateMeasure } from '../../repositories/measure-repository';
import type { OrgUnitRecord } from '../../repositories/org-unit-repository';
import { findPlan, type PlanRecord } from '../../repositories/plan-repository';
import { guardFigureLimit } from '../figure-limit';
import { measureInputOf } from '../measure-input';

/**
 * "Registrera beslut": moves every linked measure to the status the *beslut* gives it, in the caller's
 * transaction. Each measure must be one the body may decide (the delegation rule) and the actor may decide
 * (a controller or admin above it); any refusal throws DECISION_RULE naming every measure and reason, so
 * that nothing is saved.
 */
export async function applyMeasureStatus(
  trx: Tx,
  actor: Actor,
  tree: { units: readonly OrgUnitRecord[]; parents: ParentMap },
  body: DecisionBodyRecord,
  measureIds: readonly string[],
  status: DecisionMeasureStatus,
): Promise<void> {
  const order = new Map(measureIds.map((id, index) => [id, index]));
  const measures = (await findMeasures(trx, [...new Set(measureIds)])).sort(
    (a, b) => order.get(a.id)! - order.get(b.id)!,
  );
  const plans = new Map<string, PlanRecord>();
  const unitNames = new Map(tree.units.map((unit) => [unit.id, unit.name]));
  const details: ErrorDetail[] = [];
  for (const measure of measures) {
    let plan = plans.get(measure.planId);
    if (!plan) {
      plan = (await findPlan(trx, measure.planId))!;
      plans.set(plan.id, plan);
    }
    const planYears = Array.from(
      { length: plan.lastYear - plan.firstYear + 1 },
      (_, i) => plan.firstYear + i,
    );
    const field = `measureIds.${order.get(measure.id)}`;
    const verdict = mayBodyDecide(body, measure, {
      parents: tree.parents,
      convention: plan.convention,
      planYears,
      unitNames,
    });
    if (!verdict.allowed) details.push({ field, message: `${measure.code}: ${verdict.reason}` });
    else if (!canDecideMeasure(actor, tree.parents, measure.orgUnitId)) {
      details.push({
        field,
        message: `${measure.code}: bara en controller eller administratör för åtgärdens enhet kan registrera beslutet`,
      });
    } else if (!canChangeStatus(measure.status, status)) {
      details.push({
        field,
        message: `${measure.code}: status kan inte ändras från ${MEASURE_STATUS_SV[measure.status]} till ${MEASURE_STATUS_SV[status]}`,
      });
    }
  }
  if (details.length > 0) {
    throw new AppError(
      'DECISION_RULE',
      `Beslutet registrerades inte: ${details.map((d) => d.message).join('; ')}`,
      {
        details,
      },
    );
  }
  const figures = await guardFigureLimit(trx);
  const audit: AuditEntry[] = [];
  for (const measure of measures) {
    if (alreadyAt(measure.status, status)) continue;
    const before = measureInputOf(measure);
    const after = { ...before, status };
    const version = await updateMeasure(trx, actor.tenantId, measure.id, measure.version, after);
    if (version === undefined) {
      throw new AppError(
        'VERSION_CONFLICT',
        `Åtgärden ${measure.code} ändrades samtidigt av någon annan; försök igen`,
      );
    }
    audit.push(auditEntry(actor, 'measure', measure.id, 'update', measure, { ...measure, status, version }));
  }
  await figures.check();
  await appendAudit(trx, audit);
}
