import { describe, expect, it } from 'vitest';
import { isDraftChanged, resolveScenarioConflict, scenarioFieldChanges } from './scenario-conflict';
import { draftFromScenario, setCell } from './scenario-draft';
import { demoScenario } from './test-scenario';

const base = draftFromScenario(demoScenario());

describe('a scenario saved by someone else meanwhile', () => {
  it('lists what each side changed, cell by cell, and which collide', () => {
    const mine = setCell(setCell(base, 0, 'wageGrowth', '5,0').draft, 1, 'priceGrowth', '2,6').draft;
    const theirs = { ...setCell(base, 0, 'wageGrowth', '4,5').draft, name: 'Ny prognos' };
    const changes = scenarioFieldChanges(base, mine, theirs, 2023);
    expect(changes).toEqual([
      { field: 'name', base: 'Prognos 2024–2027 (exempel)', theirs: 'Ny prognos', isConflict: false },
      { field: '2024.wageGrowth', base: '4', theirs: '4,5', mine: '5', isConflict: true },
      { field: '2025.priceGrowth', base: '2,5', theirs: '2,5', mine: '2,6', isConflict: false },
    ]);
    const keepMine = resolveScenarioConflict(changes, {}, theirs, 2023);
    expect(keepMine?.name).toBe('Ny prognos');
    expect(keepMine?.columns.map((c) => [c.wageGrowth, c.priceGrowth]).slice(0, 2)).toEqual([
      ['5', '3'],
      ['3,6', '2,6'],
    ]);
    const keepTheirs = resolveScenarioConflict(changes, { '2024.wageGrowth': 'theirs' }, theirs, 2023);
    expect(keepTheirs?.columns[0]?.wageGrowth).toBe('4,5');
    expect(keepTheirs?.columns[1]?.priceGrowth).toBe('2,6');
  });

  it('has nothing to save when the user’s changes are all the other’s', () => {
    const mine = setCell(base, 0, 'wageGrowth', '5').draft;
    const changes = scenarioFieldChanges(base, mine, mine, 2023);
    expect(resolveScenarioConflict(changes, {}, mine, 2023)).toBeNull();
  });

  it('sees no change in a value written another way', () => {
    expect(isDraftChanged(base, setCell(base, 0, 'wageGrowth', '4,0 %').draft, 2023)).toBe(false);
    expect(isDraftChanged(base, setCell(base, 0, 'wageGrowth', '4,1').draft, 2023)).toBe(true);
    expect(isDraftChanged(base, { ...base, sourceNote: 'x' }, 2023)).toBe(true);
  });
});
