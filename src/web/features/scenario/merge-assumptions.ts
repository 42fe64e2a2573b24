/**
 * Assumptions read by label and year (a pasted table with headings, or an .xlsx sheet read by the server)
 * merged into the editor's table: only the cells given change, every other cell keeps its text. Years after
 * the table's last one extend it (up to ten years); anything else that does not fit changes nothing.
 */
import { MAX_SCENARIO_YEARS } from '../../../domain/scenario/scenario-input';
import {
  ASSUMPTION_ROWS,
  type AssumptionKey,
  formatAssumptionCell,
  type ReadYear,
} from '../../../shared/scenario-assumptions';
import { draftYears, emptyColumn, type ScenarioDraft, setCell } from './scenario-draft';

export interface MergeOptions {
  /** The plan level row is typed only when the levels are given per year; else it is the plan's. */
  isPlanLevelEditable: boolean;
  fallbackBaseYear: number;
}

export type MergeOutcome =
  | {
      ok: true;
      draft: ScenarioDraft;
      /** How many cells were written. */
      changed: number;
      /** Plan levels were given but the row is the plan's, so they were left out. */
      skippedPlanLevel: boolean;
    }
  | { ok: false; message: string };

const KIND = new Map(ASSUMPTION_ROWS.map((row) => [row.key, row.kind]));

export function mergeReadYears(
  draft: ScenarioDraft,
  read: Readonly<Record<string, ReadYear>>,
  options: MergeOptions,
): MergeOutcome {
  const years = draftYears(draft, options.fallbackBaseYear);
  const first = years[0] ?? options.fallbackBaseYear + 1;
  const last = years.at(-1) ?? first - 1;
  const given = Object.entries(read)
    .filter(([, values]) => Object.keys(values).length > 0)
    .map(([year, values]) => ({ year: Number(year), values }))
    .sort((a, b) => a.year - b.year);
  const early = given.find((entry) => entry.year < first);
  if (early) {
    return { ok: false, message: `${early.year} ligger före tabellens första år ${first}; inget ändrades` };
  }
  const lastGiven = given.at(-1)?.year ?? last;
  if (lastGiven - first + 1 > MAX_SCENARIO_YEARS) {
    return {
      ok: false,
      message: `${lastGiven} ligger mer än ${MAX_SCENARIO_YEARS} år efter basåret; inget ändrades`,
    };
  }
  for (const { year, values } of given) {
    if (values.revenue !== undefined && values.revenueGrowth !== undefined) {
      return {
        ok: false,
        message: `${year}: ange antingen ökningen eller beloppet för skatteintäkter och generella statsbidrag, inte båda; inget ändrades`,
      };
    }
  }
  let next: ScenarioDraft = {
    ...draft,
    columns: [...draft.columns, ...Array.from({ length: Math.max(0, lastGiven - last) }, emptyColumn)],
  };
  let changed = 0;
  let skippedPlanLevel = false;
  for (const { year, values } of given) {
    const column = year - first;
    for (const [key, value] of Object.entries(values) as [AssumptionKey, number][]) {
      if (key === 'planLevel' && !options.isPlanLevelEditable) {
        skippedPlanLevel = true;
        continue;
      }
      next = setCell(next, column, key, formatAssumptionCell(KIND.get(key) ?? 'amount', value)).draft;
      changed += 1;
    }
  }
  return { ok: true, draft: next, changed, skippedPlanLevel };
}
