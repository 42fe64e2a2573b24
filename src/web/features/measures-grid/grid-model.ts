import { unitPaths } from '../../../domain/org-tree';
import { type PlannedMeasure, plannedLevel } from '../../../domain/planned-effect';
import type { EffectConvention } from '../../../shared/enums';
import type { TMeasure } from '../../../shared/schemas/measure';
import type { TMeasureFollowUp } from '../../../shared/schemas/measure-follow-up';

/** A measure's follow-up as of the chosen period (GET /api/plans/:id/measure-follow-up). */
export type FollowUpItem = TMeasureFollowUp['items'][number];

/** One measure as the grid shows it: the measure, its unit, and its planned level in the chosen year. */
export interface GridRow {
  measure: TMeasure;
  unitName: string;
  unitPath: string;
  /** Planned *level* in the grid's year, whole kronor (cancelled and ended temporary measures count 0). */
  planned: number;
  /** Its follow-up as of the chosen period; absent when the plan has none (or the measure is not in it). */
  followUp?: FollowUpItem | undefined;
}

export interface GridUnit {
  id: string;
  parentId: string | null;
  name: string;
}

export function toPlannedMeasure(measure: TMeasure): PlannedMeasure {
  // programmeIds does not affect the level; the grid has programme names, not ids.
  return { ...measure, programmeIds: [] };
}

/** The planned level of a measure in `year` by the same rule as the server's roll-up. */
export function plannedLevelOf(measure: TMeasure, convention: EffectConvention, year: number): number {
  return plannedLevel(toPlannedMeasure(measure), convention, year);
}

export function buildRows(
  measures: readonly TMeasure[],
  units: readonly GridUnit[],
  convention: EffectConvention,
  year: number,
  followUp?: ReadonlyMap<string, FollowUpItem>,
): GridRow[] {
  const paths = unitPaths(units);
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  return measures.map((measure) => ({
    measure,
    unitName: names.get(measure.orgUnitId) ?? '',
    unitPath: paths.get(measure.orgUnitId) ?? '',
    planned: plannedLevelOf(measure, convention, year),
    followUp: followUp?.get(measure.id),
  }));
}

/** The columns that hold kronor and are summed per group and in total. */
export const AMOUNT_COLUMNS = [
  'planned',
  'investment',
  'oneOffCost',
  'runningCostPerYear',
  'target',
  'outcome',
  'forecast',
  'deviation',
] as const;
export type AmountColumn = (typeof AMOUNT_COLUMNS)[number];
export type AmountSums = Record<AmountColumn, number>;

export function amountOf(row: GridRow, column: AmountColumn): number | null {
  switch (column) {
    case 'planned':
      return row.planned;
    case 'target':
    case 'outcome':
    case 'forecast':
    case 'deviation':
      return row.followUp?.[column] ?? null;
    default:
      return row.measure[column];
  }
}

/** Integer sums of every amount column (missing amounts count 0). */
export function sumRows(rows: readonly GridRow[]): AmountSums {
  const sums = Object.fromEntries(AMOUNT_COLUMNS.map((column) => [column, 0])) as AmountSums;
  for (const row of rows) {
    for (const column of AMOUNT_COLUMNS) sums[column] += amountOf(row, column) ?? 0;
  }
  return sums;
}
