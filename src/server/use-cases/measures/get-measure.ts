import { canReadUnit } from '../../../domain/access';
import type { TMeasure } from '../../../shared/schemas/measure';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { forbidden, notFound } from '../../errors';
import { findMeasure } from '../../repositories/measure-repository';
import { loadTree } from '../load-access';

export async function getMeasure(trx: Tx, actor: Actor, id: string): Promise<TMeasure> {
  const measure = await findMeasure(trx, id);
  if (!measure) throw notFound('Åtgärden');
  const { parents } = await loadTree(trx);
  if (!canReadUnit(actor, parents, measure.orgUnitId))
    throw forbidden('Du har ingen behörighet till åtgärdens enhet');
  return measure;
}
