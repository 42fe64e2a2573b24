import { describe, expect, it } from 'vitest';
import {
  addYear,
  draftFromScenario,
  draftYears,
  newDraft,
  removeYear,
  setCell,
  withPlanLevels,
} from './scenario-draft';
import { demoScenario } from './test-scenario';

describe('the editor draft of a scenario', () => {
  it('writes rates in percent and amounts in mnkr, exactly, one column per year', () => {
    const draft = draftFromScenario(demoScenario());
    expect(draft.baseYear).toBe('2023');
    expect(draft.baseRevenue).toBe('12\u00a0900');
    expect(draft.baseNetCost).toBe('13\u00a0646,3');
    expect(draft.goalShare).toBe('2');
    expect(draft.openingDeficits).toEqual([{ year: '2023', amount: '746,3' }]);
    expect(draftYears(draft, 2000)).toEqual([2024, 2025, 2026, 2027]);
    expect(draft.columns[0]).toMatchObject({
      revenueGrowth: '6,8',
      revenue: '',
      wageGrowth: '4',
      personnelShare: '45',
      volume: '0,4',
      pensionChange: '100',
      planLevel: '0',
    });
    expect(draft.columns[1]?.pensionChange).toBe('\u2212250');
  });

  it('keeps the columns’ years while the base year is being typed', () => {
    const draft = { ...draftFromScenario(demoScenario()), baseYear: '20' };
    expect(draftYears(draft, 2023)).toEqual([2024, 2025, 2026, 2027]);
    expect(draftYears({ ...draft, baseYear: '2025' }, 2023)).toEqual([2026, 2027, 2028, 2029]);
  });

  it('clears the growth of a year when its revenue is typed as an amount, and says so', () => {
    const draft = draftFromScenario(demoScenario());
    const typed = setCell(draft, 1, 'revenue', '14 000');
    expect(typed.sideEffect).toEqual({ cleared: 'revenueGrowth' });
    expect(typed.draft.columns[1]).toMatchObject({ revenue: '14 000', revenueGrowth: '' });
    expect(typed.draft.columns[0]?.revenueGrowth).toBe('6,8');
    const back = setCell(typed.draft, 1, 'revenueGrowth', '3');
    expect(back.sideEffect).toEqual({ cleared: 'revenue' });
    expect(back.draft.columns[1]).toMatchObject({ revenue: '', revenueGrowth: '3' });
    expect(setCell(draft, 0, 'wageGrowth', '5').sideEffect).toBeNull();
    expect(setCell(back.draft, 1, 'revenue', '').sideEffect).toBeNull();
  });

  it('adds a year at the end with the rates of the year before and removes it again, within 3–10 years', () => {
    const draft = draftFromScenario(demoScenario());
    const more = addYear(draft);
    expect(more.columns).toHaveLength(5);
    expect(more.columns[4]).toMatchObject({ wageGrowth: '3,4', revenueGrowth: '3,7', pensionChange: '' });
    expect(removeYear(more)).toEqual(draft);
    let many = draft;
    for (let i = 0; i < 10; i++) many = addYear(many);
    expect(many.columns).toHaveLength(10);
    let few = draft;
    for (let i = 0; i < 5; i++) few = removeYear(few);
    expect(few.columns).toHaveLength(3);
  });

  it('writes the plan’s levels into the plan level row', () => {
    const draft = withPlanLevels(draftFromScenario(demoScenario()), [557_700_000, 510_700_000, 0, undefined]);
    expect(draft.columns.map((c) => c.planLevel)).toEqual(['557,7', '510,7', '0', '0']);
  });

  it('starts a new scenario with three empty years after last year and the 2 % goal', () => {
    const draft = newDraft({ today: new Date('2026-03-01'), planId: null });
    expect(draft).toMatchObject({ baseYear: '2025', goalShare: '2', planSource: 'given' });
    expect(draftYears(draft, 0)).toEqual([2026, 2027, 2028]);
    expect(newDraft({ today: new Date('2026-03-01'), planId: 'p' }).planSource).toBe('full');
  });
});
