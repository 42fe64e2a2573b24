import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COST_TYPES } from '../../../shared/enums';
import { MAX_KRONOR } from '../../../shared/money';
import {
  cellKey,
  type Effect,
  effectsFromGrid,
  gridFromEffects,
  parseTkr,
  planYears,
  tkrText,
} from './effects-grid';

const years = planYears({ firstYear: 2023, lastYear: 2027 });

/** Effects with at most one amount per year × cost type, in the order effectsFromGrid returns them. */
const arbitraryEffects = fc
  .uniqueArray(
    fc.record({
      year: fc.constantFrom(...years),
      costType: fc.constantFrom(...COST_TYPES),
      amount: fc.integer({ min: -MAX_KRONOR, max: MAX_KRONOR }),
    }),
    { selector: (e) => cellKey(e.year, e.costType), maxLength: years.length * COST_TYPES.length },
  )
  .map((effects) =>
    [...effects].sort(
      (a, b) => a.year - b.year || COST_TYPES.indexOf(a.costType) - COST_TYPES.indexOf(b.costType),
    ),
  );

describe('the effects table', () => {
  it('writes tkr with just the decimals needed to be exact', () => {
    expect(tkrText(45_000_000)).toBe('45\u00a0000');
    expect(tkrText(1_234_500)).toBe('1\u00a0234,5');
    expect(tkrText(-1_234_567)).toBe('\u22121\u00a0234,567');
    expect(tkrText(1)).toBe('0,001');
    expect(tkrText(0)).toBe('0');
  });

  it('reads amounts as Swedish users type them, in tkr', () => {
    expect(parseTkr('1 234,5')).toEqual({ ok: true, kronor: 1_234_500 });
    expect(parseTkr('-12')).toEqual({ ok: true, kronor: -12_000 });
    expect(parseTkr('2 mnkr')).toEqual({ ok: true, kronor: 2_000_000 });
    expect(parseTkr('  ')).toEqual({ ok: true, kronor: null });
    expect(parseTkr('tolv')).toEqual({ ok: false });
  });

  it('round-trips effects → table → effects to the krona', () => {
    fc.assert(
      fc.property(arbitraryEffects, (effects) => {
        const result = effectsFromGrid(gridFromEffects(effects), years);
        expect(result.invalid).toEqual([]);
        expect(result.effects).toEqual(effects);
      }),
    );
  });

  it('round-trips table → effects → table to the krona', () => {
    const tkr = fc
      .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 999 }))
      .map(([whole, thousandths]) => `${whole},${String(thousandths).padStart(3, '0')}`);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...years.map((y) => cellKey(y, 'operating'))), tkr),
        (grid) => {
          const first = effectsFromGrid(grid, years);
          const again = effectsFromGrid(gridFromEffects(first.effects), years);
          expect(again.effects).toEqual(first.effects);
          for (const effect of first.effects) {
            const typed = parseTkr(grid[cellKey(effect.year, effect.costType)]!);
            expect(typed).toEqual({ ok: true, kronor: effect.amount });
          }
        },
      ),
    );
  });

  it('leaves blank cells out and names the cells that are not amounts', () => {
    const grid = {
      [cellKey(2024, 'personnel')]: '1 000',
      [cellKey(2025, 'revenue')]: 'abc',
      '2026.drift': '',
    };
    expect(effectsFromGrid(grid, years)).toEqual({
      effects: [{ year: 2024, costType: 'personnel', amount: 1_000_000 } satisfies Effect],
      invalid: ['2025.revenue'],
    });
  });
});
