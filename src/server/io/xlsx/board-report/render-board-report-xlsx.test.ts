import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TBoardReport } from '../../../../shared/schemas/board-report';
import { boardReportFixture } from '../../board-report-fixture.test-support';
import { figureLabels } from '../../board-report-labels';
import { SHEETS } from './board-report-sheets';
import { TITLE_ROWS } from './board-report-xlsx-cells';
import { renderBoardReportXlsx } from './render-board-report-xlsx';

async function readBack(report: TBoardReport): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderBoardReportXlsx(report)) as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

const HEADER_ROW = TITLE_ROWS + 1;

/** The body rows of a sheet as values, below its header row. */
function body(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((row, number) => {
    if (number > HEADER_ROW) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return rows;
}

describe('renderBoardReportXlsx', () => {
  it('has one sheet per section, each with the title rows and a bold, frozen header row', async () => {
    const report = boardReportFixture({ measures: 20, published: true });
    const workbook = await readBack(report);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(Object.values(SHEETS));
    for (const ws of workbook.worksheets) {
      expect(ws.getCell('A1').value).toBe(
        'Nämndrapport 2024-08 – Hälso- och sjukvårdsförvaltningen – Handlingsplan för ekonomi i balans 2024–2026',
      );
      expect(ws.getCell('A1').font?.bold).toBe(true);
      const subtitle = String(ws.getCell('A2').value);
      expect(subtitle).toContain('Region Norrbotten / Hälso- och sjukvårdsförvaltningen');
      expect(subtitle).toContain('Period 2024-08');
      expect(subtitle).toContain('Uttaget 2024-09-05 14:30');
      expect(subtitle).toContain('Publicerad 2024-09-10 för Regionstyrelsen');
      expect(ws.getRow(HEADER_ROW).getCell(1).font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
      expect(ws.getColumn(1).width).toBeGreaterThan(10);
    }
  });

  it('holds the key figures as numbers equal to the model, kronor shown in mnkr', async () => {
    const report = boardReportFixture({ measures: 20 });
    const ws = sheet(await readBack(report), SHEETS.figures);
    const rows = body(ws);
    const labels = figureLabels(report.year);
    expect(rows.map((row) => row[0])).toEqual(labels.map((l) => l.label));
    labels.forEach(({ key }, index) => {
      const cell = ws.getRow(HEADER_ROW + 1 + index).getCell(2);
      expect(typeof cell.value).toBe('number');
      expect(cell.value).toBe(report.figures[key]);
      expect(cell.numFmt).toContain(key === 'staleShare' ? '%' : 'mnkr');
      if (key !== 'staleShare') expect(cell.numFmt).toMatch(/0\.0,, "mnkr"/);
    });
  });

  it('lists every measure with its figures as numbers, and the units, decisions, lists and chart data', async () => {
    const report = boardReportFixture({ measures: 40 });
    const workbook = await readBack(report);
    const measures = body(sheet(workbook, SHEETS.measures));
    expect(measures.map((row) => row[1])).toEqual(report.measures.map((m) => m.code));
    report.measures.forEach((m, index) => {
      const row = measures[index] ?? [];
      expect(row.slice(5, 9)).toEqual([m.planned, m.outcome, m.forecast, m.deviation]);
      for (const value of row.slice(5, 9)) expect(typeof value).toBe('number');
      expect(row[13]).toBe(m.stale ? 'Ja' : 'Nej');
    });
    const amountCell = sheet(workbook, SHEETS.measures)
      .getRow(HEADER_ROW + 1)
      .getCell(6);
    expect(amountCell.numFmt).toContain('mnkr');
    const units = body(sheet(workbook, SHEETS.units));
    expect(units.map((row) => row[6])).toEqual(report.units.map((u) => u.forecast));
    expect(units.map((row) => row[2])).toEqual(report.units.map((u) => u.target ?? undefined));
    const decisions = body(sheet(workbook, SHEETS.decisions));
    expect(decisions).toHaveLength(report.decisions.length);
    expect(decisions[0]?.[1]).toEqual(new Date('2024-02-20T00:00:00.000Z'));
    const lists = body(sheet(workbook, SHEETS.lists));
    const named = (name: string) => lists.filter((row) => row[0] === name);
    expect(named('Åtgärder utan beslut').map((row) => row[1])).toEqual(report.withoutDecision);
    expect(named('Saknar riskbedömning (RKA)').map((row) => row[1])).toEqual(report.missingRiskAnalysis);
    expect(named('Inaktuella uppgifter').map((row) => row[1])).toEqual(
      report.staleMeasures.map((s) => s.code),
    );
    expect(named('Åtgärdsbeting som inte accepterats').map((row) => row[4])).toEqual(
      report.commitmentsNotAccepted.map((c) => c.amount),
    );
    expect(named('Uppdrag efter förfallodag')).toHaveLength(1);
    const charts = body(sheet(workbook, SHEETS.charts));
    const waterfall = charts.findIndex((row) => String(row[0]).startsWith('Vattenfall'));
    expect(charts.slice(waterfall + 1).map((row) => row[2])).toEqual(
      report.charts.waterfall?.steps.map((s) => s.amount),
    );
  });

  it('writes empty sheets for a report without measures, units or decisions', async () => {
    const report: TBoardReport = {
      ...boardReportFixture({ measures: 0, waterfall: false }),
      units: [],
      decisions: [],
      assignmentsPastDue: [],
      commitmentsNotAccepted: [],
      notedDecisions: [],
    };
    const workbook = await readBack(report);
    expect(body(sheet(workbook, SHEETS.measures))).toEqual([]);
    expect(body(sheet(workbook, SHEETS.units))).toEqual([]);
    expect(body(sheet(workbook, SHEETS.figures))).toHaveLength(9);
  });
});
