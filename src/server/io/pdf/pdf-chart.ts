/**
 * Draws a `ReportChart` with vector primitives: bars and lines per category on one value axis through zero,
 * a legend, and the axis in mnkr. Lines differ by dash pattern as well as colour, so a grey print still
 * tells them apart. The figures themselves are in the report's tables; the chart shows their shape.
 */
import { formatAmount } from '../../../shared/money';
import type { ReportChart } from '../report-model';
import { COLORS } from './pdf-document';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const DASHES: readonly (readonly [number, number] | null)[] = [null, [5, 3], [1.5, 2.5], [8, 3]];
const AXIS_WIDTH = 46;
/** Categories narrower than this get no label under their bars. */
export const MIN_LABEL_WIDTH = 14;

/** Tick values in kronor: a 1, 2 or 5 step of at least 0,1 mnkr, covering min…max and zero. */
export function axisTicks(min: number, max: number, count = 5): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max, low + 1_000_000);
  const raw = (high - low) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(100_000, [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? raw);
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick < high + step; tick += step) {
    ticks.push(tick === 0 ? 0 : tick);
    if (tick >= high) break;
  }
  return ticks;
}

function legend(doc: PDFKit.PDFDocument, chart: ReportChart, box: Box, y: number): number {
  let x = box.x;
  let lineIndex = 0;
  doc.font('regular').fontSize(8);
  chart.series.forEach((series, index) => {
    const color = COLORS.series[index % COLORS.series.length] ?? COLORS.text;
    const width = doc.widthOfString(series.name) + 30;
    if (x + width > box.x + box.width) {
      x = box.x;
      y += 12;
    }
    if (series.kind === 'bar') doc.rect(x, y + 1, 10, 7).fill(color);
    else {
      const dash = DASHES[lineIndex++ % DASHES.length];
      if (dash) doc.dash(dash[0], { space: dash[1] });
      doc
        .moveTo(x, y + 4.5)
        .lineTo(x + 14, y + 4.5)
        .lineWidth(1.5)
        .strokeColor(color)
        .stroke()
        .undash();
    }
    doc.fillColor(COLORS.text).text(series.name, x + 17, y, { lineBreak: false });
    x += width;
  });
  return y + 16;
}

export function drawChart(doc: PDFKit.PDFDocument, chart: ReportChart, box: Box): void {
  doc.font('bold').fontSize(10).fillColor(COLORS.text).text(chart.title, box.x, box.y, { width: box.width });
  const top = legend(doc, chart, box, doc.y + 4);
  const values = chart.series.flatMap((series) => series.values.filter((v): v is number => v !== null));
  const ticks = axisTicks(Math.min(0, ...values), Math.max(0, ...values));
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 1;
  const plot = {
    x: box.x + AXIS_WIDTH,
    y: top + 4,
    width: box.width - AXIS_WIDTH,
    height: box.y + box.height - top - 22,
  };
  const yOf = (value: number) => plot.y + plot.height - ((value - low) / (high - low)) * plot.height;
  const decimals = (ticks[1] ?? 0) - low < 1_000_000 ? 1 : 0;
  doc.font('regular').fontSize(7);
  for (const tick of ticks) {
    const y = yOf(tick);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .lineWidth(tick === 0 ? 1 : 0.3);
    doc.strokeColor(tick === 0 ? COLORS.text : COLORS.rule).stroke();
    const label = formatAmount(tick, { unit: 'mnkr', decimals, withUnit: false });
    doc
      .fillColor(COLORS.muted)
      .text(label, box.x, y - 3.5, { width: AXIS_WIDTH - 4, align: 'right', lineBreak: false });
  }
  const slot = plot.width / Math.max(1, chart.categories.length);
  const bars = chart.series.filter((series) => series.kind === 'bar');
  const barWidth = (slot * 0.6) / Math.max(1, bars.length);
  chart.categories.forEach((category, i) => {
    // One line, cut with an ellipsis, so long unit names never run into their neighbours; none when too narrow.
    if (slot < MIN_LABEL_WIDTH) return;
    doc.fillColor(COLORS.muted).text(category, plot.x + i * slot + 1, plot.y + plot.height + 5, {
      width: slot - 2,
      height: doc.currentLineHeight(),
      align: 'center',
      ellipsis: true,
    });
  });
  let lineIndex = 0;
  chart.series.forEach((series, index) => {
    const color = COLORS.series[index % COLORS.series.length] ?? COLORS.text;
    if (series.kind === 'bar') {
      const offset = bars.indexOf(series) * barWidth + slot * 0.2;
      series.values.forEach((value, i) => {
        if (value === null) return;
        const y0 = yOf(0);
        const y1 = yOf(value);
        doc
          .rect(plot.x + i * slot + offset, Math.min(y0, y1), barWidth, Math.max(0.5, Math.abs(y1 - y0)))
          .fill(color);
      });
      return;
    }
    const dash = DASHES[lineIndex++ % DASHES.length];
    const points = series.values.map((value, i) =>
      value === null ? null : { x: plot.x + (i + 0.5) * slot, y: yOf(value) },
    );
    doc.lineWidth(1.5).strokeColor(color);
    if (dash) doc.dash(dash[0], { space: dash[1] });
    points.forEach((point, i) => {
      if (!point) return;
      if (i === 0 || !points[i - 1]) doc.moveTo(point.x, point.y);
      else doc.lineTo(point.x, point.y);
    });
    doc.stroke().undash();
    for (const point of points) if (point) doc.circle(point.x, point.y, 2).fill(color);
  });
  doc.fillColor(COLORS.text);
}
