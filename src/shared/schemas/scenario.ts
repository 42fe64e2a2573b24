import { z } from 'zod';
import { computeScenario } from '../../domain/scenario/compute-scenario';
import { PLAN_LEVEL_SOURCES, PLAN_SOURCES } from '../../domain/scenario/plan-level';
import type { ScenarioInput } from '../../domain/scenario/scenario-input';
import { validateScenarioInput } from '../../domain/scenario/validate-scenario-input';
import { ZId, ZIsoDate, ZKronor, ZMonth, ZRequiredText, ZText } from './common';

/**
 * Scenarios of the forecast tool (SPEC §5, issue 5). The assumptions travel as the JSON contract of
 * `balans scenario --from` (docs/scenario-model.md); amounts are whole kronor, rates plain fractions.
 */

/**
 * A scenario's assumptions as sent: checked by the domain's own validator, so that every message is the
 * domain's Swedish one and names the field (`input.years.2026.wageGrowth: måste vara ett tal`), and computed
 * once, so that growth past what Balans holds is refused when saved rather than when read. Parsed to the
 * validated input with every default filled in.
 */
export const ZScenarioInput = z
  .unknown()
  .transform((raw, ctx): ScenarioInput => {
    const validation = validateScenarioInput(raw);
    const issues = validation.ok
      ? (() => {
          const computation = computeScenario(validation.input);
          return computation.ok ? [] : computation.issues;
        })()
      : validation.issues;
    for (const issue of issues) {
      ctx.issues.push({
        code: 'custom',
        input: raw,
        message: issue.message,
        path: issue.path === '' ? [] : issue.path.split('.'),
      });
    }
    return validation.ok && issues.length === 0 ? validation.input : z.NEVER;
  })
  .meta({
    description:
      'Antagandena enligt JSON-kontraktet för balans scenario --from (docs/scenario-model.md): baseYear, base { revenue, netCost }, goalShare, openingDeficits, years { "ÅÅÅÅ": { revenueGrowth eller revenue, wageGrowth, priceGrowth, personnelShare, otherShare, volume, belopp i kronor … } }',
  });

/** One year's assumptions as saved: validated, every amount present. */
export const ZScenarioYearAssumptions = z.object({
  revenueGrowth: z.number().optional(),
  revenue: ZKronor.optional(),
  wageGrowth: z.number(),
  priceGrowth: z.number(),
  personnelShare: z.number(),
  otherShare: z.number(),
  volume: z.number(),
  pensionChange: ZKronor,
  otherChanges: ZKronor,
  financialNet: ZKronor,
  planLevel: ZKronor,
  realisationGains: ZKronor,
  exemptItems: ZKronor,
  reserveIn: ZKronor,
  reserveOut: ZKronor,
});

/** The assumptions as saved: the contract with every default filled in. */
export const ZScenarioAssumptions = z.object({
  baseYear: z.number().int(),
  base: z.object({ revenue: ZKronor, netCost: ZKronor }),
  goalShare: z.number(),
  openingDeficits: z.array(z.object({ year: z.number().int(), amount: ZKronor })),
  years: z.record(z.string(), ZScenarioYearAssumptions),
});

const ZPlanSource = z.enum(PLAN_SOURCES, {
  error:
    'Planens nivå hämtas som full (planerad nivå), riskWeighted (riskviktad), forecast (senaste prognos) eller given (angiven per år)',
});

/** Every field of a scenario a user sets, without defaults (a patch must not invent values). */
const scenarioFields = {
  /** Unique within the organisation (case does not count). */
  name: ZRequiredText(200),
  /** The plan whose level the scenario counts on; null: none. */
  planId: ZId.nullable(),
  /** Where each year's plan level comes from; anything but `given` needs `planId`. */
  planSource: ZPlanSource,
  /** Where the assumptions come from, e.g. "SKR skatteunderlagsprognos april 2025". */
  sourceNote: ZText(500).nullable(),
  /** The date of that source. */
  sourceDate: ZIsoDate.nullable(),
  input: ZScenarioInput,
};

export const ZScenarioCreate = z.object({
  ...scenarioFields,
  planId: scenarioFields.planId.default(null),
  planSource: scenarioFields.planSource.default('given'),
  sourceNote: scenarioFields.sourceNote.default(null),
  sourceDate: scenarioFields.sourceDate.default(null),
});
export type TScenarioCreate = z.infer<typeof ZScenarioCreate>;

