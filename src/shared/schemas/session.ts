import { z } from 'zod';
import { ROLES } from '../enums';
import { ZId } from './common';

/** The logged-in user as the web app sees it: who, which tenant, which roles where, and the CSRF token. */
export const ZSession = z.object({
  user: z.object({ id: ZId, name: z.string() }),
  tenant: z.object({ id: ZId, slug: z.string(), name: z.string() }),
  grants: z.array(z.object({ role: z.enum(ROLES), orgUnitId: ZId })),
  csrfToken: z.string(),
});
export type TSession = z.infer<typeof ZSession>;
