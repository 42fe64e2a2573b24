import { describe, expect, it } from 'vitest';
import type { TRound } from '../../../shared/schemas/round';
import { ApiError } from '../../api/client';
import {
  draftDetails,
  fieldErrors,
  isMonth,
  periodYear,
  previousMonth,
  progressPercent,
  remindText,
  sortRounds,
} from './rounds';

const round = (id: string, period: string, openedAt = '2024-01-01T00:00:00Z') =>
  ({ id, period, openedAt }) as TRound;

describe('rounds helpers', () => {
  it('sorts rounds newest period first, then latest opened', () => {
    const sorted = sortRounds([
      round('a', '2024-08'),
      round('b', '2024-09', '2024-10-01T00:00:00Z'),
      round('c', '2024-09', '2024-10-02T00:00:00Z'),
    ]);
    expect(sorted.map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('reads months and their year', () => {
    expect(isMonth('2024-1')).toBe(false);
    expect(isMonth('2024-09')).toBe(true);
    expect(periodYear('2024-09')).toBe(2024);
  });

  it('gives the month before today', () => {
    expect(previousMonth(new Date(2025, 0, 15))).toBe('2024-12');
    expect(previousMonth(new Date(2025, 5, 1))).toBe('2025-05');
    // Swedish time decides, not the browser's zone: 31 May 23:30 UTC is already 1 June in Sweden.
    expect(previousMonth(new Date('2025-05-31T23:30:00Z'))).toBe('2025-05');
    expect(previousMonth(new Date('2024-12-31T23:30:00Z'))).toBe('2024-12');
  });

  it('maps server validation details to fields, the rest to the form', () => {
    const error = new ApiError(400, 'VALIDATION', 'Fel', [
      { field: 'body.period', message: 'Månaden skrivs ÅÅÅÅ-MM' },
      { field: 'deadline', message: 'Sista dag …' },
    ]);
    expect(fieldErrors(error, ['period', 'deadline', 'orgUnitId'])).toEqual({
      period: 'Månaden skrivs ÅÅÅÅ-MM',
      deadline: 'Sista dag …',
    });
    expect(fieldErrors(new ApiError(409, 'CONFLICT', 'Finns redan'), ['period'])).toEqual({
      form: 'Finns redan',
    });
    expect(fieldErrors(new Error('x'), ['period'])).toEqual({});
  });

  it('lists the drafts of a refused close', () => {
    const error = new ApiError(409, 'CONFLICT', 'Utkast kvar', [
      { field: 'drafts', message: 'HS-01: utkast av A är inte inskickat' },
    ]);
    expect(draftDetails(error)).toEqual(['HS-01: utkast av A är inte inskickat']);
    expect(draftDetails(new ApiError(400, 'VALIDATION', 'x'))).toEqual([]);
  });

  it('writes the reminder list as plain text', () => {
    const text = remindText(
      [
        { responsible: { userId: '1', name: 'Divisionschef Kirurgi' }, measureCodes: ['HS-07', 'HS-11'] },
        { responsible: { userId: null, name: null }, measureCodes: ['HS-02'] },
      ],
      'Att påminna',
      'Ingen ansvarig',
    );
    expect(text).toBe('Att påminna\n\nDivisionschef Kirurgi: HS-07, HS-11\nIngen ansvarig: HS-02');
  });

  it('computes progress', () => {
    expect(progressPercent({ due: 3, reported: 2 })).toBe(66);
    expect(progressPercent({ due: 0, reported: 0 })).toBe(0);
  });
});
