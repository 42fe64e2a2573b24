import { describe, expect, it } from 'vitest';
import enHistory from './en/history';
import enOverview from './en/overview';
import enRounds from './en/rounds';
import svHistory from './sv/history';
import svOverview from './sv/overview';
import svRounds from './sv/rounds';

const sv = import.meta.glob<Record<string, unknown>>('./sv/*.ts', { eager: true, import: 'default' });

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * Issue 11, item 8: one word and one sign for the deviation. "Avstånd till målet −57,7" meant over the target
 * while "Avvikelse mot mål −171,3" meant under; now every screen says "Avvikelse mot målet" for figure − target.
 */
describe('the words for the deviation from the target', () => {
  it('has no other name for it in any Swedish text', () => {
    const all = Object.values(sv).flatMap(strings);
    for (const banned of [/avstånd till målet/i, /avvikelse mot mål\b/i, /kvar till (målet|sparbeting)/i]) {
      expect(all.filter((text) => banned.test(text))).toEqual([]);
    }
  });

  it('calls it "Avvikelse mot målet" on the overview, in the units table, in Uppföljning and in the history', () => {
    expect([
      svOverview.keyFigures.deviation,
      svOverview.units.deviation,
      svRounds.figures.deviation,
      svHistory.deviationTarget,
    ]).toEqual(Array(4).fill('Avvikelse mot målet'));
    expect([
      enOverview.keyFigures.deviation,
      enOverview.units.deviation,
      enRounds.figures.deviation,
      enHistory.deviationTarget,
    ]).toEqual(Array(4).fill('Deviation from the target'));
  });
});
