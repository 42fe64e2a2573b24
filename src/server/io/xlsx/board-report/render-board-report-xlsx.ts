import ExcelJS from 'exceljs';
import type { TBoardReport } from '../../../../shared/schemas/board-report';

const MNKR = '#,##0.0,,," mnkr"';

/**
 * The board report as an .xlsx. A minimal placeholder (one sheet with the key figures as numbers) until the
 * renderer of issue 12 replaces this body; the signature is the contract the API and the CLI call.
 */
export async function renderBoardReportXlsx(report: TBoardReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Balans';
  workbook.created = new Date(report.generatedAt);
  const sheet = workbook.addWorksheet('Nyckeltal');
  sheet.addRow(['Plan', report.plan.name]);
  sheet.addRow(['Enhet', report.unit.path]);
  sheet.addRow(['Period', report.period]);
  const f = report.figures;
  for (const [label, value] of [
    ['Mål', f.target],
    ['Planerat', f.planned],
    ['Ursprunglig plan', f.originalPlanned],
    ['Utfall', f.outcome],
    ['Prognos', f.forecast],
    ['Avvikelse', f.deviation],
    ['Riskvägd prognos', f.riskWeighted],
    ['Inaktuellt', f.stale],
  ] as const) {
    const row = sheet.addRow([label, value]);
    row.getCell(2).numFmt = MNKR;
  }
  sheet.addRow(['Andel inaktuellt', f.staleShare]).getCell(2).numFmt = '0.0%';
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 18;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
