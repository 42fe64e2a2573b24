import { describe, expect, it } from 'vitest';
import type { TReport } from '../../../shared/schemas/report';
import {
  errorsFromDetails,
  initialValues,
  isPastDeadline,
  parseValues,
  progressOf,
  rowState,
  sameValues,
  submissionErrors,
} from './report-form';

const report = (over: Partial<TReport> = {}): TReport => ({
  id: 'r',
  measureId: 'm',
  period: '2024-08',
  outcomeYtd: 13_347_000,
  forecastYear: 20_020_000,
  status: 'red',
  comment: 'Sen start',
  isDraft: false,
  isUnchanged: false,
  reportedByName: 'Chef',
  reportedAt: '2024-09-02T10:00:00.000Z',
  version: 1,
  ...over,
});

describe('the report form', () => {
  it('prefills last period’s values (not its comment) when nothing is reported yet', () => {
    expect(initialValues({ current: null, previous: report() })).toEqual({
      outcome: '13\u00a0347',
      forecast: '20\u00a0020',
      status: 'red',
      comment: '',
    });
    expect(initialValues({ current: report({ comment: 'Nu' }), previous: null }).comment).toBe('Nu');
    expect(initialValues({ current: null, previous: null })).toEqual({
      outcome: '',
      forecast: '',
      status: 'green',
      comment: '',
    });
  });

  it('parses tkr into kronor and names a bad amount at its field', () => {
    expect(parseValues({ outcome: '1 234,5', forecast: '', status: 'green', comment: ' ' })).toEqual({
      ok: true,
      input: { outcomeYtd: 1_234_500, forecastYear: null, status: 'green', comment: null },
    });
    const bad = parseValues({ outcome: 'x', forecast: '1', status: 'green', comment: '' });
    expect(bad.ok ? {} : bad.errors).toEqual({ outcomeYtd: '"x" är inte ett belopp' });
  });

  it('mirrors the server’s checks of a submitted report', () => {
    const v = { outcome: '1', forecast: '1 000', status: 'green' as const, comment: '' };
    expect(submissionErrors(v, 1_000_000, 100)).toEqual({});
    expect(submissionErrors({ ...v, forecast: '1 101' }, 1_000_000, 100).comment).toContain('10 %');
    expect(submissionErrors({ ...v, forecast: '1 100' }, 1_000_000, 100)).toEqual({});
    expect(submissionErrors({ ...v, status: 'red' }, 1_000_000, 100)).toEqual({
      comment: 'Status röd kräver en kommentar',
    });
    expect(submissionErrors({ ...v, status: 'red', comment: 'Därför' }, 1_000_000, 100)).toEqual({});
    expect(submissionErrors({ ...v, forecast: '' }, 1_000_000, 100)).toEqual({
      forecastYear: 'Ange prognos för helåret',
    });
    expect(submissionErrors({ ...v, forecast: '', status: 'cancelled' }, 0, 100)).toEqual({});
  });

  it('maps the server’s details to fields', () => {
    expect(
      errorsFromDetails([
        { field: 'comment', message: 'a' },
        { field: 'period', message: 'b' },
        { message: 'c' },
      ]),
    ).toEqual({ fields: { comment: 'a' }, other: ['b', 'c'] });
  });

  it('states, progress, deadline and sameness', () => {
    expect(rowState(null)).toBe('notReported');
    expect(rowState(report({ isDraft: true }))).toBe('draft');
    expect(rowState(report())).toBe('reported');
    expect(rowState(report({ isUnchanged: true }))).toBe('unchanged');
    expect(
      progressOf([{ current: report() }, { current: report({ isDraft: true }) }, { current: null }]),
    ).toEqual({ reported: 1, total: 3 });
    expect(isPastDeadline('2024-09-10', '2024-09-10')).toBe(false);
    expect(isPastDeadline('2024-09-10', '2024-09-11')).toBe(true);
    const v = { outcome: '1', forecast: '2', status: 'green' as const, comment: 'a' };
    expect(sameValues(v, { ...v, comment: 'a ' })).toBe(true);
    expect(sameValues(v, { ...v, forecast: '3' })).toBe(false);
  });
});
