/**
 * The period's decisions and the lists the auditors asked for: measures without a decision, without a
 * required RKA, with stale data (and who owns them), decisions only noted, assignments past due, and
 * commitments not accepted. Each is a heading and a table, or a line saying the list is empty.
 */
import type { TBoardReport, TReportDecision } from '../../../../shared/schemas/board-report';
import {
  assignmentStatusText,
  commitmentStateText,
  decisionKindText,
  measuresByCode,
  mnkrText,
} from '../../board-report-labels';
import { COLORS, MARGIN } from '../pdf-document';
import { drawGrid, type GridColumn, type GridRow, gridStartHeight } from '../pdf-grid';
import { type Ctx, ensureRoom, heading, paragraph } from './board-report-page';

const OPTIONS = { fontSize: 7.5, x: MARGIN, maxLines: 5 };

function table(ctx: Ctx, title: string, columns: GridColumn[], rows: GridRow[], empty: string): void {
  const start = rows.length === 0 ? 20 : gridStartHeight(ctx.doc, columns, rows, OPTIONS);
  heading(ctx, 'H3', title, start);
  if (rows.length === 0) {
    paragraph(ctx, empty, { color: COLORS.muted, size: 8.5 });
    return;
  }
  ensureRoom(ctx.doc, start);
  drawGrid(ctx.doc, ctx.root, columns, rows, OPTIONS);
  ctx.doc.y += 6;
}

const DECISION_COLUMNS: GridColumn[] = [
  { heading: 'Organ', width: 110 },
  { heading: 'Sammanträde', width: 70 },
  { heading: '§', width: 36 },
  { heading: 'Typ', width: 86 },
  { heading: 'Beslut', width: 242 },
  { heading: 'Åtgärder', width: 98 },
  { heading: 'Förfallodag', width: 58 },
  { heading: 'Status', width: 62 },
];

function decisionRow(decision: TReportDecision): GridRow {
  const text = decision.attachmentUrl
    ? `${decision.text}\nProtokoll: ${decision.attachmentUrl}`
    : decision.text;
  return {
    cells: [
      decision.body,
      decision.meetingDate,
      decision.paragraph ?? '',
      decisionKindText(decision.kind),
      text,
      decision.measureCodes.join(', '),
      decision.dueOn ?? '',
      assignmentStatusText(decision.assignmentStatus),
    ],
  };
}

export function drawDecisions(ctx: Ctx): void {
  ctx.doc.addPage();
  heading(ctx, 'H2', 'Periodens beslut');
  paragraph(ctx, `Beslut om planen ${ctx.report.year} till och med ${ctx.report.period}.`, {
    size: 8.5,
    color: COLORS.muted,
  });
  const rows = ctx.report.decisions.map(decisionRow);
  if (rows.length === 0) paragraph(ctx, 'Inga beslut under perioden.', { color: COLORS.muted, size: 8.5 });
  else {
    ensureRoom(ctx.doc, gridStartHeight(ctx.doc, DECISION_COLUMNS, rows, OPTIONS));
    drawGrid(ctx.doc, ctx.root, DECISION_COLUMNS, rows, OPTIONS);
    ctx.doc.y += 6;
  }
}

const MEASURE_COLUMNS: GridColumn[] = [
  { heading: 'Kod', width: 60 },
  { heading: 'Åtgärd', width: 290 },
  { heading: 'Ansvarig', width: 140 },
  { heading: 'Planerat (mnkr)', width: 70, align: 'right' },
  { heading: 'Enhet', width: 202 },
];

function codeRows(report: TBoardReport, codes: readonly string[]): GridRow[] {
  const byCode = measuresByCode(report);
  return codes.map((code) => {
    const m = byCode.get(code);
    return {
      cells: [
        code,
        m?.title ?? '',
        m?.responsible ?? '–',
        m ? mnkrText(m.planned, false) : '',
        m?.unit ?? '',
      ],
    };
  });
}

/** A noted decision is named by its id, or by its text when it is none of the report's decisions. */
function notedRows(report: TBoardReport): GridRow[] {
  const byId = new Map(report.decisions.map((d) => [d.id, d]));
  return report.notedDecisions.map((entry) => {
    const d = byId.get(entry);
    return { cells: d ? [d.body, d.meetingDate, d.paragraph ?? '', d.text] : ['', '', '', entry] };
  });
}

export function drawLists(ctx: Ctx): void {
  const { report } = ctx;
  heading(ctx, 'H2', 'Att uppmärksamma');
  table(
    ctx,
    'Åtgärder utan beslut',
    MEASURE_COLUMNS,
    codeRows(report, report.withoutDecision),
    'Alla åtgärder har beslut.',
  );
  table(
    ctx,
    'Saknar riskbedömning (RKA)',
    MEASURE_COLUMNS,
    codeRows(report, report.missingRiskAnalysis),
    'Ingen åtgärd saknar en RKA som krävs.',
  );
  table(
    ctx,
    'Inaktuella uppgifter',
    [
      { heading: 'Kod', width: 60 },
      { heading: 'Åtgärd', width: 360 },
      { heading: 'Ansvarig', width: 200 },
      { heading: 'Senast inskickad', width: 142 },
    ],
    report.staleMeasures.map((s) => ({
      cells: [
        s.code,
        measuresByCode(report).get(s.code)?.title ?? '',
        s.responsible ?? '–',
        s.lastReported ?? 'aldrig',
      ],
    })),
    'Alla åtgärder har rapporterat för perioden.',
  );
  table(
    ctx,
    'Endast antecknade till protokollet',
    [
      { heading: 'Organ', width: 140 },
      { heading: 'Sammanträde', width: 80 },
      { heading: '§', width: 50 },
      { heading: 'Beslut', width: 492 },
    ],
    notedRows(report),
    'Inga.',
  );
  table(
    ctx,
    'Uppdrag efter förfallodag',
    DECISION_COLUMNS,
    report.assignmentsPastDue.map(decisionRow),
    'Inga.',
  );
  table(
    ctx,
    'Åtgärdsbeting som inte accepterats',
    [
      { heading: 'Enhet', width: 250 },
      { heading: 'Ansvarig chef', width: 130 },
      { heading: 'Belopp (mnkr)', width: 80, align: 'right' },
      { heading: 'Läge', width: 90 },
      { heading: 'Skäl', width: 212 },
    ],
    report.commitmentsNotAccepted.map((c) => ({
      cells: [
        c.unit,
        c.manager ?? '–',
        mnkrText(c.amount, false),
        commitmentStateText(c.state),
        c.declineReason ?? '',
      ],
    })),
    'Alla beting är accepterade.',
  );
}
