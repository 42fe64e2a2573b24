import { describe, expect, it } from 'vitest';
import { fileSize } from './import-model';
import { implausibleImportChanges } from './import-plausibility';

const labels = {
  effect: (year: number, costType: string) => `${costType === 'personnel' ? 'Personal' : costType} ${year}`,
  field: (field: string) => (field === 'investment' ? 'Investering' : field),
};
const LIMIT = 50_000_000;

describe('the implausible amounts of an import preview (issue 11, item 2)', () => {
  it('flags a tenfold effect and an amount over the limit, named by code, and lets ordinary changes pass', () => {
    const found = implausibleImportChanges(
      {
        amountChanges: [
          {
            code: 'HS-07',
            changes: [
              {
                field: 'effect',
                year: 2024,
                costType: 'personnel',
                previous: 45_000_000,
                next: 450_003_100_000,
              },
              { field: 'effect', year: 2025, costType: 'personnel', previous: 45_000_000, next: 46_000_000 },
            ],
          },
          { code: 'VS-01', changes: [{ field: 'investment', previous: null, next: 60_000_000 }] },
          { code: 'VS-02', changes: [{ field: 'investment', previous: 1_000_000, next: null }] },
        ],
      },
      LIMIT,
      labels,
    );
    expect(found.map((c) => [c.label, c.previous, c.next, c.reasons])).toEqual([
      ['HS-07 Personal 2024', 45_000_000, 450_003_100_000, ['tenfold', 'limit']],
      ['VS-01 Investering', null, 60_000_000, ['limit']],
    ]);
  });

  it('asks nothing when the preview changes no amounts (or is from a server without them)', () => {
    expect(implausibleImportChanges({ amountChanges: [] }, LIMIT, labels)).toEqual([]);
    expect(implausibleImportChanges({}, LIMIT, labels)).toEqual([]);
  });
});

describe('the size of the chosen file', () => {
  it('is written in the page language', () => {
    expect(fileSize(1_572_864, 'sv')).toBe('1,5 MB');
    expect(fileSize(1_572_864, 'en')).toBe('1.5 MB');
    expect(fileSize(200, 'sv')).toBe('1 kB');
  });
});
