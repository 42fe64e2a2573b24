/**
 * Reporting periods (SPEC §2): a period is a calendar month `YYYY-MM`. Months group into tertials
 * (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec), the interim report per August, and the year. Because the format is
 * fixed-width, two valid periods compare correctly as strings; the helpers below still go through numbers so
 * that an invalid period fails loudly instead of sorting somewhere plausible.
 */

export type Period = string;
export type Tertial = 1 | 2 | 3;

/** The month of the interim report (*delårsrapport*); regions usually close it per August. */
export const INTERIM_MONTH = 8;

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && PERIOD_PATTERN.test(value);
}

export function assertPeriod(value: string, what = 'period'): Period {
  if (!isPeriod(value)) throw new RangeError(`Ogiltig ${what}: "${value}" är inte en månad ÅÅÅÅ-MM`);
  return value;
}

/** Months since year 0, so that period arithmetic is plain integer arithmetic. */
function monthIndex(period: Period): number {
  const match = PERIOD_PATTERN.exec(assertPeriod(period));
  return Number(match![1]) * 12 + Number(match![2]) - 1;
}

function periodFromIndex(index: number): Period {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return periodOf(year, month);
}

/** Negative when `a` is before `b`, 0 when equal, positive after: usable with `Array.sort`. */
export function comparePeriods(a: Period, b: Period): number {
  return Math.sign(monthIndex(a) - monthIndex(b));
}

export function periodYear(period: Period): number {
  return Math.floor(monthIndex(period) / 12);
}

/** Calendar month 1–12. */
export function periodMonth(period: Period): number {
  return (monthIndex(period) % 12) + 1;
}

export function periodOf(year: number, month: number): Period {
  return assertPeriod(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
}

/** T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec. */
export function tertialOf(period: Period): Tertial {
  return (Math.floor((periodMonth(period) - 1) / 4) + 1) as Tertial;
}

/** The last month of a tertial: the period its tertial report is made per. */
export function tertialEndPeriod(year: number, tertial: Tertial): Period {
  return periodOf(year, tertial * 4);
}

/** The period the interim report of `year` is made per. */
export function interimPeriod(year: number): Period {
  return periodOf(year, INTERIM_MONTH);
}

export function isInterimPeriod(period: Period): boolean {
  return periodMonth(period) === INTERIM_MONTH;
}

export function previousPeriod(period: Period): Period {
  return periodFromIndex(monthIndex(period) - 1);
}

export function nextPeriod(period: Period): Period {
  return periodFromIndex(monthIndex(period) + 1);
}

/** Every month from `from` to `to`, both included, in order; empty when `from` is after `to`. */
export function periodsBetween(from: Period, to: Period): Period[] {
  const periods: Period[] = [];
  const last = monthIndex(to);
  for (let index = monthIndex(from); index <= last; index++) periods.push(periodFromIndex(index));
  return periods;
}
