/**
 * The balanskrav part of the scenario report: does the scenario restore every deficit within the three years
 * Kommunallagen 11 kap. 12 § allows, each deficit's status, and the restoration schedule.
 */
import type { TScenarioResult } from '../../shared/schemas/scenario';
import type { ReportTable } from './report-model';
import { mnkrText } from './scenario-result-rows';

type Deficit = TScenarioResult['ledger']['deficits'][number];
type DeficitStatus = 'inTime' | 'late' | 'overdue' | 'open';

const STATUS_SV: Record<DeficitStatus, string> = {
  inTime: 'återställt i tid',
  late: 'återställt för sent',
  overdue: 'förfallet',
  open: 'återstår',
};

/** `open`: something remains, but its deadline lies after the scenario's last year. */
function statusOf(deficit: Deficit, lastYear: number): DeficitStatus {
  if (deficit.restoredInYear !== null) return deficit.restoredInYear <= deficit.deadline ? 'inTime' : 'late';
  return deficit.deadline <= lastYear ? 'overdue' : 'open';
}

function deficitLine(deficit: Deficit, status: DeficitStatus, lastYear: number): string {
  const what = `Underskottet från ${deficit.year} (${mnkrText(deficit.amount)} mnkr)`;
  const left = `${mnkrText(deficit.remaining)} mnkr återstår efter ${lastYear}`;
  switch (status) {
    case 'inTime':
      return `${what} återställs ${deficit.restoredInYear}, i tid (senast ${deficit.deadline}).`;
    case 'late':
      return `${what} återställs ${deficit.restoredInYear}, efter tidsfristen ${deficit.deadline}.`;
    case 'overdue':
      return `${what} skulle vara återställt ${deficit.deadline}; ${left}.`;
    case 'open':
      return `${what} ska vara återställt senast ${deficit.deadline}; ${left}.`;
  }
}

function conclusion(statuses: readonly DeficitStatus[], openRemaining: number, lastYear: number): string {
  if (statuses.some((status) => status === 'late' || status === 'overdue')) {
    return 'Underskotten återställs inte inom tre år, som balanskravet kräver.';
  }
  if (statuses.includes('open')) {
    return `Inget underskott förfaller under scenariots år; ${mnkrText(openRemaining)} mnkr återstår att återställa efter ${lastYear}.`;
  }
  return 'Alla underskott återställs inom tre år, som balanskravet kräver.';
}

export function balanskravSection(result: TScenarioResult): {
  title: string;
  summary: string[];
  deficits: ReportTable;
  schedule: ReportTable;
} {
  const { deficits, schedule } = result.ledger;
  const lastYear = result.years.at(-1)?.year ?? result.base.year;
  const statuses = deficits.map((deficit) => statusOf(deficit, lastYear));
  const openRemaining = deficits.reduce(
    (sum, deficit, i) => (statuses[i] === 'open' ? sum + deficit.remaining : sum),
    0,
  );
  const summary =
    deficits.length === 0
      ? ['Inga underskott att återställa under scenariots år.']
      : [
          conclusion(statuses, openRemaining, lastYear),
          ...deficits.map((deficit, i) => deficitLine(deficit, statuses[i]!, lastYear)),
        ];
  return {
    title: 'Balanskravet: återställning av underskott',
    summary,
    deficits: {
      title: 'Underskott (mnkr)',
      columns: ['Underskott från år', 'Belopp', 'Återställas senast', 'Återställt år', 'Kvar', 'Status'],
      rows: deficits.map((deficit, i) => ({
        cells: [
          String(deficit.year),
          mnkrText(deficit.amount),
          String(deficit.deadline),
          deficit.restoredInYear === null ? '–' : String(deficit.restoredInYear),
          mnkrText(deficit.remaining),
          STATUS_SV[statuses[i]!],
        ],
      })),
      emptyText: 'Inga underskott.',
    },
    schedule: {
      title: 'Återställningsplan (mnkr)',
      columns: ['Återställt år', 'Underskott från år', 'Belopp'],
      rows: schedule.map((step) => ({
        cells: [String(step.restoredInYear), String(step.deficitYear), mnkrText(step.amount)],
      })),
      emptyText: 'Ingen återställning under scenariots år.',
    },
  };
}
