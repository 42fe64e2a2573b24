import { describe, expect, it } from 'vitest';
import { filterRows, hasNarrowingFilters, parseFilters, parseSort, withFilters } from './grid-filters';
import type { GridRow } from './grid-model';
import { testMeasure } from './test-measures';

const UNIT_A = '00000000-0000-4000-a000-00000000000a';
const UNIT_B = '00000000-0000-4000-a000-00000000000b';

function row(fields: Parameters<typeof testMeasure>[0], unitName = 'Kirurgi'): GridRow {
  return { measure: testMeasure(fields), unitName, unitPath: `Regionen / ${unitName}`, planned: 0 };
}

describe('grid filters in the address', () => {
  it('reads every parameter the overview links with', () => {
    const filters = parseFilters(
      new URLSearchParams(
        'ar=2024&enhet=u1&status=decided&kategori=saknas&sparform=efficiency&genomforbarhet=2&grupp=utbud&q=hyr&sortera=planned:desc&gruppera=enhet',
      ),
    );
    expect(filters).toEqual({
      unitId: 'u1',
      status: 'decided',
      category: 'saknas',
      savingsType: 'efficiency',
      feasibility: '2',
      group: 'utbud',
      q: 'hyr',
      sort: { column: 'planned', direction: 'desc' },
      groupBy: 'unit',
    });
  });

  it('ignores values it does not know', () => {
    expect(
      parseFilters(new URLSearchParams('status=klar&genomforbarhet=4&sparform=x&sortera=nope&gruppera=x')),
    ).toEqual({});
  });

  it('accepts -column and column for sorting', () => {
    expect(parseSort('-code')).toEqual({ column: 'code', direction: 'desc' });
    expect(parseSort('title')).toEqual({ column: 'title', direction: 'asc' });
  });

  it('writes changes back and keeps the other parameters', () => {
    const params = withFilters(new URLSearchParams('ar=2024&status=done'), {
      status: undefined,
      q: 'lokal',
      sort: { column: 'planned', direction: 'asc' },
      groupBy: 'unit',
    });
    expect(params.toString()).toBe('ar=2024&q=lokal&sortera=planned%3Aasc&gruppera=enhet');
    expect(parseFilters(params).sort).toEqual({ column: 'planned', direction: 'asc' });
  });

  it('knows when a filter other than the unit narrows the list', () => {
    expect(hasNarrowingFilters({ unitId: 'x', groupBy: 'unit' })).toBe(false);
    expect(hasNarrowingFilters({ q: 'x' })).toBe(true);
  });
});

describe('filterRows', () => {
  const rows = [
    row({
      code: 'HS-01',
      title: 'Färre hyrläkare',
      orgUnitId: UNIT_A,
      feasibility: 1,
      category: 'immediate',
    }),
    row({
      code: 'HS-02',
      title: 'Lokaler',
      orgUnitId: UNIT_A,
      responsibleName: 'Anna Ödman',
      feasibility: null,
    }),
    row({ code: 'KU-01', title: 'Bibliotek', orgUnitId: UNIT_B, group: 'utbud' }, 'Kultur'),
  ];
  const codes = (list: GridRow[]) => list.map((r) => r.measure.code);

  it('narrows to the unit subtree', () => {
    expect(codes(filterRows(rows, {}, new Set([UNIT_B])))).toEqual(['KU-01']);
  });

  it('finds code, title, responsible and unit, ignoring case', () => {
    expect(codes(filterRows(rows, { q: 'HYRLÄK' }, undefined))).toEqual(['HS-01']);
    expect(codes(filterRows(rows, { q: 'ödman' }, undefined))).toEqual(['HS-02']);
    expect(codes(filterRows(rows, { q: 'kultur' }, undefined))).toEqual(['KU-01']);
    expect(codes(filterRows(rows, { q: 'hs- lokal' }, undefined))).toEqual(['HS-02']);
  });

  it('filters on missing values', () => {
    expect(codes(filterRows(rows, { feasibility: 'saknas' }, undefined))).toEqual(['HS-02', 'KU-01']);
    expect(codes(filterRows(rows, { category: 'saknas' }, undefined))).toEqual(['HS-02', 'KU-01']);
    expect(codes(filterRows(rows, { group: 'utbud' }, undefined))).toEqual(['KU-01']);
    expect(codes(filterRows(rows, { feasibility: '1', status: 'proposed' }, undefined))).toEqual(['HS-01']);
  });
});

describe('the feasibility 1–2 filter of the overview figure', () => {
  it('keeps feasibility 1 and 2 and drops 3 and missing', () => {
    const filters = parseFilters(new URLSearchParams('genomforbarhet=1-2'));
    expect(filters.feasibility).toBe('1-2');
    expect(
      filterRows(
        ([1, 2, 3, null] as const).map((feasibility) => row({ feasibility })),
        filters,
        undefined,
      ).map((r) => r.measure.feasibility),
    ).toEqual([1, 2]);
  });
});
