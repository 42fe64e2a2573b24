import { formatSwedishMonth } from '../../../shared/date-format';
import type { TRound, TRoundView } from '../../../shared/schemas/round';
import { ApiError } from '../../api/client';

/** Pure helpers of the follow-up screens (reporting rounds and the figures as of a period). */

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(text: string | null | undefined): text is string {
  return typeof text === 'string' && MONTH.test(text);
}

/** Rounds newest first: by period, then by when they were opened. */
export function sortRounds(rounds: readonly TRound[]): TRound[] {
  return [...rounds].sort((a, b) => b.period.localeCompare(a.period) || b.openedAt.localeCompare(a.openedAt));
}

/** The month before today in Sweden (`YYYY-MM`, whatever the browser's zone), the usual period a round opens for. */
export function previousMonth(today: Date): string {
  const [year = 0, month = 1] = formatSwedishMonth(today).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** Server validation errors by form field (`body.period` → `period`); the rest go to `form`. */
export function fieldErrors(error: unknown, fields: readonly string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const result: Record<string, string> = {};
  for (const detail of error.details) {
    const field = detail.field?.replace(/^body\./, '');
    if (field && fields.includes(field)) result[field] ??= detail.message;
  }
  if (Object.keys(result).length === 0) result.form = error.message;
  return result;
}

/** The drafts a 409 on close names (`HS-01: utkast av … är inte inskickat`). */
export function draftDetails(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.status !== 409) return [];
  return error.details.filter((d) => d.field === 'drafts').map((d) => d.message);
}

/** Plain text of the reminder list, one person a line: `Name: HS-07, HS-11`. */
export function remindText(remind: TRoundView['remind'], heading: string, unnamed: string): string {
  const lines = remind.map(
    (entry) => `${entry.responsible.name ?? unnamed}: ${entry.measureCodes.join(', ')}`,
  );
  return [heading, '', ...lines].join('\n');
}

/** Share reported of due, as a whole percent (0 when nothing is due). */
export function progressPercent(counts: { due: number; reported: number }): number {
  return counts.due === 0 ? 0 : Math.floor((counts.reported / counts.due) * 100);
}

/** The year of a `YYYY-MM` period. */
export function periodYear(period: string): number {
  return Number(period.slice(0, 4));
}
