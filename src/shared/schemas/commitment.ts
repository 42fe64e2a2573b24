import { z } from 'zod';
import { ZAmount, ZId, ZKronor, ZYear } from './common';

/** Setting one unit's *åtgärdsbeting* for a plan year; the same plan, unit and year replaces it. */
export const ZCommitmentInput = z.object({
  orgUnitId: ZId,
  year: ZYear,
  amount: ZAmount.min(0, { error: 'Beloppet får inte vara negativt' }),
  managerUserId: ZId.nullable().default(null),
});
export type TCommitmentInput = z.infer<typeof ZCommitmentInput>;

export const ZCommitment = z.object({
  id: ZId,
  planId: ZId,
  orgUnitId: ZId,
  /** Full path of the unit from the top (`Region X / Förvaltning Y`). */
  orgUnitPath: z.string(),
  year: z.number().int(),
  amount: ZKronor,
  managerUserId: ZId.nullable(),
  managerName: z.string().nullable(),
  /** The manager's signed acceptance; null until accepted, and again after the amount or manager changed. */
  accepted: z.object({ byUserId: ZId.nullable(), byName: z.string().nullable(), at: z.string() }).nullable(),
  version: z.number().int(),
});
export type TCommitment = z.infer<typeof ZCommitment>;