/** A partial change: only the fields given change (`input` as a whole); `version` as last seen. */
export const ZScenarioPatch = z
  .object(scenarioFields)
  .partial()
  .extend({ version: z.number().int().min(1) });
export type TScenarioPatch = z.infer<typeof ZScenarioPatch>;

export const ZScenarioCopy = z.object({ name: scenarioFields.name });

export const ZScenario = z.object({
  id: ZId,
  name: z.string(),
  planId: ZId.nullable(),
  planSource: ZPlanSource,
  sourceNote: z.string().nullable(),
  sourceDate: z.string().nullable(),
  input: ZScenarioAssumptions,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Who created it: a user's name or the command (`balans demo`). */
  createdBy: z.string(),
});
/** A saved scenario; its input is the domain's validated type (which the schema above describes). */
export type TScenario = Omit<z.infer<typeof ZScenario>, 'input'> & { input: ScenarioInput };

/** One year of the output contract of `balans scenario --json`, whole kronor. */
export const ZScenarioYearResult = z.object({
  year: z.number().int(),
  revenue: ZKronor,
  netCostBeforePlan: ZKronor,
  netCost: ZKronor,
  result: ZKronor,
  goal: ZKronor,
  gap: ZKronor,
  requiredPlan: ZKronor,
  planLevel: ZKronor,
  balanskravResult: ZKronor,
  deficitOutstanding: ZKronor,
  deficitOverdue: z.boolean(),
});

/** The linked plan's figures for a year (levels): what the screen draws against the required plan size. */
export const ZPlanEffects = z.object({
  full: ZKronor,
  riskWeighted: ZKronor,
  /** The forecast as of the latest month reported in the year; null without reports. */
  forecast: ZKronor.nullable(),
  forecastPeriod: ZMonth.nullable(),
});

export const ZScenarioResultYear = ZScenarioYearResult.extend({
  /** Where `planLevel` came from; `outsidePlan` (0) for a year outside the linked plan's years. */
  planLevelSource: z.enum(PLAN_LEVEL_SOURCES),
  /** For `forecast`: the month whose forecast was used. */
  forecastPeriod: ZMonth.nullable(),
  /** The linked plan's figures, whatever the source; null without a linked plan. */
  planEffects: ZPlanEffects.nullable(),
});

/** The balanskrav deficit ledger: each deficit and its restoration schedule, whole kronor. */
export const ZScenarioLedger = z.object({
  deficits: z.array(
    z.object({
      year: z.number().int(),
      amount: ZKronor,
      deadline: z.number().int(),
      remaining: ZKronor,
      restoredInYear: z.number().int().nullable(),
    }),
  ),
  schedule: z.array(
    z.object({ deficitYear: z.number().int(), restoredInYear: z.number().int(), amount: ZKronor }),
  ),
});

export const ZScenarioResult = z.object({
  /** The saved scenario computed; null for an unsaved one (POST /api/scenarios/compute). */
  scenario: z.object({ id: ZId, name: z.string(), version: z.number().int() }).nullable(),
  plan: z.object({ id: ZId, name: z.string() }).nullable(),
  planSource: ZPlanSource,
  /** The base year as given: result = revenue − netCost. */
  base: z.object({ year: z.number().int(), revenue: ZKronor, netCost: ZKronor, result: ZKronor }),
  goalShare: z.number(),
  years: z.array(ZScenarioResultYear),
  ledger: ZScenarioLedger,
});
export type TScenarioResult = z.infer<typeof ZScenarioResult>;

export const ZScenarioComparison = z.object({ scenarios: z.array(ZScenarioResult) });
export type TScenarioComparison = z.infer<typeof ZScenarioComparison>;

/** An unsaved scenario to compute as one types. */
export const ZScenarioCompute = z.object({
  planId: scenarioFields.planId.default(null),
  planSource: scenarioFields.planSource.default('given'),
  input: ZScenarioInput,
});
export type TScenarioCompute = z.infer<typeof ZScenarioCompute>;

/** `ids=a,b,c`: two to ten scenarios, each once. */
export const ZScenarioIds = z
  .string()
  .transform((text) => text.split(',').map((id) => id.trim()))
  .pipe(
    z
      .array(ZId)
      .min(2, { error: 'Ange minst två scenarier att jämföra: ids=a,b' })
      .max(10, { error: 'Högst tio scenarier åt gången' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'Samma scenario finns två gånger' }),
  );
