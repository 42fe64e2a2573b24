/**
 * Money at the edges. Balans stores and computes whole kronor as safe integers (SPEC §3); files and screens use
 * kr, tkr or mnkr in Swedish notation. Every conversion between the two lives in this module.
 */

export const AMOUNT_UNITS = ['kr', 'tkr', 'mnkr'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

const UNIT_FACTOR: Record<AmountUnit, number> = { kr: 1, tkr: 1_000, mnkr: 1_000_000 };

/** The largest amount Balans accepts: 10^15 kr (a million mnkr) — far above any region, far below 2^53. */
export const MAX_KRONOR = 1_000_000_000_000_000;

export const NBSP = '\u00a0';
export const MINUS = '\u2212';

export function isKronor(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && Math.abs(value) <= MAX_KRONOR;
}

export function assertKronor(value: number, what = 'belopp'): number {
  if (!isKronor(value))
    throw new RangeError(`Ogiltigt ${what}: ${value} är inte ett helt antal kronor inom gränsen`);
  return value;
}

/** Rounds half away from zero, so that −0,5 kr and 0,5 kr round symmetrically. */
function roundHalfAway(value: number): number {
  const rounded = Math.round(Math.abs(value));
  return value < 0 ? -rounded : rounded;
}

/** Converts a number in `unit` (e.g. a numeric spreadsheet cell in tkr) to whole kronor, or undefined if absurd. */
export function toKronor(value: number, unit: AmountUnit): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  const kronor = roundHalfAway(value * UNIT_FACTOR[unit]);
  const normalized = kronor === 0 ? 0 : kronor;
  return isKronor(normalized) ? normalized : undefined;
}

/**
 * Whole kronor as a number of `unit` for a spreadsheet cell (746 300 000 kr → 746.3 mnkr): the double nearest
 * the exact decimal. Every amount within MAX_KRONOR has at most 15 significant digits, so the cell reads back
 * to the same kronor exactly (Excel keeps 15 digits; `parseAmount` of its decimal text is exact).
 */
export function kronorInUnit(kronor: number, unit: AmountUnit): number {
  return assertKronor(kronor) / UNIT_FACTOR[unit];
}

export type ParsedAmount = { ok: true; kronor: number } | { ok: false; message: string };

const SPACES = /[\s\u00a0\u202f]/g;
const SUFFIX = /\s*(mnkr|mkr|tkr|kr)\.?$/i;

/**
 * Parses an amount as Swedish users write it: `1 234,5`, `−12 000`, `557,7 mnkr`. A unit suffix in the text
 * wins over `unit`. A dot is read as a decimal mark only when it cannot be a thousands separator.
 */
