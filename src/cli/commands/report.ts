import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { closestName } from '../../domain/closest-name';
import { unitPaths } from '../../domain/org-tree';
import { systemActor } from '../../server/actor';
import { type Tx, withTenant } from '../../server/db/tenant-scope';
import { AppError } from '../../server/errors';
import { renderBoardReportPdf } from '../../server/io/pdf/board-report/render-board-report-pdf';
import { renderBoardReportXlsx } from '../../server/io/xlsx/board-report/render-board-report-xlsx';
import { listOrgUnits } from '../../server/repositories/org-unit-repository';
import { listPlans, type PlanRecord } from '../../server/repositories/plan-repository';
import { buildBoardReport } from '../../server/use-cases/board-report/build-board-report';
import { requireTenant } from '../../server/use-cases/ensure-tenant';
import { parseAsOf } from '../../shared/instant';
import { formatAmount } from '../../shared/money';
import { type CommandEnv, type CommandOutput, output, type ParsedArgs, stringArg } from '../command';

const FORMATS = ['json', 'pdf', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

const hint = (word: string, names: readonly string[]) => {
  const near = closestName(word, names);
  return near ? `; menade du ${near}?` : '';
};

/** The plan named, or without a name the organisation's only plan, or its latest decided one. */
async function choosePlan(trx: Tx, name: string | undefined, slug: string): Promise<PlanRecord> {
  const plans = await listPlans(trx);
  if (name !== undefined) {
    const plan = plans.find((p) => p.name.toLocaleLowerCase('sv') === name.toLocaleLowerCase('sv'));
    if (!plan) {
      throw new AppError(
        'NOT_FOUND',
        `Planen "${name}" finns inte i organisationen ${slug}${hint(
          name,
          plans.map((p) => p.name),
        )}`,
      );
    }
    return plan;
  }
  if (plans.length === 1) return plans[0]!;
  if (plans.length === 0) throw new AppError('NOT_FOUND', `Organisationen ${slug} har ingen plan`);
  const decided = plans
    .filter((p) => p.status === 'decided' && p.decidedAt !== null)
    .sort((a, b) => b.decidedAt!.getTime() - a.decidedAt!.getTime());
  if (decided[0] && decided[0].decidedAt!.getTime() !== decided[1]?.decidedAt?.getTime()) return decided[0];
  throw new AppError(
    'VALIDATION',
    `Organisationen ${slug} har flera planer (${plans.map((p) => p.name).join(', ')}) och ingen senast beslutad; ange --plan "Planens namn"`,
  );
}

/** The unit of a full path from the top (as `summary --by unit` writes it); the top unit without one. */
async function chooseUnit(trx: Tx, unitPath: string | undefined): Promise<string | undefined> {
  if (unitPath === undefined) return undefined;
  const paths = [...unitPaths(await listOrgUnits(trx))];
  const wanted = unitPath
    .trim()
    .replace(/\s*\/\s*/g, ' / ')
    .toLocaleLowerCase('sv');
  const found = paths.find(([, p]) => p.toLocaleLowerCase('sv') === wanted);
  if (!found) {
    throw new AppError(
      'NOT_FOUND',
      `Enheten "${unitPath}" finns inte${hint(
        unitPath,
        paths.map(([, p]) => p),
      )}`,
    );
  }
  return found[0];
}

/**
 * `balans report --unit PATH --period YYYY-MM [--plan NAME] [--tenant SLUG] [--as-of INSTANT]
 * --format json|pdf|xlsx --out FILE` — the board report (issue 12): the JSON form is the report's model, every
 * figure in whole kronor; the PDF and XLSX the same model rendered. Without --out the JSON goes to stdout.
 */
export async function runReport(env: CommandEnv, args: ParsedArgs): Promise<CommandOutput> {
  const period = stringArg(args, 'period');
  if (period === undefined || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) {
    throw new AppError('VALIDATION', 'Ange perioden som ÅÅÅÅ-MM: --period 2024-08');
  }
  const format = (stringArg(args, 'format') ?? 'json') as Format;
  if (!FORMATS.includes(format)) throw new AppError('VALIDATION', '--format måste vara json, pdf eller xlsx');
  const out = stringArg(args, 'out');
  if (out === undefined && format !== 'json') {
    throw new AppError('VALIDATION', `Ange filen att skriva: --out rapport.${format}`);
  }
  const asOfText = stringArg(args, 'as-of');
  const asOf = asOfText === undefined ? undefined : parseAsOf(asOfText);
  if (asOfText !== undefined && asOf === undefined) {
    throw new AppError(
      'VALIDATION',
      `--as-of "${asOfText}" är ingen tidpunkt: ange datum (ÅÅÅÅ-MM-DD), datum och klockslag (ÅÅÅÅ-MM-DDTtt:mm) eller tidpunkt med tidszon`,
    );
  }
  const tenant = await requireTenant(env.db, stringArg(args, 'tenant') ?? 'demo');
  const actor = systemActor(tenant.id, 'balans report');
  const report = await withTenant(
    env.db,
    tenant.id,
    async (trx) => {
      const plan = await choosePlan(trx, stringArg(args, 'plan'), tenant.slug);
      const unitId = await chooseUnit(trx, stringArg(args, 'unit'));
      return buildBoardReport(trx, actor, plan.id, { unitId, period });
    },
    { asOf },
  );
  if (out === undefined) return { exitCode: 0, stdout: `${JSON.stringify(report, null, 2)}\n` };
  const bytes =
    format === 'json'
      ? new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`)
      : format === 'pdf'
        ? await renderBoardReportPdf(report)
        : await renderBoardReportXlsx(report);
  const filePath = path.resolve(env.cwd, out);
  try {
    await writeFile(filePath, bytes);
  } catch {
    throw new AppError('VALIDATION', `Filen ${filePath} kan inte skrivas`);
  }
  const mnkr = (kr: number | null) => (kr === null ? '–' : formatAmount(kr, { unit: 'mnkr' }));
  const f = report.figures;
  return output(
    args.values.json === true,
    { plan: report.plan, unit: { path: report.unit.path }, period, format, file: filePath },
    [
      `Rapport: ${report.plan.name}, ${report.unit.path}, ${period}${report.asOf ? ` (per ${report.asOf})` : ''}`,
      `Mål ${mnkr(f.target)}, prognos ${mnkr(f.forecast)}, avvikelse ${mnkr(f.deviation)}`,
      `Skrevs till ${filePath}`,
    ].join('\n'),
  );
}
