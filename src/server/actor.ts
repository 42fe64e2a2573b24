import type { AccessActor } from '../domain/access';

/** Who is acting, as every use-case needs to know: for the audit log and for authorization. */
export interface Actor extends AccessActor {
  tenantId: string;
  /** Shown in the audit log: the user's name, or the command (`balans import`). */
  name: string;
}

export function systemActor(tenantId: string, name: string): Actor {
  return { tenantId, userId: null, name, grants: [], isSystem: true };
}
