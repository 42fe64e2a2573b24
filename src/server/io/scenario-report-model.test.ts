import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../domain/scenario/compute-scenario';
import { validateScenarioInput } from '../../domain/scenario/validate-scenario-input';
import type { TScenario, TScenarioResult } from '../../shared/schemas/scenario';
import { scenarioReportModel } from './scenario-report-model';

/** The worked example of docs/scenario-model.md, whose every figure is computed by hand there. */
const DOC = readFileSync(new URL('../../../docs/scenario-model.md', import.meta.url), 'utf8');
const INPUT = JSON.parse(/<!-- worked-example:input -->\s*```json\n([\s\S]*?)```/.exec(DOC)![1]!);

const S = '\u00a0';
const M = '\u2212';

function workedExample(planEffects: TScenarioResult['years'][number]['planEffects'] = null) {
  const validation = validateScenarioInput(INPUT);
  if (!validation.ok) throw new Error('the worked example does not validate');
  const computation = computeScenario(validation.input);
  if (!computation.ok) throw new Error('the worked example does not compute');
  const scenario: TScenario = {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Exempel 2026–2028',
    planId: null,
    planSource: 'given',
    sourceNote: 'SKR skatteunderlagsprognos april 2025',
    sourceDate: '2025-04-24',
    input: validation.input,
    version: 2,
    createdAt: '2025-05-01T10:00:00.000Z',
    updatedAt: '2025-05-02T10:00:00.000Z',
    createdBy: 'admin',
  };
  const result: TScenarioResult = {
    scenario: { id: scenario.id, name: scenario.name, version: 2 },
    plan: null,
    planSource: 'given',
    base: { year: 2025, revenue: 10_000_000_000, netCost: 9_900_000_000, result: 100_000_000 },
    goalShare: 0.02,
    years: computation.result.years.map((year) => ({
      ...year,
      planLevelSource: 'given',
      forecastPeriod: null,
      planEffects,
    })),
    ledger: computation.result.ledger,
  };
  return { scenario, result };
}

const OPTIONS = { asOf: null, generatedAt: '2025-05-02T12:30:00.000Z' };

