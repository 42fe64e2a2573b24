/**
 * Board report models for the renderers' tests: `boardReportFixture({ measures: 300 })` gives three
 * sub-units of a Swedish region with realistic names (å, ä, ö), N measures spread over them, decisions,
 * lists and charts; every figure is whole kronor, and the model passes `ZBoardReport`.
 */
import { randomUUID } from 'node:crypto';
import { REPORT_STATUSES } from '../../shared/enums';
import { type TBoardReport, type TReportMeasure, ZBoardReport } from '../../shared/schemas/board-report';

const ORG = 'Region Norrbotten';
const ROOT = 'Region Norrbotten / Hälso- och sjukvårdsförvaltningen';
const UNITS = ['Närsjukvård Östra', 'Specialistvård Älvdalen', 'Psykiatri och rättspsykiatri'] as const;
const TITLES = [
  'Översyn av bemanning på akutmottagningen',
  'Minskad användning av hyrläkare',
  'Samordnade inköp av förbrukningsmaterial',
  'Lokaleffektivisering i Ö-vik',
  'Digitala vårdbesök i stället för fysiska återbesök',
  'Färre köpta vårdplatser',
  'Översyn av läkemedelssortimentet',
  'Samlokalisering av laboratorierna',
];
const PEOPLE = ['Åsa Öberg', 'Jörgen Ärlig', 'Märta Lindqvist', null, 'Björn Ståhl'] as const;

export interface FixtureOptions {
  measures?: number;
  units?: number;
  asOf?: string | null;
  published?: boolean;
  waterfall?: boolean;
}

function id(): string {
  return randomUUID();
}

function measure(index: number, unitIds: readonly string[]): TReportMeasure {
  const unitIndex = index % unitIds.length;
  const planned = 250_000 + ((index * 137_123) % 4_800_000);
  const forecast = Math.round(planned * (0.4 + ((index * 7) % 7) / 10));
  const stale = index % 9 === 4;
  const status = index % 11 === 10 ? null : (REPORT_STATUSES[index % REPORT_STATUSES.length] ?? 'green');
  return {
    id: id(),
    code: `HS-${String(index + 1).padStart(3, '0')}`,
    title: TITLES[index % TITLES.length] ?? 'Åtgärd',
    unit: `${ROOT} / ${UNITS[unitIndex % UNITS.length]}`,
    groupUnitId: unitIds[unitIndex] ?? unitIds[0] ?? id(),
    responsible: PEOPLE[index % PEOPLE.length] ?? null,
    planned,
    outcome: Math.round(forecast * 0.6),
    forecast,
    deviation: forecast - planned,
    status,
    measureStatus: index % 13 === 12 ? 'cancelled' : 'decided',
    comment:
      index % 3 === 0
        ? 'Rekryteringen av egna specialister går långsammare än väntat; effekten förskjuts till hösten.'
        : null,
    lastReported: status === null ? null : stale ? '2024-04' : '2024-08',
    stale,
  };
}

