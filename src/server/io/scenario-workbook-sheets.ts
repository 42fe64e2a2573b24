/**
 * Sheets `Balanskrav` (the deficit ledger and its restoration schedule) and `Om scenariot` (what the figures
 * are made from) of the scenario workbook.
 */
import type ExcelJS from 'exceljs';
import { swedishDateTime } from '../../shared/instant';
import type { ScenarioExport, ScenarioFileOptions } from './scenario-export';
import { PLAN_SOURCE_SV } from './scenario-result-rows';
import { addRow, type CellInput, MNKR_FORMAT, mnkr, RATE_FORMAT } from './scenario-workbook-cells';

export const LEDGER_SHEET = 'Balanskrav';
export const ABOUT_SHEET = 'Om scenariot';

type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;

export function writeLedgerSheet(workbook: Workbook, content: ScenarioExport): void {
  const { deficits, schedule } = content.result.ledger;
  const sheet = workbook.addWorksheet(LEDGER_SHEET);
  sheet.columns = [{ width: 22 }, { width: 22 }, { width: 26 }, { width: 26 }, { width: 16 }];
  addRow(sheet, ['Underskott att återställa (Kommunallagen 11 kap.), belopp i mnkr']);
  addRow(
    sheet,
    [
      'Underskott från år',
      'Belopp (mnkr)',
      'Ska vara återställt senast',
      'Kvar att återställa (mnkr)',
      'Återställt år',
    ],
    { isHeader: true },
  );
  if (deficits.length === 0) addRow(sheet, ['Inga underskott']);
  for (const deficit of deficits) {
    addRow(
      sheet,
      [deficit.year, mnkr(deficit.amount), deficit.deadline, mnkr(deficit.remaining), deficit.restoredInYear],
      { formats: [undefined, MNKR_FORMAT, undefined, MNKR_FORMAT] },
    );
  }
  addRow(sheet, []);
  addRow(sheet, ['Återställningsplan']);
  addRow(sheet, ['Återställt år', 'Underskott från år', 'Belopp (mnkr)'], { isHeader: true });
  if (schedule.length === 0) addRow(sheet, ['Ingen återställning']);
  for (const step of schedule) {
    addRow(sheet, [step.restoredInYear, step.deficitYear, mnkr(step.amount)], {
      formats: [undefined, undefined, MNKR_FORMAT],
    });
  }
  sheet.commit();
}

function aboutRows(content: ScenarioExport, options: ScenarioFileOptions): [string, CellInput, string?][] {
  const { scenario, result } = content;
  return [
    ['Scenario', scenario.name],
    ['Källa för antagandena', scenario.sourceNote],
    ['Källans datum', scenario.sourceDate],
    ['Kopplad plan', result.plan?.name ?? 'ingen'],
    ['Planens nivå hämtas från', PLAN_SOURCE_SV[result.planSource]],
    ['Basår', result.base.year],
    ['Skatteintäkter och generella statsbidrag basåret (mnkr)', mnkr(result.base.revenue), MNKR_FORMAT],
    ['Nettokostnad basåret (mnkr)', mnkr(result.base.netCost), MNKR_FORMAT],
    ['Resultat basåret (mnkr)', mnkr(result.base.result), MNKR_FORMAT],
    ['Resultatmål (andel av skatteintäkter och generella statsbidrag)', result.goalShare, RATE_FORMAT],
    ...scenario.input.openingDeficits.map((deficit): [string, CellInput, string] => [
      `Ingående underskott från ${deficit.year} (mnkr)`,
      mnkr(deficit.amount),
      MNKR_FORMAT,
    ]),
    ['Version', scenario.version],
    [
      'Visas per',
      options.asOf === null ? 'senaste versionen' : `${swedishDateTime(options.asOf)} (svensk tid)`,
    ],
    ['Skapad', `${swedishDateTime(options.generatedAt)} (svensk tid)`],
    [
      'Belopp',
      'Belopp i mnkr; cellerna har beloppet exakt till kronan (upp till sex decimaler) och visar en decimal',
    ],
    [
      'Antaganden',
      'Bladet Antaganden kan läsas in i prognosverktyget igen. Procentsatser är tal formaterade som procent (0,035 visas 3,5 %). Raden Handlingsplanens nivå har den nivå som beräkningen använde.',
    ],
  ];
}

export function writeAboutSheet(
  workbook: Workbook,
  content: ScenarioExport,
  options: ScenarioFileOptions,
): void {
  const sheet = workbook.addWorksheet(ABOUT_SHEET);
  sheet.columns = [{ width: 58 }, { width: 70 }];
  addRow(sheet, ['Uppgift', 'Värde'], { isHeader: true });
  for (const [label, value, format] of aboutRows(content, options)) {
    addRow(sheet, [label, value], { formats: [undefined, format] });
  }
  sheet.commit();
}
