import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canManageUnit } from '../../../domain/access';
import type { TBoardReport } from '../../../shared/schemas/board-report';
import type { Actor } from '../../actor';
import { auditEntry } from '../../audit';
import type { Database } from '../../db/schema';
import { type Tx, transactionInstant, withTenant } from '../../db/tenant-scope';
import { AppError, forbidden } from '../../errors';
import { renderBoardReportPdf } from '../../io/pdf/board-report/render-board-report-pdf';
import { renderBoardReportXlsx } from '../../io/xlsx/board-report/render-board-report-xlsx';
import { appendAudit } from '../../repositories/audit-repository';
import { insertPublishedReport } from '../../repositories/published-report-repository';
import { loadTree } from '../load-access';
import { buildBoardReport } from './build-board-report';

export interface PublishQuery {
  unitId?: string | undefined;
  period: string;
  /** Publish the figures as they were at this past instant; the present when absent. */
  asOf?: string | undefined;
  bodyId?: string | null | undefined;
  meetingDate?: string | null | undefined;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Publishes (freezes) the board report of a unit and a period: a controller of the unit or an administrator.
 * The model — with `published` set — and its PDF and XLSX are stored as issued, with their SHA-256, in the
 * append-only `published_reports`; later changes to measures and reports never reach them. Figures of the
 * present are read in the same transaction that stores them; figures as of a past instant in a read-only one.
 */
export async function publishBoardReport(
  db: Kysely<Database>,
  actor: Actor,
  planId: string,
  query: PublishQuery,
  /** A loader of dated history (the demo) publishes at its own clock; the API never passes one. */
  options: { clock?: string } = {},
): Promise<TBoardReport> {
  const build = (trx: Tx) => buildBoardReport(trx, actor, planId, query);
  const past =
    query.asOf === undefined ? undefined : await withTenant(db, actor.tenantId, build, { asOf: query.asOf });
  return withTenant(
    db,
    actor.tenantId,
    async (trx) => {
      const { parents } = await loadTree(trx);
      const model = past ?? (await build(trx));
      if (!canManageUnit(actor, parents, model.unit.id)) {
        throw forbidden(
          'Du kan bara publicera rapporter för enheter där du är controller eller administratör',
        );
      }
      const body = query.bodyId
        ? await trx
            .selectFrom('decisionBodies')
            .select(['id', 'name'])
            .where('id', '=', query.bodyId)
            .executeTakeFirst()
        : undefined;
      if (query.bodyId && !body) {
        throw new AppError('VALIDATION', 'Rapporten kan inte publiceras: bodyId: Organet finns inte', {
          details: [{ field: 'bodyId', message: 'Organet finns inte' }],
        });
      }
      const publishedAt = (await transactionInstant(trx)).toISOString();
      const published: TBoardReport = {
        ...model,
        published: {
          id: randomUUID(),
          publishedAt,
          byName: actor.name,
          body: body?.name ?? null,
          meetingDate: query.meetingDate ?? null,
        },
      };
      const [pdf, xlsx] = [await renderBoardReportPdf(published), await renderBoardReportXlsx(published)];
      const stored = {
        id: published.published!.id,
        planId: model.plan.id,
        orgUnitId: model.unit.id,
        period: model.period,
        figuresAsOf: model.asOf ?? model.generatedAt,
        bodyId: body?.id ?? null,
        meetingDate: query.meetingDate ?? null,
        publishedBy: actor.userId,
        publishedByName: actor.name,
        publishedAt,
        pdfSha256: sha256(pdf),
        xlsxSha256: sha256(xlsx),
      };
      await insertPublishedReport(trx, actor.tenantId, { ...stored, model: published, pdf, xlsx });
      await appendAudit(trx, [auditEntry(actor, 'publishedReport', stored.id, 'create', null, stored)]);
      return published;
    },
    { clock: options.clock },
  );
}
