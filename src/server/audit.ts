import type { Actor } from './actor';
import type { AuditEntry } from './repositories/audit-repository';

/** Builds the audit entry of one change made by `actor`. */
export function auditEntry(
  actor: Actor,
  entity: string,
  entityId: string,
  action: AuditEntry['action'],
  before: unknown,
  after: unknown,
): AuditEntry {
  return {
    tenantId: actor.tenantId,
    userId: actor.userId,
    actor: actor.name,
    entity,
    entityId,
    action,
    before,
    after,
  };
}
