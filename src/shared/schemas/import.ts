import { z } from 'zod';
import { COST_TYPES } from '../enums';
import { ZId } from './common';

export const ZImportIssue = z.object({ cell: z.string(), message: z.string() });

/** One amount an import changes on an existing measure (kronor; null: none), for the preview's plausibility check. */
export const ZImportAmountChange = z.discriminatedUnion('field', [
  z.object({
    field: z.literal('effect'),
    year: z.number().int(),
    costType: z.enum(COST_TYPES),
    previous: z.number().int().nullable(),
    next: z.number().int().nullable(),
  }),
  z.object({
    field: z.enum(['investment', 'oneOffCost', 'runningCostPerYear']),
    previous: z.number().int().nullable(),
    next: z.number().int().nullable(),
  }),
]);

/** What an import of the plan workbook did (or, with dryRun, would do). */
export const ZImportResult = z.object({
  plan: z.object({ id: ZId, name: z.string() }).nullable(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  unitsCreated: z.array(z.string()),
  /** Codes of the measures created (or, in a dry run, to be created), in file order. */
  codesCreated: z.array(z.string()).optional(),
  /** Codes of the existing measures whose values change (`updated` minus `unchanged` of them). */
  codesChanged: z.array(z.string()).optional(),
  /** Per changed measure (file order), the amounts that change with their old and new value (issue 11). */
  amountChanges: z.array(z.object({ code: z.string(), changes: z.array(ZImportAmountChange) })).optional(),
  warnings: z.array(ZImportIssue),
  errors: z.array(ZImportIssue),
});
export type TImportResult = z.infer<typeof ZImportResult>;
