import { describe, expect, it } from 'vitest';
import { applyPaste } from './assumption-paste';
import { draftFromScenario } from './scenario-draft';
import { demoScenario } from './test-scenario';

const demo = () => draftFromScenario(demoScenario());
const options = { isPlanLevelEditable: false, fallbackBaseYear: 2023 };
const WAGE = 2; // Löneökning (%)

describe('pasting from a spreadsheet into the assumption table', () => {
  it('leaves a single value to the input (the browser pastes it as typed text)', () => {
    expect(applyPaste(demo(), '4,5', { row: WAGE, column: 0 }, options)).toBeNull();
    expect(applyPaste(demo(), '4,5\r\n', { row: WAGE, column: 0 }, options)).toBeNull();
  });

  it('lays a block over the table from the focused cell, each cell read by its row', () => {
    // Löneökning and personnel share for 2025–2026, as copied from Excel (tab-separated, CRLF).
    const outcome = applyPaste(demo(), '3,9\t3,5 %\r\n46\t44\r\n', { row: WAGE, column: 1 }, options);
    expect(outcome).toMatchObject({ ok: true, changed: 4, mode: 'block', skippedPlanLevel: false });
    if (!outcome?.ok) return;
    expect(outcome.draft.columns.map((c) => [c.wageGrowth, c.personnelShare])).toEqual([
      ['4', '45'],
      ['3,9', '46'],
      ['3,5', '44'],
      ['3,4', '45'],
    ]);
  });

  it('changes nothing for one bad cell, and names its place in the block', () => {
    const outcome = applyPaste(demo(), '4\t4\t4\n45\t45\ttre', { row: WAGE, column: 0 }, options);
    expect(outcome).toEqual({
      ok: false,
      message: 'rad 2, kolumn 3: "tre" är inte ett procenttal; inget ändrades',
    });
  });

  it('refuses a block larger than the table from the focused cell', () => {
    const outcome = applyPaste(demo(), '1\t2\t3', { row: WAGE, column: 2 }, options);
    expect(outcome?.ok).toBe(false);
    if (outcome && !outcome.ok)
      expect(outcome.message).toMatch(/^Det inklistrade har 1 rader och 3 kolumner/);
  });

  it('fills a table with years and labels by label and year, wherever it is pasted', () => {
    const text = [
      'Antagande\t2025\t2026',
      'Löneökning (%)\t3,8\t3,6',
      'Anteckning\tinte ett antagande\t',
      'Skatteintäkter och generella statsbidrag (mnkr)\t14 300\t',
    ].join('\n');
    const outcome = applyPaste(demo(), text, { row: 0, column: 0 }, options);
    expect(outcome).toMatchObject({ ok: true, changed: 3, mode: 'labelled' });
    if (!outcome?.ok) return;
    expect(outcome.draft.columns.map((c) => [c.wageGrowth, c.revenue, c.revenueGrowth])).toEqual([
      ['4', '', '6,8'],
      ['3,8', '14\u00a0300', ''],
      ['3,6', '', '3,8'],
      ['3,4', '', '3,7'],
    ]);
  });

  it('names the place of a bad cell in a labelled table', () => {
    const text = 'Antagande\t2024\t2025\nLöneökning (%)\t4\tfyra';
    expect(applyPaste(demo(), text, { row: 0, column: 0 }, options)).toEqual({
      ok: false,
      message: 'rad 2, kolumn 3: "fyra" är inte ett procenttal; inget ändrades',
    });
  });

  it('leaves out plan levels while the plan gives them, and takes them when they are given per year', () => {
    const planLevelRow = 10;
    const taken = applyPaste(demo(), '100\t200', { row: planLevelRow, column: 0 }, options);
    expect(taken).toMatchObject({ ok: true, changed: 0, skippedPlanLevel: true });
    const given = applyPaste(
      demo(),
      '100\t200',
      { row: planLevelRow, column: 0 },
      {
        ...options,
        isPlanLevelEditable: true,
      },
    );
    if (!given?.ok) throw new Error('expected a paste');
    expect(given.draft.columns.map((c) => c.planLevel)).toEqual(['100', '200', '0', '0']);
  });

  it('refuses a block that gives both revenue growth and amount for a year', () => {
    const outcome = applyPaste(demo(), '3\t3\n\t14 000', { row: 0, column: 0 }, options);
    expect(outcome).toMatchObject({ ok: false });
    if (outcome && !outcome.ok) expect(outcome.message).toMatch(/^kolumn 2: ange antingen ökningen/);
  });
});
