import { canManageUnit } from '../../../domain/access';
import type { TReportAnalysisInput, TSavedReportAnalysis } from '../../../shared/schemas/board-report';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  findAnalysis,
  insertAnalysis,
  type ReportAnalysisRow,
  updateAnalysis,
} from '../../repositories/board-report-repository';
import { loadTree, requirePlan } from '../load-access';

function present(row: ReportAnalysisRow, period: string): TSavedReportAnalysis {
  return {
    orgUnitId: row.orgUnitId,
    period,
    text: row.text,
    byName: row.byName,
    at: new Date(row.at).toISOString(),
    version: row.version,
  };
}

/**
 * Saves the controller's written analysis of a unit for a period of a plan (the board report's *analys*):
 * a controller of the unit or an administrator. A change names the `version` it replaces and is refused (409,
 * with the current analysis) when someone else saved a newer one since — or, without a version, when an
 * analysis was written since the client looked. Every change is audited.
 */
export async function saveReportAnalysis(
  trx: Tx,
  actor: Actor,
  planId: string,
  input: TReportAnalysisInput,
): Promise<TSavedReportAnalysis> {
  await requirePlan(trx, planId);
  const { parents } = await loadTree(trx);
  if (!parents.has(input.orgUnitId)) {
    throw new AppError('VALIDATION', 'Analysen kan inte sparas: orgUnitId: Enheten finns inte', {
      details: [{ field: 'orgUnitId', message: 'Enheten finns inte' }],
    });
  }
  if (!canManageUnit(actor, parents, input.orgUnitId)) {
    throw forbidden('Du kan bara skriva analysen för enheter där du är controller eller administratör');
  }
  const key = { planId, orgUnitId: input.orgUnitId, period: input.period };
  const current = await findAnalysis(trx, key);
  const by = { text: input.text, updatedBy: actor.userId, updatedByName: actor.name };
  if (!current) {
    const id = await insertAnalysis(trx, actor.tenantId, { ...key, ...by });
    if (id === undefined) {
      throw new AppError('CONFLICT', 'Någon annan sparade en analys samtidigt; läs in den och försök igen');
    }
    const created = (await findAnalysis(trx, key))!;
    await appendAudit(trx, [auditEntry(actor, 'reportAnalysis', id, 'create', null, created)]);
    return present(created, input.period);
  }
  const conflict = () =>
    new AppError('VERSION_CONFLICT', 'Analysen ändrades av någon annan; läs in den och försök igen', {
      current: present(current, input.period),
    });
  // Without a version the client saw no analysis: one written since (another tab, another controller) is not
  // overwritten unseen.
  if (input.version !== current.version) throw conflict();
  if (current.text === input.text) return present(current, input.period);
  if (!(await updateAnalysis(trx, current.id, current.version, by))) throw conflict();
  const updated = (await findAnalysis(trx, key))!;
  await appendAudit(trx, [auditEntry(actor, 'reportAnalysis', current.id, 'update', current, updated)]);
  return present(updated, input.period);
}
