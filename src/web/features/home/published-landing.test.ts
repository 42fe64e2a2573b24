import { describe, expect, it } from 'vitest';
import { isReaderOnly, landingReport } from './published-landing';

const item = (id: string, unitId: string, publishedAt: string) => ({
  id,
  planId: 'p',
  unitId,
  unitPath: unitId,
  period: '2024-08',
  body: null,
  meetingDate: null,
  publishedAt,
  byName: 'Controller',
});

describe('the reader landing', () => {
  it('is for those whose every role only reads', () => {
    expect(isReaderOnly([{ role: 'reader' }])).toBe(true);
    expect(isReaderOnly([{ role: 'reader' }, { role: 'manager' }])).toBe(false);
    expect(isReaderOnly([{ role: 'auditor' }])).toBe(false);
    expect(isReaderOnly([])).toBe(false);
  });

  it('opens the newest report of a unit the reader holds a role on, else the newest of all', () => {
    const reports = [
      item('old-own', 'top', '2024-05-20T10:00:00Z'),
      item('new-other', 'division', '2024-10-01T10:00:00Z'),
      item('new-own', 'top', '2024-09-18T10:00:00Z'),
    ];
    expect(landingReport(reports, ['top'])?.id).toBe('new-own');
    expect(landingReport(reports, ['elsewhere'])?.id).toBe('new-other');
    expect(landingReport([], ['top'])).toBeUndefined();
  });
});
