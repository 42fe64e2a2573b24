import { canReadUnit } from '../../../domain/access';
import type { TAuditPage } from '../../../shared/schemas/audit';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { forbidden, notFound } from '../../errors';
import { findAuditEntries } from '../../repositories/audit-repository';
import { findMeasure } from '../../repositories/measure-repository';
import { loadTree } from '../load-access';
import { presentAuditPage } from './list-audit-entries';

/**
 * A measure's changes, newest first, for everyone who may read the measure: its history is no more secret
 * than the measure itself. A deleted measure's history is in the audit log.
 */
export async function listMeasureHistory(
  trx: Tx,
  actor: Actor,
  measureId: string,
  page: { limit: number; beforeId?: number | undefined },
): Promise<TAuditPage> {
  const measure = await findMeasure(trx, measureId);
  if (!measure) throw notFound('Åtgärden');
  const { parents } = await loadTree(trx);
  if (!canReadUnit(actor, parents, measure.orgUnitId)) {
    throw forbidden('Du har ingen behörighet till åtgärdens enhet');
  }
  return presentAuditPage(
    await findAuditEntries(trx, { entity: 'measure', entityId: measureId, ...page }),
    page.limit,
  );
}
