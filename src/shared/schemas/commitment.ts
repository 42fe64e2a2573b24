import { z } from 'zod';
import { COMMITMENT_STATES } from '../enums';
import { INVALID_TEXT_MESSAGE, isCleanText } from '../text-safety';
import { ZAmount, ZId, ZKronor, ZMonth, ZYear } from './common';

const DECLINE_REASON_MESSAGE = 'Skriv varför du avböjer betinget';

/** Setting one unit's *åtgärdsbeting* for a plan year; the same plan, unit and year replaces it. */
export const ZCommitmentInput = z.object({
  orgUnitId: ZId,
  year: ZYear,
  amount: ZAmount.min(0, { error: 'Beloppet får inte vara negativt' }),
  managerUserId: ZId.nullable().default(null),
});
export type TCommitmentInput = z.infer<typeof ZCommitmentInput>;

/** The manager accepts the amount he or she was shown: `amount` must equal the present amount. */
export const ZCommitmentAcceptance = z.object({
  version: z.number().int().min(1),
  amount: ZKronor,
});

export const ZCommitmentDecline = z.object({
  version: z.number().int().min(1),
  reason: z
    .string({ error: DECLINE_REASON_MESSAGE })
    .refine(isCleanText, { error: INVALID_TEXT_MESSAGE })
    .transform((reason) => reason.trim())
    .pipe(z.string().min(1, { error: DECLINE_REASON_MESSAGE }).max(2000, { error: 'Högst 2000 tecken' })),
});

export const ZCommitmentState = z.enum(COMMITMENT_STATES);

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
  /** pending: neither accepted nor declined (again pending after the amount or manager changed). */
  state: ZCommitmentState,
  /** The manager's signed acceptance; null until accepted, and again after the amount or manager changed. */
  accepted: z.object({ byUserId: ZId.nullable(), byName: z.string().nullable(), at: z.string() }).nullable(),
  /** The amount the manager accepted (equals `amount` while accepted). */
  acceptedAmount: ZKronor.nullable(),
  declined: z.object({ byName: z.string().nullable(), at: z.string(), reason: z.string() }).nullable(),
  /** The controller (or admin) who set the present amount. */
  setByName: z.string().nullable(),
  version: z.number().int(),
});
export type TCommitment = z.infer<typeof ZCommitment>;

export const ZCommitmentsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** `notAccepted`: pending or declined. */
  state: z.enum([...COMMITMENT_STATES, 'notAccepted']).optional(),
});

/** Result of "från sparbeting": every unit target of the year became (or already was) a commitment. */
export const ZCommitmentsFromTargets = z.object({
  year: z.number().int(),
  created: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  /** Unit targets of units the actor may not set commitments for. */
  skipped: z.number().int(),
  commitments: z.array(ZCommitment),
});
export type TCommitmentsFromTargets = z.infer<typeof ZCommitmentsFromTargets>;

export const ZShortfallsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  /** Default: the year's latest reported period, else its last month. */
  period: ZMonth.optional(),
});

/**
 * A unit whose measures (its subtree: planned level in the year, forecast as of the period) do not cover
 * its commitment. A shortfall is commitment − figure when positive, else null.
 */
export const ZCommitmentShortfall = z.object({
  commitmentId: ZId,
  orgUnitId: ZId,
  orgUnitPath: z.string(),
  managerName: z.string().nullable(),
  state: ZCommitmentState,
  commitment: ZKronor,
  planned: ZKronor,
  forecast: ZKronor,
  plannedShortfall: ZKronor.nullable(),
  forecastShortfall: ZKronor.nullable(),
});
export type TCommitmentShortfall = z.infer<typeof ZCommitmentShortfall>;

export const ZCommitmentShortfalls = z.object({
  year: z.number().int(),
  /** The period the forecast is as of. */
  period: z.string(),
  units: z.array(ZCommitmentShortfall),
});
export type TCommitmentShortfalls = z.infer<typeof ZCommitmentShortfalls>;
