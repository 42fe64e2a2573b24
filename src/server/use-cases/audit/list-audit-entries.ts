import { canReadAudit } from '../../../domain/access';
import type { TAuditEntry, TAuditPage, TAuditQuery } from '../../../shared/schemas/audit';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { forbidden } from '../../errors';
import { type AuditRecord, findAuditEntries } from '../../repositories/audit-repository';
import { loadTree } from '../load-access';

/** One page of entries, newest first, and where the next (older) page starts. */
export function presentAuditPage(records: readonly AuditRecord[], limit: number): TAuditPage {
  const items = records.map(
    (record): TAuditEntry => ({
      ...record,
      at: record.at.toISOString(),
      action: record.action as TAuditEntry['action'],
      before: record.before ?? null,
      after: record.after ?? null,
    }),
  );
  return { items, nextBeforeId: items.length === limit ? items.at(-1)!.id : null };
}

/** The tenant's audit log, newest first: for auditors and admins (SPEC §1). */
export async function listAuditEntries(trx: Tx, actor: Actor, query: TAuditQuery): Promise<TAuditPage> {
  const { units } = await loadTree(trx);
  if (!canReadAudit(actor, units)) {
    throw forbidden('Bara revisorer och administratörer kan läsa ändringsloggen');
  }
  return presentAuditPage(await findAuditEntries(trx, query), query.limit);
}
