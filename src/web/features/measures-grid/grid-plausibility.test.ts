import { describe, expect, it } from 'vitest';
import { parseEdit } from './cell-edit';
import { changeLabel } from './cell-values';
import { gridImplausible } from './grid-plausibility';
import { testMeasure } from './test-measures';

const context = { convention: 'level' as const, year: 2024, unit: 'tkr' as const };
const LIMIT = 50_000_000;

describe('the grid asks before an implausible amount is saved', () => {
  const measure = testMeasure({
    code: 'HS-12',
    effects: [{ year: 2024, costType: 'personnel', amount: 15_600_000 }],
  });
  const check = (typed: string) => {
    const result = parseEdit('planned', typed, measure, context);
    if (!result.ok || !result.patch) throw new Error('no patch');
    const label = changeLabel('planned', measure, result.patch, 2024, 'Planerad effekt 2024');
    return gridImplausible('planned', measure, result.patch, 2024, LIMIT, label);
  };

  it('flags 15 600 → 156 003 100 tkr (the typo of issue 11), named "HS-12 Personal 2024"', () => {
    expect(check('156003100')).toEqual([
      {
        label: 'HS-12 Personal 2024',
        previous: 15_600_000,
        next: 156_003_100_000,
        reasons: ['tenfold', 'limit'],
      },
    ]);
  });

  it('lets an ordinary change through, and flags one under a tenth', () => {
    expect(check('16 100')).toEqual([]);
    expect(check('1500')).toMatchObject([{ reasons: ['tenth'], next: 1_500_000 }]);
  });

  it('checks amounts only', () => {
    const patch = { title: 'Ny titel' };
    expect(gridImplausible('title', measure, patch, 2024, LIMIT, 'HS-12 Åtgärd')).toEqual([]);
  });

  it('names other columns by code and column', () => {
    expect(changeLabel('responsibleName', measure, undefined, 2024, 'Ansvarig')).toBe('HS-12 Ansvarig');
  });
});
