/** The benchmark's results as a Markdown table with the facts of the machine they were measured on. */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { CHECK_YEAR, type GeneratedPlan } from './generate-plan';
import type { CliImport } from './import-cli';
import type { SummaryBench } from './summary-bench';
import { formatMillis, type Timing } from './timing';

export interface SummaryRuns {
  asImported: SummaryBench;
  analyzed: SummaryBench;
}

export interface BenchResults {
  plan: GeneratedPlan;
  generateMs: number;
  cliImport: CliImport;
  /** The same CLI importing 10 measures into a fresh folder: what every import pays before the first row. */
  baselineImport: CliImport;
  postgresImportMs: number;
  pglite: SummaryRuns;
  postgres: SummaryRuns;
  /** os.loadavg() when the run started and ended: other work on the machine skews every timing. */
  loadAverage: { start: number[]; end: number[] };
  versions: { pglite: string; postgres: string };
  problems: string[];
}

const GOALS = {
  importMs: 10_000,
  importRssBytes: 1024 ** 3,
  summaryPgliteMs: 300,
  summaryPostgresMs: 100,
  ratio: 1.5,
};

const mark = (value: number, goal: number) => (value <= goal ? '✓' : '✗');
const timing = (t: Timing) => `${formatMillis(t.p50)} / ${formatMillis(t.p95)}`;
const ratioOf = (bench: SummaryBench) => bench.summary.p50 / bench.handWritten.p50;

function machineFacts(loadAverage: BenchResults['loadAverage']): string[] {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  let cores: string;
  try {
    cores = execSync('nproc').toString().trim();
  } catch {
    cores = String(availableParallelism());
  }
  const load = (averages: number[]) => averages.map((a) => a.toFixed(2)).join(' ');
  return [
    `Node ${process.version}`,
    `nproc ${cores}`,
    `CPU ${cpu}`,
    `load average ${load(loadAverage.start)} at start, ${load(loadAverage.end)} at end`,
  ];
}

type Row = [measure: string, pglite: string, postgres: string, goal: string];

/** Columns padded to equal width, as Biome formats Markdown tables (bench/out is not excluded from lint). */
function markdownTable(rows: Row[]): string[] {
  const width = (text: string) => [...text].length;
  const widths = [0, 1, 2, 3].map((column) => Math.max(3, ...rows.map((row) => width(row[column] ?? ''))));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell))).join(' | ')} |`;
  const [header, ...body] = rows;
  return [line(header!), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

/** The summary rows of the table for one state of the tables (as imported, or after ANALYZE). */
function summaryRows(label: string, pglite: SummaryBench, postgres: SummaryBench): Row[] {
  const summary = (bench: SummaryBench, goal: number) =>
    `${timing(bench.summary)} ${mark(bench.summary.p95, goal)}`;
  const ratio = (bench: SummaryBench) => `${ratioOf(bench).toFixed(2)}× ${mark(ratioOf(bench), GOALS.ratio)}`;
  return [
    [
      `summarizePlan by unit ${CHECK_YEAR}, ${label}`,
      summary(pglite, GOALS.summaryPgliteMs),
      summary(postgres, GOALS.summaryPostgresMs),
      '≤ 300 ms PGlite, ≤ 100 ms PostgreSQL',
    ],
    [`hand-written WITH RECURSIVE, ${label}`, timing(pglite.handWritten), timing(postgres.handWritten), '—'],
    [`summarizePlan / hand-written (p50), ${label}`, ratio(pglite), ratio(postgres), '≤ 1.5×'],
  ];
}

export function formatReport(results: BenchResults): string {
  const { plan, cliImport, baselineImport, pglite, postgres } = results;
  const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
  const agree = (runs: SummaryRuns) =>
    runs.asImported.problems.length + runs.analyzed.problems.length === 0 ? 'yes' : 'NO';
  const table = markdownTable([
    ['measure', 'PGlite', 'PostgreSQL', 'goal'],
    [
      'import, wall time',
      `${formatMillis(cliImport.wallMs)} ${mark(cliImport.wallMs, GOALS.importMs)} (CLI into a migrated data folder)`,
      `${formatMillis(results.postgresImportMs)} (importPlan in-process)`,
      '≤ 10 s (CLI)',
    ],
    [
      'import, peak RSS',
      `${mb(cliImport.peakRssBytes)} ${mark(cliImport.peakRssBytes, GOALS.importRssBytes)} (${cliImport.rssMethod})`,
      '—',
      '≤ 1 GB',
    ],
    [
      'fixed cost: 10 measures into a fresh folder (initdb, migrations)',
      `${formatMillis(baselineImport.wallMs)}, ${mb(baselineImport.peakRssBytes)}`,
      '—',
      '—',
    ],
    ...summaryRows('as imported', pglite.asImported, postgres.asImported),
    ...summaryRows('after ANALYZE', pglite.analyzed, postgres.analyzed),
    ['results agree with generator', agree(pglite), agree(postgres), 'yes'],
  ]);
  const lines = [
    `# Benchmark: ${plan.measures.toLocaleString('sv')} measures over ${plan.units.toLocaleString('sv')} org units`,
    '',
    `Plan file ${(plan.bytes / 1024 ** 2).toFixed(1)} MB, generated in ${formatMillis(results.generateMs)}. ` +
      `Summary timings are p50 / p95 of ${pglite.asImported.summary.runs} runs after 3 warm-ups; ` +
      'goals are checked on p95.',
    '',
    ...table,
    '',
    `Machine: ${machineFacts(results.loadAverage).join('; ')}.`,
    `Databases: ${results.versions.pglite}; ${results.versions.postgres}.`,
  ];
  if (results.problems.length > 0) {
    lines.push('', '## Mismatches', '', ...results.problems.map((problem) => `- MISMATCH ${problem}`));
  }
  return `${lines.join('\n')}\n`;
}
