import { z } from 'zod';
import { ZId, ZIsoDate, ZMonth, ZSafeString } from './common';

/** A reporting round (SPEC §2): opens one month of a plan for reporting in an org subtree, with a deadline. */
export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ZRoundInput = z.object({ period: ZMonth, orgUnitId: ZId, deadline: ZIsoDate });
export type TRoundInput = z.infer<typeof ZRoundInput>;

export const ZRound = z.object({
  id: ZId,
  planId: ZId,
  period: ZMonth,
  orgUnitId: ZId,
  /** Full path of the round's top unit (`Exempelregionen / Hälso- och sjukvård`). */
  orgUnitPath: z.string(),
  /** Last day to report (inclusive). */
  deadline: ZIsoDate,
  status: z.enum(ROUND_STATUSES),
  openedByName: z.string().nullable(),
  openedAt: z.string(),
  closedByName: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  /** Whether the caller may close or reopen it (admin or controller over its unit). */
  canManage: z.boolean(),
});
export type TRound = z.infer<typeof ZRound>;

export const ZRoundClose = z.object({ version: z.number().int().min(1) });

export const ZRoundReopen = z.object({
  version: z.number().int().min(1),
  reason: ZSafeString()
    .trim()
    .min(1, { error: 'Ange varför omgången öppnas igen' })
    .max(2000, { error: 'Högst 2000 tecken' }),
});

/**
 * Where a measure stands in a round: `reported` (submitted), `overdue` (not submitted and the deadline has
 * passed), `draft` (saved, not submitted), `notReported` (nothing yet). A draft past the deadline is overdue.
 */
export const ROUND_MEASURE_STATES = ['reported', 'draft', 'notReported', 'overdue'] as const;
export type RoundMeasureState = (typeof ROUND_MEASURE_STATES)[number];

export const ZResponsible = z.object({ userId: ZId.nullable(), name: z.string().nullable() });

export const ZRoundMeasure = z.object({
  measureId: ZId,
  code: z.string(),
  title: z.string(),
  orgUnitId: ZId,
  orgUnitPath: z.string(),
  responsible: ZResponsible,
  state: z.enum(ROUND_MEASURE_STATES),
  hasDraft: z.boolean(),
  reportedByName: z.string().nullable(),
  reportedAt: z.string().nullable(),
});
export type TRoundMeasure = z.infer<typeof ZRoundMeasure>;

/** Counts over due measures; `notReported` includes drafts and overdue ones (everything not submitted). */
export const ZRoundCounts = z.object({
  due: z.number().int(),
  reported: z.number().int(),
  drafts: z.number().int(),
  notReported: z.number().int(),
  overdue: z.number().int(),
});
export type TRoundCounts = z.infer<typeof ZRoundCounts>;

export const ZRoundView = z.object({
  round: ZRound,
  isPastDeadline: z.boolean(),
  totals: ZRoundCounts,
  /** Every due measure (status not *utgår*) the caller can see, in code order. */
  measures: z.array(ZRoundMeasure),
  /** Per unit with due measures, counted over the unit's whole subtree (a parent includes its children). */
  units: z.array(ZRoundCounts.extend({ orgUnitId: ZId, parentId: ZId.nullable(), orgUnitPath: z.string() })),
  /** Per responsible person (a linked user, or the name in the plan when no user is linked). */
  people: z.array(ZRoundCounts.extend({ responsible: ZResponsible, unreportedCodes: z.array(z.string()) })),
  /** Who still has measures to report, with their codes: the reminder list. */
  remind: z.array(z.object({ responsible: ZResponsible, measureCodes: z.array(z.string()) })),
});
export type TRoundView = z.infer<typeof ZRoundView>;
