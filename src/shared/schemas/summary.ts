import { z } from 'zod';
import { EFFECT_CONVENTIONS, GROUPINGS } from '../enums';
import { ZId, ZKronor } from './common';

/** The follow-up figures of SPEC §4 as of a period (present when the summary was asked `period`). */
export const ZFollowUpFields = {
  forecast: ZKronor.optional(),
  outcome: ZKronor.optional(),
  /** forecast − target; null where there is no target. */
  deviation: ZKronor.nullable().optional(),
  /** Kronor of the forecast that rests on stale data (a measure that did not report when due). */
  stale: ZKronor.optional(),
  staleCount: z.number().int().optional(),
  /** The oldest period a stale measure last reported in; null when none did (or nothing is stale). */
  staleSince: z.string().nullable().optional(),
  riskWeighted: ZKronor.optional(),
  forecastFeasible12: ZKronor.optional(),
};

export const ZSummaryRow = z.object({
  /** Unit path (`Region X / Förvaltning Y`), year, or the grouping's code name; "" for measures without one. */
  key: z.string(),
  unitId: ZId.optional(),
  /** Planned level in the year, whole kronor. */
  planned: ZKronor,
  originalPlanned: ZKronor.nullable(),
  target: ZKronor.nullable(),
  ...ZFollowUpFields,
});

export const ZPlanSummary = z.object({
  plan: z.object({ id: ZId, name: z.string() }),
  year: z.number().int(),
  convention: z.enum(EFFECT_CONVENTIONS),
  by: z.enum(GROUPINGS),
  /** The as-of period of the follow-up figures, when asked. */
  period: z.string().optional(),
  total: z.object({
    planned: ZKronor,
    originalPlanned: ZKronor.nullable(),
    target: ZKronor.nullable(),
    ...ZFollowUpFields,
  }),
  rows: z.array(ZSummaryRow),
});
export type TPlanSummary = z.infer<typeof ZPlanSummary>;
