/**
 * The board report (issue 12, SPEC §6) as a tagged, landscape A4 PDF in Swedish, drawn from the model alone:
 * title and key figures, the figures per sub-unit, the charts, each sub-unit's analysis beside its managers'
 * comments, the measures per sub-unit, the period's decisions and the lists. Every page has the running
 * header (organisation, unit, period, when the figures were read, publication) and `Sida n av m`.
 * Tagging: decision 0013.
 */
import type { TBoardReport } from '../../../../shared/schemas/board-report';
import { publishedText, readAtText, reportTitle, scopeText } from '../../board-report-labels';
import { COLORS, createPdf, pdfBytes } from '../pdf-document';
import { documentRoot } from '../pdf-tags';
import { drawAnalyses } from './board-report-analysis';
import { drawCharts } from './board-report-charts';
import { drawKeyFigures, drawUnitFigures } from './board-report-figures';
import { drawDecisions, drawLists } from './board-report-lists';
import { drawMeasures } from './board-report-measures';
import { type Ctx, drawPageFurniture, heading, paragraph, TOP_MARGIN } from './board-report-page';

export { PDF_CONTENT_TYPE } from '../pdf-document';

/** The instant itself when it is one; PDFKit cannot write an invalid date. */
function validInstant(text: string): string {
  return Number.isNaN(new Date(text).getTime()) ? new Date(0).toISOString() : text;
}

function drawTitle(ctx: Ctx): void {
  const { report } = ctx;
  heading(ctx, 'H1', reportTitle(report));
  paragraph(ctx, report.plan.name, { size: 11, isBold: true });
  paragraph(ctx, scopeText(report), { size: 9 });
  const when = [readAtText(report), publishedText(report)].filter((t): t is string => t !== null);
  paragraph(ctx, `${when.join('. ')}. Belopp för ${report.year} till och med ${report.period}.`, {
    size: 8.5,
    color: COLORS.muted,
  });
  ctx.doc.y += 4;
}

export async function renderBoardReportPdf(report: TBoardReport): Promise<Uint8Array> {
  const doc = createPdf(
    {
      title: `${reportTitle(report)} – ${report.plan.name}`,
      subject: `Uppföljning av ${report.plan.name} för ${report.unit.path}, period ${report.period}`,
      createdAt: validInstant(report.published?.publishedAt ?? report.generatedAt),
    },
    { tagged: true, top: TOP_MARGIN },
  );
  const ctx: Ctx = { doc, root: documentRoot(doc, true), report };
  drawTitle(ctx);
  drawKeyFigures(ctx);
  drawUnitFigures(ctx);
  drawCharts(ctx);
  drawAnalyses(ctx);
  drawMeasures(ctx);
  drawDecisions(ctx);
  drawLists(ctx);
  ctx.root?.end();
  drawPageFurniture(ctx);
  const bytes = await pdfBytes(doc);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
