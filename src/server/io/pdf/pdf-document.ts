/**
 * A4 PDF documents for reports, with PDFKit and the DejaVu Sans TrueType fonts shipped by the npm package
 * `dejavu-fonts-ttf` (decision 0010): embedded and subset, so å, ä, ö and the minus sign U+2212 print the same
 * on every machine, whatever fonts the system has.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

export const PDF_CONTENT_TYPE = 'application/pdf';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

let fontFiles: Record<keyof typeof FONT, Buffer> | undefined;

/** The font files, read once per process (about 1 MB together). */
function fonts(): Record<keyof typeof FONT, Buffer> {
  fontFiles ??= {
    regular: readFileSync(path.join(FONT_DIR, `${FONT.regular}.ttf`)),
    bold: readFileSync(path.join(FONT_DIR, `${FONT.bold}.ttf`)),
  };
  return fontFiles;
}

export const MARGIN = 40;
/** Room below the bottom margin for the running footer. */
const FOOTER_OFFSET = 24;

export const COLORS = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#b0b7c3',
  headerFill: '#dce6f1',
  keyFill: '#f2f5f9',
  series: ['#1f4e79', '#c55a11', '#2e7d32', '#6a1b9a', '#7f6000'],
} as const;

export interface PdfInfo {
  title: string;
  subject: string;
  /** ISO instant; also the document's creation date, so the same content gives the same file. */
  createdAt: string;
}

export interface PdfLayout {
  /** Tagged for accessibility (PDF 1.7, a structure tree; see decision 0013). Default false. */
  tagged?: boolean;
  /** The top margin, room for a running header above the content. Default MARGIN. */
  top?: number;
}

/**
 * A landscape A4 document in Swedish with the DejaVu fonts registered as `regular` and `bold`; the left,
 * right and bottom margins are MARGIN.
 */
export function createPdf(info: PdfInfo, layout: PdfLayout = {}): PDFKit.PDFDocument {
  const files = fonts();
  const tagged = layout.tagged === true;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: layout.top ?? MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    ...(tagged ? { tagged: true, pdfVersion: '1.7' as const } : {}),
    autoFirstPage: true,
    lang: 'sv-SE',
    displayTitle: true,
    // A path to the TrueType file: PDFKit then never loads its built-in Helvetica, which has no U+2212.
    font: path.join(FONT_DIR, `${FONT.regular}.ttf`),
    info: {
      Title: info.title,
      Subject: info.subject,
      Author: 'Balans',
      Creator: 'Balans',
      CreationDate: new Date(info.createdAt),
    },
  });
  // Registered under their PostScript names, which is where PDFKit 0.20 caches an open font: a font registered
  // under another name ('regular') is parsed again (700 kB) on every doc.font() once a font of the same
  // PostScript name is open, as the constructor's is. The drawing code's 'regular' and 'bold' are aliases.
  doc.registerFont(FONT.regular, files.regular);
  doc.registerFont(FONT.bold, files.bold);
  const open = doc.font.bind(doc) as (src: unknown, family?: unknown, size?: unknown) => PDFKit.PDFDocument;
  doc.font = ((src: unknown, family?: unknown, size?: unknown) =>
    open(src === 'regular' || src === 'bold' ? FONT[src] : src, family, size)) as typeof doc.font;
  doc.font('regular').fillColor(COLORS.text);
  return doc;
}

/**
 * Draws on every page once all pages exist (`draw(index, count)`), outside the margins: running headers and
 * footers. In a tagged document they are marked as pagination artifacts, which screen readers skip.
 */
export function onEveryPage(
  doc: PDFKit.PDFDocument,
  draw: (index: number, count: number) => void,
  tagged = false,
): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const { top, bottom } = doc.page.margins;
    // Text outside the margins would make PDFKit start a new page; lift them while writing.
    doc.page.margins.bottom = 0;
    doc.page.margins.top = 0;
    if (tagged) doc.markContent('Artifact', { type: 'Pagination' });
    draw(index, count);
    if (tagged) doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
    doc.page.margins.top = top;
  }
  doc.fillColor(COLORS.text);
}

/** `footer` at the left and `Sida n av m` at the right of every page, once all pages exist. */
export function addFooters(doc: PDFKit.PDFDocument, footer: string, tagged = false): void {
  onEveryPage(
    doc,
    (index, count) => {
      const y = doc.page.height - MARGIN + FOOTER_OFFSET - 12;
      const width = doc.page.width - 2 * MARGIN;
      doc.font('regular').fontSize(8).fillColor(COLORS.muted);
      doc.text(footer, MARGIN, y, { width: width - 80, lineBreak: false, ellipsis: true });
      doc.text(`Sida ${index + 1} av ${count}`, MARGIN, y, { width, align: 'right', lineBreak: false });
    },
    tagged,
  );
}

/** Ends the document and resolves with its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** The y below which content must not go on the current page. */
export function pageBottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}
