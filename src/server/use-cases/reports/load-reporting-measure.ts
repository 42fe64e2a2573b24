import { canEditMeasure } from '../../../domain/access';
import type { EffectConvention } from '../../../shared/enums';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { forbidden, notFound } from '../../errors';
import type { ReportRecord } from '../../repositories/report-repository';
import { findReportingContext } from '../../repositories/reporting-context-repository';
import type { ReportingMeasure } from '../../repositories/round-repository';
import { checkPeriodOpen } from './report-rules';

/**
 * What every write of one measure's report starts with: the measure, the right to report on it (an admin
 * or controller above it, or its responsible manager), a round open for the period, and the stored report.
 * One statement reads it all; access needs only the measure's unit and the units above it, not the tree.
 */
export async function loadReportingMeasure(
  trx: Tx,
  actor: Actor,
  measureId: string,
  period: string,
): Promise<{ measure: ReportingMeasure; convention: EffectConvention; existing: ReportRecord | undefined }> {
  const context = await findReportingContext(trx, measureId, period);
  if (!context) throw notFound('Åtgärden');
  const { measure } = context;
  const parents = new Map(context.unitPath.map((unit) => [unit.id, unit.parentId]));
  if (!canEditMeasure(actor, parents, measure)) {
    throw forbidden(`Du får inte rapportera för ${measure.code}`);
  }
  checkPeriodOpen(parents, measure, period, context);
  return { measure, convention: context.convention, existing: context.existing };
}
