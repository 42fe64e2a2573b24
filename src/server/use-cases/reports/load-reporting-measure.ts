import { canEditMeasure, type ParentMap } from '../../../domain/access';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { forbidden, notFound } from '../../errors';
import {
  findFrozenPairs,
  findReportsOfPeriod,
  type ReportRecord,
} from '../../repositories/report-repository';
import { findReportingMeasures, type ReportingMeasure } from '../../repositories/round-repository';
import { loadTree } from '../load-access';
import { checkPeriodOpen } from './report-rules';

/**
 * What every write of one measure's report starts with: the measure, the right to report on it (an admin
 * or controller above it, or its responsible manager), a round open for the period, and the stored report.
 */
export async function loadReportingMeasure(
  trx: Tx,
  actor: Actor,
  measureId: string,
  period: string,
): Promise<{ measure: ReportingMeasure; parents: ParentMap; existing: ReportRecord | undefined }> {
  const [measure] = await findReportingMeasures(trx, [measureId]);
  if (!measure) throw notFound('Åtgärden');
  const { parents } = await loadTree(trx);
  if (!canEditMeasure(actor, parents, measure)) {
    throw forbidden(`Du får inte rapportera för ${measure.code}`);
  }
  const frozen = await findFrozenPairs(trx, [measureId]);
  await checkPeriodOpen(trx, parents, measure, period, frozen.has(`${measureId}|${period}`));
  const [existing] = await findReportsOfPeriod(trx, [measureId], period);
  return { measure, parents, existing };
}
