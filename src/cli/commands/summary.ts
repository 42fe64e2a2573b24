import { withTenant } from '../../server/db/tenant-scope';
import { AppError } from '../../server/errors';
import { findPlanByName } from '../../server/repositories/plan-repository';
import { ensureTenant } from '../../server/use-cases/ensure-tenant';
import { summarizePlan } from '../../server/use-cases/summarize-plan';
import { EFFECT_CONVENTION_SV, GROUPINGS, type Grouping } from '../../shared/enums';
import { groupingKeyLabel } from '../../shared/grouping-labels';
import { formatAmount } from '../../shared/money';
import { type CommandEnv, type CommandOutput, output, type ParsedArgs, stringArg } from '../command';

/**
 * `balans summary --plan NAME [--tenant SLUG] --year Y --by GROUPING [--period YYYY-MM] [--json]` — the
 * planned level in year Y; with --period also forecast, outcome, deviation and stale data as of that month.
 */
export async function runSummary(env: CommandEnv, args: ParsedArgs): Promise<CommandOutput> {
  const planName = stringArg(args, 'plan');
  const year = Number(stringArg(args, 'year'));
  const by = (stringArg(args, 'by') ?? 'unit') as Grouping;
  if (!planName) throw new AppError('VALIDATION', 'Ange planen: --plan "Planens namn"');
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new AppError('VALIDATION', 'Ange året: --year 2024');
  if (!GROUPINGS.includes(by))
    throw new AppError('VALIDATION', `--by måste vara en av ${GROUPINGS.join(', ')}`);
  const period = stringArg(args, 'period');
  if (period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
    throw new AppError('VALIDATION', 'Ange perioden som ÅÅÅÅ-MM: --period 2024-08');
  const tenant = await ensureTenant(env.db, stringArg(args, 'tenant') ?? 'demo');
  const summary = await withTenant(env.db, tenant.id, async (trx) => {
    const plan = await findPlanByName(trx, planName);
    if (!plan)
      throw new AppError('NOT_FOUND', `Planen "${planName}" finns inte i organisationen ${tenant.slug}`);
    return summarizePlan(trx, plan, { year, by, period });
  });
  const followUp = (row: (typeof summary.rows)[number] | typeof summary.total) =>
    period
      ? {
          forecast: row.forecast,
          outcome: row.outcome,
          deviation: row.deviation,
          stale: row.stale,
          staleCount: row.staleCount,
        }
      : {};
  const json = {
    plan: summary.plan,
    year: summary.year,
    ...(period ? { period } : {}),
    convention: summary.convention,
    total: { planned: summary.total.planned, ...followUp(summary.total) },
    rows: summary.rows.map((row) => ({ key: row.key, planned: row.planned, ...followUp(row) })),
  };
  const mnkr = (kr: number) => formatAmount(kr, { unit: 'mnkr' });
  const label = (key: string) => groupingKeyLabel(by, key);
  const width = Math.max(10, ...summary.rows.map((row) => label(row.key).length));
  const columns = (row: (typeof summary.rows)[number] | typeof summary.total) =>
    [
      mnkr(row.planned).padStart(14),
      ...(period
        ? [
            mnkr(row.forecast ?? 0).padStart(14),
            mnkr(row.outcome ?? 0).padStart(14),
            (row.deviation === null || row.deviation === undefined ? '–' : mnkr(row.deviation)).padStart(14),
            `${mnkr(row.stale ?? 0)} (${row.staleCount ?? 0})`.padStart(20),
          ]
        : []),
    ].join('  ');
  const heading = period
    ? `${''.padEnd(width)}  ${'planerad'.padStart(14)}  ${'prognos'.padStart(14)}  ${'utfall'.padStart(14)}  ${'avvikelse'.padStart(14)}  ${'inaktuellt (antal)'.padStart(20)}`
    : undefined;
  const text = [
    `${summary.plan.name} — planerad effekt ${year} (${EFFECT_CONVENTION_SV[summary.convention]} mot utgångsläget)${period ? `, uppföljning per ${period}` : ''}`,
    ...(heading ? [heading] : []),
    ...summary.rows.map((row) => `${label(row.key).padEnd(width)}  ${columns(row)}`),
    `${'Totalt'.padEnd(width)}  ${columns(summary.total)}`,
  ].join('\n');
  return output(args.values.json === true, json, text);
}
