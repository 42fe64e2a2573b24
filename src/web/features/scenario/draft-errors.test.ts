import { describe, expect, it } from 'vitest';
import { placeText, visibleError } from './draft-errors';
import { cellPlace } from './parse-draft';
import { draftFromScenario, newDraft, setCell } from './scenario-draft';
import { demoScenario } from './test-scenario';

describe('when the editor shows a problem', () => {
  const draft = setCell(draftFromScenario(demoScenario()), 1, 'wageGrowth', '').draft;

  it('reads the text at a place', () => {
    expect(placeText(draft, cellPlace(0, 'wageGrowth'))).toBe('4');
    expect(placeText(draft, 'deficit.0.amount')).toBe('746,3');
    expect(placeText(draft, 'baseYear')).toBe('2023');
    expect(placeText(draft, 'table')).toBeUndefined();
  });

  it('shows what is typed wrong at once, and what is missing only after a save was tried', () => {
    const wrong = { place: cellPlace(0, 'wageGrowth'), message: 'fel' };
    const missing = { place: cellPlace(1, 'wageGrowth'), message: 'måste anges' };
    expect(visibleError(wrong, draft, false)).toBe(true);
    expect(visibleError(missing, draft, false)).toBe(false);
    expect(visibleError(missing, draft, true)).toBe(true);
    expect(
      visibleError({ place: 'name', code: 'required' }, newDraft({ today: new Date(), planId: null }), false),
    ).toBe(false);
    expect(visibleError({ place: 'table', message: 'years: …' }, draft, false)).toBe(true);
  });
});
