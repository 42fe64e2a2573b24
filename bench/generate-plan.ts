/**
 * Writes the benchmark plan: 20 000 measures over 3 000 org units in the Excel template of SPEC §7, with
 * ExcelJS's streaming writer (one row in memory at a time). Deterministic for a given seed.
 */
import { stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { PATH_SEPARATOR } from '../src/domain/org-tree';
import { generateMeasure, MEASURE_HEADERS } from './generate-measure';
import { generateOrg } from './generate-org';
import { createRandom } from './random';

export const PLAN_NAME = 'Benchmarkplan';
export const CHECK_YEAR = 2027;

export interface GeneratedPlan {
  file: string;
  bytes: number;
  measures: number;
  units: number;
  /** The whole plan's level in CHECK_YEAR in kronor, as the import and summary should find it. */
  expectedLevel: number;
}

export interface PlanOptions {
  /** An existing unit to put the region under (e.g. the demo's root, so that its users can read the plan). */
  parentUnit?: string;
}

/** Measures on the region, administrations, divisions and areas rather than on a unit at the bottom. */
const SHARE_ON_INNER_UNITS = 0.15;

export async function generatePlan(
  file: string,
  measures = 20_000,
  seed = 2027,
  options: PlanOptions = {},
): Promise<GeneratedPlan> {
  const random = createRandom(seed);
  const { leaves, inner } = generateOrg();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Åtgärder');
  sheet.addRow(MEASURE_HEADERS).commit();
  let expectedLevel = 0;
  for (let index = 0; index < measures; index++) {
    // The first measures visit every leaf once, so that the import creates the whole tree.
    const unitPath =
      index < leaves.length
        ? leaves[index]!
        : random.pick(random.chance(SHARE_ON_INNER_UNITS) ? inner : leaves);
    const fullPath = options.parentUnit ? `${options.parentUnit}${PATH_SEPARATOR}${unitPath}` : unitPath;
    const measure = generateMeasure(random, index, fullPath, CHECK_YEAR);
    sheet.addRow(measure.cells).commit();
    expectedLevel += measure.countedLevel;
  }
  sheet.commit();
  const settings = workbook.addWorksheet('Inställningar');
  for (const row of [
    ['Inställning', 'Värde'],
    ['Plan', PLAN_NAME],
    ['Effektkonvention', 'nivå'],
  ]) {
    settings.addRow(row).commit();
  }
  settings.commit();
  await workbook.commit();
  return {
    file,
    bytes: (await stat(file)).size,
    measures,
    units: leaves.length + inner.length,
    expectedLevel,
  };
}
