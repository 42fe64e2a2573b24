import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeWorkbook } from './fixtures/make-fixtures';
import { readPlanWorkbook } from './read-plan-workbook';

async function readFixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(`./fixtures/${name}`, import.meta.url)));
}

const UNREADABLE = {
  cell: 'Arbetsbok',
  message:
    'Filen kan inte läsas som en Excel-fil (.xlsx). Spara den i Excel som "Excel-arbetsbok (*.xlsx)" och försök igen',
};

describe('readPlanWorkbook problems in rows', () => {
  it('reports every problem of the file with its exact cell, and keeps only the sound rows', async () => {
    const parsed = await readPlanWorkbook(await readFixture('many-errors.xlsx'));
    const choices = 'känns inte igen; använd';
    const notMonth = 'är ingen månad; skriv en månad som ÅÅÅÅ-MM, t.ex. 2024-01';
    expect(parsed.errors.map((e) => [e.cell, e.message])).toEqual([
      ['Åtgärder!J3', `Start: talet 2024 ${notMonth}`],
      ['Åtgärder!L3', 'Drift 2024: "abc" är inte ett belopp'],
      ['Åtgärder!D4', `Kategori: texten "akut" ${choices} omedelbar, anpassande eller strategisk`],
      [
        'Åtgärder!E4',
        `Besparingstyp: texten "sparande" ${choices} effektivisering, ransonering, utjämning av omotiverade kostnadsskillnader eller generell besparing`,
      ],
      [
        'Åtgärder!F4',
        `Status: texten "klar" ${choices} förslag, beredd, beslutad, genomförs, genomförd eller utgår`,
      ],
      ['Åtgärder!G4', `Periodicitet: texten "vecka" ${choices} månad, tertial, delår eller år`],
      ['Åtgärder!H5', 'Genomförbarhet måste vara 1, 2 eller 3, inte talet 0'],
      ['Åtgärder!H6', 'Genomförbarhet måste vara 1, 2 eller 3, inte talet 4'],
      ['Åtgärder!I6', 'Tillfällig: texten "kanske" känns inte igen; skriv ja eller nej'],
      ['Åtgärder!A7', 'Koden HS-01 finns redan på rad 2'],
      ['Åtgärder!A8', 'Kod saknas; varje åtgärd behöver en kod'],
      [
        'Åtgärder!C8',
        'Enhet: "Region // Vård" har en tom nivå; skriv enheterna uppifrån med / emellan, t.ex. Region / Förvaltning',
      ],
      ['Åtgärder!B9', 'Åtgärd saknas; skriv vad åtgärden går ut på'],
      ['Åtgärder!C9', 'Enhet saknas; fyll i enheten eller ange en standardenhet i bladet Inställningar'],
      ['Åtgärder!K10', 'Slut (2024-01) ligger före Start (2024-06)'],
      ['Åtgärder!H11', 'Genomförbarhet måste vara 1, 2 eller 3, inte talet 2,5'],
      ['Åtgärder!L11', 'Drift 2024: sanningsvärdet SANT är inte ett belopp; skriv ett tal i tkr'],
      ['Åtgärder!M11', 'Investering: felvärdet #REF! är inte ett belopp; skriv ett tal i tkr'],
      ['Åtgärder!H12', 'Genomförbarhet måste vara 1, 2 eller 3, inte texten "hög"'],
      ['Åtgärder!J12', `Start: texten "2024-13" ${notMonth}`],
      ['Åtgärder!L12', 'Drift 2024: datumet 2024-01-05 är inte ett belopp; skriv ett tal i tkr'],
      ['Åtgärder!A13', 'Kod: texten är för lång (51 tecken, högst 50)'],
      ['Åtgärder!L14', 'Drift 2024: "1.234" är tvetydigt: skriv decimaler med komma (1 234,5)'],
      ['Åtgärder!M14', 'Investering: talet 1e+300 är ett orimligt stort belopp'],
    ]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.rows.map((r) => r.code)).toEqual(['HS-01']);
    expect(parsed.rows[0]?.effects).toEqual([{ year: 2024, costType: 'operating', amount: 100_000 }]);
  });

  it('reports header problems and warns about unknown columns', async () => {
    const parsed = await readPlanWorkbook(await readFixture('header-problems.xlsx'));
    expect(parsed.errors).toEqual([
      { cell: 'Åtgärder', message: 'Kolumnen "Kod" saknas i rubrikraden (rad 1)' },
      {
        cell: 'Åtgärder',
        message:
          'Kolumnen "Enhet" saknas i rubrikraden (rad 1); lägg till den eller ange Enhet i bladet Inställningar',
      },
      { cell: 'Åtgärder!C1', message: 'Kolumnen "Drift 2024 (mnkr)" finns redan i kolumn B' },
      { cell: 'Åtgärder!D1', message: 'Kolumnen "Personal 1999": året måste vara mellan 2000 och 2100' },
      {
        cell: 'Åtgärder!E1',
        message:
          'Kolumnen "Intäkt 2024 (kkr)": enheten "kkr" känns inte igen; använd (tkr), (mnkr) eller (kr)',
      },
    ]);
    expect(parsed.warnings).toEqual([
      { cell: 'Åtgärder!F1', message: 'Kolumnen "Foo" känns inte igen och ignoreras' },
      { cell: 'Åtgärder!G1', message: 'Kolumnen "Kommentar (fritext)" känns inte igen och ignoreras' },
    ]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.years).toEqual([2024]);
  });

  it('says so when the sheet Åtgärder is missing', async () => {
    const parsed = await readPlanWorkbook(await readFixture('missing-sheet.xlsx'));
    expect(parsed.errors).toEqual([{ cell: 'Åtgärder', message: 'Bladet "Åtgärder" saknas i filen' }]);
    expect(parsed.rows).toEqual([]);
  });
});

