import { z } from 'zod';
import { ORG_UNIT_KINDS } from '../enums';
import { ZId, ZSafeString, ZText } from './common';

export const ZOrgUnit = z.object({
  id: ZId,
  parentId: ZId.nullable(),
  name: z.string(),
  kind: z.enum(ORG_UNIT_KINDS),
  code: z.string().nullable(),
  version: z.number().int(),
  /** Full path from the top (`Region X / Förvaltning Y`). */
  path: z.string(),
});
export type TOrgUnit = z.infer<typeof ZOrgUnit>;

const ZUnitName = ZSafeString()
  .trim()
  .min(1, { error: 'Namnet får inte vara tomt' })
  .max(200, { error: 'Högst 200 tecken' })
  .refine((name) => !name.includes(' / '), {
    error: 'Namnet får inte innehålla " / " (det skiljer nivåer åt)',
  });

export const ZOrgUnitInput = z.object({
  parentId: ZId.nullable(),
  name: ZUnitName,
  kind: z.enum(ORG_UNIT_KINDS),
  code: ZText(50).nullable().default(null),
});

export const ZOrgUnitPatch = z.object({
  version: z.number().int().min(1),
  parentId: ZId.nullable().optional(),
  name: ZUnitName.optional(),
  kind: z.enum(ORG_UNIT_KINDS).optional(),
  code: ZText(50).nullable().optional(),
});
