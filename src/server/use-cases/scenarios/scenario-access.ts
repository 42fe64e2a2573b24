import { canRecordDecisions } from '../../../domain/access';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { forbidden } from '../../errors';
import { loadTree } from '../load-access';

/**
 * A scenario forecasts the economy of the whole organisation, so the rule is that of recording decisions: an
 * admin or a controller granted on a top unit (or the CLI) creates, changes, copies and deletes scenarios.
 */
export async function requireScenarioEditor(trx: Tx, actor: Actor, what: string): Promise<void> {
  const { units } = await loadTree(trx);
  if (!canRecordDecisions(actor, units)) {
    throw forbidden(
      `Bara en administratör eller en controller för hela organisationen kan ${what} scenarier`,
    );
  }
}
