import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParentMap } from './access';
import { type DelegatedMeasure, decisionLevel, mayBodyDecide } from './delegation';

const parents: ParentMap = new Map([
  ['region', null],
  ['hs', 'region'],
  ['kir', 'hs'],
  ['kt', 'region'],
]);
const unitNames = new Map([
  ['region', 'Exempelregionen'],
  ['hs', 'Hälso- och sjukvård'],
  ['kir', 'Division Kirurgi'],
  ['kt', 'Kollektivtrafik'],
]);
const context = { parents, convention: 'level' as const, planYears: [2024, 2025, 2026], unitNames };

function measure(amounts: Record<number, number>, orgUnitId = 'kir'): DelegatedMeasure {
  return {
    code: 'KIR-03',
    orgUnitId,
    isTemporary: false,
    endMonth: null,
    effects: Object.entries(amounts).map(([year, amount]) => ({
      year: Number(year),
      costType: 'personnel' as const,
      amount,
    })),
  };
}
const body = (decisionLimit: number | null, orgUnitId = 'region', active = true) => ({
  name: 'Regionstyrelsen',
  orgUnitId,
  decisionLimit,
  active,
});

describe('the delegation rule', () => {
  it('refuses a measure above the limit, naming both amounts in mnkr', () => {
    const verdict = mayBodyDecide(body(10_000_000), measure({ 2024: 5_000_000, 2025: 12_500_000 }), context);
    expect(verdict).toEqual({
      allowed: false,
      reason: 'Regionstyrelsen får besluta åtgärder upp till 10,0\u00a0mnkr; KIR-03 har 12,5\u00a0mnkr',
    });
    expect(mayBodyDecide(body(12_500_000), measure({ 2025: 12_500_000 }), context)).toEqual({
      allowed: true,
    });
    expect(mayBodyDecide(body(null), measure({ 2025: 9e11 }), context)).toEqual({ allowed: true });
  });

  it('uses the highest absolute yearly level, also for a negative effect and an increment convention', () => {
    expect(decisionLevel(measure({ 2024: -3_000_000, 2025: 1_000_000 }), 'level', [2024, 2025])).toBe(
      3_000_000,
    );
    expect(decisionLevel(measure({ 2024: 1_000_000, 2025: 2_000_000 }), 'increment', [2024, 2025])).toBe(
      3_000_000,
    );
  });

  it('refuses a measure outside the body’s subtree and any measure for an inactive body', () => {
    const outside = mayBodyDecide(body(null, 'hs'), measure({ 2024: 1 }, 'kt'), context);
    expect(outside).toEqual({
      allowed: false,
      reason:
        'Regionstyrelsen beslutar bara för Hälso- och sjukvård med underliggande enheter; KIR-03 hör till Kollektivtrafik',
    });
    expect(mayBodyDecide(body(null, 'hs'), measure({ 2024: 1 }, 'kir'), context).allowed).toBe(true);
    expect(mayBodyDecide(body(null, 'region', false), measure({ 2024: 1 }), context)).toEqual({
      allowed: false,
      reason: 'Regionstyrelsen är inte längre aktivt och beslutar inget',
    });
  });

  it('allows exactly when the unit is in the subtree and the level is within the limit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('region', 'hs', 'kir', 'kt'),
        fc.constantFrom('region', 'hs', 'kir', 'kt'),
        fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }),
        fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        (bodyUnit, measureUnit, limit, amounts, active) => {
          const m = measure({ 2024: amounts[0]!, 2025: amounts[1]!, 2026: amounts[2]! }, measureUnit);
          const inTree = ['region', 'hs', 'kir', 'kt']
            .filter((u) => u === bodyUnit || bodyUnit === 'region' || (bodyUnit === 'hs' && u === 'kir'))
            .includes(measureUnit);
          const level = Math.max(...amounts.map(Math.abs));
          const expected = active && inTree && (limit === null || level <= limit);
          expect(mayBodyDecide(body(limit, bodyUnit, active), m, context).allowed).toBe(expected);
        },
      ),
    );
  });
});
