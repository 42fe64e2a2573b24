import { canReadUnit } from '../../../domain/access';
import { subtreeIds, unitPaths } from '../../../domain/org-tree';
import type { TPublishedReportSummary } from '../../../shared/schemas/board-report';
import type { Actor } from '../../actor';
import type { Tx } from '../../db/tenant-scope';
import { forbidden, notFound } from '../../errors';
import {
  findPublishedContent,
  findPublishedReport,
  listPublishedReports,
  type PublishedReportRow,
} from '../../repositories/published-report-repository';
import { loadTree } from '../load-access';

function present(row: PublishedReportRow, paths: ReadonlyMap<string, string>): TPublishedReportSummary {
  return {
    id: row.id,
    planId: row.planId,
    planName: row.planName,
    unitId: row.orgUnitId,
    unitPath: paths.get(row.orgUnitId) ?? '',
    period: row.period,
    figuresAsOf: new Date(row.figuresAsOf).toISOString(),
    bodyId: row.bodyId,
    body: row.bodyName,
    meetingDate: row.meetingDate,
    publishedAt: new Date(row.publishedAt).toISOString(),
    byName: row.publishedByName,
    pdfSha256: row.pdfSha256,
    xlsxSha256: row.xlsxSha256,
  };
}

/**
 * The published reports the actor may read (of units he or she may read), newest first; with `unitId` those
 * of that unit and the units below it; with `bodyId` those published for that body.
 */
export async function listPublished(
  trx: Tx,
  actor: Actor,
  query: { unitId?: string | undefined; bodyId?: string | undefined },
): Promise<TPublishedReportSummary[]> {
  const { units, parents } = await loadTree(trx);
  if (query.unitId && !parents.has(query.unitId)) throw notFound('Enheten');
  if (query.unitId && !canReadUnit(actor, parents, query.unitId)) {
    throw forbidden('Du har inte behörighet till enheten; välj en enhet du har tillgång till');
  }
  const scope = query.unitId ? [...subtreeIds(units, query.unitId)] : undefined;
  const paths = unitPaths(units);
  return (await listPublishedReports(trx, scope))
    .filter((row) => canReadUnit(actor, parents, row.orgUnitId))
    .filter((row) => query.bodyId === undefined || row.bodyId === query.bodyId)
    .map((row) => present(row, paths));
}

/** One published report's model or file, as stored; 404 unless the actor may read its unit. */
export async function readPublished(
  trx: Tx,
  actor: Actor,
  id: string,
  what: 'model' | 'pdf' | 'xlsx',
): Promise<unknown> {
  const row = await findPublishedReport(trx, id);
  const { parents } = await loadTree(trx);
  if (!row || !canReadUnit(actor, parents, row.orgUnitId)) throw notFound('Rapporten');
  return findPublishedContent(trx, id, what);
}
