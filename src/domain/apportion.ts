/**
 * Splits a whole-kronor `total` over parts in proportion to `weights`, exactly: the parts are whole kronor
 * and add up to `total` to the krona (largest remainder: each part gets the floor of its exact share, and the
 * kronor left over go one each to the parts with the largest remainders, the first on ties); the share of
 * each part is `total × weight / Σ weights`, so no part is larger than the total. Returns undefined when
 * there is no proportion: the weights add up to zero, or they have mixed signs (a measure that saves on
 * personnel and costs more in operating — a split by such weights could exceed the total many times over and
 * tell nothing). BigInt keeps `total × weight` exact beyond 2^53.
 */
export function apportion(total: number, weights: readonly number[]): number[] | undefined {
  let sum = 0n;
  for (const weight of weights) sum += BigInt(weight);
  if (sum === 0n) return undefined;
  if (weights.some((weight) => weight !== 0 && weight < 0 !== sum < 0n)) return undefined;
  const sign = sum < 0n ? -1n : 1n;
  const denominator = sum * sign;
  const amount = BigInt(total);
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  for (const weight of weights) {
    const numerator = amount * BigInt(weight) * sign;
    const floor = floorDiv(numerator, denominator);
    floors.push(floor);
    remainders.push(numerator - floor * denominator);
  }
  let left = amount - floors.reduce((acc, part) => acc + part, 0n);
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (left <= 0n) break;
    floors[index] = (floors[index] as bigint) + 1n;
    left -= 1n;
  }
  return floors.map(Number);
}

function floorDiv(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return numerator % denominator !== 0n && numerator < 0n ? quotient - 1n : quotient;
}