export function parseAmount(text: string, unit: AmountUnit): ParsedAmount {
  let rest = text.trim();
  const suffix = SUFFIX.exec(rest);
  let effectiveUnit = unit;
  if (suffix?.[1]) {
    const word = suffix[1].toLowerCase();
    effectiveUnit = word === 'mnkr' || word === 'mkr' ? 'mnkr' : word === 'tkr' ? 'tkr' : 'kr';
    rest = rest.slice(0, suffix.index).trim();
  }
  let negative = false;
  if (/^[-\u2212\u2013]/.test(rest)) {
    negative = true;
    rest = rest.slice(1).trim();
  } else if (rest.startsWith('+')) {
    rest = rest.slice(1).trim();
  }
  const compact = rest.replace(SPACES, '');
  let digits: string;
  let decimals = '';
  if (/^\d+(,\d+)?$/.test(compact)) {
    [digits = '', decimals = ''] = compact.split(',');
  } else if (/^\d+\.\d+$/.test(compact) && !/^\d{1,3}\.\d{3}$/.test(compact)) {
    [digits = '', decimals = ''] = compact.split('.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(compact) && !rest.includes(' ')) {
    return { ok: false, message: `"${text.trim()}" är tvetydigt: skriv decimaler med komma (1 234,5)` };
  } else {
    return { ok: false, message: `"${text.trim()}" är inte ett belopp` };
  }
  if (/^[\s\u00a0\u202f]/.test(rest) || !/^\d{1,3}([\s\u00a0\u202f]?\d{3})*(,\d+|\.\d+)?$/.test(rest)) {
    return { ok: false, message: `"${text.trim()}" har felaktig tusentalsgruppering` };
  }
  const factorDigits = Math.log10(UNIT_FACTOR[effectiveUnit]);
  const whole = `${digits}${decimals.slice(0, factorDigits).padEnd(factorDigits, '0')}`;
  const remainder = decimals.slice(factorDigits);
  let kronor = Number(whole);
  if (remainder !== '' && Number(remainder[0]) >= 5) kronor += 1;
  if (!isKronor(kronor)) return { ok: false, message: `"${text.trim()}" är ett orimligt stort belopp` };
  return { ok: true, kronor: negative && kronor !== 0 ? -kronor : kronor };
}

export interface FormatOptions {
  unit?: AmountUnit;
  /** Decimals shown; default 0 for kr and tkr, 1 for mnkr. */
  decimals?: number;
  /** Append the unit word (`557,7 mnkr`); default true. */
  withUnit?: boolean;
  /**
   * The page's language: `sv` (default) `1 234,5 mnkr` with no-break spaces, decimal comma and U+2212 minus;
   * `en` `1,234.5 mnkr` with comma thousands, decimal point and `-`, as English percentages are written
   * (percent.ts). The unit word stays `mnkr`/`tkr`/`kr` in both.
   */
  language?: string;
}

/**
 * Formats whole kronor for Swedish (or English) readers, see `FormatOptions.language`.
 * Rounds half away from zero with integer arithmetic, so no float error ever shows.
 */
export function formatAmount(kronor: number, options: FormatOptions = {}): string {
  assertKronor(kronor);
  const unit = options.unit ?? 'kr';
  const decimals = options.decimals ?? (unit === 'mnkr' ? 1 : 0);
  const withUnit = options.withUnit ?? true;
  const factorDigits = Math.log10(UNIT_FACTOR[unit]);
  const shift = factorDigits - decimals;
  const abs = Math.abs(kronor);
  let scaled: bigint;
  if (shift >= 0) {
    const divisor = 10n ** BigInt(shift);
    const big = BigInt(abs);
    scaled = big / divisor + (shift > 0 && (big % divisor) * 2n >= divisor ? 1n : 0n);
  } else {
    scaled = BigInt(abs) * 10n ** BigInt(-shift);
  }
  const text = scaled.toString().padStart(decimals + 1, '0');
  const intPart = text.slice(0, text.length - decimals);
  const decPart = text.slice(text.length - decimals);
  const english = options.language?.startsWith('en') ?? false;
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, english ? ',' : NBSP);
  const isZero = /^0*$/.test(text);
  const sign = kronor < 0 && !isZero ? (english ? '-' : MINUS) : '';
  const number = `${sign}${grouped}${decimals > 0 ? `${english ? '.' : ','}${decPart}` : ''}`;
  return withUnit ? `${number}${NBSP}${unit}` : number;
}

// Issue 11, item 2: the hard bound of one amount a user enters.
/**
 * The largest amount (either sign) one effect, investment, cost, report, target or assumption may state:
 * 10^12 kr (a million mnkr). Far above any real figure, and a thousand times below MAX_KRONOR, so that sums of
 * many such amounts still fit what a figure may show (see also the tenant's figure limit, FIGURE_LIMIT_KRONOR).
 */
export const MAX_AMOUNT_KRONOR = 1_000_000_000_000;

/** The Swedish message for an amount beyond MAX_AMOUNT_KRONOR. */
export const AMOUNT_BOUND_MESSAGE = 'Beloppet får vara högst 1 000 000 000 000 kr (±10¹²)';

/** undefined when whole kronor lie within ±MAX_AMOUNT_KRONOR, otherwise the message saying so. */
export function checkAmountBound(kronor: number): string | undefined {
  return Math.abs(kronor) <= MAX_AMOUNT_KRONOR ? undefined : AMOUNT_BOUND_MESSAGE;
}

// Issue 11, item 3: what all of a tenant's amounts together may reach.
/**
 * The largest sum of the absolute values of all amounts a tenant stores (10^14 kr, a hundred of the largest
 * single amounts). Every figure is a signed sum of a subset of them, so none can pass this, and a figure
 * combined with a few others (a deviation, a scenario's result) stays within MAX_KRONOR and 2^53.
 */
export const FIGURE_LIMIT_KRONOR = 100_000_000_000_000;
