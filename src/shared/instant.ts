/**
 * Instants for "as of" (SPEC §9: every figure reproducible as of any past date). Users pick a day; the figures
 * then show what was known at the end of that day in Sweden. Pure: used by the server and the web app.
 */

export const TIME_ZONE = 'Europe/Stockholm';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A minute on the Swedish clock, as a `datetime-local` input gives it: the end of that minute counts. */
const LOCAL_MINUTE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
/** A timestamp with an explicit offset or Z, so that it means one instant wherever it is read. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The offset of Swedish time from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function stockholmOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The UTC end of a calendar day (`YYYY-MM-DD`); undefined when the text is not one or no such day exists. */
function endOfUtcDay(day: string): Date | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, date, 23, 59, 59, 999));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) {
    return undefined;
  }
  return check;
}

/** Whether a text is a day of the calendar written `YYYY-MM-DD` (2024-02-30 is not), as date fields take it. */
export function isCalendarDay(text: string): boolean {
  return endOfUtcDay(text) !== undefined;
}

/** The last millisecond of a calendar day (`YYYY-MM-DD`) in Swedish time, as an ISO instant; undefined if no such day. */
export function endOfSwedishDay(day: string): string | undefined {
  const end = endOfUtcDay(day);
  if (!end) return undefined;
  return new Date(end.getTime() - stockholmOffsetMinutes(end) * 60_000).toISOString();
}

/** The last millisecond of a minute on the Swedish clock (`YYYY-MM-DDTHH:MM`), as an ISO instant. */
export function endOfSwedishMinute(text: string): string | undefined {
  const match = LOCAL_MINUTE.exec(text);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[2]), Number(match[3])];
  const endOfDay = endOfSwedishDay(match[1]!);
  if (endOfDay === undefined || hours > 23 || minutes > 59) return undefined;
  const utc = Date.parse(`${match[1]}T${match[2]}:${match[3]}:59.999Z`);
  return new Date(utc - stockholmOffsetMinutes(new Date(utc)) * 60_000).toISOString();
}

/**
 * An as-of text from a user or a URL as an ISO instant: a day means the end of that day in Swedish time, a
 * minute (`YYYY-MM-DDTHH:MM`) the end of that minute on the Swedish clock, a timestamp must carry its offset.
 * Undefined when the text is none of these, or before the year 2000.
 */
export function parseAsOf(text: string): string | undefined {
  const instant = DAY.test(text)
    ? endOfSwedishDay(text)
    : LOCAL_MINUTE.test(text)
      ? endOfSwedishMinute(text)
      : TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text))
        ? new Date(text).toISOString()
        : undefined;
  if (instant === undefined || instant < '2000-01-01') return undefined;
  return instant;
}

/** The Swedish calendar day an instant falls on (`YYYY-MM-DD`). */
export function swedishDay(instant: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** An instant on the Swedish clock to the second (`YYYY-MM-DD hh:mm:ss`), as exports and reports print it. */
export function swedishDateTime(instant: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(instant));
}
