import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZBoardReport } from '../../../../shared/schemas/board-report';
import { boardReportArbitrary } from '../../board-report-arbitraries.test-support';
import { boardReportFixture } from '../../board-report-fixture.test-support';
import { renderBoardReportXlsx } from '../../xlsx/board-report/render-board-report-xlsx';
import { renderBoardReportPdf } from './render-board-report-pdf';

describe('the board report renderers', () => {
  it('render any model of the schema — long and odd texts, 10^12 kr, empty lists — to a PDF and a readable XLSX', async () => {
    await fc.assert(
      fc.asyncProperty(boardReportArbitrary(), async (report) => {
        expect(ZBoardReport.safeParse(report).success).toBe(true);
        const pdf = await renderBoardReportPdf(report);
        expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
        const xlsx = await renderBoardReportXlsx(report);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
        expect(workbook.worksheets).toHaveLength(7);
      }),
      { numRuns: 10 },
    );
  });

  it('give the same PDF bytes for the same model (the XLSX zip stamps its entries with the clock)', async () => {
    const report = boardReportFixture({ measures: 20, published: true });
    const [pdf1, pdf2] = [await renderBoardReportPdf(report), await renderBoardReportPdf(report)];
    expect(Buffer.from(pdf1).equals(Buffer.from(pdf2))).toBe(true);
  });

  it('render a report without measures, units, decisions or lists', async () => {
    const report = {
      ...boardReportFixture({ measures: 0, units: 0, waterfall: false }),
      decisions: [],
      assignmentsPastDue: [],
      commitmentsNotAccepted: [],
      notedDecisions: [],
      charts: { unitTargets: [], forecastHistory: [], savingsTypes: [], waterfall: null },
    };
    expect((await renderBoardReportPdf(report)).length).toBeGreaterThan(1000);
    expect((await renderBoardReportXlsx(report)).length).toBeGreaterThan(1000);
  });
});
