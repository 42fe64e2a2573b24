import { unitPaths } from '../../../domain/org-tree';
import type { TDecisionBody } from '../../../shared/schemas/decision-body';
import type { Tx } from '../../db/tenant-scope';
import type { DecisionBodyRecord } from '../../repositories/decision-body-repository';
import { listOrgUnits } from '../../repositories/org-unit-repository';

/** Bodies with the full path of the unit each governs. */
export async function presentDecisionBodies(
  trx: Tx,
  records: readonly DecisionBodyRecord[],
): Promise<TDecisionBody[]> {
  const paths = unitPaths(await listOrgUnits(trx));
  return records.map((record) => ({ ...record, orgUnitPath: paths.get(record.orgUnitId) ?? '' }));
}