describe('readPlanWorkbook on files that are not workbooks', () => {
  it.each(['csv-renamed.xlsx', 'pdf-renamed.xlsx', 'empty.xlsx', 'truncated.xlsx'])(
    'gives one readable error for %s',
    async (name) => {
      const parsed = await readPlanWorkbook(await readFixture(name));
      expect(parsed.errors).toEqual([UNREADABLE]);
      expect(parsed.rows).toEqual([]);
      expect(parsed.warnings).toEqual([]);
    },
  );

  it('never throws or hangs, whatever happens to the bytes of a real workbook', async () => {
    const original = await readFixture('cell-kinds.xlsx');
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(original.length) }),
      fc.record({
        kind: fc.constant('flip' as const),
        edits: fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (change) => {
        const bytes = change.kind === 'cut' ? original.slice(0, change.at) : original.slice();
        if (change.kind === 'flip') for (const [at, value] of change.edits) bytes[at] = value;
        const parsed = await readPlanWorkbook(bytes);
        expect(Array.isArray(parsed.errors)).toBe(true);
        for (const issue of [...parsed.errors, ...parsed.warnings])
          expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws for random bytes, with or without zip signatures at both ends', async () => {
    const start = [0x50, 0x4b, 0x03, 0x04];
    const end = [0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)];
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (random, asZip) => {
        const bytes = asZip ? new Uint8Array([...start, ...random, ...end]) : random;
        const parsed = await readPlanWorkbook(bytes);
        expect(parsed.errors).toEqual([UNREADABLE]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('readPlanWorkbook on a large file', () => {
  let dir: string;
  let bytes: Uint8Array;
  const rows = 3000;
  const descriptionLength = 9000;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'balans-large-plan-'));
    const file = join(dir, 'large.xlsx');
    await writeFile(file, new Uint8Array(await largeWorkbook(rows, descriptionLength).xlsx.writeBuffer()));
    bytes = new Uint8Array(await readFile(file));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('parses a ~20 MB workbook completely', async () => {
    expect(bytes.length).toBeGreaterThan(18 * 1024 * 1024);
    const parsed = await readPlanWorkbook(bytes);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(rows);
    expect(parsed.years).toEqual([2024, 2025]);
    const last = parsed.rows[rows - 1];
    expect(last?.code).toBe(`L-${rows}`);
    expect(last?.description).toHaveLength(descriptionLength);
    expect(last?.unitPath).toEqual(['Region', `Enhet ${rows % 50}`]);
    expect(last?.effects).toEqual([
      { year: 2024, costType: 'operating', amount: rows * 1000 },
      { year: 2025, costType: 'personnel', amount: -rows * 1000 },
    ]);
  });

  it('refuses a file above maxBytes before parsing it', async () => {
    const parsed = await readPlanWorkbook(bytes, { maxBytes: 10 * 1024 * 1024 });
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.cell).toBe('Arbetsbok');
    expect(parsed.errors[0]?.message).toMatch(
      /^Filen är för stor \(\d+,\d MB\); största tillåtna storlek är 10,0 MB$/,
    );
  });
});
