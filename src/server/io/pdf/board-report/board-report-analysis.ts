/**
 * Per sub-unit: its key figures in a line, the controller's analysis on the left and the managers' compiled
 * comments on the right. Two columns that do not fit on one page are printed one after the other instead.
 */
import { formatSwedishDate } from '../../../../shared/date-format';
import type { TReportUnit } from '../../../../shared/schemas/board-report';
import { mnkrText } from '../../board-report-labels';
import { COLORS, contentWidth, MARGIN, pageBottom } from '../pdf-document';
import {
  type Ctx,
  ensureRoom,
  heading,
  paragraph,
  paragraphHeight,
  type TextStyle,
} from './board-report-page';

const GAP = 24;

interface Block {
  text: string;
  style: TextStyle;
}

function analysisBlocks(unit: TReportUnit): Block[] {
  const label = { text: 'Controllerns analys', style: { isBold: true, size: 9 } };
  if (!unit.analysis)
    return [label, { text: 'Ingen analys är skriven för perioden.', style: { color: COLORS.muted } }];
  return [
    label,
    { text: unit.analysis.text, style: {} },
    {
      text: `${unit.analysis.byName}, ${formatSwedishDate(unit.analysis.at)}`,
      style: { size: 8, color: COLORS.muted },
    },
  ];
}

function commentBlocks(unit: TReportUnit): Block[] {
  const label = { text: 'Chefernas kommentarer', style: { isBold: true, size: 9 } };
  if (unit.comments.length === 0) {
    return [label, { text: 'Inga kommentarer i periodens rapporter.', style: { color: COLORS.muted } }];
  }
  return [
    label,
    ...unit.comments.map((c) => ({ text: `${c.code}: ${c.comment} (${c.byName})`, style: { size: 8.5 } })),
  ];
}

export function unitSummaryLine(unit: TReportUnit): string {
  return [
    `Sparbeting ${mnkrText(unit.target)}`,
    `Prognos ${mnkrText(unit.forecast)}`,
    `Avvikelse mot målet ${mnkrText(unit.deviation)}`,
    `Utfall hittills ${mnkrText(unit.outcome)}`,
  ].join(' · ');
}

function blocksHeight(doc: PDFKit.PDFDocument, blocks: readonly Block[], width: number): number {
  return blocks.reduce((sum, b) => sum + paragraphHeight(doc, b.text, { ...b.style, width }), 0);
}

function drawBlocks(ctx: Ctx, blocks: readonly Block[], x: number, width: number): void {
  for (const block of blocks) paragraph(ctx, block.text, { ...block.style, x, width });
}

function drawUnit(ctx: Ctx, unit: TReportUnit): void {
  const { doc } = ctx;
  const left = analysisBlocks(unit);
  const right = commentBlocks(unit);
  const full = contentWidth(doc);
  const half = (full - GAP) / 2;
  const tallest = Math.max(blocksHeight(doc, left, half), blocksHeight(doc, right, half));
  const pageRoom = pageBottom(doc) - doc.page.margins.top - 60;
  // Side by side the columns stay together; printed one after the other, the first lines follow the heading.
  heading(ctx, 'H3', unit.name, (tallest > pageRoom ? 60 : tallest) + 16);
  paragraph(ctx, unitSummaryLine(unit), { size: 8, color: COLORS.muted });
  doc.y += 2;
  if (tallest > pageRoom) {
    drawBlocks(ctx, left, MARGIN, full);
    doc.y += 4;
    drawBlocks(ctx, right, MARGIN, full);
  } else {
    ensureRoom(doc, tallest);
    const top = doc.y;
    drawBlocks(ctx, left, MARGIN, half);
    const below = doc.y;
    doc.y = top;
    drawBlocks(ctx, right, MARGIN + half + GAP, half);
    doc.y = Math.max(below, doc.y);
  }
  doc.x = MARGIN;
  doc.y += 6;
}

export function drawAnalyses(ctx: Ctx): void {
  if (ctx.report.units.length === 0) return;
  ctx.doc.addPage();
  heading(ctx, 'H2', 'Analys och kommentarer per enhet');
  for (const unit of ctx.report.units) drawUnit(ctx, unit);
}
