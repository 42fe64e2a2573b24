/**
 * The board report's page furniture and text blocks: the running header (organisation, unit, period, when
 * the figures were read, publication) and footer (`Sida n av m`) as pagination artifacts, headings H1–H3 and
 * paragraphs as tagged elements, and the rule that a block starts on a new page when it does not fit.
 */
import type { TBoardReport } from '../../../../shared/schemas/board-report';
import { publishedText, readAtText, reportTitle, scopeText } from '../../board-report-labels';
import { COLORS, contentWidth, MARGIN, onEveryPage, pageBottom } from '../pdf-document';
import { type Parent, tag } from '../pdf-tags';

/** Room above the content for the running header. */
export const TOP_MARGIN = 66;

export interface Ctx {
  doc: PDFKit.PDFDocument;
  root: Parent;
  report: TBoardReport;
  /** The bookmark of the current H2, under which H3 bookmarks go. */
  section?: PDFKit.PDFOutline;
}

const HEADING_SIZE = { H1: 17, H2: 13, H3: 10.5 } as const;

/** Starts a new page unless `height` more points fit on this one. */
export function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > pageBottom(doc) && doc.y > doc.page.margins.top + 1) doc.addPage();
}

export function headingHeight(
  doc: PDFKit.PDFDocument,
  level: keyof typeof HEADING_SIZE,
  text: string,
): number {
  doc.font('bold').fontSize(HEADING_SIZE[level]);
  return doc.heightOfString(text, { width: contentWidth(doc) }) + 6;
}

/** A heading, kept with `keep` points of what follows it. */
export function heading(ctx: Ctx, level: keyof typeof HEADING_SIZE, text: string, keep = 40): void {
  const { doc } = ctx;
  ensureRoom(doc, headingHeight(doc, level, text) + keep);
  if (level !== 'H1') doc.y += level === 'H2' ? 8 : 4;
  // Bookmarks: the sections, and the sub-units and lists within them.
  if (level === 'H2') ctx.section = doc.outline.addItem(text);
  else if (level === 'H3') (ctx.section ?? doc.outline).addItem(text);
  tag(doc, ctx.root, level, () => {
    doc.font('bold').fontSize(HEADING_SIZE[level]).fillColor(COLORS.text);
    doc.text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  });
  doc.y += 4;
}

export interface TextStyle {
  size?: number;
  color?: string;
  isBold?: boolean;
  x?: number;
  width?: number;
}

/** A paragraph under `parent` (default the document), from `doc.y`; long ones run onto the next page. */
export function paragraph(ctx: Ctx, text: string, style: TextStyle = {}, parent: Parent = ctx.root): void {
  const { doc } = ctx;
  const x = style.x ?? MARGIN;
  const width = style.width ?? contentWidth(doc);
  tag(doc, parent, 'P', () => {
    doc
      .font(style.isBold ? 'bold' : 'regular')
      .fontSize(style.size ?? 9)
      .fillColor(style.color ?? COLORS.text);
    doc.text(text, x, doc.y, { width });
  });
  doc.fillColor(COLORS.text);
  doc.y += 3;
}

export function paragraphHeight(doc: PDFKit.PDFDocument, text: string, style: TextStyle = {}): number {
  doc
    .font(style.isBold ? 'bold' : 'regular')
    .fontSize(style.size ?? 9)
    .fillColor(style.color ?? COLORS.text);
  return doc.heightOfString(text, { width: style.width ?? contentWidth(doc) }) + 3;
}

/** The running header and footer of every page; call once all pages exist. */
export function drawPageFurniture(ctx: Ctx): void {
  const { doc, report } = ctx;
  const scope = scopeText(report);
  const when = [readAtText(report), publishedText(report)].filter((t): t is string => t !== null).join(' · ');
  const footer = `${reportTitle(report)} · ${report.plan.name}`;
  onEveryPage(
    doc,
    (index, count) => {
      const width = doc.page.width - 2 * MARGIN;
      doc.font('bold').fontSize(9).fillColor(COLORS.text);
      doc.text(scope, MARGIN, 22, { width: width - 110, height: 12, ellipsis: true });
      doc.text(`Period ${report.period}`, MARGIN, 22, { width, align: 'right', lineBreak: false });
      doc.font('regular').fontSize(8).fillColor(COLORS.muted);
      doc.text(when, MARGIN, 35, { width, height: 11, ellipsis: true });
      doc
        .moveTo(MARGIN, 50)
        .lineTo(MARGIN + width, 50)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
      const y = doc.page.height - MARGIN + 12;
      doc.font('regular').fontSize(8).fillColor(COLORS.muted);
      doc.text(footer, MARGIN, y, { width: width - 90, height: 11, ellipsis: true });
      doc.text(`Sida ${index + 1} av ${count}`, MARGIN, y, { width, align: 'right', lineBreak: false });
    },
    ctx.root !== undefined,
  );
}
