/**
 * The board report's charts, two by two on a page, each a tagged Figure whose alternative text is a
 * sentence with the numbers it shows: target vs forecast per sub-unit, forecast history, the savings-type
 * pyramid, and the waterfall from the baseline to the result goal when the plan has a scenario.
 */
import { SAVINGS_TYPES } from '../../../../shared/enums';
import type { TBoardReport } from '../../../../shared/schemas/board-report';
import { mnkrText, savingsTypeText } from '../../board-report-labels';
import type { ReportChart } from '../../report-model';
import { type Box, drawChart } from '../pdf-chart';
import { drawPyramid, type PyramidChart } from '../pdf-chart-pyramid';
import { drawWaterfall, type WaterfallChart } from '../pdf-chart-waterfall';
import { contentWidth, MARGIN, pageBottom } from '../pdf-document';
import { tag } from '../pdf-tags';
import { type Ctx, heading, paragraph } from './board-report-page';

export interface Figure {
  alt: string;
  draw: (doc: PDFKit.PDFDocument, box: Box) => void;
}

/** The last part of a path, which is what fits under a bar. */
function lastName(path: string): string {
  return path.split(' / ').at(-1) ?? path;
}

export function unitTargetChart(report: TBoardReport): Figure | null {
  const items = report.charts.unitTargets;
  if (items.length === 0) return null;
  const chart: ReportChart = {
    title: 'Sparbeting och prognos per enhet (mnkr)',
    categories: items.map((item) => lastName(item.path)),
    series: [
      { name: 'Sparbeting', kind: 'bar', values: items.map((item) => item.target) },
      { name: 'Prognos', kind: 'bar', values: items.map((item) => item.forecast) },
    ],
  };
  const parts = items.map(
    (item) =>
      `${lastName(item.path)}: sparbeting ${mnkrText(item.target)}, prognos ${mnkrText(item.forecast)}`,
  );
  return {
    alt: `Stapeldiagram, sparbeting och prognos per enhet. ${parts.join('; ')}.`,
    draw: (doc, box) => drawChart(doc, chart, box),
  };
}

export function historyChart(report: TBoardReport): Figure | null {
  const items = report.charts.forecastHistory;
  if (items.length === 0) return null;
  const hasTarget = items.some((item) => item.target !== null);
  const chart: ReportChart = {
    title: `Prognosens utveckling ${report.year} (mnkr)`,
    categories: items.map((item) => item.period.slice(5) || item.period),
    series: [
      { name: 'Prognos', kind: 'line', values: items.map((item) => item.forecast) },
      { name: 'Utfall hittills', kind: 'line', values: items.map((item) => item.outcome) },
      ...(hasTarget
        ? [{ name: 'Mål', kind: 'line' as const, values: items.map((item) => item.target) }]
        : []),
    ],
  };
  const first = items[0];
  const last = items.at(-1);
  const span = first && last ? `${first.period}–${last.period}` : '';
  const target = last?.target ?? null;
  const alt =
    `Linjediagram, prognos och utfall per period ${span}. Prognosen gick från ${mnkrText(first?.forecast ?? 0)} ` +
    `till ${mnkrText(last?.forecast ?? 0)}; utfallet hittills är ${mnkrText(last?.outcome ?? 0)}` +
    (target === null ? '.' : `; målet är ${mnkrText(target)}.`);
  return { alt, draw: (doc, box) => drawChart(doc, chart, box) };
}

export function pyramidChart(report: TBoardReport): Figure | null {
  const items = report.charts.savingsTypes;
  if (items.length === 0) return null;
  const rank = (key: string) => {
    const index = (SAVINGS_TYPES as readonly string[]).indexOf(key);
    return index === -1 ? SAVINGS_TYPES.length : index;
  };
  const levels = [...items]
    .sort((a, b) => rank(a.savingsType) - rank(b.savingsType))
    .map((item) => ({ label: savingsTypeText(item.savingsType), outer: item.planned, inner: item.forecast }));
  const chart: PyramidChart = {
    title: 'Besparingstyper (revisionens pyramid), mnkr',
    seriesNames: ['Planerad nivå', 'Prognos'],
    levels,
  };
  const parts = levels.map(
    (l) => `${l.label}: planerad nivå ${mnkrText(l.outer)}, prognos ${mnkrText(l.inner)}`,
  );
  return {
    alt: `Pyramiddiagram, planerad nivå och prognos per besparingstyp från basen. ${parts.join('; ')}.`,
    draw: (doc, box) => drawPyramid(doc, chart, box),
  };
}

export function waterfallChart(report: TBoardReport): Figure | null {
  const waterfall = report.charts.waterfall;
  if (!waterfall || waterfall.steps.length === 0) return null;
  const chart: WaterfallChart = {
    title: `Från underskott till resultatmål ${waterfall.year}: ${waterfall.scenarioName} (mnkr)`,
    steps: waterfall.steps,
  };
  const parts = waterfall.steps.map(
    (s) => `${s.label} ${s.kind === 'step' && s.amount > 0 ? '+' : ''}${mnkrText(s.amount)}`,
  );
  return {
    alt: `Vattenfallsdiagram för scenariot ${waterfall.scenarioName} ${waterfall.year}. ${parts.join('; ')}.`,
    draw: (doc, box) => drawWaterfall(doc, chart, box),
  };
}

export function reportFigures(report: TBoardReport): Figure[] {
  return [unitTargetChart(report), historyChart(report), pyramidChart(report), waterfallChart(report)].filter(
    (figure): figure is Figure => figure !== null,
  );
}

export function drawCharts(ctx: Ctx): void {
  const { doc } = ctx;
  const figures = reportFigures(ctx.report);
  doc.addPage();
  heading(ctx, 'H2', 'Diagram');
  if (figures.length === 0) {
    paragraph(ctx, 'Det finns inga uppgifter att visa i diagram.');
    return;
  }
  const gap = 22;
  const width = (contentWidth(doc) - gap) / 2;
  const top = doc.y + 4;
  const height = (pageBottom(doc) - top - gap) / 2;
  figures.forEach((figure, index) => {
    const box = {
      x: MARGIN + (index % 2) * (width + gap),
      y: top + Math.floor(index / 2) * (height + gap),
      width,
      height,
    };
    tag(doc, ctx.root, 'Figure', () => figure.draw(doc, box), {
      alt: figure.alt,
      bbox: [box.x, box.y, box.x + box.width, box.y + box.height],
    });
  });
  doc.x = MARGIN;
  doc.y = pageBottom(doc) - 1;
}
