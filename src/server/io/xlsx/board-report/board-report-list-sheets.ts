/**
 * Sheets `Beslut`, `Listor` and `Diagramdata` of the board report workbook. `Listor` stacks the lists, each
 * under its name in a column of its own, so the sheet filters by list; `Diagramdata` holds the numbers every
 * chart of the PDF draws, one block per chart.
 */
import type { TBoardReport, TReportDecision } from '../../../../shared/schemas/board-report';
import {
  assignmentStatusText,
  commitmentStateText,
  decisionKindText,
  measuresByCode,
  savingsTypeText,
} from '../../board-report-labels';
import { addRow } from '../../scenario-workbook-cells';
import { SHEETS } from './board-report-sheets';
import { type Cell, day, kronor, startSheet, text, type Workbook, writeRow } from './board-report-xlsx-cells';

function decisionCells(decision: TReportDecision): Cell[] {
  return [
    text(decision.body),
    day(decision.meetingDate),
    text(decision.paragraph),
    text(decisionKindText(decision.kind)),
    text(decision.text),
    day(decision.dueOn),
    text(assignmentStatusText(decision.assignmentStatus)),
    text(decision.attachmentUrl),
    text(decision.measureCodes.join(', ')),
  ];
}

const DECISION_COLUMNS = [
  { heading: 'Organ', width: 30 },
  { heading: 'Sammanträde', width: 13 },
  { heading: '§', width: 8 },
  { heading: 'Typ', width: 22 },
  { heading: 'Beslut', width: 70 },
  { heading: 'Förfallodag', width: 13 },
  { heading: 'Status', width: 16 },
  { heading: 'Protokoll', width: 40 },
  { heading: 'Åtgärder', width: 40 },
];

export function writeDecisionsSheet(workbook: Workbook, report: TBoardReport): void {
  const note = `Beslut om planen ${report.year} till och med ${report.period}.`;
  const sheet = startSheet(workbook, report, SHEETS.decisions, DECISION_COLUMNS, note);
  for (const decision of report.decisions) writeRow(sheet, decisionCells(decision));
  sheet.commit();
}

export const LIST_NAMES = {
  withoutDecision: 'Åtgärder utan beslut',
  missingRiskAnalysis: 'Saknar riskbedömning (RKA)',
  stale: 'Inaktuella uppgifter',
  noted: 'Endast antecknade till protokollet',
  pastDue: 'Uppdrag efter förfallodag',
  commitments: 'Åtgärdsbeting som inte accepterats',
} as const;

export function writeListsSheet(workbook: Workbook, report: TBoardReport): void {
  const sheet = startSheet(
    workbook,
    report,
    SHEETS.lists,
    [
      { heading: 'Lista', width: 28 },
      { heading: 'Kod eller enhet', width: 40 },
      { heading: 'Åtgärd eller beslut', width: 60 },
      { heading: 'Ansvarig', width: 24 },
      { heading: 'Belopp', width: 14 },
      { heading: 'Senast inskickad eller datum', width: 18 },
      { heading: 'Status eller skäl', width: 40 },
    ],
    'Beloppen är hela kronor i cellerna och visas i mnkr; Belopp är planerad nivå för åtgärder och betinget för beting.',
  );
  const byCode = measuresByCode(report);
  const codeRow = (list: string, code: string) => {
    const m = byCode.get(code);
    writeRow(sheet, [
      text(list),
      text(code),
      text(m?.title),
      text(m?.responsible),
      kronor(m?.planned ?? null),
      text(m?.lastReported),
    ]);
  };
  for (const code of report.withoutDecision) codeRow(LIST_NAMES.withoutDecision, code);
  for (const code of report.missingRiskAnalysis) codeRow(LIST_NAMES.missingRiskAnalysis, code);
  for (const s of report.staleMeasures) {
    const m = byCode.get(s.code);
    writeRow(sheet, [
      text(LIST_NAMES.stale),
      text(s.code),
      text(m?.title),
      text(s.responsible),
      kronor(m?.planned ?? null),
      text(s.lastReported ?? 'aldrig'),
    ]);
  }
  const decisions = new Map(report.decisions.map((d) => [d.id, d]));
  for (const entry of report.notedDecisions) {
    const d = decisions.get(entry);
    writeRow(sheet, [
      text(LIST_NAMES.noted),
      text(d?.body),
      text(d?.text ?? entry),
      text(null),
      kronor(null),
      day(d?.meetingDate ?? null),
    ]);
  }
  for (const d of report.assignmentsPastDue) {
    writeRow(sheet, [
      text(LIST_NAMES.pastDue),
      text(d.body),
      text(d.text),
      text(null),
      kronor(null),
      day(d.dueOn),
      text(assignmentStatusText(d.assignmentStatus)),
    ]);
  }
  for (const c of report.commitmentsNotAccepted) {
    const state = commitmentStateText(c.state);
    writeRow(sheet, [
      text(LIST_NAMES.commitments),
      text(c.unit),
      text(null),
      text(c.manager),
      kronor(c.amount),
      text(null),
      text(c.declineReason ? `${state}: ${c.declineReason}` : state),
    ]);
  }
  sheet.commit();
}

export function writeChartsSheet(workbook: Workbook, report: TBoardReport): void {
  const sheet = startSheet(
    workbook,
    report,
    SHEETS.charts,
    [
      { heading: 'Diagram', width: 34 },
      { heading: 'Kategori', width: 50 },
      { heading: 'Värde 1', width: 16 },
      { heading: 'Värde 2', width: 16 },
      { heading: 'Värde 3', width: 16 },
    ],
    'Siffrorna bakom rapportens diagram, i hela kronor som visas i mnkr. Kolumnernas innebörd står på varje diagrams första rad.',
  );
  const { unitTargets, forecastHistory, savingsTypes, waterfall } = report.charts;
  addRow(sheet, ['Sparbeting och prognos per enhet', 'Enhet', 'Sparbeting', 'Prognos'], { isBold: true });
  for (const u of unitTargets) {
    writeRow(sheet, [text(''), text(u.path), kronor(u.target), kronor(u.forecast)]);
  }
  addRow(sheet, ['Prognos per period', 'Period', 'Prognos', 'Utfall hittills', 'Mål'], { isBold: true });
  for (const h of forecastHistory) {
    writeRow(sheet, [text(''), text(h.period), kronor(h.forecast), kronor(h.outcome), kronor(h.target)]);
  }
  addRow(sheet, ['Besparingspyramiden', 'Besparingstyp', 'Planerad nivå', 'Prognos'], { isBold: true });
  for (const s of savingsTypes) {
    writeRow(sheet, [text(''), text(savingsTypeText(s.savingsType)), kronor(s.planned), kronor(s.forecast)]);
  }
  if (waterfall) {
    const title = `Vattenfall: ${waterfall.scenarioName} ${waterfall.year}`;
    addRow(sheet, [title, 'Steg', 'Belopp', 'Slag'], { isBold: true });
    for (const step of waterfall.steps) {
      const kind = step.kind === 'step' ? 'förändring' : 'nivå';
      writeRow(sheet, [text(''), text(step.label), kronor(step.amount), text(kind)]);
    }
  }
  sheet.commit();
}
