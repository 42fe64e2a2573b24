import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../db/tenant-scope';
import { type BulkColumn, insertJsonRows } from './bulk-insert';

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

const AUDIT_COLUMNS: readonly BulkColumn[] = [
  ['tenant_id', 'uuid'],
  ['user_id', 'uuid'],
  ['actor', 'text'],
  ['entity', 'text'],
  ['entity_id', 'uuid'],
  ['action', 'text'],
  ['before', 'jsonb'],
  ['after', 'jsonb'],
];

export async function appendAudit(trx: Tx, entries: readonly AuditEntry[]): Promise<void> {
  await insertJsonRows(
    trx,
    'audit_log',
    AUDIT_COLUMNS,
    entries.map((entry) => ({
      tenant_id: entry.tenantId,
      user_id: entry.userId,
      actor: entry.actor,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}

const jsonOrNull = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * The append of one audit entry as the body of a data-modifying CTE that writes only when the earlier CTE
 * `written` returned a row: a change and its audit entry in one statement, the entry exactly as
 * `appendAudit` would store it.
 */
export function appendAuditIfWritten(entry: AuditEntry, written: string): RawBuilder<unknown> {
  return sql`
    insert into audit_log (tenant_id, user_id, actor, entity, entity_id, action, before, after)
    select ${entry.tenantId}::uuid, ${entry.userId}::uuid, ${entry.actor}, ${entry.entity}, ${entry.entityId}::uuid,
      ${entry.action}, ${jsonOrNull(entry.before)}::jsonb, ${jsonOrNull(entry.after)}::jsonb
    from ${sql.table(written)}`;
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

/** Who last changed an entity, and when (for a version conflict). */
export async function findLastChange(
  trx: Tx,
  entity: string,
  entityId: string,
): Promise<{ actor: string; at: Date } | undefined> {
  return trx
    .selectFrom('auditLog')
    .select(['actor', 'at'])
    .where('entity', '=', entity)
    .where('entityId', '=', entityId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
