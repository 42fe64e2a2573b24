import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { boardReportFixture } from '../../board-report-fixture.test-support';
import { figureLabels, figureText } from '../../board-report-labels';
import { reportFigures } from './board-report-charts';
import { renderBoardReportPdf } from './render-board-report-pdf';

const dir = mkdtempSync(path.join(tmpdir(), 'board-report-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });
/** pdftotext's pages (form feeds between them), with no-break spaces as plain spaces. */
const pagesOf = (file: string) =>
  run('pdftotext', ['-layout', file, '-'])
    .replace(/\u00a0/g, ' ')
    .split('\f');
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** Painting operators (text, paths) outside any marked-content sequence, over all content streams. */
function unmarkedPainting(bytes: Uint8Array): { streams: number; unmarked: number } {
  const raw = Buffer.from(bytes).toString('latin1');
  let streams = 0;
  let unmarked = 0;
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    if (!/^BT$/m.test(content)) continue;
    streams++;
    let depth = 0;
    for (const line of content.split('\n').map((l) => l.trim())) {
      if (/B[DM]C$/.test(line)) depth++;
      else if (line === 'EMC') depth--;
      else if (depth === 0 && (/(Tj|TJ| re)$/.test(line) || ['f', 'S', 'f*', 'B'].includes(line))) unmarked++;
    }
  }
  return { streams, unmarked };
}

describe('renderBoardReportPdf', () => {
  it('is a tagged A4 PDF in Swedish with the key figures, every code, the running header and page numbers', async () => {
    const report = boardReportFixture({ measures: 12, published: true });
    const file = await write('small.pdf', await renderBoardReportPdf(report));
    const info = run('pdfinfo', [file]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Nämndrapport 2024-08 – Hälso- och sjukvårdsförvaltningen/);
    const pages = pagesOf(file).filter((page) => page.trim() !== '');
    const text = pages.join('\n');
    for (const { key, label } of figureLabels(report.year)) {
      expect(text).toMatch(new RegExp(`${label}\\s+${plain(figureText(report.figures, key))}`));
    }
    expect(text).toContain('Mål 2024');
    expect(text).toMatch(/500,0 mnkr/);
    for (const measure of report.measures) expect(text).toContain(measure.code);
    pages.forEach((page, index) => {
      expect(page).toContain('Region Norrbotten / Hälso- och sjukvårdsförvaltningen');
      expect(page).toContain('Period 2024-08');
      expect(page).toContain('Uttaget 2024-09-05 14:30');
      expect(page).toContain('Publicerad 2024-09-10 för Regionstyrelsen');
      expect(page).toContain(`Sida ${index + 1} av ${pages.length}`);
    });
    for (const heading of [
      'Nyckeltal',
      'Diagram',
      'Analys och kommentarer per enhet',
      'Åtgärder per enhet',
      'Att uppmärksamma',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Åtgärdsbeting som inte accepterats');
    expect(text).toContain('Periodens beslut');
    expect(text).toContain('Uppdrag efter förfallodag');
  });

  it('has a structure tree of headings, tables with header cells and figures with alternative text', async () => {
    const report = boardReportFixture({ measures: 12 });
    const bytes = await renderBoardReportPdf(report);
    const file = await write('struct.pdf', bytes);
    const tree = run('pdfinfo', ['-struct', file]);
    expect(tree.split('\n')[0]).toBe('Document');
    expect(tree).toMatch(/^ {2}H1\b/m);
    expect(tree).toMatch(/^ {2}H2\b/m);
    expect(tree).toMatch(/^ {2}H3\b/m);
    expect(tree).toMatch(/^ {2}Table\b/m);
    expect(tree).toMatch(/TH:\s+\/Scope \/Column/);
    expect(tree).toMatch(/^ {2}Figure\b/m);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain('/Lang (sv-SE)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw.split('/Alt (').length - 1).toBe(reportFigures(report).length);
    // Everything painted is either in the structure tree or an artifact.
    const painting = unmarkedPainting(bytes);
    expect(painting.streams).toBe(Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]));
    expect(painting.unmarked).toBe(0);
  });

  it('says "Per" and the instant for a report as of an instant', async () => {
    const report = boardReportFixture({ measures: 3, asOf: '2024-08-31T21:59:00.000Z' });
    const file = await write('asof.pdf', await renderBoardReportPdf(report));
    const text = pagesOf(file).join('\n');
    expect(text).toContain('Per 2024-08-31 23:59');
    expect(text).not.toContain('Uttaget');
    expect(text).not.toContain('Publicerad');
  });

  it('breaks 300 measures over pages with the table header on every page of the table, and renders to PNG', async () => {
    const report = boardReportFixture({ measures: 300 });
    const file = await write('large.pdf', await renderBoardReportPdf(report));
    const pageCount = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))?.[1]);
    expect(pageCount).toBeGreaterThan(10);
    const pages = pagesOf(file).filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(pageCount);
    const text = pages.join('\n');
    for (const measure of report.measures) expect(text).toContain(measure.code);
    // A page with table rows of measures (a code first on its line) carries the header row of its table.
    const tablePages = pages.filter((page) => /^\s*HS-\d{3}\s{2,}/m.test(page));
    expect(tablePages.length).toBeGreaterThan(8);
    for (const page of tablePages) expect(page).toMatch(/Kod\s+Åtgärd\s+Ansvarig\s/);
    const measurePages = pages.filter((page) =>
      /Kod\s+Åtgärd\s+Ansvarig\s+Planerat\s+Utfall\s+Prognos/.test(page),
    );
    for (const page of measurePages) expect(page).toMatch(/Senast\s/);
    const prefix = path.join(dir, 'large');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '6', file, prefix]);
    expect(readdirSync(dir).filter((name) => name.startsWith('large') && name.endsWith('.png'))).toHaveLength(
      6,
    );
  });

  it('writes alternative texts as sentences with the numbers of each chart', () => {
    const report = boardReportFixture({ measures: 6 });
    const [units, history, pyramid, waterfall] = reportFigures(report).map((figure) => figure.alt);
    expect(plain(units ?? '')).toContain('Närsjukvård Östra: sparbeting 150,0 mnkr');
    expect(plain(history ?? '')).toMatch(/^Linjediagram, prognos och utfall per period 2024-01–2024-08\./);
    expect(plain(pyramid ?? '')).toContain('effektivisering: planerad nivå 210,0 mnkr, prognos 160,0 mnkr');
    expect(plain(waterfall ?? '')).toContain('Åtgärdernas prognos +310,7 mnkr');
    expect(reportFigures(boardReportFixture({ measures: 1, waterfall: false }))).toHaveLength(3);
  });
});
