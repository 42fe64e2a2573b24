/**
 * The Swedish words and formatted values of the board report, shared by its PDF and its XLSX so both say
 * the same thing (words from docs/ui-terms.md and src/shared/enums.ts).
 */
import { formatSwedishDate, formatSwedishDateTime } from '../../shared/date-format';
import {
  ASSIGNMENT_STATUS_SV,
  type AssignmentStatus,
  COMMITMENT_STATE_SV,
  DECISION_KIND_SV,
  MEASURE_STATUS_SV,
  REPORT_STATUS_SV,
  SAVINGS_TYPE_SV,
  type SavingsType,
} from '../../shared/enums';
import { formatAmount, MINUS } from '../../shared/money';
import type { TBoardReport, TReportFigures, TReportMeasure } from '../../shared/schemas/board-report';

export type FigureKey = keyof TReportFigures;

/** The key figures in the order the report lists them; `staleShare` is a ratio, the others kronor. */
export function figureLabels(year: number): readonly { key: FigureKey; label: string }[] {
  return [
    { key: 'target', label: `Mål ${year}` },
    { key: 'planned', label: 'Planerad nivå' },
    { key: 'originalPlanned', label: 'Ursprunglig plan' },
    { key: 'outcome', label: 'Utfall hittills' },
    { key: 'forecast', label: 'Prognos' },
    { key: 'deviation', label: 'Avvikelse mot målet' },
    { key: 'riskWeighted', label: 'Riskviktad prognos' },
    { key: 'stale', label: 'Inaktuellt belopp' },
    { key: 'staleShare', label: 'Inaktuell andel av prognosen' },
  ];
}

/** `557,7 mnkr` (with the unit) or `557,7`; `–` for no amount. */
export function mnkrText(kronor: number | null, withUnit = true): string {
  return kronor === null ? '–' : formatAmount(kronor, { unit: 'mnkr', withUnit });
}

/** A ratio 0…1 as `12,3 %`; `–` when it is not a number. */
export function shareText(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  const tenths = Math.round(Math.abs(ratio) * 1000);
  const text = `${Math.floor(tenths / 10)},${tenths % 10}\u00a0%`;
  return ratio < 0 && tenths !== 0 ? `${MINUS}${text}` : text;
}

export function figureText(figures: TReportFigures, key: FigureKey): string {
  return key === 'staleShare' ? shareText(figures.staleShare) : mnkrText(figures[key]);
}

export const NO_REPORT = 'ingen rapport';
export const STALE = 'Inaktuellt';

/** The measure's status: the latest report's traffic light, and the measure's own status when it is out. */
export function measureStatusText(measure: TReportMeasure): string {
  const report = measure.status === null ? NO_REPORT : REPORT_STATUS_SV[measure.status];
  const own = measure.measureStatus;
  return own === 'cancelled' && measure.status !== 'cancelled'
    ? `${report} (${MEASURE_STATUS_SV.cancelled})`
    : report;
}

export function savingsTypeText(key: string): string {
  return key === '' ? 'utan besparingstyp' : (SAVINGS_TYPE_SV[key as SavingsType] ?? key);
}

export function decisionKindText(kind: keyof typeof DECISION_KIND_SV): string {
  return DECISION_KIND_SV[kind];
}

export function assignmentStatusText(status: string | null): string {
  if (status === null) return '';
  return ASSIGNMENT_STATUS_SV[status as AssignmentStatus] ?? status;
}

export function commitmentStateText(state: 'pending' | 'declined'): string {
  return COMMITMENT_STATE_SV[state];
}

/** The report's heading and document title. */
export function reportTitle(report: TBoardReport): string {
  return `Nämndrapport ${report.period} – ${report.unit.name}`;
}

/** When the figures were read: `Per …` for a report as of an instant, otherwise `Uttaget …`. */
export function readAtText(report: TBoardReport): string {
  return report.asOf === null
    ? `Uttaget ${formatSwedishDateTime(report.generatedAt)}`
    : `Per ${formatSwedishDateTime(report.asOf)}`;
}

export function publishedText(report: TBoardReport): string | null {
  const published = report.published;
  if (!published) return null;
  const day = formatSwedishDate(published.publishedAt);
  const meeting = published.meetingDate ? `, sammanträde ${published.meetingDate}` : '';
  const body = published.body ? ` för ${published.body}${meeting},` : '';
  return `Publicerad ${day}${body} av ${published.byName}`;
}

/** The organisation and, when it says more, the unit's path. */
export function scopeText(report: TBoardReport): string {
  const path = report.unit.path;
  if (path === '' || path === report.organisation) return report.organisation;
  return path.startsWith(`${report.organisation} / `) ? path : `${report.organisation} · ${path}`;
}

/** The measures by code, for lists that name only codes. */
export function measuresByCode(report: TBoardReport): Map<string, TReportMeasure> {
  return new Map(report.measures.map((measure) => [measure.code, measure]));
}

/** The last reported period, with the stale mark. */
export function lastReportedText(measure: TReportMeasure): string {
  const period = measure.lastReported ?? '–';
  return measure.stale ? `${period} · ${STALE.toLowerCase()}` : period;
}
