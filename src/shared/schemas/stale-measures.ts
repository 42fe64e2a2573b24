import { z } from 'zod';
import { ZId, ZKronor } from './common';

/** The measures whose data is stale as of a period: who owns them and when they last reported. */
export const ZStaleMeasures = z.object({
  period: z.string(),
  year: z.number().int(),
  items: z.array(
    z.object({
      measureId: ZId,
      code: z.string(),
      title: z.string(),
      orgUnitPath: z.string(),
      responsibleName: z.string().nullable(),
      /** null: the measure never reported. */
      lastReportedPeriod: z.string().nullable(),
      /** The forecast it counts with (older report or plan). */
      forecast: ZKronor,
    }),
  ),
});
export type TStaleMeasures = z.infer<typeof ZStaleMeasures>;
