import { z } from 'zod';
import { MEASURE_STATUSES, REPORT_STATUSES } from '../enums';
import { ZAmount, ZId, ZKronor, ZMonth, ZSafeString } from './common';
import { ZRound } from './round';

/** A measure's report for one month (SPEC §2): whole kronor, outcome year-to-date and forecast for the year. */
export const ZReport = z.object({
  id: ZId,
  measureId: ZId,
  period: ZMonth,
  outcomeYtd: ZKronor.nullable(),
  forecastYear: ZKronor.nullable(),
  status: z.enum(REPORT_STATUSES),
  comment: z.string().nullable(),
  isDraft: z.boolean(),
  /** Confirmed with "Oförändrad": the values are the previous report's. */
  isUnchanged: z.boolean(),
  reportedByName: z.string(),
  reportedAt: z.string(),
  version: z.number().int(),
});
export type TReport = z.infer<typeof ZReport>;

const ZVersion = z.number().int().min(1);

/** Saving a draft or submitting. `version` is the stored report's, required when one exists; an empty comment is none. */
export const ZReportInput = z.object({
  outcomeYtd: ZAmount.nullable().default(null),
  forecastYear: ZAmount.nullable().default(null),
  status: z.enum(REPORT_STATUSES, { error: 'Välj status: grön, gul, röd, genomförd eller utgår' }),
  comment: ZSafeString().trim().max(4000, { error: 'Högst 4000 tecken' }).nullable().default(null),
  isDraft: z.boolean(),
  version: ZVersion.optional(),
});
export type TReportInput = z.infer<typeof ZReportInput>;

const ZUnchangedComment = z.string().trim().max(4000, { error: 'Högst 4000 tecken' });

/** `comment`: needed when the repeated report is red or departs from the plan beyond the threshold (issue 11). */
export const ZUnchangedInput = z.object({
  version: ZVersion.optional(),
  comment: ZUnchangedComment.nullish(),
});

export const ZAllUnchangedInput = z.object({
  measureIds: z.array(ZId).max(10_000).optional(),
  /** Per measure id: the comment a repeated red or deviating report needs; without one it is skipped. */
  comments: z.record(ZId, ZUnchangedComment).optional(),
});

export const UNCHANGED_SKIP_REASONS = ['draft', 'noPreviousReport', 'frozen', 'commentRequired'] as const;
export type UnchangedSkipReason = (typeof UNCHANGED_SKIP_REASONS)[number];

export const ZAllUnchangedResult = z.object({
  /** How many measures were confirmed as unchanged (and submitted). */
  confirmed: z.number().int(),
  reports: z.array(ZReport),
  /** Remaining measures left alone: a draft to finish, or no earlier report this year to confirm. */
  skipped: z.array(z.object({ measureId: ZId, code: z.string(), reason: z.enum(UNCHANGED_SKIP_REASONS) })),
});
export type TAllUnchangedResult = z.infer<typeof ZAllUnchangedResult>;

/** Undoing "Alla oförändrade" while the round is open: the reports it wrote, at the versions it wrote. */
export const ZUndoUnchangedInput = z.object({
  reports: z
    .array(z.object({ measureId: ZId, version: ZVersion }))
    .min(1)
    .max(10_000),
});

export const UNDO_SKIP_REASONS = ['changed', 'frozen'] as const;

export const ZUndoUnchangedResult = z.object({
  /** How many confirmations were withdrawn: those measures are unreported again. */
  undone: z.number().int(),
  /** Left as they are: changed since (submitted anew, or not an unchanged report), or the period is closed. */
  skipped: z.array(z.object({ measureId: ZId, code: z.string(), reason: z.enum(UNDO_SKIP_REASONS) })),
});
export type TUndoUnchangedResult = z.infer<typeof ZUndoUnchangedResult>;

export const ZMyReport = z.object({
  measureId: ZId,
  code: z.string(),
  title: z.string(),
  orgUnitId: ZId,
  orgUnitPath: z.string(),
  responsibleName: z.string().nullable(),
  measureStatus: z.enum(MEASURE_STATUSES),
  /** The measure's planned level (SPEC §3) in the period's year, whole kronor. */
  plannedLevel: ZKronor,
  /** The report for the round's period, draft or submitted. */
  current: ZReport.nullable(),
  /** The latest submitted report before the period: of the same year when there is one (for prefilling). */
  previous: ZReport.nullable(),
  previousIsSameYear: z.boolean(),
  /** "Oförändrad" is possible: a submitted report earlier this year exists and nothing is submitted yet. */
  canConfirmUnchanged: z.boolean(),
  /**
   * "Ångra" can withdraw the current report: a confirmation as unchanged over nothing, not changed since, and
   * the round still open (the page shows "Ångra" from this, so it survives a reload).
   */
  canUndoUnchanged: z.boolean(),
  isFrozen: z.boolean(),
});
export type TMyReport = z.infer<typeof ZMyReport>;

export const ZMyReports = z.object({
  round: ZRound,
  year: z.number().int(),
  /** A submitted forecast further than this (‰ of the planned level) from the plan needs a comment. */
  deviationCommentPermille: z.number().int(),
  items: z.array(ZMyReport),
});
export type TMyReports = z.infer<typeof ZMyReports>;
