import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeScenarioExact } from './compute-scenario';
import { evaluateScenario } from './evaluate-scenario';
import {
  add,
  compare,
  fromInteger,
  fromNumber,
  multiply,
  ONE,
  type Rational,
  roundHalfAwayFromZero,
  subtract,
  ZERO,
} from './rational';
import { evaluateValid, type RawScenario, rawScenarioArbitrary } from './scenario-arbitraries.test-support';
import { validateScenarioInput } from './validate-scenario-input';

function exactYears(raw: RawScenario) {
  const validation = validateScenarioInput(raw);
  if (!validation.ok) throw new Error(JSON.stringify(validation.issues));
  return computeScenarioExact(validation.input).years;
}

/** A scenario with a chosen year (by index) and some more plan effect in it. */
const morePlanArbitrary = rawScenarioArbitrary.chain((raw) =>
  fc.record({
    raw: fc.constant(raw),
    index: fc.nat({ max: Object.keys(raw.years).length - 1 }),
    extra: fc.integer({ min: 1, max: 2_000_000_000 }),
  }),
);

describe('computeScenario', () => {
  it('rounds each output from its exact value, half away from zero', () => {
    fc.assert(
      fc.property(rawScenarioArbitrary, (raw) => {
        const rounded = evaluateValid(raw).years;
        exactYears(raw).forEach((exact, index) => {
          const year = rounded[index];
          for (const field of ['revenue', 'netCostBeforePlan', 'netCost', 'result', 'goal', 'gap'] as const) {
            expect(year?.[field]).toBe(Number(roundHalfAwayFromZero(exact[field])));
          }
          expect(year?.requiredPlan).toBe(Number(roundHalfAwayFromZero(exact.requiredPlan)));
          expect(compare(exact.requiredPlan, ZERO)).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });

  it('never lowers the result of any year when the plan has more effect in some year', () => {
    fc.assert(
      fc.property(morePlanArbitrary, ({ raw, index, extra }) => {
        const key = String(raw.baseYear + 1 + index);
        const more = structuredClone(raw);
        const year = more.years[key];
        if (!year) throw new Error('no such year');
        year.planLevel = (year.planLevel ?? 0) + extra;
        const before = exactYears(raw);
        const after = exactYears(more);
        before.forEach((exact, i) => {
          const changed = after[i];
          if (!changed) throw new Error('year missing');
          expect(compare(changed.result, exact.result)).toBeGreaterThanOrEqual(0);
          // exactly: that year's result rises by the extra level, no other year's moves
          const expected = i === index ? add(exact.result, fromInteger(extra)) : exact.result;
          expect(changed.result).toEqual(expected);
          expect(changed.netCostBeforePlan).toEqual(exact.netCostBeforePlan);
        });
        const roundedBefore = evaluateValid(raw).years;
        evaluateValid(more).years.forEach((changed, i) => {
          expect(changed.result).toBeGreaterThanOrEqual(roundedBefore[i]?.result ?? Number.POSITIVE_INFINITY);
        });
      }),
    );
  });

  it('never reports a deficit restored before positive balanskravsresultat covers it', () => {
    fc.assert(
      fc.property(rawScenarioArbitrary, (raw) => {
        const validation = validateScenarioInput(raw);
        if (!validation.ok) throw new Error('invalid');
        const { years, ledger } = computeScenarioExact(validation.input);
        let positiveSoFar = ZERO;
        ledger.years.forEach((ledgerYear, index) => {
          const bkr = years[index]?.balanskravResult ?? ZERO;
          positiveSoFar = add(positiveSoFar, compare(bkr, ZERO) > 0 ? bkr : ZERO);
          const restoredSoFar = ledger.schedule
            .filter((line) => line.restoredInYear <= ledgerYear.year)
            .reduce((total, line) => add(total, line.amount), ZERO);
          expect(compare(restoredSoFar, positiveSoFar)).toBeLessThanOrEqual(0);
          expect(compare(ledgerYear.outstanding, ZERO)).toBeGreaterThanOrEqual(0);
        });
        for (const year of evaluateValid(raw).years)
          expect(year.deficitOutstanding).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('gives the same output whatever order the years, fields and opening deficits are written in', () => {
    fc.assert(
      fc.property(rawScenarioArbitrary, fc.integer(), (raw, seed) => {
        const text = toShuffledJson(raw, mulberry32(seed));
        const reordered = JSON.parse(text);
        expect(evaluateScenario(reordered)).toEqual(evaluateScenario(raw));
        expect(JSON.stringify(evaluateValid(reordered))).toBe(JSON.stringify(evaluateValid(raw)));
      }),
    );
  });

  it('raises requiredPlan by N⁰(t−1) · personnelShare · 0.01 · (1 + volume) for +1 pp wage growth in t', () => {
    const arbitrary = rawScenarioArbitrary.chain((raw) =>
      fc.record({ raw: fc.constant(raw), index: fc.nat({ max: Object.keys(raw.years).length - 1 }) }),
    );
    fc.assert(
      fc.property(arbitrary, ({ raw, index }) => {
        const year = raw.baseYear + 1 + index;
        const expected = independentFigures(raw, year);
        const assumptions = raw.years[String(year)];
        if (!assumptions) throw new Error('no such year');
        const wage = Math.round((assumptions.wageGrowth ?? 0) * 1000);
        const delta = multiply(
          multiply(
            multiply(expected.netCostBeforePlanBefore, fromNumber(assumptions.personnelShare ?? 0)),
            fromNumber(0.01),
          ),
          add(ONE, fromNumber(assumptions.volume ?? 0)),
        );
        const requiredAfter = add(expected.requiredPlan, delta);
        fc.pre(compare(expected.requiredPlan, ZERO) > 0 && compare(requiredAfter, ZERO) > 0);

        const higher = structuredClone(raw);
        const higherYear = higher.years[String(year)];
        if (!higherYear) throw new Error('no such year');
        higherYear.wageGrowth = (wage + 10) / 1000;
        const before = evaluateValid(raw).years[index];
        const after = evaluateValid(higher).years[index];
        expect(before?.requiredPlan).toBe(Number(roundHalfAwayFromZero(expected.requiredPlan)));
        expect(after?.requiredPlan).toBe(Number(roundHalfAwayFromZero(requiredAfter)));
      }),
    );
  });

  it('reports a figure that grows past 10^15 kr instead of printing an inexact number', () => {
    const year = {
      revenueGrowth: 1,
      wageGrowth: 0,
      priceGrowth: 0,
      personnelShare: 0,
      otherShare: 0,
      volume: 0,
    };
    const computation = evaluateScenario({
      baseYear: 2025,
      // the largest revenue an input may state (10^12 kr) doubled ten times passes 10^15 in the tenth year
      base: { revenue: 1_000_000_000_000, netCost: 0 },
      years: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(2026 + i), year])),
    });
    expect(computation.ok).toBe(false);
    if (computation.ok) return;
    expect(computation.issues).toContainEqual({
      path: 'years.2035.revenue',
      message: 'blir orimligt stort (över 10^15 kr); kontrollera antagandena',
    });
    expect(computation.issues.every((issue) => issue.path.startsWith('years.'))).toBe(true);
  });

  it('rates written as JavaScript doubles are read as the decimals they print as', () => {
    const years = Object.fromEntries(
      [2026, 2027, 2028].map((y) => [
        String(y),
        { revenueGrowth: 0.1, wageGrowth: 0, priceGrowth: 0, personnelShare: 0, otherShare: 0, volume: 0 },
      ]),
    );
    const result = evaluateValid({ baseYear: 2025, base: { revenue: 1000, netCost: 0 }, years });
    // 1000 · 1.1³ = 1331 exactly; in doubles 1000 * 1.1 * 1.1 * 1.1 = 1331.0000000000005
    expect(result.years.map((y) => y.revenue)).toEqual([1100, 1210, 1331]);
  });
});

/** The required plan of `year` and N⁰ of the year before, by the doc's formulas, with nothing from the model. */
function independentFigures(raw: RawScenario, year: number) {
  let revenue: Rational = fromInteger(raw.base.revenue);
  let netCost: Rational = fromInteger(raw.base.netCost);
  let netCostBeforePlanBefore = netCost;
  let requiredPlan = ZERO;
  for (let t = raw.baseYear + 1; t <= year; t++) {
    const a = raw.years[String(t)];
    if (!a) throw new Error(`no year ${t}`);
    const rate = (field: string) => fromNumber(a[field] ?? 0);
    const amount = (field: string) => fromInteger(a[field] ?? 0);
    revenue =
      a.revenue === undefined ? multiply(revenue, add(ONE, rate('revenueGrowth'))) : amount('revenue');
    netCostBeforePlanBefore = netCost;
    const growth = add(
      ONE,
      add(
        multiply(rate('personnelShare'), rate('wageGrowth')),
        multiply(rate('otherShare'), rate('priceGrowth')),
      ),
    );
    netCost = add(
      multiply(multiply(netCost, growth), add(ONE, rate('volume'))),
      add(amount('pensionChange'), amount('otherChanges')),
    );
    const goal = multiply(fromNumber(raw.goalShare ?? 0.02), revenue);
    const resultBeforePlan = add(subtract(revenue, netCost), amount('financialNet'));
    requiredPlan = subtract(goal, resultBeforePlan);
  }
  return { netCostBeforePlanBefore, requiredPlan };
}

/** A small seeded generator, so that a failing shuffle can be replayed from fast-check's seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * JSON text with every object's keys, and the arrays, in a random order. Written as text because a JS object
 * always lists integer-like keys ("2026") in ascending order, whatever order they were added in.
 */
function toShuffledJson(value: unknown, random: () => number): string {
  if (Array.isArray(value))
    return `[${shuffled(value, random)
      .map((item) => toShuffledJson(item, random))
      .join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = shuffled(Object.entries(value), random);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${toShuffledJson(item, random)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
