import type { Actor } from './actor';
import type { AuditEntry } from './repositories/audit-repository';

/**
 * A snapshot without its empty fields (null, empty lists, all-empty objects). Used for what is created, where
 * an absent field can only mean empty, so that large imports write a fraction of the bytes; updates keep full
 * snapshots, where a field turning null (an acceptance cleared) must show.
 */
export function compactSnapshot(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compactSnapshot);
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== 'object') return value;
  const compact: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const kept = compactSnapshot(field);
    if (kept === null || kept === undefined) continue;
    if (Array.isArray(kept) && kept.length === 0) continue;
    if (typeof kept === 'object' && !Array.isArray(kept) && Object.keys(kept as object).length === 0)
      continue;
    compact[key] = kept;
  }
  return compact;
}

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
    after: action === 'create' ? compactSnapshot(after) : after,
  };
}
