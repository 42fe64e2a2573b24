import { COST_TYPES, type EffectConvention, GROUPINGS, type Grouping } from '../shared/enums';
import { rollUpSubtrees, type TreeUnit } from './org-tree';
import { type PlannedMeasure, plannedLevel } from './planned-effect';

export { GROUPINGS, type Grouping };

/** Key of the row for measures that lack the grouped attribute (no category, no programme, …). */
export const MISSING_KEY = '';

/** Key used when grouping by unit: each unit has one figure. */
export const UNIT_KEY = 'total';

export type AmountsByKey = Map<string, number>;
export type AmountsByUnitAndKey = Map<string, AmountsByKey>;

/** The keys a measure counts under in an attribute grouping ('' = missing); a measure counts once per programme. */
export function attributeKeys(
  measure: PlannedMeasure,
  by: Exclude<Grouping, 'unit' | 'year' | 'costType'>,
): string[] {
  switch (by) {
    case 'category':
      return [measure.category ?? MISSING_KEY];
    case 'group':
      return [measure.group ?? MISSING_KEY];
    case 'savingsType':
      return [measure.savingsType ?? MISSING_KEY];
    case 'feasibility':
      return [measure.feasibility === null ? MISSING_KEY : String(measure.feasibility)];
    case 'programme':
      return measure.programmeIds.length === 0 ? [MISSING_KEY] : [...new Set(measure.programmeIds)];
  }
}

function add(target: AmountsByUnitAndKey, unitId: string, key: string, amount: number): void {
  if (amount === 0) return;
  const byKey = target.get(unitId) ?? new Map<string, number>();
  byKey.set(key, (byKey.get(key) ?? 0) + amount);
  target.set(unitId, byKey);
}

/**
 * Each unit's *own* planned level (its measures only, not its children's) per key of the grouping: for
 * `year` one key per plan year holding that year's level, otherwise the level in `year`. This is the pure
 * definition that the repository's SQL must equal.
 */
export function ownPlannedLevels(
  measures: readonly PlannedMeasure[],
  convention: EffectConvention,
  year: number,
  planYears: readonly number[],
  by: Grouping,
): AmountsByUnitAndKey {
  const own: AmountsByUnitAndKey = new Map();
  for (const measure of measures) {
    if (by === 'year') {
      for (const planYear of planYears) {
        add(own, measure.orgUnitId, String(planYear), plannedLevel(measure, convention, planYear));
      }
    } else if (by === 'costType') {
      for (const costType of COST_TYPES) {
        add(own, measure.orgUnitId, costType, plannedLevel(measure, convention, year, costType));
      }
    } else if (by === 'unit') {
      add(own, measure.orgUnitId, UNIT_KEY, plannedLevel(measure, convention, year));
    } else {
      const level = plannedLevel(measure, convention, year);
      for (const key of attributeKeys(measure, by)) add(own, measure.orgUnitId, key, level);
    }
  }
  return own;
}

/** Subtree figures for every unit and key: each node equals its own measures plus its children. */
export function rollUpPlanned(units: readonly TreeUnit[], own: AmountsByUnitAndKey): AmountsByUnitAndKey {
  return rollUpSubtrees(units, own);
}

/** Sum of the figures of the root units (the whole organisation) per key. */
export function totalOverRoots(units: readonly TreeUnit[], subtree: AmountsByUnitAndKey): AmountsByKey {
  const ids = new Set(units.map((unit) => unit.id));
  const total: AmountsByKey = new Map();
  for (const unit of units) {
    if (unit.parentId !== null && ids.has(unit.parentId)) continue;
    for (const [key, amount] of subtree.get(unit.id) ?? []) total.set(key, (total.get(key) ?? 0) + amount);
  }
  return total;
}
