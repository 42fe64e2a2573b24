import { ancestry, type ParentMap } from '../../../domain/access';
import { plannedLevel } from '../../../domain/planned-effect';
import type { CostType, EffectConvention, MeasureStatus, ReportStatus } from '../../../shared/enums';
import { formatAmount } from '../../../shared/money';
import type { TReport } from '../../../shared/schemas/report';
import type { Tx } from '../../db/tenant-scope';
import { AppError, type ErrorDetail } from '../../errors';
import { findLastChange } from '../../repositories/audit-repository';
import type { ReportRecord } from '../../repositories/report-repository';
import type { ReportingMeasure } from '../../repositories/round-repository';
import { findTenantSettings } from '../../repositories/tenant-settings-repository';

export const DEFAULT_DEVIATION_PERMILLE = 100;

export function presentReport(report: ReportRecord): TReport {
  return { ...report, status: report.status as ReportStatus, reportedAt: report.reportedAt.toISOString() };
}

/** The measure's planned level in `year`, by the same rule as every planned figure (SPEC §4). */
export function plannedLevelOf(
  measure: ReportingMeasure,
  convention: EffectConvention,
  year: number,
): number {
  const planned = {
    ...measure,
    status: measure.status as MeasureStatus,
    effects: measure.effects.map((effect) => ({ ...effect, costType: effect.costType as CostType })),
    // Grouping keys do not affect the level.
    category: null,
    group: null,
    savingsType: null,
    feasibility: null,
    programmeIds: [],
  };
  return plannedLevel(planned, convention, year);
}

/** The tenant's threshold in ‰ of the planned level (`settings.forecastDeviationCommentPermille`). */
export async function findDeviationPermille(trx: Tx): Promise<number> {
  const value = (await findTenantSettings(trx)).forecastDeviationCommentPermille;
  return value !== undefined && Number.isSafeInteger(value) && value >= 0
    ? value
    : DEFAULT_DEVIATION_PERMILLE;
}

/**
 * A report may be written only while a round covering the measure (at its unit or above) is open for the
 * period, and never for a frozen period (the database refuses that too; checking first gives the user a
 * Swedish answer).
 */
export function checkPeriodOpen(
  parents: ParentMap,
  measure: Pick<ReportingMeasure, 'code' | 'orgUnitId'>,
  period: string,
  state: { isFrozen: boolean; openRoundUnitIds: readonly string[] },
): void {
  if (state.isFrozen) throw new AppError('CONFLICT', `Perioden ${period} är stängd för ${measure.code}`);
  const open = new Set(state.openRoundUnitIds);
  if (!ancestry(parents, measure.orgUnitId).some((unitId) => open.has(unitId))) {
    const message = `Det finns ingen öppen rapportering för ${period} som omfattar ${measure.code}`;
    throw new AppError('VALIDATION', message, { details: [{ field: 'period', message }] });
  }
}

function percentText(permille: number): string {
  return `${(permille / 10).toString().replace('.', ',')} %`;
}

/**
 * What a submitted report must satisfy (a draft need not): a forecast unless the measure is reported as
 * cancelled, and a comment when the status is red or the forecast departs from the planned level by more
 * than the tenant's threshold. A report saying *utgår* forecasts 0, whatever was typed.
 */
export function submissionProblems(
  report: { forecastYear: number | null; status: ReportStatus; comment: string | null },
  planned: number,
  permille: number,
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const forecast = report.status === 'cancelled' ? 0 : report.forecastYear;
  if (forecast === null) problems.push({ field: 'forecastYear', message: 'Ange prognos för helåret' });
  if (report.comment) return problems;
  if (report.status === 'red') problems.push({ field: 'comment', message: 'Status röd kräver en kommentar' });
  if (forecast !== null && Math.abs(forecast - planned) * 1000 > Math.abs(planned) * permille) {
    problems.push({
      field: 'comment',
      message: `Prognosen avviker mer än ${percentText(permille)} från planerad nivå (${formatAmount(planned, { unit: 'tkr' })}); förklara avvikelsen i en kommentar`,
    });
  }
  return problems;
}

/** The 409 answer when the report changed since the caller read it: the current report and who saved it. */
export async function reportConflict(trx: Tx, current: ReportRecord): Promise<AppError> {
  const last = await findLastChange(trx, 'measureReport', current.id);
  const by = last?.actor ?? current.reportedByName;
  return new AppError(
    'VERSION_CONFLICT',
    `Rapporten har sparats av ${by} sedan du öppnade den; välj vilka värden som ska gälla`,
    {
      current: {
        report: presentReport(current),
        changedBy: by,
        changedAt: (last?.at ?? current.reportedAt).toISOString(),
      },
    },
  );
}
