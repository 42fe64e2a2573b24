import { z } from 'zod';
import { ROLES } from '../enums';
import { ZId, ZRequiredText, ZSafeString, ZText } from './common';

export const ZGrant = z.object({ id: ZId, userId: ZId, role: z.enum(ROLES), orgUnitId: ZId });

export const ZUser = z.object({
  id: ZId,
  username: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  isActive: z.boolean(),
  grants: z.array(ZGrant),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserInput = z.object({
  username: ZSafeString()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[\p{L}\p{N}._@-]+$/u, {
      error: 'Användarnamnet får bara innehålla bokstäver, siffror och . _ @ -',
    }),
  name: ZRequiredText(200),
  email: ZText(320).nullable().default(null),
  password: ZSafeString().min(12, { error: 'Lösenordet måste ha minst 12 tecken' }).max(1000),
  grants: z
    .array(z.object({ role: z.enum(ROLES), orgUnitId: ZId }))
    .max(100)
    .default([]),
});
export type TUserInput = z.infer<typeof ZUserInput>;
