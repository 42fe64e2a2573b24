import { z } from 'zod';
import { ZId, ZRequiredText } from './common';

const ZWeight = z
  .number()
  .min(0, { error: 'Vikten måste vara 0–1' })
  .max(1, { error: 'Vikten måste vara 0–1' });

export const ZTenantSettings = z.object({
  groups: z.array(ZRequiredText(200)).min(1).max(100).optional(),
  feasibilityWeights: z.object({ 1: ZWeight, 2: ZWeight, 3: ZWeight }).optional(),
});

export const ZTenant = z.object({
  id: ZId,
  slug: z.string(),
  name: z.string(),
  settings: ZTenantSettings,
});
export type TTenant = z.infer<typeof ZTenant>;

export const ZTenantPatch = z.object({
  name: ZRequiredText(200).optional(),
  settings: ZTenantSettings.optional(),
});
