import type { TScenarioAssumptionsRead } from '../../../shared/schemas/scenario-files';
import { AppError } from '../../errors';
import { readAssumptionSheet, type SheetProblem } from '../../io/read-assumption-sheet';

/** How many places the message names; `details` has every one. */
const PLACES_IN_MESSAGE = 3;

function summarize(problems: readonly SheetProblem[]): string {
  const named = problems.slice(0, PLACES_IN_MESSAGE).map((p) => `${p.cell}: ${p.message}`);
  const more = problems.length - named.length;
  const count = problems.length === 1 ? '1 fel' : `${problems.length} fel`;
  return `Antagandena kunde inte läsas in (${count}): ${named.join('; ')}${more > 0 ? ` och ${more} till` : ''}`;
}

/**
 * Reads the assumption table of an uploaded .xlsx for the screen to merge into its table; saves nothing. Every
 * problem is refused with its cell (`Antaganden!C5`), and a file that is no workbook with a clear message.
 */
export async function readAssumptionsFile(bytes: Uint8Array): Promise<TScenarioAssumptionsRead> {
  const read = await readAssumptionSheet(bytes);
  if (read.status === 'unreadable') throw new AppError('VALIDATION', read.message);
  if (read.status === 'invalid') {
    throw new AppError('VALIDATION', summarize(read.problems), {
      details: read.problems.map((problem) => ({ field: problem.cell, message: problem.message })),
    });
  }
  return { sheet: read.sheet, years: read.years, ignoredLabels: read.ignoredLabels };
}
