import { z } from 'zod';
import { parseAsOf } from '../instant';
import { AMOUNT_BOUND_MESSAGE, MAX_AMOUNT_KRONOR, MAX_KRONOR } from '../money';
import { INVALID_TEXT_MESSAGE, invalidTextMessage, isCleanText } from '../text-safety';

/** Whole kronor within Balans' limit (SPEC §3): money never travels as a float or a string. */
export const ZKronor = z
  .number({ error: 'Beloppet måste vara ett tal i kronor' })
  .min(-MAX_KRONOR, { error: 'Beloppet är orimligt stort' })
  .max(MAX_KRONOR, { error: 'Beloppet är orimligt stort' })
  .int({ error: 'Beloppet måste vara ett helt antal kronor' });

/** An amount a user enters (issue 11, item 2): whole kronor within ±10^12 (MAX_AMOUNT_KRONOR). */
export const ZAmount = ZKronor.min(-MAX_AMOUNT_KRONOR, { error: AMOUNT_BOUND_MESSAGE }).max(
  MAX_AMOUNT_KRONOR,
  {
    error: AMOUNT_BOUND_MESSAGE,
  },
);

export const ZYear = z
  .number()
  .int({ error: 'Året måste vara ett heltal' })
  .min(2000, { error: 'Året måste vara 2000 eller senare' })
  .max(2100, { error: 'Året måste vara 2100 eller tidigare' });

export const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Månaden skrivs ÅÅÅÅ-MM' });

export const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Datumet skrivs ÅÅÅÅ-MM-DD' })
  .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), { error: 'Datumet finns inte' });

export const ZId = z.uuid({ error: 'Ogiltigt id' });

/**
 * "As of" (*per*): a day (the end of it in Swedish time) or a timestamp with an offset; the answer then shows
 * what was known at that instant (decision 0009). Parsed to an ISO instant.
 */
export const ZAsOf = z.string().transform((text, ctx) => {
  const instant = parseAsOf(text);
  if (instant === undefined) {
    ctx.issues.push({
      code: 'custom',
      input: text,
      message:
        'Ange "per" som datum (ÅÅÅÅ-MM-DD), datum och klockslag (ÅÅÅÅ-MM-DDTtt:mm) eller tidpunkt med tidszon, från år 2000',
    });
    return z.NEVER;
  }
  return instant;
});
export const ZAsOfQuery = z.object({ asOf: ZAsOf.optional() });

// Issue 11 (item 5): no text input may hold a NUL byte or a lone surrogate (src/shared/text-safety.ts).
export const ZSafeString = () =>
  z.string().refine(isCleanText, {
    error: (issue) =>
      (typeof issue.input === 'string' && invalidTextMessage(issue.input)) || INVALID_TEXT_MESSAGE,
  });

export const ZText = (max: number) =>
  ZSafeString()
    .trim()
    .max(max, { error: `Högst ${max} tecken` });

export const ZRequiredText = (max: number) =>
  ZSafeString()
    .trim()
    .min(1, { error: 'Får inte vara tomt' })
    .max(max, { error: `Högst ${max} tecken` });

export const ZError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z
      .array(
        z.object({
          field: z.string().optional(),
          cell: z.string().optional(),
          line: z.number().optional(),
          message: z.string(),
        }),
      )
      .optional(),
    current: z.unknown().optional(),
    /** The request's id, as in the server log (issue 11). */
    requestId: z.string().optional(),
  }),
});
