import { levelInYear } from '../shared/effect-convention';
import type { Category, CostType, EffectConvention, MeasureStatus, SavingsType } from '../shared/enums';

/** What the planned figure of SPEC §4 needs to know about one measure. Amounts are whole kronor. */
export interface PlannedMeasure {
  id: string;
  orgUnitId: string;
  status: MeasureStatus;
  isTemporary: boolean;
  endMonth: string | null;
  category: Category | null;
  group: string | null;
  savingsType: SavingsType | null;
  feasibility: number | null;
  programmeIds: readonly string[];
  /** As stated in the plan's effect convention. */
  effects: readonly { year: number; costType: CostType; amount: number }[];
}

/** A measure counts in the plan unless it has been cancelled (*utgår*). */
export function countsAsPlanned(measure: Pick<PlannedMeasure, 'status'>): boolean {
  return measure.status !== 'cancelled';
}

/** A temporary measure's effect ends with the measure: no level after the year it ends. */
export function isEndedTemporary(
  measure: Pick<PlannedMeasure, 'isTemporary' | 'endMonth'>,
  year: number,
): boolean {
  return measure.isTemporary && measure.endMonth !== null && year > Number(measure.endMonth.slice(0, 4));
}

/** The measure's planned *level* in `year`, for one cost type or all of them. */
export function plannedLevel(
  measure: PlannedMeasure,
  convention: EffectConvention,
  year: number,
  costType?: CostType,
): number {
  if (!countsAsPlanned(measure) || isEndedTemporary(measure, year)) return 0;
  const amounts: Record<number, number> = {};
  for (const effect of measure.effects) {
    if (costType !== undefined && effect.costType !== costType) continue;
    amounts[effect.year] = (amounts[effect.year] ?? 0) + effect.amount;
  }
  return levelInYear(convention, amounts, year);
}
