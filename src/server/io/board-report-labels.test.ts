import { describe, expect, it } from 'vitest';
import { boardReportFixture } from './board-report-fixture.test-support';
import {
  figureText,
  lastReportedText,
  measureStatusText,
  publishedText,
  readAtText,
  scopeText,
  shareText,
} from './board-report-labels';

const S = '\u00a0';
const M = '\u2212';

describe('board report labels', () => {
  it('formats kronor in mnkr and ratios as percent, Swedish style', () => {
    const report = boardReportFixture({ measures: 2 });
    const figures = { ...report.figures, target: 500_000_000, deviation: -189_300_000, staleShare: 0.0664 };
    expect(figureText(figures, 'target')).toBe(`500,0${S}mnkr`);
    expect(figureText(figures, 'deviation')).toBe(`${M}189,3${S}mnkr`);
    expect(figureText(figures, 'staleShare')).toBe(`6,6${S}%`);
    expect(figureText({ ...figures, target: null }, 'target')).toBe('–');
    expect(shareText(0)).toBe(`0,0${S}%`);
    expect(shareText(1)).toBe(`100,0${S}%`);
    expect(shareText(-0.0004)).toBe(`0,0${S}%`);
  });

  it('says when the figures were read, and for whom the report was published', () => {
    const report = boardReportFixture({ measures: 1, published: true });
    expect(readAtText(report)).toBe('Uttaget 2024-09-05 14:30');
    expect(readAtText({ ...report, asOf: '2024-08-31T21:59:00.000Z' })).toBe('Per 2024-08-31 23:59');
    expect(publishedText(report)).toBe(
      'Publicerad 2024-09-10 för Regionstyrelsen, sammanträde 2024-09-17, av Karin Åström',
    );
    expect(publishedText({ ...report, published: null })).toBeNull();
    expect(scopeText(report)).toBe('Region Norrbotten / Hälso- och sjukvårdsförvaltningen');
    expect(scopeText({ ...report, unit: { ...report.unit, path: 'Annan' } })).toBe(
      'Region Norrbotten · Annan',
    );
  });

  it('names a measure’s status and marks stale data', () => {
    const [measure] = boardReportFixture({ measures: 1 }).measures;
    if (!measure) throw new Error('no measure');
    expect(measureStatusText({ ...measure, status: null, measureStatus: 'decided' })).toBe('ingen rapport');
    expect(measureStatusText({ ...measure, status: 'yellow', measureStatus: 'cancelled' })).toBe(
      'gul (utgår)',
    );
    expect(lastReportedText({ ...measure, lastReported: '2024-04', stale: true })).toBe(
      '2024-04 · inaktuellt',
    );
    expect(lastReportedText({ ...measure, lastReported: null, stale: false })).toBe('–');
  });
});
