/**
 * The assumptions of one scenario, as the JSON contract of issue 5 has them (`balans scenario --from`), after
 * validation: every default filled in, every amount whole kronor, every rate a plain fraction (0.03 = 3 %).
 * Formulas: docs/scenario-model.md.
 */

/** Growth rates: fractions per year, −1…1 (−100 %…+100 %). */
export const RATE_FIELDS = ['revenueGrowth', 'wageGrowth', 'priceGrowth', 'volume'] as const;
/** Shares of the net cost: fractions 0…1, together at most 1. */
export const SHARE_FIELDS = ['personnelShare', 'otherShare'] as const;
/** Amounts in whole kronor for the year; 0 when left out. */
export const AMOUNT_FIELDS = [
  'pensionChange',
  'otherChanges',
  'financialNet',
  'planLevel',
  'realisationGains',
  'exemptItems',
  'reserveIn',
  'reserveOut',
] as const;

export type AmountField = (typeof AMOUNT_FIELDS)[number];

export const MIN_SCENARIO_YEARS = 3;
export const MAX_SCENARIO_YEARS = 10;
export const DEFAULT_GOAL_SHARE = 0.02;
/** How far before the base year an opening deficit may lie (an older one is surely a typo). */
export const MAX_OPENING_DEFICIT_AGE = 10;

/** Revenue for a year: grown from the year before, or given as an amount — exactly one of the two. */
export type RevenueAssumption =
  | { revenueGrowth: number; revenue?: undefined }
  | { revenue: number; revenueGrowth?: undefined };

export type ScenarioYearInput = RevenueAssumption & {
  wageGrowth: number;
  priceGrowth: number;
  personnelShare: number;
  otherShare: number;
  volume: number;
} & Record<AmountField, number>;

/** A deficit (negative balanskravsresultat) from the base year or before, still to be restored. */
export interface OpeningDeficit {
  year: number;
  /** What remains to restore, as a positive number of kronor. */
  amount: number;
}

export interface ScenarioInput {
  baseYear: number;
  base: { revenue: number; netCost: number };
  goalShare: number;
  openingDeficits: OpeningDeficit[];
  /** One entry per year baseYear+1 … baseYear+n (3 ≤ n ≤ 10), keyed by the year as a string. */
  years: Record<string, ScenarioYearInput>;
}

/** One thing wrong with an input or its result: the exact field (`years.2026.wageGrowth`) and, in Swedish, what. */
export interface ScenarioIssue {
  path: string;
  message: string;
}

export function formatIssue(issue: ScenarioIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/** The scenario's years in order: baseYear+1 … */
export function scenarioYears(input: ScenarioInput): number[] {
  return Object.keys(input.years)
    .map(Number)
    .sort((a, b) => a - b);
}
