import type { Tx } from '../db/tenant-scope';

/** A unit's *åtgärdsbeting* for one plan year, with the names of its manager and of who accepted it. */
export interface CommitmentRecord {
  id: string;
  planId: string;
  orgUnitId: string;
  year: number;
  amount: number;
  managerUserId: string | null;
  managerName: string | null;
  acceptedByUserId: string | null;
  acceptedByName: string | null;
  acceptedAt: Date | null;
  version: number;
}

export interface CommitmentChange {
  amount: number;
  managerUserId: string | null;
  acceptedByUserId: string | null;
  acceptedAt: Date | null;
}

function selectCommitments(trx: Tx) {
  return trx
    .selectFrom('commitments')
    .leftJoin('users as manager', 'manager.id', 'commitments.managerUserId')
    .leftJoin('users as acceptor', 'acceptor.id', 'commitments.acceptedByUserId')
    .select([
      'commitments.id',
      'commitments.planId',
      'commitments.orgUnitId',
      'commitments.year',
      'commitments.amount',
      'commitments.managerUserId',
      'manager.name as managerName',
      'commitments.acceptedByUserId',
      'acceptor.name as acceptedByName',
      'commitments.acceptedAt',
      'commitments.version',
    ]);
}

/** A plan's commitments, optionally of one year, by year. */
export async function listCommitments(
  trx: Tx,
  planId: string,
  year?: number | undefined,
): Promise<CommitmentRecord[]> {
  let query = selectCommitments(trx).where('commitments.planId', '=', planId);
  if (year !== undefined) query = query.where('commitments.year', '=', year);
  return query.orderBy('commitments.year').orderBy('commitments.createdAt').execute();
}

export async function findCommitment(trx: Tx, id: string): Promise<CommitmentRecord | undefined> {
  return selectCommitments(trx).where('commitments.id', '=', id).executeTakeFirst();
}

export async function findCommitmentByKey(
  trx: Tx,
  key: { planId: string; orgUnitId: string; year: number },
): Promise<CommitmentRecord | undefined> {
  return selectCommitments(trx)
    .where('commitments.planId', '=', key.planId)
    .where('commitments.orgUnitId', '=', key.orgUnitId)
    .where('commitments.year', '=', key.year)
    .executeTakeFirst();
}

/** Inserts a new commitment; undefined when one for the same plan, unit and year appeared meanwhile. */
export async function insertCommitment(
  trx: Tx,
  tenantId: string,
  commitment: {
    planId: string;
    orgUnitId: string;
    year: number;
    amount: number;
    managerUserId: string | null;
  },
): Promise<string | undefined> {
  const row = await trx
    .insertInto('commitments')
    .values({ tenantId, ...commitment })
    .onConflict((oc) => oc.columns(['planId', 'orgUnitId', 'year']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Changes a commitment when `version` is still current; false when someone else changed it first. */
export async function updateCommitment(
  trx: Tx,
  id: string,
  version: number,
  change: CommitmentChange,
): Promise<boolean> {
  const row = await trx
    .updateTable('commitments')
    .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row !== undefined;
}
