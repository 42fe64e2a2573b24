import { formatSwedishDate, formatSwedishTime } from '../../../shared/date-format';
import type { ReportStatus } from '../../../shared/enums';
import { formatAmount, parseAmount } from '../../../shared/money';
import type { TMyReport, TReport, TReportInput } from '../../../shared/schemas/report';
import { ApiError } from '../../api/client';
import { type TReportConflict, ZReportConflict } from '../../api/reports';
import { errorMessage } from '../../components/query-state';

/** What the manager types for one measure: amounts as text in tkr, as shown. */
export interface ReportValues {
  outcome: string;
  forecast: string;
  status: ReportStatus;
  comment: string;
}

export type ReportField = 'outcomeYtd' | 'forecastYear' | 'status' | 'comment';
export type FieldErrors = Partial<Record<ReportField, string>>;

/** Which typed value each checked field is. */
export const VALUE_OF_FIELD: Record<ReportField, keyof ReportValues> = {
  outcomeYtd: 'outcome',
  forecastYear: 'forecast',
  status: 'status',
  comment: 'comment',
};

/** Where a row's draft stands. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string };

/** Where a row stands: nothing yet, a draft saved, submitted, or submitted with "Oförändrad". */
export type RowState = 'notReported' | 'draft' | 'reported' | 'unchanged';

export function amountText(kronor: number | null | undefined): string {
  return kronor === null || kronor === undefined
    ? ''
    : formatAmount(kronor, { unit: 'tkr', withUnit: false });
}

export function valuesOf(report: Pick<TReport, 'outcomeYtd' | 'forecastYear' | 'status' | 'comment'>) {
  return {
    outcome: amountText(report.outcomeYtd),
    forecast: amountText(report.forecastYear),
    status: report.status,
    comment: report.comment ?? '',
  } satisfies ReportValues;
}

/** The period's report when there is one, else last period's values prefilled (the comment is not carried over). */
export function initialValues(item: Pick<TMyReport, 'current' | 'previous'>): ReportValues {
  if (item.current) return valuesOf(item.current);
  if (item.previous) return { ...valuesOf(item.previous), comment: '' };
  return { outcome: '', forecast: '', status: 'green', comment: '' };
}

export function rowState(current: Pick<TReport, 'isDraft' | 'isUnchanged'> | null | undefined): RowState {
  if (!current) return 'notReported';
  if (current.isDraft) return 'draft';
  return current.isUnchanged ? 'unchanged' : 'reported';
}

export type ParsedValues =
  | { ok: true; input: Omit<TReportInput, 'isDraft' | 'version'> }
  | { ok: false; errors: FieldErrors };

/** Reads the typed amounts (tkr, Swedish notation) into whole kronor; an empty amount is none. */
export function parseValues(values: ReportValues): ParsedValues {
  const errors: FieldErrors = {};
  const amount = (text: string, field: ReportField): number | null => {
    if (text.trim() === '') return null;
    const parsed = parseAmount(text, 'tkr');
    if (parsed.ok) return parsed.kronor;
    errors[field] = parsed.message;
    return null;
  };
  const outcomeYtd = amount(values.outcome, 'outcomeYtd');
  const forecastYear = amount(values.forecast, 'forecastYear');
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const comment = values.comment.trim() || null;
  return { ok: true, input: { outcomeYtd, forecastYear, status: values.status, comment } };
}

function percentText(permille: number): string {
  return `${(permille / 10).toString().replace('.', ',')} %`;
}

/**
 * The checks of a submitted report, as the server makes them: a forecast unless *utgår*; a comment when red or
 * when the forecast departs from the planned level by more than the tenant's threshold.
 */
export function submissionErrors(values: ReportValues, planned: number, permille: number): FieldErrors {
  const parsed = parseValues(values);
  if (!parsed.ok) return parsed.errors;
  const errors: FieldErrors = {};
  const { status, comment } = parsed.input;
  const forecast = status === 'cancelled' ? 0 : parsed.input.forecastYear;
  if (forecast === null) errors.forecastYear = 'Ange prognos för helåret';
  if (comment) return errors;
  if (status === 'red') errors.comment = 'Status röd kräver en kommentar';
  else if (forecast !== null && Math.abs(forecast - planned) * 1000 > Math.abs(planned) * permille) {
    errors.comment = `Prognosen avviker mer än ${percentText(permille)} från planerad nivå (${formatAmount(planned, { unit: 'tkr' })}); förklara avvikelsen i en kommentar`;
  }
  return errors;
}

const FIELDS: readonly ReportField[] = ['outcomeYtd', 'forecastYear', 'status', 'comment'];

/** The server's 400 details mapped to the row's fields; the rest joined as a row-level message. */
export function errorsFromDetails(details: readonly { field?: string | undefined; message: string }[]): {
  fields: FieldErrors;
  other: string[];
} {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const detail of details) {
    const field = FIELDS.find((f) => f === detail.field);
    if (field) fields[field] = fields[field] ? `${fields[field]}. ${detail.message}` : detail.message;
    else other.push(detail.message);
  }
  return { fields, other };
}

/** What a failed save means for the row: someone else's save, checks failed at fields, or another error. */
export function classifyReportError(
  error: unknown,
):
  | { kind: 'conflict'; conflict: TReportConflict }
  | { kind: 'invalid'; fields: FieldErrors; other: string[] }
  | { kind: 'other'; message: string } {
  if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
    const parsed = ZReportConflict.safeParse(error.current);
    if (parsed.success) return { kind: 'conflict', conflict: parsed.data };
  }
  if (error instanceof ApiError && error.status === 400 && error.details.length > 0) {
    return { kind: 'invalid', ...errorsFromDetails(error.details) };
  }
  return { kind: 'other', message: errorMessage(error) };
}

/** The same values (so a draft need not be saved again). */
export function sameValues(a: ReportValues, b: ReportValues): boolean {
  return (
    a.outcome.trim() === b.outcome.trim() &&
    a.forecast.trim() === b.forecast.trim() &&
    a.status === b.status &&
    a.comment.trim() === b.comment.trim()
  );
}

/** Whether the deadline (last day, inclusive, YYYY-MM-DD) has passed on `today` (YYYY-MM-DD, Swedish time). */
export function isPastDeadline(deadline: string, today: string): boolean {
  return today > deadline;
}

/** Today in Sweden as YYYY-MM-DD. */
export function swedishToday(now = new Date()): string {
  return formatSwedishDate(now);
}

/** hh:mm in Swedish time, for "Utkast sparat 14:05". */
export function clockTime(iso: string | Date): string {
  return formatSwedishTime(iso);
}

export function progressOf(items: readonly Pick<TMyReport, 'current'>[]): {
  reported: number;
  total: number;
} {
  return {
    reported: items.filter((i) => i.current && !i.current.isDraft).length,
    total: items.length,
  };
}
