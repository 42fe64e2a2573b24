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

/**
 * How many measures (not *utgår*) stand at each status as of the period: the status of each one's latest
 * report of the year at or before it; `notReported` when it has none.
 */
export const ZStatusCounts = z.object({
  red: z.number().int(),
  yellow: z.number().int(),
  green: z.number().int(),
  done: z.number().int(),
  cancelled: z.number().int(),
  notReported: z.number().int(),
});
export type TStatusCounts = z.infer<typeof ZStatusCounts>;

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
  /**
   * The latest month of `year` in which anyone submitted a report for the plan, null when nobody has: the
   * period the overview shows the follow-up figures as of.
   */
  latestReportedPeriod: z.string().nullable().optional(),
  total: z.object({
    planned: ZKronor,
    originalPlanned: ZKronor.nullable(),
    target: ZKronor.nullable(),
    ...ZFollowUpFields,
    /** With `period`: the measures of the scope per status as of the period. */
    statusCounts: ZStatusCounts.optional(),
  }),
  rows: z.array(ZSummaryRow),
});
export type TPlanSummary = z.infer<typeof ZPlanSummary>;
