/**
 * Lays out the scenario report (`scenarioReportModel`) on landscape A4 pages: 1 the scenario and the figures
 * per year, 2 the two charts, 3 the balanskrav ledger and the notes; a table that does not fit runs onto the
 * next page with its header repeated. Every word and figure comes from the model.
 */

import { drawChart } from './pdf/pdf-chart';
import { addFooters, COLORS, contentWidth, createPdf, MARGIN, pdfBytes } from './pdf/pdf-document';
import { drawTable } from './pdf/pdf-table';
import type { ReportFact } from './report-model';
import type { ScenarioExport, ScenarioFileOptions } from './scenario-export';
import { type ScenarioReportModel, scenarioReportModel } from './scenario-report-model';

export { PDF_CONTENT_TYPE } from './pdf/pdf-document';

const FACT_LABEL_WIDTH = 150;

function drawFacts(doc: PDFKit.PDFDocument, facts: readonly ReportFact[]): void {
  const valueWidth = contentWidth(doc) - FACT_LABEL_WIDTH;
  doc.fontSize(9);
  for (const fact of facts) {
    const y = doc.y;
    doc.font('bold').text(fact.label, MARGIN, y, { width: FACT_LABEL_WIDTH - 8 });
    const below = doc.y;
    doc.font('regular').text(fact.value, MARGIN + FACT_LABEL_WIDTH, y, { width: valueWidth });
    doc.y = Math.max(below, doc.y) + 2;
  }
  doc.y += 10;
}

function drawHeading(doc: PDFKit.PDFDocument, text: string, size: number): void {
  doc.font('bold').fontSize(size).fillColor(COLORS.text).text(text, MARGIN, doc.y);
  doc.y += 4;
}

export function renderScenarioReport(model: ScenarioReportModel, createdAt: string): Promise<Buffer> {
  const doc = createPdf({ title: `${model.title}: ${model.scenarioName}`, subject: model.title, createdAt });
  drawHeading(doc, model.title, 18);
  drawHeading(doc, model.scenarioName, 14);
  drawFacts(doc, model.facts);
  drawTable(doc, model.yearTable);

  doc.addPage();
  const gap = 20;
  const width = (contentWidth(doc) - gap) / 2;
  model.charts.forEach((chart, index) => {
    drawChart(doc, chart, { x: MARGIN + index * (width + gap), y: MARGIN, width, height: 420 });
  });

  doc.addPage();
  drawHeading(doc, model.balanskrav.title, 14);
  doc.font('regular').fontSize(9);
  for (const line of model.balanskrav.summary) doc.text(line, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.y += 10;
  drawTable(doc, model.balanskrav.deficits);
  drawTable(doc, model.balanskrav.schedule);
  doc.font('regular').fontSize(8).fillColor(COLORS.muted);
  for (const note of model.notes) doc.text(note, MARGIN, doc.y, { width: contentWidth(doc) });

  addFooters(doc, model.footer);
  return pdfBytes(doc);
}

/** The scenario's PDF report, made from the same figures as GET /api/scenarios/:id/result. */
export function scenarioPdfBytes(content: ScenarioExport, options: ScenarioFileOptions): Promise<Buffer> {
  return renderScenarioReport(
    scenarioReportModel(content.result, content.scenario, options),
    options.generatedAt,
  );
}
