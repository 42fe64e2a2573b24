import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeScenarioExact } from './compute-scenario';
import { evaluateScenario } from './evaluate-scenario';
import { type Rational, rational, reduce, roundHalfAwayFromZero } from './rational';
import { validateScenarioInput } from './validate-scenario-input';

/** The worked example of docs/scenario-model.md, computed by hand there; every number here is in the doc. */
const DOC = readFileSync(new URL('../../../docs/scenario-model.md', import.meta.url), 'utf8');

function docBlock(marker: string): unknown {
  const match = new RegExp(`<!-- worked-example:${marker} -->\\s*\`\`\`json\\n([\\s\\S]*?)\`\`\``).exec(DOC);
  if (!match?.[1]) throw new Error(`The doc has no ${marker} block`);
  return JSON.parse(match[1]);
}

const INPUT = {
  baseYear: 2025,
  base: { revenue: 10_000_000_000, netCost: 9_900_000_000 },
  goalShare: 0.02,
  openingDeficits: [{ year: 2023, amount: 40_000_000 }],
  years: {
    '2026': {
      revenue: 10_300_000_000,
      wageGrowth: 0.04,
      priceGrowth: 0.02,
      personnelShare: 0.6,
      otherShare: 0.4,
      volume: 0.01,
      pensionChange: 50_000_000,
      financialNet: -20_000_000,
      realisationGains: 10_000_000,
    },
    '2027': {
      revenueGrowth: 0.035,
      wageGrowth: 0.03,
      priceGrowth: 0.02,
      personnelShare: 0.6,
      otherShare: 0.4,
      volume: 0.01,
      otherChanges: -30_000_000,
      financialNet: -20_000_000,
      planLevel: 150_000_000,
    },
    '2028': {
      revenueGrowth: 0.032125,
      wageGrowth: 0.03,
      priceGrowth: 0.025,
      personnelShare: 0.6,
      otherShare: 0.4,
      volume: 0.005,
      pensionChange: 20_000_000,
      financialNet: -25_000_000,
      planLevel: 300_000_000,
      reserveIn: 50_000_000,
    },
  },
};

const EXPECTED_YEARS = [
  {
    year: 2026,
    revenue: 10_300_000_000,
    netCostBeforePlan: 10_368_968_000,
    netCost: 10_368_968_000,
    result: -88_968_000,
    goal: 206_000_000,
    gap: 294_968_000,
    requiredPlan: 294_968_000,
    planLevel: 0,
    balanskravResult: -98_968_000,
    deficitOutstanding: 138_968_000,
    deficitOverdue: true,
  },
  {
    year: 2027,
    revenue: 10_660_500_000,
    netCostBeforePlan: 10_714_946_780,
    netCost: 10_564_946_780,
    result: 75_553_220,
    goal: 213_210_000,
    gap: 137_656_780,
    requiredPlan: 287_656_780,
    planLevel: 150_000_000,
    balanskravResult: 75_553_220,
    deficitOutstanding: 63_414_780,
    deficitOverdue: false,
  },
  {
    year: 2028,
    revenue: 11_002_968_563,
    netCostBeforePlan: 11_090_040_116,
    netCost: 10_790_040_116,
    result: 187_928_447,
    goal: 220_059_371,
    gap: 32_130_925,
    requiredPlan: 332_130_925,
    planLevel: 300_000_000,
    balanskravResult: 137_928_447,
    deficitOutstanding: 0,
    deficitOverdue: false,
  },
];

/** A decimal written in the doc ("10 714 946 779.68") as an exact rational. */
function decimal(text: string) {
  const [whole = '', fraction = ''] = text.replaceAll(' ', '').split('.');
  return rational(BigInt(`${whole}${fraction}`), 10n ** BigInt(fraction.length));
}

const lowest = (value: Rational | undefined) => value && reduce(value);

function evaluate(raw: unknown) {
  const computation = evaluateScenario(raw);
  if (!computation.ok) throw new Error(JSON.stringify(computation.issues));
  return computation.result;
}

describe('the worked example of docs/scenario-model.md', () => {
  it('gives exactly the output computed by hand', () => {
    expect(evaluate(INPUT).years).toEqual(EXPECTED_YEARS);
  });

  it('is the input and output printed in the doc', () => {
    expect(docBlock('input')).toEqual(INPUT);
    expect(docBlock('output')).toEqual({ years: EXPECTED_YEARS });
  });

  it('carries the exact values of the hand calculation between years', () => {
    const validation = validateScenarioInput(INPUT);
    if (!validation.ok) throw new Error('invalid example');
    const [y2026, y2027, y2028] = computeScenarioExact(validation.input).years;
    expect(lowest(y2026?.balanskravResult)).toEqual(decimal('-98 968 000'));
    expect(lowest(y2027?.netCostBeforePlan)).toEqual(decimal('10 714 946 779.68'));
    expect(lowest(y2027?.result)).toEqual(decimal('75 553 220.32'));
    expect(lowest(y2027?.requiredPlan)).toEqual(decimal('287 656 779.68'));
    expect(lowest(y2028?.revenue)).toEqual(decimal('11 002 968 562.5'));
    expect(lowest(y2028?.netCostBeforePlan)).toEqual(decimal('11 090 040 115.9585952'));
    expect(lowest(y2028?.result)).toEqual(decimal('187 928 446.5414048'));
    expect(lowest(y2028?.goal)).toEqual(decimal('220 059 371.25'));
    expect(lowest(y2028?.gap)).toEqual(decimal('32 130 924.7085952'));
    expect(lowest(y2028?.requiredPlan)).toEqual(decimal('332 130 924.7085952'));
    expect(lowest(y2028?.balanskravResult)).toEqual(decimal('137 928 446.5414048'));
    // half away from zero, and the 1 kr the doc points out: gap ≠ goal − result of the rounded figures
    expect(y2028 && roundHalfAwayFromZero(y2028.revenue)).toBe(11_002_968_563n);
    const last = EXPECTED_YEARS[2];
    expect(last && last.goal - last.result).toBe(32_130_924);
  });

  it('keeps the ledger and schedule of the doc', () => {
    expect(evaluate(INPUT).ledger).toEqual({
      deficits: [
        { year: 2023, amount: 40_000_000, deadline: 2026, remaining: 0, restoredInYear: 2027 },
        { year: 2026, amount: 98_968_000, deadline: 2029, remaining: 0, restoredInYear: 2028 },
      ],
      schedule: [
        { deficitYear: 2023, restoredInYear: 2027, amount: 40_000_000 },
        { deficitYear: 2026, restoredInYear: 2027, amount: 35_553_220 },
        { deficitYear: 2026, restoredInYear: 2028, amount: 63_414_780 },
      ],
    });
  });

  it('raises the required plan by the documented amount for one percentage point more wage growth', () => {
    const higher = structuredClone(INPUT);
    higher.years['2027'].wageGrowth = 0.04;
    const [, y2027, y2028] = evaluate(higher).years;
    expect(y2027?.requiredPlan).toBe(350_492_726);
    expect(y2028?.requiredPlan).toBe(397_049_254);
    expect((y2027?.requiredPlan ?? 0) - (EXPECTED_YEARS[1]?.requiredPlan ?? 0)).toBe(62_835_946);
  });
});
