/**
 * Risk-weighted forecast (SPEC §4): a forecast weighted by the measure's feasibility (*genomförbarhet*,
 * 1 surest … 3 least sure). Weights are per mille as integers, so that weighting is exact integer arithmetic
 * and never a floating-point amount of money.
 */

export interface FeasibilityWeights {
  /** Weight per feasibility 1, 2 and 3, in per mille (900 = 0,9). */
  byFeasibility: Readonly<Record<1 | 2 | 3, number>>;
  /**
   * Weight of a measure whose feasibility is not assessed (or outside 1–3). Default: the weight of
   * feasibility 3. An unassessed measure has shown no more than the least sure one, so counting it as surer
   * would let a blank cell raise the risk-weighted total; weighting it 0 would instead hide it entirely.
   */
  missing: number;
}

export const DEFAULT_FEASIBILITY_WEIGHTS: FeasibilityWeights = {
  byFeasibility: { 1: 900, 2: 600, 3: 300 },
  missing: 300,
};

const PER_MILLE = 1000n;

/**
 * The tenant's weights as set in its settings (decimals 0–1 per feasibility, e.g. 0,85), as per mille. An
 * unassessed measure gets the weight of feasibility 3, as with the defaults. No settings: the defaults.
 */
export function feasibilityWeightsFromDecimals(
  decimals: Readonly<Record<1 | 2 | 3, number>> | undefined,
): FeasibilityWeights {
  if (!decimals) return DEFAULT_FEASIBILITY_WEIGHTS;
  const perMille = (weight: number) => Math.round(weight * 1000);
  const byFeasibility = { 1: perMille(decimals[1]), 2: perMille(decimals[2]), 3: perMille(decimals[3]) };
  return { byFeasibility, missing: byFeasibility[3] };
}

/** The weight (per mille) that applies to a feasibility value. */
export function weightOf(feasibility: number | null, weights: FeasibilityWeights): number {
  if (feasibility === 1 || feasibility === 2 || feasibility === 3) return weights.byFeasibility[feasibility];
  return weights.missing;
}

/** Weights must be whole per mille, not negative: a fraction of a per mille or a negative weight is a typo. */
export function isFeasibilityWeights(weights: FeasibilityWeights): boolean {
  return [...Object.values(weights.byFeasibility), weights.missing].every(
    (weight) => Number.isSafeInteger(weight) && weight >= 0,
  );
}

/**
 * `kronor` weighted by the measure's feasibility, rounded half away from zero to whole kronor. Callers weight
 * *each measure* and then add the results, so that every roll-up of risk-weighted figures is an exact sum of
 * integers. BigInt keeps `kronor × weight` exact beyond 2^53.
 */
export function riskWeighted(
  kronor: number,
  feasibility: number | null,
  weights: FeasibilityWeights = DEFAULT_FEASIBILITY_WEIGHTS,
): number {
  const product = BigInt(Math.abs(kronor)) * BigInt(weightOf(feasibility, weights));
  const rounded = Number((product * 2n + PER_MILLE) / (2n * PER_MILLE));
  return kronor < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * Splits a measure's risk-weighted amount over parts of its forecast (e.g. cost types) so that the parts add up
 * exactly to the measure's `riskWeighted(total)`: each part is weighted on its own and the rounding remainder
 * goes to the largest part (by absolute amount; the first on ties).
 */
export function splitRiskWeighted<K>(
  parts: ReadonlyMap<K, number>,
  feasibility: number | null,
  weights: FeasibilityWeights = DEFAULT_FEASIBILITY_WEIGHTS,
): Map<K, number> {
  const weighted = new Map<K, number>();
  let total = 0;
  let largest: K | undefined;
  for (const [key, amount] of parts) {
    total += amount;
    weighted.set(key, riskWeighted(amount, feasibility, weights));
    if (largest === undefined || Math.abs(amount) > Math.abs(parts.get(largest)!)) largest = key;
  }
  if (largest === undefined) return weighted;
  const sumOfParts = [...weighted.values()].reduce((sum, amount) => sum + amount, 0);
  weighted.set(largest, weighted.get(largest)! + riskWeighted(total, feasibility, weights) - sumOfParts);
  return weighted;
}
