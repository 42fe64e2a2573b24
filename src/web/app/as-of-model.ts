import { formatSwedishDate, formatSwedishTime } from '../../shared/date-format';
import { parseAsOf, swedishDay } from '../../shared/instant';

/**
 * "Visa per" (as of, decision 0009): the address's `per` says which instant every figure and measure is shown
 * as of. Pure helpers for the address, the inputs and the words; the hooks are in `as-of.ts`.
 */
export const AS_OF_PARAM = 'per';

/** Pages outside the app shell, where "as of" means nothing: links there do not carry `per`. */
const WITHOUT_AS_OF = ['/logga-in', '/tillganglighet', '/api'];

function keepsAsOf(pathname: string): boolean {
  if (!pathname.startsWith('/') || pathname.startsWith('//')) return false;
  return !WITHOUT_AS_OF.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** A query string (with or without `?`) with `per` added, unless it already has one. */
export function searchWithAsOf(search: string, per: string): string {
  const params = new URLSearchParams(search);
  if (params.has(AS_OF_PARAM)) return search;
  params.set(AS_OF_PARAM, per);
  return `?${params.toString()}`;
}

/**
 * An in-app address that keeps the current `per`, so that moving between the views of a plan stays in the
 * past until the user goes back to the present. An address with its own `per` keeps that one.
 */
export function withAsOf(to: string, per: string | undefined): string {
  if (!per) return to;
  const hashAt = to.indexOf('#');
  const hash = hashAt < 0 ? '' : to.slice(hashAt);
  const withoutHash = hashAt < 0 ? to : to.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const pathname = queryAt < 0 ? withoutHash : withoutHash.slice(0, queryAt);
  if (!keepsAsOf(pathname)) return to;
  const search = queryAt < 0 ? '' : withoutHash.slice(queryAt);
  return `${pathname}${searchWithAsOf(search, per)}${hash}`;
}

/** The address's query string without `per`: back to the present. */
export function searchWithoutAsOf(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(AS_OF_PARAM);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The `per` of a date and an optional time (`HH:MM`) from the inputs: a day, or a minute on the Swedish clock. */
export function asOfValue(date: string, time: string): string {
  return time ? `${date}T${time}` : date;
}

const MINUTE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the date and time inputs show for a `per`: as written, or a timestamp's Swedish day and minute. */
export function asOfInputs(per: string | undefined): { date: string; time: string } {
  if (!per) return { date: '', time: '' };
  if (DAY.test(per)) return { date: per, time: '' };
  const minute = MINUTE.exec(per);
  if (minute) return { date: minute[1]!, time: minute[2]! };
  const instant = parseAsOf(per);
  if (!instant) return { date: '', time: '' };
  return { date: swedishDay(instant), time: formatSwedishTime(instant) };
}

/**
 * An instant for the banner, in the one format of every screen (src/shared/date-format.ts): the Swedish day
 * and time (`2024-08-31`, `23:59`), in either language, the same minute the history shows. Seconds are shown
 * only when the instant is not the end of a minute (an auditor's "just before this change").
 */
export function formatAsOf(instant: string): { date: string; time: string } {
  const at = new Date(instant);
  const endOfMinute = at.getUTCSeconds() === 59 && at.getUTCMilliseconds() === 999;
  return { date: formatSwedishDate(at), time: formatSwedishTime(at, { seconds: !endOfMinute }) };
}

/**
 * The instant one millisecond before a change (an audit entry's time): the state just before it was made.
 * A change is known from the start of its transaction, which is the entry's time (decision 0009).
 */
export function instantBefore(at: string): string | undefined {
  const time = Date.parse(at);
  if (Number.isNaN(time)) return undefined;
  return new Date(time - 1).toISOString();
}

/** Whether something that happened at `at` was known at `instant` (both ISO timestamps). */
export function isKnownAt(at: string, instant: string): boolean {
  return Date.parse(at) <= Date.parse(instant);
}
