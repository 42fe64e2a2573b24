import { z } from 'zod';
import { REPORT_STATUSES } from '../enums';
import { ZId, ZKronor } from './common';

/**
 * Per measure, its follow-up as of a period (SPEC §8 question 2): target (the planned level for the year),
 * outcome, forecast, deviation (= forecast − target; negative means short), whether the data is current, and
 * its latest report's status and comment. `period` null: nobody has reported for the year yet.
 */
export const ZMeasureFollowUp = z.object({
  year: z.number().int(),
  period: z.string().nullable(),
  items: z.array(
    z.object({
      measureId: ZId,
      target: ZKronor,
      outcome: ZKronor,
      forecast: ZKronor,
      deviation: ZKronor,
      isStale: z.boolean(),
      lastReportedPeriod: z.string().nullable(),
      status: z.enum(REPORT_STATUSES).nullable(),
      comment: z.string().nullable(),
      reportPeriod: z.string().nullable(),
      reportedAt: z.string().nullable(),
    }),
  ),
});
export type TMeasureFollowUp = z.infer<typeof ZMeasureFollowUp>;
