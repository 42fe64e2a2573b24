import { describe, expect, it } from 'vitest';
import { compareHref, compareIds, unionYears } from './scenario-links';

describe('the forecast tool’s addresses', () => {
  it('puts the scenarios to compare in the address and reads them back, each once', () => {
    expect(compareHref(['a', 'b'])).toBe('/prognosverktyg/jamfor?ids=a,b');
    expect(compareIds(new URLSearchParams('ids=a, b,,a,c'))).toEqual(['a', 'b', 'c']);
    expect(compareIds(new URLSearchParams(''))).toEqual([]);
  });

  it('lists every year of the scenarios compared', () => {
    expect(
      unionYears([{ years: [{ year: 2025 }, { year: 2026 }] }, { years: [{ year: 2024 }, { year: 2025 }] }]),
    ).toEqual([2024, 2025, 2026]);
  });
});
