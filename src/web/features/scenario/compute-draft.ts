/**
 * The editor's recalculation on every keystroke: the draft read and checked (parse-draft.ts), each year's plan
 * level chosen from its source with the linked plan's figures, and the model run — the very functions the
 * server computes with (src/domain/scenario), so the screen and the saved result cannot disagree.
 */
import { computeScenario, type ScenarioResult } from '../../../domain/scenario/compute-scenario';
import {
  type ChosenPlanLevel,
  choosePlanLevels,
  type PlanEffects,
} from '../../../domain/scenario/plan-level';
import type { ScenarioInput } from '../../../domain/scenario/scenario-input';
import type { TScenarioResult } from '../../../shared/schemas/scenario';
import { type DraftError, validateDraft } from './parse-draft';
import type { ScenarioDraft } from './scenario-draft';

export type DraftComputation =
  | {
      ok: true;
      /** The input as typed (its own planLevel), what Save sends. */
      input: ScenarioInput;
      years: number[];
      result: ScenarioResult;
      /** Each year's plan level and where it came from. */
      chosen: ChosenPlanLevel[];
    }
  | { ok: false; errors: DraftError[]; years: number[] };

/**
 * `effects`: the linked plan's figures per year inside the plan's years (a year the map lacks is outside the
 * plan and counts 0), or null without a linked plan (the typed levels count).
 */
export function computeDraft(
  draft: ScenarioDraft,
  fallbackBaseYear: number,
  effects: ReadonlyMap<number, PlanEffects> | null,
): DraftComputation {
  const validation = validateDraft(draft, fallbackBaseYear);
  if (!validation.ok) return validation;
  const planSource = draft.planId === null ? 'given' : draft.planSource;
  const { input, chosen } = choosePlanLevels(validation.input, planSource, effects);
  const computation = computeScenario(input);
  if (!computation.ok) {
    return {
      ok: false,
      years: validation.years,
      errors: computation.issues.map((issue) => ({
        place: 'table',
        message: `${issue.path}: ${issue.message}`,
      })),
    };
  }
  return { ok: true, input: validation.input, years: validation.years, result: computation.result, chosen };
}

/**
 * The linked plan's figures from a server result, for the years inside the plan (`firstYear`…`lastYear`):
 * the server gives every year figures, also 0 outside the plan, but the domain tells the two apart by absence.
 */
export function planEffectsByYear(
  years: TScenarioResult['years'],
  plan: { firstYear: number; lastYear: number } | undefined,
): Map<number, PlanEffects> | null {
  // Without the plan's figures (no access to the whole organisation) the typed levels count, as on the server.
  if (!plan || years.some((year) => year.planEffects === null)) return null;
  const map = new Map<number, PlanEffects>();
  for (const year of years) {
    if (year.planEffects && year.year >= plan.firstYear && year.year <= plan.lastYear)
      map.set(year.year, year.planEffects);
  }
  return map;
}

/**
 * A scenario of nothing but the years: what the editor sends to `POST /api/scenarios/compute` to learn the
 * linked plan's figures for the years of the table. They depend only on the plan and the years, so the
 * assumptions being typed (perhaps not valid yet) need not go along.
 */
export function planEffectsProbe(baseYear: number, yearCount: number): ScenarioInput {
  const year = {
    revenueGrowth: 0,
    wageGrowth: 0,
    priceGrowth: 0,
    personnelShare: 0,
    otherShare: 0,
    volume: 0,
    pensionChange: 0,
    otherChanges: 0,
    financialNet: 0,
    planLevel: 0,
    realisationGains: 0,
    exemptItems: 0,
    reserveIn: 0,
    reserveOut: 0,
  };
  return {
    baseYear,
    base: { revenue: 0, netCost: 0 },
    goalShare: 0.02,
    openingDeficits: [],
    years: Object.fromEntries(Array.from({ length: yearCount }, (_, i) => [String(baseYear + 1 + i), year])),
  };
}
