import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AMOUNT_BOUND_MESSAGE } from '../../shared/money';
import { parseDelimited } from './csv';
import { readReportsCsv } from './read-reports-csv';

const HEADER = 'Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar';

describe('the follow-up CSV', () => {
  it('reads the example file: 87 reports in whole kronor', () => {
    const text = readFileSync(
      path.resolve(import.meta.dirname, '../../../demo/exempel-uppfoljning-2024.csv'),
      'utf8',
    );
    const { lines, errors } = readReportsCsv(text);
    expect(errors).toEqual([]);
    expect(lines).toHaveLength(87);
    expect(lines[0]).toEqual({
      line: 2,
      code: 'HS-01',
      period: '2024-04',
      outcomeYtd: 6_133_000,
      forecastYear: 18_400_000,
      status: 'green',
      comment: null,
    });
    const sum = (period: string) =>
      lines.filter((l) => l.period === period).reduce((total, l) => total + (l.forecastYear ?? 0), 0);
    expect([sum('2024-04'), sum('2024-08'), sum('2024-12')]).toEqual([337_000_000, 310_700_000, 337_000_000]);
  });

  it('reports every problem with its line, and reads nothing from a broken file', () => {
    const text = [
      HEADER,
      'HS-01;2024-04;1 000;2 000,5;grön;ok',
      ';2024-04;1;2;gul;',
      'HS-02;2024-13;1;2;gul;',
      'HS-03;2024-04;tusen;2;gul;',
      'HS-04;2024-04;1;2;lila;',
      'HS-01;2024-04;1;2;röd;"dubbel; rad"',
    ].join('\n');
    const { lines, errors } = readReportsCsv(text);
    expect(lines).toEqual([]);
    expect(errors).toEqual([
      { line: 3, message: 'Kod saknas' },
      { line: 4, message: 'Perioden "2024-13" ska skrivas ÅÅÅÅ-MM' },
      { line: 5, message: 'Utfall: "tusen" är inte ett belopp' },
      { line: 6, message: 'Status "lila" finns inte; använd grön, gul, röd, genomförd, utgår' },
      { line: 7, message: 'HS-01 har redan en rapport för 2024-04 på rad 2' },
    ]);
  });

  it('refuses a NUL byte or a lone surrogate in any cell, naming its line and column (issue 11)', () => {
    const head = 'Kod;Period;Utfall (tkr);Prognos (tkr);Status;Kommentar';
    const parsed = readReportsCsv(
      `${head}\nHS-01;2024-09;1;2;grön;ok\u0000\nHS-02\uDC00;2024-09;1;2;grön;\n`,
    );
    expect(parsed.lines).toEqual([]);
    expect(parsed.errors).toEqual([
      {
        line: 2,
        message: 'Kolumnen Kommentar: Texten innehåller ett NUL-tecken (U+0000), som inte är tillåtet',
      },
      {
        line: 3,
        message: 'Kolumnen Kod: Texten innehåller ett ensamt surrogattecken (U+DC00), som inte är tillåtet',
      },
    ]);
  });

  it('names a missing column and an empty file', () => {
    expect(readReportsCsv('Kod;Period;Status\nHS-01;2024-04;grön').errors).toEqual([
      { line: 1, message: 'Rubrikraden saknar kolumnen Prognos' },
    ]);
    expect(readReportsCsv('').errors).toEqual([{ line: 1, message: 'Filen är tom' }]);
    expect(readReportsCsv(`${HEADER}\n`).errors).toEqual([
      { line: 1, message: 'Filen har inga rapporter under rubrikraden' },
    ]);
  });

  it('understands mnkr headers, empty outcome, BOM, CRLF and quoted fields with line breaks', () => {
    const text = `\uFEFFKod;Period;Utfall (mnkr);Prognos (mnkr);Status;Kommentar\r\nHS-01;2024-08;;1,5;Gul;"två\r\nrader; och ""citat"""\r\n`;
    const { lines, errors } = readReportsCsv(text);
    expect(errors).toEqual([]);
    expect(lines).toEqual([
      {
        line: 2,
        code: 'HS-01',
        period: '2024-08',
        outcomeYtd: null,
        forecastYear: 1_500_000,
        status: 'yellow',
        comment: 'två\r\nrader; och "citat"',
      },
    ]);
  });

  it('counts lines across quoted line breaks and refuses an unterminated quote', () => {
    expect(parseDelimited('a;"b\nc"\nd;e').map((r) => r.line)).toEqual([1, 3]);
    expect(() => parseDelimited('a;"b\nc')).toThrow('Rad 1: citattecknet som börjar här avslutas aldrig');
  });

  it('refuses an outcome or forecast beyond ±10^12 kr at its line (issue 11)', () => {
    const text = [
      HEADER,
      'HS-01;2024-04;1 000 000 000;−1 000 000 000;grön;',
      'HS-02;2024-04;1 000 000 000,001;1;gul;',
      'HS-03;2024-04;1;−29 000 000 000;röd;',
    ].join('\n');
    const { lines, errors } = readReportsCsv(text);
    expect(lines).toEqual([]);
    expect(errors).toEqual([
      { line: 3, message: `Utfall: ${AMOUNT_BOUND_MESSAGE}` },
      { line: 4, message: `Prognos: ${AMOUNT_BOUND_MESSAGE}` },
    ]);
  });
});
