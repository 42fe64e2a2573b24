import { describe, expect, it } from 'vitest';
import { ZMeasure } from '../../../shared/schemas/measure';
import { allowedStatuses, draftFromInput, newMeasureInput, parseDraft } from './draft';
import { cellKey } from './effects-grid';
import { changedFields, inputOfMeasure } from './patch';

const unit = '00000000-0000-4000-8000-000000000003';
const other = '00000000-0000-4000-8000-000000000004';
const years = [2023, 2024, 2025];

const measure = ZMeasure.parse({
  id: '00000000-0000-4000-8000-000000000001',
  planId: '00000000-0000-4000-8000-000000000002',
  orgUnitId: unit,
  code: 'HS-07',
  title: 'Produktions- och kapacitetsstyrning',
  status: 'decided',
  version: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  runningCostPerYear: 250_500,
  risks: {
    staff: { level: 'high', text: 'Oro' },
    citizen: { level: null, text: null },
    operations: { level: null, text: null },
    longTerm: { level: null, text: null },
  },
  effects: [
    { year: 2024, costType: 'personnel', amount: 45_000_000 },
    { year: 2023, costType: 'personnel', amount: 18_000_000 },
  ],
  milestones: [{ title: 'Beslut i ledningen', dueOn: '2024-03-01' }],
  costShifts: [{ bearingOrgUnitId: other, year: 2024, amount: 1_500, description: null }],
  programmes: ['Digitalisering'],
});

describe('the measure form', () => {
  it('gives back exactly the stored measure when nothing was changed', () => {
    const base = inputOfMeasure(measure);
    const parsed = parseDraft(draftFromInput(base), { years, fromStatus: base.status });
    expect(parsed.errors).toEqual([]);
    expect(changedFields(base, parsed.input)).toEqual({});
  });

  it('patches only what changed', () => {
    const base = inputOfMeasure(measure);
    const draft = draftFromInput(base);
    draft.title = '  Kapacitetsstyrning  ';
    draft.effects = { ...draft.effects, [cellKey(2024, 'personnel')]: '46 000,5' };
    draft.risks = { ...draft.risks, staff: { level: 'medium', text: 'Oro' } };
    const parsed = parseDraft(draft, { years, fromStatus: base.status });
    expect(changedFields(base, parsed.input)).toEqual({
      title: 'Kapacitetsstyrning',
      effects: [
        { year: 2023, costType: 'personnel', amount: 18_000_000 },
        { year: 2024, costType: 'personnel', amount: 46_000_500 },
      ],
      risks: { ...base.risks, staff: { level: 'medium', text: 'Oro' } },
    });
  });

  it('checks required fields, amounts, months, dates and rows', () => {
    const draft = draftFromInput(newMeasureInput(unit));
    draft.effects = { [cellKey(2024, 'operating')]: '12 tkr x' };
    draft.investment = 'mycket';
    draft.startMonth = '2024-05';
    draft.endMonth = '2024-01';
    draft.riskAnalysisDoneOn = '2024-02-30';
    draft.milestones = [{ key: 'a', title: ' ', dueOn: '', doneOn: '' }];
    draft.costShifts = [{ key: 'b', bearingOrgUnitId: '', year: '2030', amount: '', description: '' }];
    const fields = parseDraft(draft, { years, fromStatus: 'proposed' }).errors.map(
      (e) => `${e.field}:${e.code}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'code:required',
        'title:required',
        'endMonth:endBeforeStart',
        'effects.2024.operating:amount',
        'investment:amount',
        'riskAnalysisDoneOn:date',
        'milestones.0.title:required',
        'costShifts.0.bearingOrgUnitId:required',
        'costShifts.0.year:year',
        'costShifts.0.amount:required',
      ]),
    );
  });

  it('offers genomförs/genomförd only after beslutad', () => {
    // Issue 12: beslutad and utgår only through "Registrera beslut", unless the measure already is.
    expect(allowedStatuses('proposed')).toEqual(['proposed', 'prepared']);
    expect(allowedStatuses('cancelled')).toEqual(['proposed', 'prepared', 'cancelled']);
    expect(allowedStatuses('decided')).toContain('done');
    const draft = draftFromInput(newMeasureInput(unit));
    draft.status = 'done';
    expect(parseDraft(draft, { years, fromStatus: 'proposed' }).errors).toContainEqual({
      field: 'status',
      code: 'status',
    });
  });
});
