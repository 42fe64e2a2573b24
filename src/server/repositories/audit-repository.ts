import type { Tx } from '../db/tenant-scope';

/** One change for the append-only audit log: who, what, before and after (null for create / delete). */
export interface AuditEntry {
  tenantId: string;
  userId: string | null;
  actor: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before: unknown;
  after: unknown;
}

const CHUNK = 2_000;

export async function appendAudit(trx: Tx, entries: readonly AuditEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += CHUNK) {
    await trx
      .insertInto('auditLog')
      .values(
        entries.slice(start, start + CHUNK).map((entry) => ({
          tenantId: entry.tenantId,
          userId: entry.userId,
          actor: entry.actor,
          entity: entry.entity,
          entityId: entry.entityId,
          action: entry.action,
          before: entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
          after: entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
        })),
      )
      .execute();
  }
}

export interface AuditRecord {
  id: number;
  at: Date;
  userId: string | null;
  actor: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

export async function findAuditEntries(
  trx: Tx,
  filter: { entity?: string; entityId?: string; limit: number; beforeId?: number },
): Promise<AuditRecord[]> {
  let query = trx
    .selectFrom('auditLog')
    .select(['id', 'at', 'userId', 'actor', 'entity', 'entityId', 'action', 'before', 'after'])
    .orderBy('id', 'desc')
    .limit(filter.limit);
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId) query = query.where('entityId', '=', filter.entityId);
  if (filter.beforeId) query = query.where('id', '<', filter.beforeId);
  return query.execute();
}
