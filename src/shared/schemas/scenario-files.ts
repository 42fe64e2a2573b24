import { z } from 'zod';
import { ASSUMPTION_KEYS } from '../scenario-assumptions';

/**
 * The assumption table read from an .xlsx (`POST /api/scenarios/assumptions/read`): what each year's cells
 * gave, in the scenario input's units (rates as plain fractions, amounts in whole kronor). Nothing is saved;
 * the screen merges it into its table.
 */
export const ZScenarioAssumptionsRead = z.object({
  /** The sheet read: `Antaganden`, or the first sheet when the file has none by that name. */
  sheet: z.string(),
  /** Per year (`"2026"`), only the assumptions whose cells were filled in. */
  years: z.record(z.string(), z.partialRecord(z.enum(ASSUMPTION_KEYS), z.number())),
  /** The labels of rows that name no assumption (notes, sums), left out. */
  ignoredLabels: z.array(z.string()),
});
export type TScenarioAssumptionsRead = z.infer<typeof ZScenarioAssumptionsRead>;
