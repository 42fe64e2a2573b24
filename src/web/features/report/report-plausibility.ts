import type { TMyReport } from '../../../shared/schemas/report';
import { type AmountChange, findImplausible, type ImplausibleChange } from '../../app/plausibility';

/**
 * The plausibility check of a report (issue 11, item 2). Only a submitted report counts in the figures (drafts
 * never do, SPEC §4), so the check is made when the manager submits — not on every draft saved while typing.
 * Each amount is compared with the figure it replaces: the submitted report being corrected, else the previous
 * report of the same year; a forecast without one replaces the planned level; an outcome year-to-date of a
 * new year has nothing comparable (last year's is cumulative over another year), so only the limit applies.
 */
export function reportAmountChanges(
  input: { outcomeYtd: number | null; forecastYear: number | null },
  item: Pick<TMyReport, 'current' | 'previous' | 'previousIsSameYear' | 'plannedLevel'>,
  labels: { outcome: string; forecast: string },
): AmountChange[] {
  const submitted = item.current && !item.current.isDraft ? item.current : null;
  const before = submitted ?? (item.previousIsSameYear ? item.previous : null);
  return [
    { label: labels.outcome, previous: before?.outcomeYtd ?? null, next: input.outcomeYtd },
    {
      label: labels.forecast,
      previous: before ? before.forecastYear : item.plannedLevel,
      next: input.forecastYear,
    },
  ];
}

/** The amounts to confirm before the report is saved: none for a draft, which counts nowhere. */
export function reportChangesToConfirm(
  input: { outcomeYtd: number | null; forecastYear: number | null; isDraft: boolean },
  item: Pick<TMyReport, 'current' | 'previous' | 'previousIsSameYear' | 'plannedLevel'>,
  labels: { outcome: string; forecast: string },
  limit: number,
): ImplausibleChange[] {
  if (input.isDraft) return [];
  return findImplausible(reportAmountChanges(input, item, labels), limit);
}
