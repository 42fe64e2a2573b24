import { describe, expect, it } from 'vitest';
import { formFieldOfServerField, serverFieldErrors } from './field-errors';
import { historyChanges } from './history';

describe('history entries', () => {
  it('tells effects per year and cost type and risks per perspective', () => {
    const risks = (level: string | null) => ({
      staff: { level, text: null },
      citizen: { level: null, text: null },
      operations: { level: null, text: null },
      longTerm: { level: null, text: null },
    });
    const before = {
      code: 'HS-07',
      title: 'A',
      version: 2,
      updatedAt: '2026-01-01',
      effects: [
        { year: 2024, costType: 'personnel', amount: 45_000_000 },
        { year: 2025, costType: 'personnel', amount: 45_000_000 },
      ],
      risks: risks(null),
      milestones: [],
    };
    const after = {
      ...before,
      title: 'B',
      version: 3,
      updatedAt: '2026-02-01',
      effects: [
        { year: 2024, costType: 'personnel', amount: 46_000_000 },
        { year: 2025, costType: 'personnel', amount: 45_000_000 },
        { year: 2025, costType: 'revenue', amount: 10 },
      ],
      risks: risks('high'),
    };
    expect(historyChanges(before, after)).toEqual([
      { kind: 'field', field: 'title', before: 'A', after: 'B' },
      { kind: 'effect', year: 2024, costType: 'personnel', before: 45_000_000, after: 46_000_000 },
      { kind: 'effect', year: 2025, costType: 'revenue', before: null, after: 10 },
      { kind: 'risk', perspective: 'staff', part: 'level', before: null, after: 'high' },
    ]);
  });

  it('treats a field missing from a compact snapshot as empty', () => {
    expect(historyChanges(null, { code: 'X', milestones: [], description: null })).toEqual([
      { kind: 'field', field: 'code', before: undefined, after: 'X' },
    ]);
  });
});

describe('server errors at the form fields', () => {
  const sent = {
    effects: [
      { year: 2023, costType: 'personnel' as const, amount: 1 },
      { year: 2024, costType: 'revenue' as const, amount: 2 },
    ],
  };

  it('names effects by year and cost type, rows by their first input', () => {
    expect(formFieldOfServerField('body.effects.1.amount', sent)).toBe('effects.2024.revenue');
    expect(formFieldOfServerField('effects.0', sent)).toBe('effects.2023.personnel');
    expect(formFieldOfServerField('body.milestones.2', sent)).toBe('milestones.2.title');
    expect(formFieldOfServerField('costShifts.0.bearingOrgUnitId', sent)).toBe(
      'costShifts.0.bearingOrgUnitId',
    );
    expect(formFieldOfServerField('body.risks.staff.text', sent)).toBe('risks.staff.text');
    expect(formFieldOfServerField('body.code', sent)).toBe('code');
    expect(serverFieldErrors([{ message: 'Fel' }], sent)).toEqual([{ field: '', message: 'Fel' }]);
  });
});
