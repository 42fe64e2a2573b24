import { ancestry, canManageUnit, canReadUnit, type ParentMap } from '../../../domain/access';
import type { TRound } from '../../../shared/schemas/round';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { AppError, forbidden, notFound } from '../../errors';
import { findRound, type RoundRecord } from '../../repositories/round-repository';

/**
 * A round is visible to whoever can read its unit, and also to anyone granted a role inside its subtree: a
 * manager of one division must find the region's round to report in it (and then sees only his or her part).
 */
export function canSeeRound(
  actor: Actor,
  parents: ParentMap,
  round: Pick<RoundRecord, 'orgUnitId'>,
): boolean {
  if (canReadUnit(actor, parents, round.orgUnitId)) return true;
  return actor.grants.some((grant) => ancestry(parents, grant.orgUnitId).includes(round.orgUnitId));
}

export async function requireVisibleRound(
  trx: Tx,
  actor: Actor,
  parents: ParentMap,
  id: string,
): Promise<RoundRecord> {
  const round = await findRound(trx, id);
  if (!round) throw notFound('Rapporteringsomgången');
  if (!canSeeRound(actor, parents, round)) throw forbidden('Du har ingen behörighet till omgångens enhet');
  return round;
}

/** Closing and reopening: admin or controller over the round's unit; the version guards against a race. */
export function checkManagedRound(
  actor: Actor,
  parents: ParentMap,
  round: RoundRecord,
  version: number,
  paths: ReadonlyMap<string, string>,
): void {
  if (!canManageUnit(actor, parents, round.orgUnitId)) {
    throw forbidden('Bara en controller eller administratör för enheten kan stänga och öppna omgången');
  }
  if (round.version !== version) {
    throw new AppError(
      'VERSION_CONFLICT',
      'Omgången har ändrats av någon annan sedan du öppnade den; läs in den igen',
      { current: { round: presentRound(round, paths, true) } },
    );
  }
}

export function presentRound(
  round: RoundRecord,
  paths: ReadonlyMap<string, string>,
  canManage: boolean,
): TRound {
  return {
    id: round.id,
    planId: round.planId,
    period: round.period,
    orgUnitId: round.orgUnitId,
    orgUnitPath: paths.get(round.orgUnitId) ?? '',
    deadline: round.deadline,
    status: round.status,
    openedByName: round.openedByName,
    openedAt: round.openedAt.toISOString(),
    closedByName: round.closedByName,
    closedAt: round.closedAt?.toISOString() ?? null,
    version: round.version,
    canManage,
  };
}

/** Today's date in Sweden (`YYYY-MM-DD`): a deadline is the last day to report, Swedish time. */
export function swedishToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}
