/**
 * The forecast tool's editor as the user types it: every field a text (rates in percent, amounts in mnkr,
 * as `src/shared/scenario-assumptions.ts` writes them), the assumption table as one column per year after
 * the base year. `parse-draft.ts` turns it into the scenario input; nothing here computes.
 */
import type { PlanSource } from '../../../domain/scenario/plan-level';
import {
  MAX_SCENARIO_YEARS,
  MIN_SCENARIO_YEARS,
  type ScenarioInput,
} from '../../../domain/scenario/scenario-input';
import {
  ASSUMPTION_KEYS,
  ASSUMPTION_ROWS,
  type AssumptionKey,
  formatMnkr,
  formatRate,
} from '../../../shared/scenario-assumptions';
import type { TScenario } from '../../../shared/schemas/scenario';

/** One year's column of the assumption table: the text of every row. */
export type DraftColumn = Record<AssumptionKey, string>;

export interface DraftDeficit {
  year: string;
  /** mnkr, positive. */
  amount: string;
}

export interface ScenarioDraft {
  name: string;
  sourceNote: string;
  /** ÅÅÅÅ-MM-DD or empty. */
  sourceDate: string;
  planId: string | null;
  planSource: PlanSource;
  baseYear: string;
  /** mnkr */
  baseRevenue: string;
  /** mnkr */
  baseNetCost: string;
  /** percent */
  goalShare: string;
  openingDeficits: DraftDeficit[];
  /** Year baseYear+1, baseYear+2, … in order. */
  columns: DraftColumn[];
}

export const emptyColumn = (): DraftColumn =>
  Object.fromEntries(ASSUMPTION_KEYS.map((key) => [key, ''])) as DraftColumn;

const KIND = new Map(ASSUMPTION_ROWS.map((row) => [row.key, row.kind]));

/** A saved scenario's input as the table shows it (every amount, also the defaults of 0, written out). */
export function draftFromScenario(scenario: TScenario): ScenarioDraft {
  return {
    name: scenario.name,
    sourceNote: scenario.sourceNote ?? '',
    sourceDate: scenario.sourceDate ?? '',
    planId: scenario.planId,
    planSource: scenario.planSource,
    ...draftFromInput(scenario.input),
  };
}

export function draftFromInput(
  input: ScenarioInput,
): Pick<
  ScenarioDraft,
  'baseYear' | 'baseRevenue' | 'baseNetCost' | 'goalShare' | 'openingDeficits' | 'columns'
> {
  const years = Object.keys(input.years).sort();
  return {
    baseYear: String(input.baseYear),
    baseRevenue: formatMnkr(input.base.revenue),
    baseNetCost: formatMnkr(input.base.netCost),
    goalShare: formatRate(input.goalShare),
    openingDeficits: input.openingDeficits.map((d) => ({
      year: String(d.year),
      amount: formatMnkr(d.amount),
    })),
    columns: years.map((year) => {
      const assumptions = input.years[year] as Record<string, number | undefined>;
      const column = emptyColumn();
      for (const key of ASSUMPTION_KEYS) {
        const value = assumptions[key];
        if (value !== undefined)
          column[key] = KIND.get(key) === 'rate' ? formatRate(value) : formatMnkr(value);
      }
      return column;
    }),
  };
}

/** A new scenario: three years after last year, the 2 % goal, nothing else filled in. */
export function newDraft(options: { today: Date; planId: string | null }): ScenarioDraft {
  return {
    name: '',
    sourceNote: '',
    sourceDate: '',
    planId: options.planId,
    planSource: options.planId ? 'full' : 'given',
    baseYear: String(options.today.getFullYear() - 1),
    baseRevenue: '',
    baseNetCost: '',
    goalShare: '2',
    openingDeficits: [],
    columns: Array.from({ length: MIN_SCENARIO_YEARS }, emptyColumn),
  };
}

/** The base year typed, when it is a year; otherwise `fallback` (so the columns keep their years while typing). */
export function draftBaseYear(draft: ScenarioDraft, fallback: number): number {
  const text = draft.baseYear.trim();
  return /^\d{4}$/.test(text) ? Number(text) : fallback;
}

/** The years of the columns. */
export function draftYears(draft: ScenarioDraft, fallbackBaseYear: number): number[] {
  const base = draftBaseYear(draft, fallbackBaseYear);
  return draft.columns.map((_, index) => base + 1 + index);
}

/** What changing one cell did besides: typing revenue clears the growth of that year, and the other way round. */
export type CellSideEffect = { cleared: 'revenueGrowth' | 'revenue' } | null;

/**
 * A year has either a revenue growth or a revenue amount: a non-empty text in one clears the other (the
 * domain refuses both). Returns the new draft and what was cleared, so the screen can say so.
 */
export function setCell(
  draft: ScenarioDraft,
  column: number,
  key: AssumptionKey,
  text: string,
): { draft: ScenarioDraft; sideEffect: CellSideEffect } {
  const current = draft.columns[column];
  if (!current) return { draft, sideEffect: null };
  const next: DraftColumn = { ...current, [key]: text };
  let sideEffect: CellSideEffect = null;
  const other = key === 'revenue' ? 'revenueGrowth' : key === 'revenueGrowth' ? 'revenue' : null;
  if (other && text.trim() !== '' && current[other].trim() !== '') {
    next[other] = '';
    sideEffect = { cleared: other };
  }
  const columns = draft.columns.map((c, index) => (index === column ? next : c));
  return { draft: { ...draft, columns }, sideEffect };
}

export const canAddYear = (draft: ScenarioDraft) => draft.columns.length < MAX_SCENARIO_YEARS;
export const canRemoveYear = (draft: ScenarioDraft) => draft.columns.length > MIN_SCENARIO_YEARS;

/** A year more at the end: the rates of the year before carried over (a forecast moves slowly), amounts empty. */
export function addYear(draft: ScenarioDraft): ScenarioDraft {
  if (!canAddYear(draft)) return draft;
  const last = draft.columns.at(-1);
  const column = emptyColumn();
  if (last) {
    for (const row of ASSUMPTION_ROWS) if (row.kind === 'rate') column[row.key] = last[row.key];
  }
  return { ...draft, columns: [...draft.columns, column] };
}

export function removeYear(draft: ScenarioDraft): ScenarioDraft {
  if (!canRemoveYear(draft)) return draft;
  return { ...draft, columns: draft.columns.slice(0, -1) };
}

/**
 * The plan's levels written into the planLevel row, when the user switches to levels given per year: the
 * table then starts from what the plan gave, so nothing jumps.
 */
export function withPlanLevels(draft: ScenarioDraft, levels: readonly (number | undefined)[]): ScenarioDraft {
  return {
    ...draft,
    columns: draft.columns.map((column, index) => {
      const level = levels[index];
      return level === undefined ? column : { ...column, planLevel: formatMnkr(level) };
    }),
  };
}

/** The fields a save sends (POST or PATCH): the draft's header and the input it was read to. */
export function scenarioBody(draft: ScenarioDraft, input: ScenarioInput) {
  return {
    name: draft.name.trim(),
    planId: draft.planId,
    planSource: draft.planId ? draft.planSource : ('given' as const),
    sourceNote: draft.sourceNote.trim() === '' ? null : draft.sourceNote.trim(),
    sourceDate: draft.sourceDate.trim() === '' ? null : draft.sourceDate.trim(),
    input,
  };
}
