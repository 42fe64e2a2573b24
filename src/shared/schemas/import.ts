import { z } from 'zod';
import { ZId } from './common';

export const ZImportIssue = z.object({ cell: z.string(), message: z.string() });

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
  warnings: z.array(ZImportIssue),
  errors: z.array(ZImportIssue),
});
export type TImportResult = z.infer<typeof ZImportResult>;
