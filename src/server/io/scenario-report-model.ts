/**
 * The content of a scenario's PDF report as plain strings and numbers, without any drawing: what the report
 * says is tested here to the character, and `render-scenario-pdf.ts` only lays it out. The board report of
 * SPEC §6 is meant to follow the same split (decision 0010).
 */

import { swedishDateTime } from '../../shared/instant';
import { percentText } from '../../shared/percent';
import type { TScenario, TScenarioResult } from '../../shared/schemas/scenario';
import type { ChartSeries, ReportChart, ReportFact, ReportTable } from './report-model';
import type { ScenarioFileOptions } from './scenario-export';
import { balanskravSection } from './scenario-report-balanskrav';
import {
  mnkrText,
  PLAN_SOURCE_SV,
  type ResultCell,
  scenarioResultRows,
  shareText,
} from './scenario-result-rows';

export interface ScenarioReportModel {
  title: string;
  scenarioName: string;
  facts: ReportFact[];
  yearTable: ReportTable;
  charts: ReportChart[];
  balanskrav: { title: string; summary: string[]; deficits: ReportTable; schedule: ReportTable };
  notes: string[];
  /** The running footer; the renderer adds `Sida n av m`. */
  footer: string;
}

function cellText(cell: ResultCell): string {
  switch (cell.kind) {
    case 'amount':
      return mnkrText(cell.kronor);
    case 'share':
      return percentText(cell.part, cell.whole);
    case 'text':
      return cell.text;
  }
}

function facts(result: TScenarioResult, scenario: TScenario, options: ScenarioFileOptions): ReportFact[] {
  const { base } = result;
  const at = (instant: string) => `${swedishDateTime(instant)} (svensk tid)`;
  return [
    { label: 'Antagandenas källa', value: scenario.sourceNote ?? 'ej angiven' },
    { label: 'Källans datum', value: scenario.sourceDate ?? 'ej angivet' },
    { label: 'Kopplad plan', value: result.plan?.name ?? 'ingen' },
    { label: 'Handlingsplanens nivå', value: PLAN_SOURCE_SV[result.planSource] },
    {
      label: `Basår ${base.year}`,
      value: `skatteintäkter och generella statsbidrag ${mnkrText(base.revenue)} mnkr, nettokostnad ${mnkrText(base.netCost)} mnkr, resultat ${mnkrText(base.result)} mnkr`,
    },
    {
      label: 'Resultatmål',
      value: `${shareText(result.goalShare)} av skatteintäkter och generella statsbidrag`,
    },
    {
      label: 'Visas per',
      value: `${options.asOf === null ? 'senaste versionen' : at(options.asOf)} (version ${scenario.version})`,
    },
    { label: 'Skapad', value: at(options.generatedAt) },
  ];
}

function yearTable(result: TScenarioResult): ReportTable {
  return {
    title: 'Resultat per år (mnkr)',
    columns: ['mnkr', ...result.years.map((year) => String(year.year))],
    rows: scenarioResultRows(result).map((row) => ({
      cells: [row.label, ...result.years.map((year) => cellText(row.cell(year)))],
      ...(row.isKey ? { isKey: true } : {}),
    })),
  };
}

function charts(result: TScenarioResult): ReportChart[] {
  const { years } = result;
  const categories = years.map((year) => String(year.year));
  const hasPlanEffects = years.some((year) => year.planEffects !== null);
  const planSeries: ChartSeries[] = hasPlanEffects
    ? [
        { name: 'Planerad nivå', kind: 'line', values: years.map((y) => y.planEffects?.full ?? null) },
        { name: 'Riskviktad', kind: 'line', values: years.map((y) => y.planEffects?.riskWeighted ?? null) },
        { name: 'Prognos', kind: 'line', values: years.map((y) => y.planEffects?.forecast ?? null) },
      ]
    : [{ name: 'Handlingsplanens nivå', kind: 'line', values: years.map((y) => y.planLevel) }];
  return [
    {
      title: 'Resultat och resultatmål per år (mnkr)',
      categories,
      series: [
        { name: 'Resultat', kind: 'bar', values: years.map((y) => y.result) },
        { name: 'Resultatmål', kind: 'line', values: years.map((y) => y.goal) },
      ],
    },
    {
      title: 'Behövd handlingsplan och planens effekt (mnkr)',
      categories,
      series: [
        { name: 'Behövd handlingsplan', kind: 'bar', values: years.map((y) => y.requiredPlan) },
        ...planSeries,
      ],
    },
  ];
}

/** The report's content: every string it prints, and the numbers its charts draw. */
export function scenarioReportModel(
  result: TScenarioResult,
  scenario: TScenario,
  options: ScenarioFileOptions,
): ScenarioReportModel {
  return {
    title: 'Prognos och scenario',
    scenarioName: scenario.name,
    facts: facts(result, scenario, options),
    yearTable: yearTable(result),
    charts: charts(result),
    balanskrav: balanskravSection(result),
    notes: [
      'Belopp i mnkr med en decimal. Beräkningen är exakt till kronan; Excel-exporten har beloppen exakt.',
      'Handlingsplanens nivå är planens nivå mot utgångsläget det året, inte årets tillskott.',
      'Resultat = skatteintäkter och generella statsbidrag − nettokostnad + finansnetto. Behövd handlingsplan är den nivå som ger resultatmålet.',
      'Balanskravsresultat = resultat − realisationsvinster + undantagna poster − avsättning till + disponering av resultatutjämningsreserv. Ett negativt balanskravsresultat ska återställas inom tre år (Kommunallagen 11 kap. 12 §).',
    ],
    footer: `Balans · Prognos och scenario · ${scenario.name}`,
  };
}
