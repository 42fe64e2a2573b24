import { unitPaths } from '../../../domain/org-tree';
import { type PlannedMeasure, plannedLevel } from '../../../domain/planned-effect';
import type { EffectConvention } from '../../../shared/enums';
import type { TMeasure } from '../../../shared/schemas/measure';

/** One measure as the grid shows it: the measure, its unit, and its planned level in the chosen year. */
export interface GridRow {
  measure: TMeasure;
  unitName: string;
  unitPath: string;
  /** Planned *level* in the grid's year, whole kronor (cancelled and ended temporary measures count 0). */
  planned: number;
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
): GridRow[] {
  const paths = unitPaths(units);
  const names = new Map(units.map((unit) => [unit.id, unit.name]));
  return measures.map((measure) => ({
    measure,
    unitName: names.get(measure.orgUnitId) ?? '',
    unitPath: paths.get(measure.orgUnitId) ?? '',
    planned: plannedLevelOf(measure, convention, year),
  }));
}

/** The columns that hold kronor and are summed per group and in total. */
export const AMOUNT_COLUMNS = ['planned', 'investment', 'oneOffCost', 'runningCostPerYear'] as const;
export type AmountColumn = (typeof AMOUNT_COLUMNS)[number];
export type AmountSums = Record<AmountColumn, number>;

export function amountOf(row: GridRow, column: AmountColumn): number | null {
  return column === 'planned' ? row.planned : row.measure[column];
}

/** Integer sums of every amount column (missing amounts count 0). */
export function sumRows(rows: readonly GridRow[]): AmountSums {
  const sums: AmountSums = { planned: 0, investment: 0, oneOffCost: 0, runningCostPerYear: 0 };
  for (const row of rows) {
    for (const column of AMOUNT_COLUMNS) sums[column] += amountOf(row, column) ?? 0;
  }
  return sums;
}
