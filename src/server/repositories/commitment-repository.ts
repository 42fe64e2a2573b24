import { sql } from 'kysely';
import type { Tx } from '../db/tenant-scope';

/** A unit's *åtgärdsbeting* for one plan year, with the names of its manager and of who set, accepted or declined it. */
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
  acceptedAmount: number | null;
  declinedByUserId: string | null;
  declinedByName: string | null;
  declinedAt: Date | null;
  declineReason: string | null;
  setByUserId: string | null;
  setByName: string | null;
  version: number;
}

/** `'now'` stamps the clock of the database (balans_now(): the demo loader may date it). */
export interface CommitmentChange {
  amount?: number;
  managerUserId?: string | null;
  setByUserId?: string | null;
  acceptance?: { userId: string; amount: number } | null;
  decline?: { userId: string; reason: string } | null;
}

function selectCommitments(trx: Tx) {
  return trx
    .selectFrom('commitments')
    .leftJoin('users as manager', 'manager.id', 'commitments.managerUserId')
    .leftJoin('users as acceptor', 'acceptor.id', 'commitments.acceptedByUserId')
    .leftJoin('users as decliner', 'decliner.id', 'commitments.declinedByUserId')
    .leftJoin('users as setter', 'setter.id', 'commitments.setByUserId')
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
      'commitments.acceptedAmount',
      'commitments.declinedByUserId',
      'decliner.name as declinedByName',
      'commitments.declinedAt',
      'commitments.declineReason',
      'commitments.setByUserId',
      'setter.name as setByName',
      'commitments.version',
    ]);
}

/** PostgreSQL returns bigint as a string: numbers here, once. */
function toRecord(row: Awaited<ReturnType<ReturnType<typeof selectCommitments>['executeTakeFirstOrThrow']>>) {
  return {
    ...row,
    amount: Number(row.amount),
    acceptedAmount: row.acceptedAmount === null ? null : Number(row.acceptedAmount),
  } as CommitmentRecord;
}

/** A plan's commitments, optionally of one year, by year. */
export async function listCommitments(
  trx: Tx,
  planId: string,
  year?: number | undefined,
): Promise<CommitmentRecord[]> {
  let query = selectCommitments(trx).where('commitments.planId', '=', planId);
  if (year !== undefined) query = query.where('commitments.year', '=', year);
  const rows = await query.orderBy('commitments.year').orderBy('commitments.createdAt').execute();
  return rows.map(toRecord);
}

export async function findCommitment(trx: Tx, id: string): Promise<CommitmentRecord | undefined> {
  const row = await selectCommitments(trx).where('commitments.id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

export async function findCommitmentByKey(
  trx: Tx,
  key: { planId: string; orgUnitId: string; year: number },
): Promise<CommitmentRecord | undefined> {
  const row = await selectCommitments(trx)
    .where('commitments.planId', '=', key.planId)
    .where('commitments.orgUnitId', '=', key.orgUnitId)
    .where('commitments.year', '=', key.year)
    .executeTakeFirst();
  return row && toRecord(row);
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
    setByUserId: string | null;
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
  const now = sql<Date>`balans_now()`;
  const { acceptance, decline, ...plain } = change;
  const row = await trx
    .updateTable('commitments')
    .set((eb) => ({
      ...plain,
      ...(acceptance === undefined
        ? {}
        : acceptance === null
          ? { acceptedByUserId: null, acceptedAt: null, acceptedAmount: null }
          : { acceptedByUserId: acceptance.userId, acceptedAt: now, acceptedAmount: acceptance.amount }),
      ...(decline === undefined
        ? {}
        : decline === null
          ? { declinedByUserId: null, declinedAt: null, declineReason: null }
          : { declinedByUserId: decline.userId, declinedAt: now, declineReason: decline.reason }),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return row !== undefined;
}
