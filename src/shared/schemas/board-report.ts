import { z } from 'zod';
import { DECISION_KINDS, EFFECT_CONVENTIONS, MEASURE_STATUSES, REPORT_STATUSES } from '../enums';
import { ZAsOf, ZId, ZIsoDate, ZKronor, ZMonth, ZText } from './common';

/**
 * The board report (*nämndrapport / rapport till regionstyrelsen*, SPEC §6; issue 12): one model that the web
 * page, the PDF and the XLSX all render, and that `balans report --format json` prints. Amounts are whole
 * kronor; periods `YYYY-MM`; instants ISO 8601. The figures equal the follow-up summary of the same plan,
 * unit, period and instant.
 */

/** The key figures of a unit (subtree) for the report's year as of its period. */
export const ZReportFigures = z.object({
  target: ZKronor.nullable(),
  planned: ZKronor,
  originalPlanned: ZKronor.nullable(),
  outcome: ZKronor,
  forecast: ZKronor,
  /** forecast − target; null without a target. */
  deviation: ZKronor.nullable(),
  riskWeighted: ZKronor,
  /** Kronor of the forecast that rests on stale data. */
  stale: ZKronor,
  /** stale ÷ forecast (0 when the forecast is 0), a ratio 0…1 — not a percentage. */
  staleShare: z.number(),
});
export type TReportFigures = z.infer<typeof ZReportFigures>;

/** A controller's written analysis of a unit for a period. */
export const ZReportAnalysis = z.object({
  text: z.string(),
  byName: z.string(),
  at: z.string(),
  /** The analysis's version, to send back with a change (PUT …/board-report/analyses). */
  version: z.number().int().optional(),
});

/** A sub-unit of the report's unit (its direct children, and the unit itself for its own measures). */
export const ZReportUnit = ZReportFigures.extend({
  unitId: ZId,
  /** Full path from the top. */
  path: z.string(),
  name: z.string(),
  /** The controller's written analysis for this unit and period; null when none was written. */
  analysis: ZReportAnalysis.nullable(),
  /** The managers' comments of the period's reports of this unit's measures, compiled. */
  comments: z.array(z.object({ code: z.string(), comment: z.string(), byName: z.string() })),
});
export type TReportUnit = z.infer<typeof ZReportUnit>;

export const ZReportMeasure = z.object({
  id: ZId,
  code: z.string(),
  title: z.string(),
  /** Full path of the measure's own unit. */
  unit: z.string(),
  /** The sub-unit (ZReportUnit.unitId) the measure is grouped under. */
  groupUnitId: ZId,
  responsible: z.string().nullable(),
  planned: ZKronor,
  outcome: ZKronor,
  forecast: ZKronor,
  /** forecast − planned. */
  deviation: ZKronor,
  /** The latest report's status at or before the period; null when the measure never reported. */
  status: z.enum(REPORT_STATUSES).nullable(),
  measureStatus: z.enum(MEASURE_STATUSES),
  comment: z.string().nullable(),
  /** The latest period the measure reported in, at or before the report's period. */
  lastReported: z.string().nullable(),
  stale: z.boolean(),
  /** The measure's savings type (the key of charts.savingsTypes; '' without one), for linking the chart. */
  savingsType: z.string().optional(),
});
export type TReportMeasure = z.infer<typeof ZReportMeasure>;

export const ZReportDecision = z.object({
  id: ZId,
  body: z.string(),
  meetingDate: z.string(),
  paragraph: z.string().nullable(),
  kind: z.enum(DECISION_KINDS),
  text: z.string(),
  dueOn: z.string().nullable(),
  assignmentStatus: z.string().nullable(),
  attachmentUrl: z.string().nullable(),
  measureCodes: z.array(z.string()),
});
export type TReportDecision = z.infer<typeof ZReportDecision>;

export const ZWaterfallStep = z.object({
  label: z.string(),
  amount: ZKronor,
  /** start and end are levels (bars from zero); step is a change from the previous level. */
  kind: z.enum(['start', 'step', 'end']),
});

