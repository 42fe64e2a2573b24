import { describe, expect, it } from 'vitest';
import { findImplausible } from '../../app/plausibility';
import { measureAmountChanges } from './amount-changes';

const labels = {
  effect: (year: number, costType: string) => `${costType} ${year}`,
  field: (field: string) => field,
};
const LIMIT = 50_000_000;
const saved = {
  effects: [
    { year: 2024, costType: 'personnel' as const, amount: 15_600_000 },
    { year: 2025, costType: 'operating' as const, amount: 2_000_000 },
  ],
  investment: 1_000_000,
  oneOffCost: null,
  runningCostPerYear: 300_000,
};

describe('the amounts a measure page save changes (issue 11, item 2)', () => {
  it('lists each changed effect cell and cost with its saved and new value, and nothing unchanged', () => {
    const next = {
      ...saved,
      effects: [
        { year: 2024, costType: 'personnel' as const, amount: 156_003_100_000 },
        { year: 2024, costType: 'revenue' as const, amount: 500_000 },
      ],
      investment: 1_000_000,
      oneOffCost: 200_000,
    };
    expect(measureAmountChanges(saved, next, labels, 'HS-12 ')).toEqual([
      { label: 'HS-12 personnel 2024', previous: 15_600_000, next: 156_003_100_000 },
      { label: 'HS-12 revenue 2024', previous: null, next: 500_000 },
      { label: 'HS-12 operating 2025', previous: 2_000_000, next: null },
      { label: 'HS-12 oneOffCost', previous: null, next: 200_000 },
    ]);
    expect(measureAmountChanges(saved, saved, labels)).toEqual([]);
  });

  it('asks about the typo that saved 156 003 100 tkr, and about a cost cut to under a tenth', () => {
    const typo = {
      ...saved,
      effects: [{ ...saved.effects[0]!, amount: 156_003_100_000 }, saved.effects[1]!],
    };
    const found = findImplausible(measureAmountChanges(saved, typo, labels), LIMIT);
    expect(found.map((c) => [c.label, c.reasons])).toEqual([['personnel 2024', ['tenfold', 'limit']]]);
    const cut = findImplausible(
      measureAmountChanges(saved, { ...saved, runningCostPerYear: 20_000 }, labels),
      LIMIT,
    );
    expect(cut.map((c) => [c.label, c.reasons])).toEqual([['runningCostPerYear', ['tenth']]]);
  });

  it('lets an ordinary change, a removal and a new measure under the limit through without asking', () => {
    const ordinary = { ...saved, effects: [{ ...saved.effects[0]!, amount: 31_000_000 }] };
    expect(findImplausible(measureAmountChanges(saved, ordinary, labels), LIMIT)).toEqual([]);
    expect(findImplausible(measureAmountChanges(undefined, saved, labels), LIMIT)).toEqual([]);
  });

  it('checks a new measure against the limit only', () => {
    const big = { ...saved, investment: 60_000_000 };
    const found = findImplausible(measureAmountChanges(undefined, big, labels), LIMIT);
    expect(found.map((c) => [c.label, c.reasons])).toEqual([['investment', ['limit']]]);
  });
});