export function boardReportFixture(options: FixtureOptions = {}): TBoardReport {
  const count = options.measures ?? 12;
  const unitCount = options.units ?? 3;
  const unitIds = Array.from({ length: unitCount }, id);
  const measures = Array.from({ length: count }, (_, index) => measure(index, unitIds));
  const sum = (list: readonly TReportMeasure[], key: 'planned' | 'outcome' | 'forecast') =>
    list.reduce((total, m) => total + m[key], 0);
  const forecast = sum(measures, 'forecast');
  const stale = measures.filter((m) => m.stale).reduce((total, m) => total + m.forecast, 0);
  const target = 500_000_000;
  const units = unitIds.map((unitId, index) => {
    const own = measures.filter((m) => m.groupUnitId === unitId);
    const unitForecast = sum(own, 'forecast');
    const unitStale = own.filter((m) => m.stale).reduce((total, m) => total + m.forecast, 0);
    const unitTarget = index === 2 ? null : 150_000_000 + index * 20_000_000;
    const name = UNITS[index % UNITS.length] ?? `Enhet ${index}`;
    return {
      unitId,
      path: `${ROOT} / ${name}`,
      name,
      target: unitTarget,
      planned: sum(own, 'planned'),
      originalPlanned: sum(own, 'planned') + 1_200_000,
      outcome: sum(own, 'outcome'),
      forecast: unitForecast,
      deviation: unitTarget === null ? null : unitForecast - unitTarget,
      riskWeighted: Math.round(unitForecast * 0.82),
      stale: unitStale,
      staleShare: unitForecast === 0 ? 0 : unitStale / unitForecast,
      analysis:
        index === 1
          ? null
          : {
              text: 'Förvaltningen når inte sparbetinget i år. Den största avvikelsen gäller hyrläkare, där avtalen löper till årsskiftet. Åtgärderna för lokaler och inköp går enligt plan.',
              byName: 'Karin Åström',
              at: '2024-09-03T08:15:00.000Z',
            },
      comments: own
        .filter((m) => m.comment !== null)
        .slice(0, 4)
        .map((m) => ({ code: m.code, comment: m.comment ?? '', byName: m.responsible ?? 'Okänd' })),
    };
  });
  const decisionId = id();
  const pastDue = {
    id: id(),
    body: 'Regionstyrelsen',
    meetingDate: '2024-03-12',
    paragraph: '§ 45',
    kind: 'assignment' as const,
    text: 'Förvaltningen får i uppdrag att redovisa en plan för minskad användning av hyrpersonal.',
    dueOn: '2024-06-30',
    assignmentStatus: 'open',
    attachmentUrl: 'https://example.se/protokoll/rs-2024-03-12.pdf',
    measureCodes: measures.slice(1, 3).map((m) => m.code),
  };
  const report: TBoardReport = {
    organisation: ORG,
    plan: { id: id(), name: 'Handlingsplan för ekonomi i balans 2024–2026', convention: 'level' },
    unit: { id: id(), path: ROOT, name: 'Hälso- och sjukvårdsförvaltningen' },
    period: '2024-08',
    year: 2024,
    asOf: options.asOf ?? null,
    generatedAt: '2024-09-05T12:30:00.000Z',
    figures: {
      target,
      planned: sum(measures, 'planned'),
      originalPlanned: sum(measures, 'planned') + 3_600_000,
      outcome: sum(measures, 'outcome'),
      forecast,
      deviation: forecast - target,
      riskWeighted: Math.round(forecast * 0.82),
      stale,
      staleShare: forecast === 0 ? 0 : stale / forecast,
    },
    units,
    measures,
    decisions: [
      {
        id: decisionId,
        body: 'Hälso- och sjukvårdsnämnden',
        meetingDate: '2024-02-20',
        paragraph: '§ 12',
        kind: 'decision',
        text: 'Nämnden beslutar att genomföra åtgärderna i handlingsplanen.',
        dueOn: null,
        assignmentStatus: null,
        attachmentUrl: null,
        measureCodes: measures.slice(0, 5).map((m) => m.code),
      },
      pastDue,
      {
        id: id(),
        body: 'Regionstyrelsen',
        meetingDate: '2024-06-11',
        paragraph: null,
        kind: 'noted',
        text: 'Informationen om uppföljningen antecknas till protokollet.',
        dueOn: null,
        assignmentStatus: null,
        attachmentUrl: null,
        measureCodes: [],
      },
    ],
    withoutDecision: measures.filter((_, i) => i % 4 === 1).map((m) => m.code),
    missingRiskAnalysis: measures.slice(0, 2).map((m) => m.code),
    staleMeasures: measures
      .filter((m) => m.stale)
      .map((m) => ({ code: m.code, responsible: m.responsible, lastReported: m.lastReported })),
    notedDecisions: ['Informationen om uppföljningen antecknas till protokollet.'],
    assignmentsPastDue: [pastDue],
    commitmentsNotAccepted: [
      {
        unit: `${ROOT} / ${UNITS[0]}`,
        manager: 'Åsa Öberg',
        amount: 42_500_000,
        state: 'pending',
        declineReason: null,
      },
      {
        unit: `${ROOT} / ${UNITS[2]}`,
        manager: null,
        amount: 18_000_000,
        state: 'declined',
        declineReason: 'Beloppet går inte att nå utan att stänga vårdplatser.',
      },
    ],
    charts: {
      unitTargets: units.map((u) => ({ path: u.path, target: u.target, forecast: u.forecast })),
      forecastHistory: [
        '2024-01',
        '2024-02',
        '2024-03',
        '2024-04',
        '2024-05',
        '2024-06',
        '2024-07',
        '2024-08',
      ]
        .slice(0, 8)
        .map((period, i) => ({
          period,
          forecast: Math.round(forecast * (1.2 - i * 0.025)),
          outcome: Math.round(sum(measures, 'outcome') * ((i + 1) / 8)),
          target,
        })),
      savingsTypes: [
        { savingsType: 'efficiency', planned: 210_000_000, forecast: 160_000_000 },
        { savingsType: 'rationing', planned: 90_000_000, forecast: 70_000_000 },
        { savingsType: 'costParity', planned: 40_000_000, forecast: 22_000_000 },
        { savingsType: 'generalCut', planned: 25_000_000, forecast: 25_000_000 },
        { savingsType: '', planned: 12_000_000, forecast: 9_000_000 },
      ],
      waterfall:
        options.waterfall === false
          ? null
          : {
              scenarioName: 'Budgetunderlag 2024',
              year: 2024,
              steps: [
                { label: 'Resultat utan åtgärder', amount: -420_000_000, kind: 'start' },
                { label: 'Åtgärdernas prognos', amount: 310_700_000, kind: 'step' },
                { label: 'Generella statsbidrag', amount: 60_000_000, kind: 'step' },
                { label: 'Resultat med åtgärder', amount: -49_300_000, kind: 'end' },
                { label: 'Resultatmål', amount: 95_000_000, kind: 'end' },
              ],
            },
    },
    published: options.published
      ? {
          id: id(),
          publishedAt: '2024-09-10T07:00:00.000Z',
          byName: 'Karin Åström',
          body: 'Regionstyrelsen',
          meetingDate: '2024-09-17',
        }
      : null,
  };
  return ZBoardReport.parse(report);
}
