import { describe, expect, it } from 'vitest';
import { canEditCell, editText, parseEdit } from './cell-edit';
import { testMeasure } from './test-measures';

const context = { convention: 'level' as const, year: 2024, unit: 'tkr' as const };

describe('editing a cell', () => {
  const measure = testMeasure({
    title: 'Färre hyrläkare',
    status: 'prepared',
    feasibility: 2,
    effects: [
      { year: 2023, costType: 'personnel', amount: 500_000 },
      { year: 2024, costType: 'personnel', amount: 1_234_500 },
    ],
  });

  it('refuses an empty title', () => {
    expect(parseEdit('title', '   ', measure, context)).toEqual({
      ok: false,
      error: { key: 'titleRequired' },
    });
    expect(parseEdit('title', ' Färre hyrsjuksköterskor ', measure, context)).toEqual({
      ok: true,
      patch: { title: 'Färre hyrsjuksköterskor' },
    });
  });

  it('saves nothing when nothing changed', () => {
    expect(parseEdit('title', 'Färre hyrläkare', measure, context)).toEqual({ ok: true, patch: null });
    expect(parseEdit('feasibility', '2', measure, context)).toEqual({ ok: true, patch: null });
  });

  it('accepts feasibility 1, 2, 3 or nothing', () => {
    expect(parseEdit('feasibility', '3', measure, context)).toEqual({ ok: true, patch: { feasibility: 3 } });
    expect(parseEdit('feasibility', '', measure, context)).toEqual({
      ok: true,
      patch: { feasibility: null },
    });
    expect(parseEdit('feasibility', '4', measure, context)).toEqual({
      ok: false,
      error: { key: 'feasibility' },
    });
  });

  it('keeps the lifecycle rule: not carried out before decided', () => {
    expect(parseEdit('status', 'inProgress', measure, context)).toEqual({
      ok: false,
      error: { key: 'statusNeedsDecision', values: { to: 'inProgress' } },
    });
    expect(parseEdit('status', 'proposed', measure, context)).toEqual({
      ok: true,
      patch: { status: 'proposed' },
    });
    // Issue 12: beslutad only through "Registrera beslut".
    expect(parseEdit('status', 'decided', measure, context)).toEqual({
      ok: false,
      error: { key: 'statusNeedsRegisteredDecision', values: { to: 'decided' } },
    });
  });

  it('edits the year’s planned amount in tkr, Swedish style', () => {
    expect(editText('planned', measure, context)).toBe('1234,5');
    expect(parseEdit('planned', '1 500,25', measure, context)).toEqual({
      ok: true,
      patch: {
        effects: [
          { year: 2023, costType: 'personnel', amount: 500_000 },
          { year: 2024, costType: 'personnel', amount: 1_500_250 },
        ],
      },
    });
    expect(parseEdit('planned', '', measure, context)).toEqual({
      ok: true,
      patch: { effects: [{ year: 2023, costType: 'personnel', amount: 500_000 }] },
    });
    expect(parseEdit('planned', '12 3', measure, context)).toMatchObject({ ok: false });
  });

  it('adds a missing year with the measure’s cost type', () => {
    const noYear = testMeasure({ effects: [{ year: 2023, costType: 'operating', amount: 100_000 }] });
    expect(parseEdit('planned', '200', noYear, context)).toEqual({
      ok: true,
      patch: {
        effects: [
          { year: 2023, costType: 'operating', amount: 100_000 },
          { year: 2024, costType: 'operating', amount: 200_000 },
        ],
      },
    });
  });

  it('leaves planned effects to the measure page when the grid cannot set them exactly', () => {
    expect(canEditCell('planned', measure, { ...context, convention: 'increment' })).toBe(false);
    expect(canEditCell('planned', testMeasure({ status: 'cancelled' }), context)).toBe(false);
    const twoTypes = testMeasure({
      effects: [
        { year: 2024, costType: 'personnel', amount: 1 },
        { year: 2024, costType: 'operating', amount: 2 },
      ],
    });
    expect(canEditCell('planned', twoTypes, context)).toBe(false);
    expect(canEditCell('code', measure, context)).toBe(false);
    expect(canEditCell('title', measure, context)).toBe(true);
  });
});
