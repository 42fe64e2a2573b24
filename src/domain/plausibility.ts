/**
 * Plausibility of a changed amount (issue 11): a typo such as 15 600 → 156 003 100 tkr must not reach every
 * total unasked. A change is *implausible* — and the screens ask for confirmation before saving it — when the
 * new amount is more than ten times the previous one, less than a tenth of it, or larger than the tenant's
 * limit. Pure and exact (BigInt), so the grid, the measure page, the report page and the import preview ask
 * for the same changes.
 */

/** The default per-tenant limit is 10 % of the tenant's total planned level, but never below 50 mnkr. */
export const MIN_PLAUSIBILITY_LIMIT = 50_000_000;

export type ImplausibleReason = 'tenfold' | 'tenth' | 'limit';

export type Plausibility = { plausible: true } | { plausible: false; reasons: ImplausibleReason[] };

function abs(value: number): bigint {
  const big = BigInt(value);
  return big < 0n ? -big : big;
}

/**
 * Whether changing `previous` to `next` (whole kronor) is plausible under `limit` (kronor, > 0). An unchanged
 * amount is always plausible; from 0 (or nothing) only the limit applies, since every amount is "ten times" 0.
 */
export function checkPlausibility(change: {
  previous: number | null | undefined;
  next: number | null | undefined;
  limit: number;
}): Plausibility {
  const { previous, next, limit } = change;
  if (next === null || next === undefined || next === previous) return { plausible: true };
  const reasons: ImplausibleReason[] = [];
  const after = abs(next);
  if (previous !== null && previous !== undefined && previous !== 0) {
    const before = abs(previous);
    if (after > 10n * before) reasons.push('tenfold');
    else if (10n * after < before) reasons.push('tenth');
  }
  if (after > abs(limit)) reasons.push('limit');
  return reasons.length === 0 ? { plausible: true } : { plausible: false, reasons };
}

/** The tenant's limit when none is set: 10 % of its total planned level, rounded up, at least 50 mnkr. */
export function defaultPlausibilityLimit(totalPlannedLevel: number): number {
  const tenth = Math.ceil(Math.abs(totalPlannedLevel) / 10);
  return Math.max(MIN_PLAUSIBILITY_LIMIT, tenth);
}
