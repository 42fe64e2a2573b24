import { describe, expect, it } from 'vitest';
import { cellPlace, parseDraft, placeOfIssue, validateDraft } from './parse-draft';
import { draftFromScenario, newDraft, setCell } from './scenario-draft';
import { demoScenario } from './test-scenario';

const demo = () => draftFromScenario(demoScenario());

describe('reading the editor into the scenario input', () => {
  it('reads the demo back to exactly the saved input', () => {
    const validation = validateDraft(demo(), 2023);
    expect(validation.ok).toBe(true);
    if (validation.ok) expect(validation.input).toEqual(demoScenario().input);
  });

  it('puts a cell that does not read at its cell, once, with the shared Swedish message', () => {
    const draft = setCell(demo(), 1, 'wageGrowth', 'tre').draft;
    const validation = validateDraft(draft, 2023);
    expect(validation.ok).toBe(false);
    if (validation.ok) return;
    expect(validation.errors).toEqual([
      { place: cellPlace(1, 'wageGrowth'), message: '"tre" är inte ett procenttal' },
    ]);
  });

  it('puts the domain’s issues at their field: a rate out of range, a deficit year, the base revenue', () => {
    let draft = setCell(demo(), 0, 'volume', '150').draft;
    draft = { ...draft, openingDeficits: [{ year: '2010', amount: '10' }], baseRevenue: '-5' };
    const validation = validateDraft(draft, 2023);
    if (validation.ok) throw new Error('expected issues');
    const at = Object.fromEntries(validation.errors.map((e) => [e.place, e.message]));
    expect(at[cellPlace(0, 'volume')]).toMatch(/^måste ligga mellan/);
    expect(at['deficit.0.year']).toMatch(/^måste vara ett år mellan 2013 och basåret 2023/);
    expect(at.baseRevenue).toMatch(/^får inte vara negativt/);
  });

  it('asks for the revenue growth or amount of a year that has neither, and checks the shares in percent', () => {
    let draft = setCell(demo(), 2, 'revenueGrowth', '').draft;
    draft = setCell(draft, 3, 'otherShare', '60').draft;
    const validation = validateDraft(draft, 2023);
    if (validation.ok) throw new Error('expected issues');
    expect(validation.errors).toEqual([
      { place: cellPlace(2, 'revenueGrowth'), code: 'revenueMissing' },
      {
        place: cellPlace(3, 'otherShare'),
        code: 'sharesOver100',
        values: { personnel: '45', other: '60' },
      },
    ]);
  });

  it('requires a name, a base year, the base figures and the goal', () => {
    const draft = {
      ...newDraft({ today: new Date('2026-01-01'), planId: null }),
      baseYear: '25',
      goalShare: '',
    };
    const { errors } = parseDraft(draft, 2025);
    const places = errors.filter((e) => !e.place.startsWith('cell.')).map((e) => [e.place, e.code]);
    expect(places).toEqual([
      ['name', 'required'],
      ['baseYear', 'notAYear'],
      ['baseRevenue', 'required'],
      ['baseNetCost', 'required'],
      ['goalShare', 'required'],
    ]);
  });

  it('takes the source date as YYYY-MM-DD or none, and names a mistyped one at its field', () => {
    const at = (sourceDate: string) =>
      parseDraft({ ...demo(), sourceDate }, 2023).errors.filter((e) => e.place === 'sourceDate');
    expect(at('')).toEqual([]);
    expect(at(' 2025-04-30 ')).toEqual([]);
    for (const typed of ['04/30/2025', '2025-04-31', '2025-4-30']) {
      expect(at(typed), typed).toEqual([{ place: 'sourceDate', code: 'notADate' }]);
    }
  });

  it('does not hold the user to a plan level row he or she cannot type in', () => {
    const draft = setCell(demo(), 0, 'planLevel', 'x').draft;
    expect(validateDraft(draft, 2023).ok).toBe(true);
    expect(validateDraft({ ...draft, planSource: 'given' }, 2023).ok).toBe(false);
  });

  it('maps the domain’s paths to the screen’s places', () => {
    const years = [2024, 2025, 2026];
    expect(placeOfIssue('years.2025.wageGrowth', years)).toBe('cell.1.wageGrowth');
    expect(placeOfIssue('years.2026', years)).toBe('cell.2.revenueGrowth');
    expect(placeOfIssue('years.2031', years)).toBe('table');
    expect(placeOfIssue('years', years)).toBe('table');
    expect(placeOfIssue('base.netCost', years)).toBe('baseNetCost');
    expect(placeOfIssue('openingDeficits.1.amount', years)).toBe('deficit.1.amount');
    expect(placeOfIssue('goalShare', years)).toBe('goalShare');
    expect(placeOfIssue('', years)).toBe('');
  });
});
