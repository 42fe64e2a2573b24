/**
 * The rows of a scenario's result per year as the files show them (sheet `Resultat` of the .xlsx and the
 * year table of the PDF): one list, so both say the same thing in the same order with the same words.
 */
import type { PlanLevelSource, PlanSource } from '../../domain/scenario/plan-level';
import { formatAmount } from '../../shared/money';
import { formatRate } from '../../shared/scenario-assumptions';
import type { TScenarioResult } from '../../shared/schemas/scenario';

type ResultYear = TScenarioResult['years'][number];

export type ResultCell =
  | { kind: 'amount'; kronor: number | null }
  | { kind: 'share'; part: number; whole: number }
  | { kind: 'text'; text: string };

export interface ResultRow {
  label: string;
  cell: (year: ResultYear) => ResultCell;
  /** Key figures a reader looks for first (bold in the PDF). */
  isKey?: boolean;
}

/** Where a scenario takes its plan level from, as a sentence part. */
export const PLAN_SOURCE_SV: Record<PlanSource, string> = {
  full: 'planens planerade nivå',
  riskWeighted: 'planens riskviktade prognos',
  forecast: 'uppföljningens senaste prognos',
  given: 'angiven per år i scenariot',
};

const PLAN_LEVEL_SOURCE_SV: Record<PlanLevelSource, string> = {
  full: 'planerad',
  riskWeighted: 'riskviktad',
  forecast: 'prognos',
  given: 'angiven',
  outsidePlan: 'utanför planen',
};

/** `prognos 2026-08` names the month whose forecast was used. */
export function planLevelSourceText(year: Pick<ResultYear, 'planLevelSource' | 'forecastPeriod'>): string {
  const word = PLAN_LEVEL_SOURCE_SV[year.planLevelSource];
  return year.planLevelSource === 'forecast' && year.forecastPeriod ? `${word} ${year.forecastPeriod}` : word;
}

/** mnkr with one decimal, Swedish style, without the unit (the table says mnkr): `−746,3`. */
export function mnkrText(kronor: number | null): string {
  return kronor === null ? '–' : formatAmount(kronor, { unit: 'mnkr', withUnit: false });
}

/** A share such as the result goal (0.02) as Swedish percent text: `2 %`. */
export function shareText(fraction: number): string {
  return `${formatRate(fraction)}\u00a0%`;
}

const amount = (pick: (year: ResultYear) => number | null) => (year: ResultYear) =>
  ({ kind: 'amount', kronor: pick(year) }) as const;

/** The rows in their order; the plan's own effects only when a plan is linked and readable. */
export function scenarioResultRows(result: TScenarioResult): ResultRow[] {
  const hasPlanEffects = result.years.some((year) => year.planEffects !== null);
  const planRows: ResultRow[] = hasPlanEffects
    ? [
        { label: 'Planens effekt: planerad nivå', cell: amount((y) => y.planEffects?.full ?? null) },
        { label: 'Planens effekt: riskviktad', cell: amount((y) => y.planEffects?.riskWeighted ?? null) },
        { label: 'Planens effekt: prognos', cell: amount((y) => y.planEffects?.forecast ?? null) },
      ]
    : [];
  return [
    { label: 'Skatteintäkter och generella statsbidrag', cell: amount((y) => y.revenue) },
    { label: 'Nettokostnad före handlingsplanen', cell: amount((y) => y.netCostBeforePlan) },
    { label: 'Handlingsplanens nivå', cell: amount((y) => y.planLevel) },
    { label: 'Planens nivå hämtad från', cell: (y) => ({ kind: 'text', text: planLevelSourceText(y) }) },
    { label: 'Nettokostnad', cell: amount((y) => y.netCost) },
    { label: 'Resultat', cell: amount((y) => y.result), isKey: true },
    {
      label: 'Resultat i % av skatteintäkter och generella statsbidrag',
      cell: (y) => ({ kind: 'share', part: y.result, whole: y.revenue }),
    },
    { label: `Resultatmål (${shareText(result.goalShare)})`, cell: amount((y) => y.goal) },
    { label: 'Gap till resultatmålet', cell: amount((y) => y.gap) },
    { label: 'Behövd handlingsplan', cell: amount((y) => y.requiredPlan), isKey: true },
    ...planRows,
    { label: 'Balanskravsresultat', cell: amount((y) => y.balanskravResult) },
    { label: 'Underskott kvar att återställa', cell: amount((y) => y.deficitOutstanding) },
    {
      label: 'Förfallet underskott',
      cell: (y) => ({ kind: 'text', text: y.deficitOverdue ? 'ja' : 'nej' }),
    },
  ];
}
