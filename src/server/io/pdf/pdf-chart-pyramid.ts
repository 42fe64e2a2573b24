/**
 * A pyramid chart in vectors: one centred bar per level, the base level at the bottom, with a second, darker
 * bar inside it (e.g. planned, and forecast within it), the level's name on the left and both figures in mnkr
 * on the right. Negative values draw no bar; their figures still show.
 */
import { formatAmount } from '../../../shared/money';
import type { Box } from './pdf-chart';
import { COLORS } from './pdf-document';

export interface PyramidChart {
  title: string;
  /** The names of the outer and the inner bar. */
  seriesNames: [string, string];
  /** Base first. */
  levels: { label: string; outer: number; inner: number }[];
}

const OUTER = '#9dbbd9';
const INNER = COLORS.series[0];

function legend(doc: PDFKit.PDFDocument, chart: PyramidChart, x: number, y: number): void {
  doc.font('regular').fontSize(8);
  let left = x;
  chart.seriesNames.forEach((name, index) => {
    doc.rect(left, y + 1, 10, 7).fill(index === 0 ? OUTER : INNER);
    doc.fillColor(COLORS.text).text(name, left + 14, y, { lineBreak: false });
    left += doc.widthOfString(name) + 30;
  });
}

export function drawPyramid(doc: PDFKit.PDFDocument, chart: PyramidChart, box: Box): void {
  doc.font('bold').fontSize(10).fillColor(COLORS.text).text(chart.title, box.x, box.y, { width: box.width });
  legend(doc, chart, box.x, doc.y + 4);
  const top = doc.y + 16;
  const labelWidth = Math.min(130, box.width * 0.3);
  const valueWidth = 96;
  const barArea = { x: box.x + labelWidth, width: box.width - labelWidth - valueWidth };
  const count = Math.max(1, chart.levels.length);
  const rowHeight = Math.min(30, (box.y + box.height - top) / count);
  const max = Math.max(1, ...chart.levels.flatMap((l) => [l.outer, l.inner]));
  const widthOf = (value: number) => (Math.max(0, value) / max) * barArea.width;
  const centre = barArea.x + barArea.width / 2;
  // The base level is drawn last, at the bottom.
  chart.levels.forEach((level, index) => {
    const y = top + (count - 1 - index) * rowHeight;
    const outer = widthOf(level.outer);
    const inner = widthOf(level.inner);
    if (outer > 0) doc.rect(centre - outer / 2, y + 2, outer, rowHeight - 4).fill(OUTER);
    if (inner > 0) doc.rect(centre - inner / 2, y + rowHeight * 0.3, inner, rowHeight * 0.4).fill(INNER);
    // Too many levels for words: the bars alone (the figures are in the alternative text and the XLSX).
    if (rowHeight < 9) return;
    doc.font('regular').fontSize(7.5).fillColor(COLORS.text);
    const lines = rowHeight >= 20 ? 2 : 1;
    const textY = y + rowHeight / 2 - (lines * 9) / 2;
    doc.text(level.label, box.x, textY, { width: labelWidth - 6, height: lines * 9, ellipsis: true });
    const figures = [level.outer, level.inner].map((v) => formatAmount(v, { unit: 'mnkr', withUnit: false }));
    doc
      .fillColor(COLORS.muted)
      .text(figures.join(' / '), barArea.x + barArea.width + 4, y + rowHeight / 2 - 4, {
        width: valueWidth - 4,
        height: 10,
        align: 'right',
        ellipsis: true,
      });
  });
  doc.fillColor(COLORS.text);
}
