import { z } from 'zod';
import { EFFECT_CONVENTIONS, GROUPINGS } from '../enums';
import { ZId, ZKronor } from './common';

export const ZSummaryRow = z.object({
  /** Unit path (`Region X / Förvaltning Y`), year, or the grouping's code name; "" for measures without one. */
  key: z.string(),
  unitId: ZId.optional(),
  /** Planned level in the year, whole kronor. */
  planned: ZKronor,
  originalPlanned: ZKronor.nullable(),
  target: ZKronor.nullable(),
});

export const ZPlanSummary = z.object({
  plan: z.object({ id: ZId, name: z.string() }),
  year: z.number().int(),
  convention: z.enum(EFFECT_CONVENTIONS),
  by: z.enum(GROUPINGS),
  total: z.object({ planned: ZKronor, originalPlanned: ZKronor.nullable(), target: ZKronor.nullable() }),
  rows: z.array(ZSummaryRow),
});
export type TPlanSummary = z.infer<typeof ZPlanSummary>;
