/** The board report's first section: the key figures of the unit, and the same figures per sub-unit. */
import type { TReportFigures } from '../../../../shared/schemas/board-report';
import { figureLabels, figureText, mnkrText, shareText } from '../../board-report-labels';
import { contentWidth, MARGIN } from '../pdf-document';
import { drawGrid, type GridColumn, type GridRow, gridStartHeight } from '../pdf-grid';
import { type Ctx, ensureRoom, heading, paragraph } from './board-report-page';

const FONT_SIZE = 8.5;

export function keyFigureRows(figures: TReportFigures, year: number): GridRow[] {
  return figureLabels(year).map(({ key, label }) => ({
    cells: [label, figureText(figures, key)],
    ...(key === 'forecast' || key === 'deviation' ? { isBold: true } : {}),
  }));
}

export function drawKeyFigures(ctx: Ctx): void {
  const { doc, report } = ctx;
  heading(ctx, 'H2', 'Nyckeltal', 160);
  const columns: GridColumn[] = [
    { heading: 'Nyckeltal', width: 230 },
    { heading: 'Belopp', width: 110, align: 'right' },
  ];
  drawGrid(doc, ctx.root, columns, keyFigureRows(report.figures, report.year), {
    fontSize: FONT_SIZE,
    x: MARGIN,
    rowHeaders: true,
  });
  doc.y += 4;
  paragraph(
    ctx,
    'Avvikelse mot målet = prognos − mål; negativ betyder under målet. Inaktuellt: prognosen bygger på en äldre rapport eller på planen, eftersom åtgärden inte har rapporterat för perioden.',
    { size: 7.5, color: '#555555', width: 560 },
  );
}

export function drawUnitFigures(ctx: Ctx): void {
  const { doc, report } = ctx;
  if (report.units.length === 0) return;
  const figureColumns = [
    'Sparbeting',
    'Planerad nivå',
    'Ursprunglig plan',
    'Utfall hittills',
    'Prognos',
    'Avvikelse mot målet',
    'Riskviktad prognos',
    'Inaktuellt',
    'Inaktuell andel',
  ];
  const figureWidth = 66;
  const columns: GridColumn[] = [
    { heading: 'Enhet', width: contentWidth(doc) - figureWidth * figureColumns.length },
    ...figureColumns.map((text) => ({ heading: text, width: figureWidth, align: 'right' as const })),
  ];
  const rows: GridRow[] = report.units.map((unit) => ({
    cells: [
      unit.name,
      mnkrText(unit.target, false),
      mnkrText(unit.planned, false),
      mnkrText(unit.originalPlanned, false),
      mnkrText(unit.outcome, false),
      mnkrText(unit.forecast, false),
      mnkrText(unit.deviation, false),
      mnkrText(unit.riskWeighted, false),
      mnkrText(unit.stale, false),
      shareText(unit.staleShare),
    ],
  }));
  const options = { fontSize: FONT_SIZE, x: MARGIN, maxLines: 3, rowHeaders: true };
  heading(ctx, 'H2', 'Per enhet (mnkr)', gridStartHeight(doc, columns, rows, options));
  ensureRoom(doc, gridStartHeight(doc, columns, rows, options));
  drawGrid(doc, ctx.root, columns, rows, options);
}
