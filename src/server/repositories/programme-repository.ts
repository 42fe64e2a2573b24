import type { Tx } from '../db/tenant-scope';

export async function listProgrammes(trx: Tx): Promise<{ id: string; name: string }[]> {
  return trx.selectFrom('programmesAsOf').select(['id', 'name']).orderBy('name').execute();
}
