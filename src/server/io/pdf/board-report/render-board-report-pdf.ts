import { formatAmount } from '../../../../shared/money';
import type { TBoardReport } from '../../../../shared/schemas/board-report';
import { addFooters, createPdf, MARGIN, pdfBytes } from '../pdf-document';

/**
 * The board report as a PDF. A minimal placeholder (title and key figures) until the renderer of issue 12
 * replaces this body; the signature is the contract the API and the CLI call.
 */
export async function renderBoardReportPdf(report: TBoardReport): Promise<Uint8Array> {
  const title = `Rapport: ${report.plan.name}`;
  const doc = createPdf({ title, subject: report.unit.path, createdAt: report.generatedAt });
  doc.font('bold').fontSize(16).text(title, MARGIN, MARGIN);
  doc.font('regular').fontSize(10).text(`${report.organisation} — ${report.unit.path} — ${report.period}`);
  doc.moveDown();
  const mnkr = (kr: number | null) => (kr === null ? '–' : formatAmount(kr, { unit: 'mnkr' }));
  const f = report.figures;
  for (const [label, value] of [
    ['Mål', mnkr(f.target)],
    ['Planerat', mnkr(f.planned)],
    ['Ursprunglig plan', mnkr(f.originalPlanned)],
    ['Utfall', mnkr(f.outcome)],
    ['Prognos', mnkr(f.forecast)],
    ['Avvikelse', mnkr(f.deviation)],
    ['Riskvägd prognos', mnkr(f.riskWeighted)],
    ['Inaktuellt', mnkr(f.stale)],
  ] as const) {
    doc.text(`${label}: ${value}`);
  }
  addFooters(doc, `${report.organisation} — ${report.period}`);
  return pdfBytes(doc);
}
