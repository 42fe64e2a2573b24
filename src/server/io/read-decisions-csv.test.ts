import { describe, expect, it } from 'vitest';
import { readDecisionsCsv } from './read-decisions-csv';

const HEADER = 'Organ;Sammanträde;Paragraf;Typ;Text;Åtgärder;Förfallodag;Protokoll;Status';

describe('the decisions CSV', () => {
  it('reads kinds, codes, statuses and quoted text, with or without a BOM', () => {
    const text =
      `\uFEFF${HEADER}\r\n` +
      'Regionstyrelsen;2024-02-13;§ 5;Beslut;"Text; med semikolon";HS-01, HS-02,HS-01;;https://x.se/p.pdf;utgår\r\n' +
      'Regionstyrelsen;2024-02-13;§ 6;uppdrag;Redovisa;;2024-06-30;;redovisat\r\n' +
      'Nämnden;2024-03-01;;information;Antecknas;;;;\r\n' +
      'Nämnden;2024-03-01;;beslut;Beslut utan åtgärder;;;;\r\n';
    const { lines, errors } = readDecisionsCsv(text);
    expect(errors).toEqual([]);
    expect(lines.map((l) => [l.line, l.kind, l.codes, l.measureStatus, l.assignmentStatus])).toEqual([
      [2, 'decision', ['HS-01', 'HS-02'], 'cancelled', null],
      [3, 'assignment', [], null, 'done'],
      [4, 'noted', [], null, null],
      [5, 'decision', [], null, null],
    ]);
    expect(lines[0]).toMatchObject({
      text: 'Text; med semikolon',
      attachmentUrl: 'https://x.se/p.pdf',
      paragraph: '§ 5',
    });
  });

  it('names every bad line and a missing column, reading nothing', () => {
    expect(readDecisionsCsv('Organ;Typ\nA;beslut\n').errors).toEqual([
      { line: 1, message: 'Rubrikraden saknar kolumnen Sammanträde, Text' },
    ]);
    const { lines, errors } = readDecisionsCsv(
      `${HEADER}\n;2024-02-13;;beslut;T;;;;\nRS;2024-02-13;;information;T;;;;beslutad\nRS;2024-02-13;;beslut;T;A-1;;;pågår\n`,
    );
    expect(lines).toEqual([]);
    expect(errors).toEqual([
      { line: 2, message: 'Organ saknas' },
      { line: 3, message: 'Status anges bara för beslut och uppdrag' },
      { line: 4, message: 'Status "pågår" gäller inte ett beslut; använd beslutad eller utgår' },
    ]);
  });
});
