/**
 * The measure table, grouped by sub-unit: a heading per sub-unit and its table, which runs onto the next
 * pages with its header repeated. Stale rows are shaded and say *inaktuellt* in the last column.
 */
import type { TReportMeasure } from '../../../../shared/schemas/board-report';
import { lastReportedText, measureStatusText, mnkrText } from '../../board-report-labels';
import { MARGIN } from '../pdf-document';
import { drawGrid, type GridColumn, type GridRow, gridStartHeight } from '../pdf-grid';
import { type Ctx, ensureRoom, heading, paragraph } from './board-report-page';

export const STALE_FILL = '#fff1c2';

export const MEASURE_COLUMNS: readonly GridColumn[] = [
  { heading: 'Kod', width: 50 },
  { heading: 'Åtgärd', width: 150 },
  { heading: 'Ansvarig', width: 82 },
  { heading: 'Planerat', width: 54, align: 'right' },
  { heading: 'Utfall', width: 54, align: 'right' },
  { heading: 'Prognos', width: 54, align: 'right' },
  { heading: 'Avvikelse mot plan', width: 56, align: 'right' },
  { heading: 'Status', width: 58 },
  { heading: 'Kommentar', width: 152 },
  { heading: 'Senast inskickad', width: 52 },
];

export function measureRow(measure: TReportMeasure): GridRow {
  return {
    cells: [
      measure.code,
      measure.title,
      measure.responsible ?? '–',
      mnkrText(measure.planned, false),
      mnkrText(measure.outcome, false),
      mnkrText(measure.forecast, false),
      mnkrText(measure.deviation, false),
      measureStatusText(measure),
      measure.comment ?? '',
      lastReportedText(measure),
    ],
    ...(measure.stale ? { fill: STALE_FILL } : {}),
  };
}

export interface MeasureGroup {
  name: string;
  measures: TReportMeasure[];
}

/** The measures per sub-unit in the order of `units`; measures of no listed sub-unit come last. */
export function measureGroups(ctx: Ctx): MeasureGroup[] {
  const { units, measures } = ctx.report;
  const groups = units.map((unit) => ({
    name: unit.name,
    measures: measures.filter((m) => m.groupUnitId === unit.unitId),
  }));
  const known = new Set(units.map((unit) => unit.unitId));
  const rest = measures.filter((m) => !known.has(m.groupUnitId));
  if (rest.length > 0) groups.push({ name: 'Övriga åtgärder', measures: rest });
  return groups.filter((group) => group.measures.length > 0);
}

const OPTIONS = { fontSize: 7, x: MARGIN, maxLines: 4 };

export function drawMeasures(ctx: Ctx): void {
  const { doc } = ctx;
  ctx.doc.addPage();
  heading(ctx, 'H2', 'Åtgärder per enhet');
  paragraph(
    ctx,
    'Belopp i mnkr. Avvikelse mot plan = prognos − planerad nivå. Skuggade rader är inaktuella: åtgärden har inte rapporterat för perioden.',
    { size: 7.5, color: '#555555' },
  );
  const groups = measureGroups(ctx);
  if (groups.length === 0) {
    paragraph(ctx, 'Planen har inga åtgärder för enheten.');
    return;
  }
  for (const group of groups) {
    const rows = group.measures.map(measureRow);
    const start = gridStartHeight(doc, MEASURE_COLUMNS, rows, OPTIONS);
    const count = group.measures.length;
    heading(ctx, 'H3', `${group.name} – ${count} ${count === 1 ? 'åtgärd' : 'åtgärder'}`, start);
    ensureRoom(doc, start);
    drawGrid(doc, ctx.root, MEASURE_COLUMNS, rows, { ...OPTIONS, continuation: `${group.name} (forts.)` });
    doc.y += 6;
  }
}
