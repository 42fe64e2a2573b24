import { describe, expect, it } from 'vitest';
import { findImplausible } from './plausibility';

describe('findImplausible', () => {
  it('keeps only the changes to confirm, with their reasons', () => {
    const changes = [
      { label: 'HS-12 Personal 2024', previous: 15_600_000, next: 156_003_100_000 },
      { label: 'HS-12 Drift 2024', previous: 2_000_000, next: 2_500_000 },
      { label: 'HS-13 Personal 2024', previous: null, next: 60_000_000 },
    ];
    expect(findImplausible(changes, 50_000_000)).toEqual([
      { ...changes[0], reasons: ['tenfold', 'limit'] },
      { ...changes[2], reasons: ['limit'] },
    ]);
  });
});
