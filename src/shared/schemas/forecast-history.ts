import { z } from 'zod';
import { ZId, ZKronor } from './common';

/** How the forecast of a plan, a unit's subtree or one measure moved, period by period (issue 4, item 5). */
export const ZForecastHistory = z.object({
  plan: z.object({ id: ZId, name: z.string() }),
  year: z.number().int(),
  orgUnitId: ZId.nullable(),
  measureId: ZId.nullable(),
  /** The target for the year (plan, or the unit's sparbeting); null when none is set. */
  target: ZKronor.nullable(),
  /** The planned level in the year. */
  planned: ZKronor,
  points: z.array(
    z.object({
      period: z.string(),
      forecast: ZKronor,
      outcome: ZKronor,
      stale: ZKronor,
      staleCount: z.number().int(),
      /** How many measures in scope submitted a report for this very period (0: only a round was held). */
      reported: z.number().int(),
    }),
  ),
});
export type TForecastHistory = z.infer<typeof ZForecastHistory>;
