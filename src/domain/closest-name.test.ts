import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './closest-name';

describe('closestName', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('Exempelregion', 'Exempelregionen')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('Hälsa', 'Halsa')).toBe(1);
  });

  it('is a distance: zero only for equal texts, symmetric, and within the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
      }),
    );
  });

  it('suggests the nearest name, case not counted', () => {
    const names = ['Exempelregionen', 'Grannkommunen'];
    expect(closestName('Exempelregion', names)).toBe('Exempelregionen');
    expect(closestName('EXEMPELREGIONEN ', names)).toBe('Exempelregionen');
    expect(closestName('grankommun', names)).toBe('Grannkommunen');
    expect(closestName('ja', ['Exempelregionen'])).toBe('Exempelregionen');
    expect(closestName('ja', [])).toBeUndefined();
  });
});
