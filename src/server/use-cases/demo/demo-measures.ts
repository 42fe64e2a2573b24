import type { TMeasureInput } from '../../../shared/schemas/measure';

const HS = 'Exempelregionen / Hälso- och sjukvård';

/** What the preparation in October 2023 added to measures of the example plan (its template has no columns for it). */
export interface DemoPreparation {
  programmes?: string[];
  /** Cost shifts (*övervältring*): the unit (by path) that bears the cost, per year, in kronor. */
  costShifts?: { bearingUnitPath: string; year: number; amount: number; description: string }[];
  /** A risk and consequence analysis (RKA) is required; done on this day, or not yet (null). */
  riskAnalysis?: { doneOn: string | null };
}

export const DIGITAL = 'Digitalisering';
export const EMPLOYER = 'Färdplan 2030: Attraktiv arbetsgivare';

export const DEMO_PREPARATION: Readonly<Record<string, DemoPreparation>> = {
  'HS-03': { programmes: [EMPLOYER], riskAnalysis: { doneOn: '2023-10-19' } },
  'HS-06': {
    riskAnalysis: { doneOn: '2023-10-26' },
    costShifts: [
      {
        bearingUnitPath: `${HS} / Division Primärvård`,
        year: 2024,
        amount: 6_000_000,
        description: 'Fler patienter följs upp i primärvården när vårdplatserna blir färre',
      },
    ],
  },
  'HS-09': { programmes: [EMPLOYER] },
  'HS-10': { programmes: [DIGITAL] },
  'HS-11': {
    costShifts: [
      {
        bearingUnitPath: `${HS} / Division Primärvård`,
        year: 2024,
        amount: 2_500_000,
        description: 'Patienter som väntar på planerad vård söker oftare vårdcentralen',
      },
    ],
  },
  'HS-13': { programmes: [EMPLOYER], riskAnalysis: { doneOn: '2023-10-24' } },
  'KT-02': {
    riskAnalysis: { doneOn: '2023-10-12' },
    costShifts: [
      {
        bearingUnitPath: HS,
        year: 2024,
        amount: 1_500_000,
        description: 'Fler sjukresor med taxi där busstrafiken dras in',
      },
    ],
  },
  'RS-02': { programmes: [DIGITAL] },
  // Required but not done: the one measure the RKA check should point out.
  'RS-03': { programmes: [EMPLOYER], riskAnalysis: { doneOn: null } },
  'HOS-01': { programmes: [DIGITAL] },
  'HS-14': { riskAnalysis: { doneOn: '2023-10-27' } },
};

export const CANCELLED_CODE = 'HS-14';

/**
 * The measure proposed in October 2023, decided with the plan and cancelled (*utgår*) in June 2024: the one
 * way in which the original plan differs from the present plan. Not in the workbook (a re-import must not
 * bring it back); its unit and responsible are filled in by the loader.
 */
export const CANCELLED_MEASURE: Omit<TMeasureInput, 'orgUnitId' | 'responsibleUserId'> = {
  code: CANCELLED_CODE,
  title: 'Samlad kvällsanalys av laboratorieprover',
  description:
    'Analyser på kvällar och helger samlas till ett laboratorium; proverna från övriga sjukhus transporteras dit.',
  responsibleName: 'Divisionschef Medicinsk service',
  category: 'adaptive',
  group: 'utbud',
  savingsType: 'efficiency',
  feasibility: 2,
  isTemporary: false,
  status: 'proposed',
  startMonth: '2024-01',
  endMonth: null,
  fullEffectMonth: '2024-03',
  investment: null,
  oneOffCost: 400_000,
  runningCostPerYear: null,
  risks: {
    staff: { level: null, text: null },
    citizen: { level: 'high', text: 'Längre svarstider för akuta prover på de mindre sjukhusen' },
    operations: { level: null, text: null },
    longTerm: { level: null, text: null },
  },
  consequences: null,
  riskAnalysisRequired: false,
  riskAnalysisDoneOn: null,
  followUpMetric: 'Kronor enligt ordinarie redovisning',
  followUpMethod: null,
  periodicity: 'month',
  comment: null,
  effects: [
    { year: 2024, costType: 'operating', amount: 9_000_000 },
    { year: 2025, costType: 'operating', amount: 9_000_000 },
  ],
  milestones: [],
  links: [],
  costShifts: [],
  programmes: [],
};
