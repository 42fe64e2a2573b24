import { ancestry, canManageUnit } from '../../../domain/access';
import { subtreeIds, unitPaths } from '../../../domain/org-tree';
import type { TRound, TRoundInput } from '../../../shared/schemas/round';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden, notFound } from '../../errors';
import { appendAudit } from '../../repositories/audit-repository';
import {
  countFrozenInUnits,
  findRound,
  findRoundsOfPeriod,
  insertRound,
} from '../../repositories/round-repository';
import { loadTree, requirePlan } from '../load-access';
import { presentRound } from './round-access';

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { details: [{ field, message }] });
}

/**
 * Opens a period of a plan for reporting in a unit's subtree. Rounds of one plan and period never overlap:
 * each (measure, period) then belongs to at most one round, so that closing and reopening a round freezes
 * and releases exactly its own measures.
 */
export async function openRound(trx: Tx, actor: Actor, planId: string, input: TRoundInput): Promise<TRound> {
  const plan = await requirePlan(trx, planId);
  const { units, parents } = await loadTree(trx);
  if (!parents.has(input.orgUnitId)) throw notFound('Enheten');
  if (!canManageUnit(actor, parents, input.orgUnitId)) {
    throw forbidden('Bara en controller eller administratör för enheten kan öppna en rapporteringsomgång');
  }
  const year = Number(input.period.slice(0, 4));
  if (year < plan.firstYear || year > plan.lastYear) {
    throw invalid(
      'period',
      `Perioden ${input.period} ligger utanför planens år ${plan.firstYear}–${plan.lastYear}`,
    );
  }
  if (input.deadline < `${input.period}-01`) {
    throw invalid('deadline', `Sista dag att rapportera kan inte ligga före perioden ${input.period}`);
  }
  const paths = unitPaths(units);
  const path = paths.get(input.orgUnitId) ?? '';
  const subtree = [...subtreeIds(units, input.orgUnitId)];
  const related = new Set([...subtree, ...ancestry(parents, input.orgUnitId)]);
  const overlapping = await findRoundsOfPeriod(trx, planId, input.period, { orgUnitIds: [...related] });
  const same = overlapping.find((round) => round.orgUnitId === input.orgUnitId);
  if (same)
    throw new AppError('CONFLICT', `Det finns redan en rapporteringsomgång för ${input.period} i ${path}`);
  if (overlapping[0]) {
    throw new AppError(
      'CONFLICT',
      `Omgången skulle överlappa omgången för ${input.period} i ${paths.get(overlapping[0].orgUnitId)}`,
    );
  }
  const frozen = await countFrozenInUnits(trx, planId, input.period, subtree);
  if (frozen > 0) {
    throw new AppError(
      'CONFLICT',
      `Perioden ${input.period} är redan stängd för ${frozen} ${frozen === 1 ? 'åtgärd' : 'åtgärder'} i ${path}`,
    );
  }
  const id = await insertRound(trx, { tenantId: actor.tenantId, planId, ...input }, actor.userId);
  if (!id)
    throw new AppError('CONFLICT', `Det finns redan en rapporteringsomgång för ${input.period} i ${path}`);
  const round = (await findRound(trx, id))!;
  await appendAudit(trx, [auditEntry(actor, 'reportingRound', id, 'create', null, round)]);
  return presentRound(round, paths, true);
}