describe('scenarioReportModel', () => {
  it('states the scenario, its source, the plan link and when the figures are from', () => {
    const { scenario, result } = workedExample();
    const model = scenarioReportModel(result, scenario, OPTIONS);
    expect(model.title).toBe('Prognos och scenario');
    expect(model.scenarioName).toBe('Exempel 2026–2028');
    expect(model.footer).toBe('Balans · Prognos och scenario · Exempel 2026–2028');
    expect(model.facts).toEqual([
      { label: 'Antagandenas källa', value: 'SKR skatteunderlagsprognos april 2025' },
      { label: 'Källans datum', value: '2025-04-24' },
      { label: 'Kopplad plan', value: 'ingen' },
      { label: 'Handlingsplanens nivå', value: 'angiven per år i scenariot' },
      {
        label: 'Basår 2025',
        value: `skatteintäkter och generella statsbidrag 10${S}000,0 mnkr, nettokostnad 9${S}900,0 mnkr, resultat 100,0 mnkr`,
      },
      { label: 'Resultatmål', value: `2${S}% av skatteintäkter och generella statsbidrag` },
      { label: 'Visas per', value: 'senaste versionen (version 2)' },
      { label: 'Skapad', value: '2025-05-02 14:30:00 (svensk tid)' },
    ]);
    const asOf = scenarioReportModel(result, scenario, { ...OPTIONS, asOf: '2025-01-31T22:59:59.999Z' });
    expect(asOf.facts.find((fact) => fact.label === 'Visas per')?.value).toBe(
      '2025-01-31 23:59:59 (svensk tid) (version 2)',
    );
  });

  it('prints every figure per year in mnkr as the worked example has it, rounded from whole kronor', () => {
    const { scenario, result } = workedExample();
    const table = scenarioReportModel(result, scenario, OPTIONS).yearTable;
    expect(table.title).toBe('Resultat per år (mnkr)');
    expect(table.columns).toEqual(['mnkr', '2026', '2027', '2028']);
    expect(table.rows).toEqual([
      { cells: ['Skatteintäkter och generella statsbidrag', `10${S}300,0`, `10${S}660,5`, `11${S}003,0`] },
      { cells: ['Nettokostnad före handlingsplanen', `10${S}369,0`, `10${S}714,9`, `11${S}090,0`] },
      { cells: ['Handlingsplanens nivå', '0,0', '150,0', '300,0'] },
      { cells: ['Planens nivå hämtad från', 'angiven', 'angiven', 'angiven'] },
      { cells: ['Nettokostnad', `10${S}369,0`, `10${S}564,9`, `10${S}790,0`] },
      { cells: ['Resultat', `${M}89,0`, '75,6', '187,9'], isKey: true },
      {
        cells: [
          'Resultat i % av skatteintäkter och generella statsbidrag',
          `${M}0,9${S}%`,
          `0,7${S}%`,
          `1,7${S}%`,
        ],
      },
      { cells: [`Resultatmål (2${S}%)`, '206,0', '213,2', '220,1'] },
      { cells: ['Gap till resultatmålet', '295,0', '137,7', '32,1'] },
      { cells: ['Behövd handlingsplan', '295,0', '287,7', '332,1'], isKey: true },
      { cells: ['Balanskravsresultat', `${M}99,0`, '75,6', '137,9'] },
      { cells: ['Underskott kvar att återställa', '139,0', '63,4', '0,0'] },
      { cells: ['Förfallet underskott', 'ja', 'nej', 'nej'] },
    ]);
  });

  it('says whether the deficits are restored within three years, and shows the schedule', () => {
    const { scenario, result } = workedExample();
    const { balanskrav } = scenarioReportModel(result, scenario, OPTIONS);
    expect(balanskrav.summary).toEqual([
      'Underskotten återställs inte inom tre år, som balanskravet kräver.',
      'Underskottet från 2023 (40,0 mnkr) återställs 2027, efter tidsfristen 2026.',
      'Underskottet från 2026 (99,0 mnkr) återställs 2028, i tid (senast 2029).',
    ]);
    expect(balanskrav.deficits.columns).toEqual([
      'Underskott från år',
      'Belopp',
      'Återställas senast',
      'Återställt år',
      'Kvar',
      'Status',
    ]);
    expect(balanskrav.deficits.rows.map((row) => row.cells)).toEqual([
      ['2023', '40,0', '2026', '2027', '0,0', 'återställt för sent'],
      ['2026', '99,0', '2029', '2028', '0,0', 'återställt i tid'],
    ]);
    expect(balanskrav.schedule.rows.map((row) => row.cells)).toEqual([
      ['2027', '2023', '40,0'],
      ['2027', '2026', '35,6'],
      ['2028', '2026', '63,4'],
    ]);
  });

  it('tells an overdue deficit from one whose deadline lies after the last year', () => {
    const { scenario, result } = workedExample();
    const ledger: TScenarioResult['ledger'] = {
      deficits: [
        { year: 2024, amount: 50_000_000, deadline: 2027, remaining: 20_000_000, restoredInYear: null },
        { year: 2027, amount: 30_000_000, deadline: 2030, remaining: 30_000_000, restoredInYear: null },
      ],
      schedule: [],
    };
    const { balanskrav } = scenarioReportModel({ ...result, ledger }, scenario, OPTIONS);
    expect(balanskrav.summary).toEqual([
      'Underskotten återställs inte inom tre år, som balanskravet kräver.',
      'Underskottet från 2024 (50,0 mnkr) skulle vara återställt 2027; 20,0 mnkr återstår efter 2028.',
      'Underskottet från 2027 (30,0 mnkr) ska vara återställt senast 2030; 30,0 mnkr återstår efter 2028.',
    ]);
    expect(balanskrav.deficits.rows.map((row) => row.cells.at(-1))).toEqual(['förfallet', 'återstår']);
    expect(balanskrav.schedule).toMatchObject({
      rows: [],
      emptyText: 'Ingen återställning under scenariots år.',
    });

    const open = scenarioReportModel(
      { ...result, ledger: { ...ledger, deficits: [ledger.deficits[1]!] } },
      scenario,
      OPTIONS,
    );
    expect(open.balanskrav.summary[0]).toBe(
      'Inget underskott förfaller under scenariots år; 30,0 mnkr återstår att återställa efter 2028.',
    );
    const none = scenarioReportModel(
      { ...result, ledger: { deficits: [], schedule: [] } },
      scenario,
      OPTIONS,
    );
    expect(none.balanskrav.summary).toEqual(['Inga underskott att återställa under scenariots år.']);
  });

  it('draws result against goal, and the required plan against the plan’s effects when a plan is linked', () => {
    const { scenario, result } = workedExample();
    const [resultChart, planChart] = scenarioReportModel(result, scenario, OPTIONS).charts;
    expect(resultChart).toEqual({
      title: 'Resultat och resultatmål per år (mnkr)',
      categories: ['2026', '2027', '2028'],
      series: [
        { name: 'Resultat', kind: 'bar', values: [-88_968_000, 75_553_220, 187_928_447] },
        { name: 'Resultatmål', kind: 'line', values: [206_000_000, 213_210_000, 220_059_371] },
      ],
    });
    expect(planChart?.series).toEqual([
      { name: 'Behövd handlingsplan', kind: 'bar', values: [294_968_000, 287_656_780, 332_130_925] },
      { name: 'Handlingsplanens nivå', kind: 'line', values: [0, 150_000_000, 300_000_000] },
    ]);

    const effects = { full: 200_000_000, riskWeighted: 120_000_000, forecast: null, forecastPeriod: null };
    const linked = workedExample(effects);
    const model = scenarioReportModel(linked.result, linked.scenario, OPTIONS);
    expect(model.charts[1]?.series.map((series) => [series.name, series.values])).toEqual([
      ['Behövd handlingsplan', [294_968_000, 287_656_780, 332_130_925]],
      ['Planerad nivå', [200_000_000, 200_000_000, 200_000_000]],
      ['Riskviktad', [120_000_000, 120_000_000, 120_000_000]],
      ['Prognos', [null, null, null]],
    ]);
    expect(model.yearTable.rows.map((row) => row.cells[0])).toContain('Planens effekt: riskviktad');
    expect(model.yearTable.rows.find((row) => row.cells[0] === 'Planens effekt: prognos')?.cells).toEqual([
      'Planens effekt: prognos',
      '–',
      '–',
      '–',
    ]);
  });
});
