/** The web benchmark's results as a Markdown table, with the facts of the machine they were measured on. */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { formatMillis } from './timing';
import type { BundleSize } from './web-page';
import type { ApiTiming } from './web-scenarios';

export interface WebResults {
  measures: number;
  year: number;
  timings: { label: string; condition: string; runs: number[] }[];
  /** The API requests of the last grid load, by path, in the order they began. */
  gridApi: ApiTiming[];
  heap: { used: number; afterGc: number };
  bundle: BundleSize;
  importMs: number;
  gridTotal: number;
  serverTotal: number;
  chromium: string;
  loadAverage: { start: number[]; end: number[] };
  problems: string[];
}

const median = (sorted: number[]) => sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const kronor = (value: number) => `${value.toLocaleString('sv-SE')} kr`;

/** Columns padded to equal width, as Biome formats Markdown tables. */
function markdownTable(rows: string[][]): string[] {
  const width = (text: string) => [...text].length;
  const widths = rows[0]!.map((_, column) => Math.max(3, ...rows.map((row) => width(row[column] ?? ''))));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell))).join(' | ')} |`;
  const [header, ...body] = rows;
  return [line(header!), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
}

function machine(results: WebResults): string {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  const load = (averages: number[]) => averages.map((a) => a.toFixed(2)).join(' ');
  return [
    `Node ${process.version}`,
    `Chromium ${results.chromium} (headless)`,
    `${availableParallelism()} cores`,
    `CPU ${cpu}`,
    `load average ${load(results.loadAverage.start)} at start, ${load(results.loadAverage.end)} at end`,
  ].join('; ');
}

export function formatWebReport(results: WebResults): string {
  const { bundle, heap } = results;
  const rows = [
    ['step', 'median', 'max', 'until'],
    ...results.timings.map(({ label, condition, runs }) => {
      const sorted = [...runs].sort((a, b) => a - b);
      return [label, formatMillis(median(sorted)), formatMillis(sorted.at(-1) ?? Number.NaN), condition];
    }),
  ];
  const facts = markdownTable([
    ['measure', 'value'],
    ['JS heap after the grid is loaded (used / after GC)', `${mb(heap.used)} / ${mb(heap.afterGc)}`],
    [
      `built JS (${bundle.files} files in assets/), raw / gzip`,
      `${kb(bundle.bytes)} / ${kb(bundle.gzipBytes)}`,
    ],
    [
      `largest chunk (${bundle.largest.name}), raw / gzip`,
      `${kb(bundle.largest.bytes)} / ${kb(bundle.largest.gzipBytes)}`,
    ],
    ...results.gridApi.map((r) => [
      `(a) last run: \`GET ${r.path}\` ×${r.requests}, from navigation start`,
      `${formatMillis(r.start)} → ${formatMillis(r.end)}`,
    ]),
    ['import of the .xlsx by the API (PGlite), wall time', formatMillis(results.importMs)],
    [
      `grid total ${results.year} / server summary`,
      `${kronor(results.gridTotal)} / ${kronor(results.serverTotal)}`,
    ],
  ]);
  const runs = results.timings[0]?.runs.length ?? 0;
  const lines = [
    `# Web screens: ${results.measures.toLocaleString('sv-SE')} measures, year ${results.year}, Chromium`,
    '',
    `Median and max of ${runs} runs, measured in the page: from the user's event (its \`timeStamp\`) or the ` +
      'navigation start to the first animation frame in which the condition holds.',
    '',
    ...markdownTable(rows),
    '',
    ...facts,
    '',
    `Machine: ${machine(results)}.`,
  ];
  if (results.problems.length > 0) {
    lines.push('', '## Mismatches', '', ...results.problems.map((problem) => `- MISMATCH ${problem}`));
  }
  return `${lines.join('\n')}\n`;
}
