/** Sheets `Nyckeltal`, `Enheter`, `Kommentarer` and `Åtgärder` of the board report workbook. */
import { formatSwedishDateTime } from '../../../../shared/date-format';
import { MEASURE_STATUS_SV, REPORT_STATUS_SV } from '../../../../shared/enums';
import type { TBoardReport } from '../../../../shared/schemas/board-report';
import { figureLabels } from '../../board-report-labels';
import {
  type Cell,
  kronor,
  share,
  startSheet,
  text,
  type Workbook,
  writeRow,
} from './board-report-xlsx-cells';

export const SHEETS = {
  figures: 'Nyckeltal',
  units: 'Enheter',
  comments: 'Kommentarer',
  measures: 'Åtgärder',
  decisions: 'Beslut',
  lists: 'Listor',
  charts: 'Diagramdata',
} as const;

const AMOUNTS_NOTE = 'Beloppen är hela kronor i cellerna och visas i mnkr.';

export function writeFiguresSheet(workbook: Workbook, report: TBoardReport): void {
  const sheet = startSheet(
    workbook,
    report,
    SHEETS.figures,
    [
      { heading: 'Nyckeltal', width: 34 },
      { heading: 'Värde', width: 18 },
    ],
    `${AMOUNTS_NOTE} Avvikelse mot målet = prognos − mål; negativ betyder under målet.`,
  );
  for (const { key, label } of figureLabels(report.year)) {
    const value = key === 'staleShare' ? share(report.figures.staleShare) : kronor(report.figures[key]);
    writeRow(sheet, [text(label), value]);
  }
  sheet.commit();
}

const FIGURE_COLUMNS = [
  { heading: 'Sparbeting', width: 14 },
  { heading: 'Planerad nivå', width: 14 },
  { heading: 'Ursprunglig plan', width: 15 },
  { heading: 'Utfall hittills', width: 14 },
  { heading: 'Prognos', width: 14 },
  { heading: 'Avvikelse mot målet', width: 17 },
  { heading: 'Riskviktad prognos', width: 16 },
  { heading: 'Inaktuellt', width: 14 },
  { heading: 'Inaktuell andel', width: 13 },
];

export function writeUnitsSheet(workbook: Workbook, report: TBoardReport): void {
  const sheet = startSheet(
    workbook,
    report,
    SHEETS.units,
    [
      { heading: 'Enhet', width: 30 },
      { heading: 'Sökväg', width: 50 },
      ...FIGURE_COLUMNS,
      { heading: 'Controllerns analys', width: 80 },
      { heading: 'Analysen skriven av', width: 22 },
      { heading: 'Analysen skriven', width: 20 },
    ],
    AMOUNTS_NOTE,
  );
  for (const unit of report.units) {
    writeRow(sheet, [
      text(unit.name),
      text(unit.path),
      kronor(unit.target),
      kronor(unit.planned),
      kronor(unit.originalPlanned),
      kronor(unit.outcome),
      kronor(unit.forecast),
      kronor(unit.deviation),
      kronor(unit.riskWeighted),
      kronor(unit.stale),
      share(unit.staleShare),
      text(unit.analysis?.text),
      text(unit.analysis?.byName),
      text(unit.analysis ? formatSwedishDateTime(unit.analysis.at) : null),
    ]);
  }
  sheet.commit();
}

export function writeCommentsSheet(workbook: Workbook, report: TBoardReport): void {
  const sheet = startSheet(
    workbook,
    report,
    SHEETS.comments,
    [
      { heading: 'Enhet', width: 30 },
      { heading: 'Kod', width: 12 },
      { heading: 'Kommentar', width: 90 },
      { heading: 'Av', width: 24 },
    ],
    'Chefernas kommentarer i periodens rapporter, per enhet.',
  );
  for (const unit of report.units) {
    for (const comment of unit.comments) {
      writeRow(sheet, [text(unit.name), text(comment.code), text(comment.comment), text(comment.byName)]);
    }
  }
  sheet.commit();
}

export function writeMeasuresSheet(workbook: Workbook, report: TBoardReport): void {
  const sheet = startSheet(
    workbook,
    report,
    SHEETS.measures,
    [
      { heading: 'Grupperad under', width: 28 },
      { heading: 'Kod', width: 12 },
      { heading: 'Åtgärd', width: 48 },
      { heading: 'Åtgärdens enhet', width: 44 },
      { heading: 'Ansvarig', width: 22 },
      { heading: 'Planerat', width: 14 },
      { heading: 'Utfall', width: 14 },
      { heading: 'Prognos', width: 14 },
      { heading: 'Avvikelse mot plan', width: 17 },
      { heading: 'Status', width: 14 },
      { heading: 'Åtgärdens status', width: 16 },
      { heading: 'Kommentar', width: 60 },
      { heading: 'Senast inskickad', width: 16 },
      { heading: 'Inaktuellt', width: 11 },
    ],
    `${AMOUNTS_NOTE} Avvikelse mot plan = prognos − planerad nivå.`,
  );
  const unitNames = new Map(report.units.map((unit) => [unit.unitId, unit.name]));
  for (const m of report.measures) {
    const cells: Cell[] = [
      text(unitNames.get(m.groupUnitId) ?? ''),
      text(m.code),
      text(m.title),
      text(m.unit),
      text(m.responsible),
      kronor(m.planned),
      kronor(m.outcome),
      kronor(m.forecast),
      kronor(m.deviation),
      text(m.status === null ? 'ingen rapport' : REPORT_STATUS_SV[m.status]),
      text(MEASURE_STATUS_SV[m.measureStatus]),
      text(m.comment),
      text(m.lastReported),
      text(m.stale ? 'Ja' : 'Nej'),
    ];
    writeRow(sheet, cells);
  }
  sheet.commit();
}
