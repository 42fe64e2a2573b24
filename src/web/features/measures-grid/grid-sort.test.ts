import { describe, expect, it } from 'vitest';
import type { GridRow } from './grid-model';
import { sortRows } from './grid-sort';
import { testMeasure } from './test-measures';

function row(fields: Parameters<typeof testMeasure>[0], planned = 0): GridRow {
  return { measure: testMeasure(fields), unitName: '', unitPath: '', planned };
}

describe('sortRows', () => {
  const rows = [
    row({ code: 'B', title: 'Öppettider', status: 'done', feasibility: null }, 300),
    row({ code: 'A', title: 'Ändrad bemanning', status: 'proposed', feasibility: 2 }, -100),
    row({ code: 'C', title: 'Arbetstid', status: 'decided', feasibility: 1 }, 300),
  ];
  const codes = (list: GridRow[]) => list.map((r) => r.measure.code);

  it('sorts by code by default', () => {
    expect(codes(sortRows(rows, undefined))).toEqual(['A', 'B', 'C']);
  });

  it('sorts text the Swedish way (å ä ö after z)', () => {
    expect(codes(sortRows(rows, { column: 'title', direction: 'asc' }))).toEqual(['C', 'A', 'B']);
  });

  it('sorts status by the lifecycle and amounts as numbers, ties by code', () => {
    expect(codes(sortRows(rows, { column: 'status', direction: 'asc' }))).toEqual(['A', 'C', 'B']);
    expect(codes(sortRows(rows, { column: 'planned', direction: 'desc' }))).toEqual(['B', 'C', 'A']);
  });

  it('keeps empty values last in both directions', () => {
    expect(codes(sortRows(rows, { column: 'feasibility', direction: 'asc' }))).toEqual(['C', 'A', 'B']);
    expect(codes(sortRows(rows, { column: 'feasibility', direction: 'desc' }))).toEqual(['A', 'C', 'B']);
  });
});
