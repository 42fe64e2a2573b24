import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { editErrorText, editorOptions, optionForTyped } from './editor-options';
import { testMeasure } from './test-measures';

const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('editor options', () => {
  it('offers the tenant’s groups plus the measure’s own, and nothing', () => {
    const options = editorOptions('group', testMeasure({ group: 'eget' }), ['utbud', 'intäkter'], t);
    expect(options?.map((o) => o.value)).toEqual(['', 'utbud', 'intäkter', 'eget']);
    expect(editorOptions('title', testMeasure(), [], t)).toBeUndefined();
    expect(editorOptions('status', testMeasure(), [], t)?.[0]).toEqual({
      value: 'proposed',
      label: 'enums:status.proposed',
    });
  });

  it('starts a select at the first choice that begins with the typed character', () => {
    const options = [
      { value: '', label: '(ingen)' },
      { value: 'prepared', label: 'beredd' },
      { value: 'decided', label: 'beslutad' },
    ];
    expect(optionForTyped(options, 'B')).toBe('prepared');
    expect(optionForTyped(options, 'x')).toBeUndefined();
  });

  it('words a status error with the status’s own word', () => {
    expect(editErrorText({ key: 'statusNeedsDecision', values: { to: 'done' } }, t)).toBe(
      'grid:errors.statusNeedsDecision {"to":"enums:status.done"}',
    );
  });
});