export const ZBoardReport = z.object({
  organisation: z.string(),
  plan: z.object({ id: ZId, name: z.string(), convention: z.enum(EFFECT_CONVENTIONS) }),
  unit: z.object({ id: ZId, path: z.string(), name: z.string() }),
  period: z.string(),
  year: z.number().int(),
  /** The instant the figures were read as of; null for the present (then `generatedAt` says when). */
  asOf: z.string().nullable(),
  generatedAt: z.string(),
  figures: ZReportFigures,
  units: z.array(ZReportUnit),
  /** The controller's analysis of the report's unit itself (as a whole) for the period; null when none. */
  analysis: ZReportAnalysis.nullable().optional(),
  measures: z.array(ZReportMeasure),
  /** Decisions concerning the plan whose meeting date falls in the report's year up to the period's end. */
  decisions: z.array(ZReportDecision),
  /** Codes of measures (not *utgår*) with no linked decision of kind *beslut*. */
  withoutDecision: z.array(z.string()),
  /** Codes of measures that need a risk and consequence analysis (RKA) and have none done. */
  missingRiskAnalysis: z.array(z.string()),
  staleMeasures: z.array(
    z.object({ code: z.string(), responsible: z.string().nullable(), lastReported: z.string().nullable() }),
  ),
  /** Decisions that were only noted (*information antecknas till protokollet*), of the report's decisions. */
  notedDecisions: z.array(z.string()),
  assignmentsPastDue: z.array(ZReportDecision),
  commitmentsNotAccepted: z.array(
    z.object({
      unit: z.string(),
      manager: z.string().nullable(),
      amount: ZKronor,
      state: z.enum(['pending', 'declined']),
      declineReason: z.string().nullable(),
    }),
  ),
  charts: z.object({
    /** Per sub-unit: target (sparbeting) and forecast. */
    unitTargets: z.array(z.object({ path: z.string(), target: ZKronor.nullable(), forecast: ZKronor })),
    /** The forecast of the subtree per period of the year up to the report's period. */
    forecastHistory: z.array(
      z.object({ period: z.string(), forecast: ZKronor, outcome: ZKronor, target: ZKronor.nullable() }),
    ),
    /** Planned and forecast per savings type (the audit pyramid); key '' for measures without one. */
    savingsTypes: z.array(z.object({ savingsType: z.string(), planned: ZKronor, forecast: ZKronor })),
    /** From the baseline result through the plan's forecast to the result goal; null without a scenario. */
    waterfall: z
      .object({ scenarioName: z.string(), year: z.number().int(), steps: z.array(ZWaterfallStep) })
      .nullable(),
  }),
  /** Set on a report as published (frozen); null on a generated one. */
  published: z
    .object({
      id: ZId,
      publishedAt: z.string(),
      byName: z.string(),
      body: z.string().nullable(),
      meetingDate: z.string().nullable(),
    })
    .nullable(),
});
export type TBoardReport = z.infer<typeof ZBoardReport>;

/** PUT /api/plans/:id/board-report/analyses: the controller's analysis of a unit for a period. */
export const ZReportAnalysisInput = z.object({
  orgUnitId: ZId,
  period: ZMonth,
  text: ZText(20_000),
  /** The version the client edited: 409 when someone else saved a newer one since; absent: overwrite. */
  version: z.number().int().optional(),
});
export type TReportAnalysisInput = z.infer<typeof ZReportAnalysisInput>;

export const ZSavedReportAnalysis = ZReportAnalysis.extend({
  orgUnitId: ZId,
  period: z.string(),
  version: z.number().int(),
});
export type TSavedReportAnalysis = z.infer<typeof ZSavedReportAnalysis>;

/** One published board report in a list (GET /api/board-reports). */
export const ZPublishedReportSummary = z.object({
  id: ZId,
  planId: ZId,
  planName: z.string(),
  unitId: ZId,
  /** Full path from the top. */
  unitPath: z.string(),
  period: z.string(),
  /** The instant the figures were read as of. */
  figuresAsOf: z.string(),
  bodyId: ZId.nullable(),
  /** The body's name; null when published for no body. */
  body: z.string().nullable(),
  meetingDate: z.string().nullable(),
  publishedAt: z.string(),
  byName: z.string(),
  pdfSha256: z.string(),
  xlsxSha256: z.string(),
});
export type TPublishedReportSummary = z.infer<typeof ZPublishedReportSummary>;

/** The answer to publishing: the report as stored, with the published report's id also at the top. */
export const ZPublishedBoardReport = ZBoardReport.extend({ id: ZId });
export type TPublishedBoardReport = z.infer<typeof ZPublishedBoardReport>;

/** POST /api/plans/:id/board-reports: publish (freeze) the report of a unit and a period. */
export const ZPublishInput = z.object({
  unitId: ZId.optional(),
  period: ZMonth,
  /** Publish the figures as of this past instant; the present when absent. */
  asOf: ZAsOf.optional(),
  bodyId: ZId.nullable().optional(),
  meetingDate: ZIsoDate.nullable().optional(),
});
