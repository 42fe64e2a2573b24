/**
 * A waterfall chart in vectors: `start` and `end` steps are levels (bars from zero), a `step` floats from the
 * previous level to the next, green up and red down, joined by dotted connectors; each bar carries its figure
 * in mnkr and its label below, wrapped to two lines.
 */
import { formatAmount, MINUS } from '../../../shared/money';
import { axisTicks, type Box, MIN_LABEL_WIDTH } from './pdf-chart';
import { COLORS } from './pdf-document';

export interface WaterfallStep {
  label: string;
  amount: number;
  kind: 'start' | 'step' | 'end';
}

export interface WaterfallChart {
  title: string;
  steps: WaterfallStep[];
}

const AXIS_WIDTH = 46;
const UP = '#2e7d32';
const DOWN = '#c0392b';

/** Each step's bar as [from, to] in kronor. */
export function waterfallBars(steps: readonly WaterfallStep[]): [number, number][] {
  let level = 0;
  return steps.map((step) => {
    if (step.kind === 'step') {
      const from = level;
      level += step.amount;
      return [from, level];
    }
    level = step.amount;
    return [0, step.amount];
  });
}

function figure(step: WaterfallStep): string {
  const text = formatAmount(step.amount, { unit: 'mnkr', withUnit: false });
  return step.kind === 'step' && step.amount > 0 ? `+${text}` : text;
}

export function drawWaterfall(doc: PDFKit.PDFDocument, chart: WaterfallChart, box: Box): void {
  doc.font('bold').fontSize(10).fillColor(COLORS.text).text(chart.title, box.x, box.y, { width: box.width });
  const bars = waterfallBars(chart.steps);
  const values = bars.flat();
  const ticks = axisTicks(Math.min(0, ...values), Math.max(0, ...values));
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 1;
  const plot = { x: box.x + AXIS_WIDTH, y: doc.y + 14, width: box.width - AXIS_WIDTH, height: 0 };
  plot.height = box.y + box.height - plot.y - 26;
  const yOf = (value: number) => plot.y + plot.height - ((value - low) / (high - low)) * plot.height;
  const decimals = (ticks[1] ?? 0) - low < 1_000_000 ? 1 : 0;
  doc.font('regular').fontSize(7);
  for (const tick of ticks) {
    const y = yOf(tick);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.width, y)
      .lineWidth(tick === 0 ? 1 : 0.3)
      .strokeColor(tick === 0 ? COLORS.text : COLORS.rule)
      .stroke();
    const label = formatAmount(tick, { unit: 'mnkr', decimals, withUnit: false });
    doc
      .fillColor(COLORS.muted)
      .text(label, box.x, y - 3.5, { width: AXIS_WIDTH - 4, align: 'right', lineBreak: false });
  }
  const slot = plot.width / Math.max(1, chart.steps.length);
  const barWidth = slot * 0.6;
  chart.steps.forEach((step, i) => {
    const [from, to] = bars[i] ?? [0, 0];
    const x = plot.x + i * slot + (slot - barWidth) / 2;
    const color = step.kind !== 'step' ? COLORS.series[0] : to >= from ? UP : DOWN;
    const y0 = yOf(from);
    const y1 = yOf(to);
    doc.rect(x, Math.min(y0, y1), barWidth, Math.max(0.5, Math.abs(y1 - y0))).fill(color);
    const next = bars[i + 1];
    if (next && chart.steps[i + 1]?.kind === 'step') {
      doc
        .moveTo(x + barWidth, y1)
        .lineTo(x + slot, y1)
        .dash(1.5, { space: 1.5 })
        .lineWidth(0.6)
        .strokeColor(COLORS.muted)
        .stroke()
        .undash();
    }
    const above = to >= from ? Math.min(y0, y1) - 10 : Math.max(y0, y1) + 2;
    doc.font('bold').fontSize(7).fillColor(COLORS.text);
    doc.text(figure(step).replace('-', MINUS), x - slot * 0.2, above, {
      width: barWidth + slot * 0.4,
      align: 'center',
      lineBreak: false,
    });
    if (slot < MIN_LABEL_WIDTH) return;
    doc.font('regular').fillColor(COLORS.muted);
    doc.text(step.label, plot.x + i * slot + 1, plot.y + plot.height + 4, {
      width: slot - 2,
      height: 2 * doc.currentLineHeight() + 1,
      align: 'center',
      ellipsis: true,
    });
  });
  doc.fillColor(COLORS.text);
}
