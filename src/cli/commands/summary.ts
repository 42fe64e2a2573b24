import { withTenant } from '../../server/db/tenant-scope';
import { AppError } from '../../server/errors';
import { findPlanByName } from '../../server/repositories/plan-repository';
import { ensureTenant } from '../../server/use-cases/ensure-tenant';
import { summarizePlan } from '../../server/use-cases/summarize-plan';
import { EFFECT_CONVENTION_SV, GROUPINGS, type Grouping } from '../../shared/enums';
import { groupingKeyLabel } from '../../shared/grouping-labels';
import { formatAmount } from '../../shared/money';
import { type CommandEnv, type CommandOutput, output, type ParsedArgs, stringArg } from '../command';

/** `balans summary --plan NAME [--tenant SLUG] --year Y --by GROUPING [--json]` — the planned level in year Y. */
export async function runSummary(env: CommandEnv, args: ParsedArgs): Promise<CommandOutput> {
  const planName = stringArg(args, 'plan');
  const year = Number(stringArg(args, 'year'));
  const by = (stringArg(args, 'by') ?? 'unit') as Grouping;
  if (!planName) throw new AppError('VALIDATION', 'Ange planen: --plan "Planens namn"');
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new AppError('VALIDATION', 'Ange året: --year 2024');
  if (!GROUPINGS.includes(by))
    throw new AppError('VALIDATION', `--by måste vara en av ${GROUPINGS.join(', ')}`);
  const tenant = await ensureTenant(env.db, stringArg(args, 'tenant') ?? 'demo');
  const summary = await withTenant(env.db, tenant.id, async (trx) => {
    const plan = await findPlanByName(trx, planName);
    if (!plan)
      throw new AppError('NOT_FOUND', `Planen "${planName}" finns inte i organisationen ${tenant.slug}`);
    return summarizePlan(trx, plan, { year, by });
  });
  const json = {
    plan: summary.plan,
    year: summary.year,
    convention: summary.convention,
    total: { planned: summary.total.planned },
    rows: summary.rows.map((row) => ({ key: row.key, planned: row.planned })),
  };
  const mnkr = (kr: number) => formatAmount(kr, { unit: 'mnkr' });
  const label = (key: string) => groupingKeyLabel(by, key);
  const width = Math.max(10, ...summary.rows.map((row) => label(row.key).length));
  const text = [
    `${summary.plan.name} — planerad effekt ${year} (${EFFECT_CONVENTION_SV[summary.convention]} mot utgångsläget)`,
    ...summary.rows.map((row) => `${label(row.key).padEnd(width)}  ${mnkr(row.planned).padStart(14)}`),
    `${'Totalt'.padEnd(width)}  ${mnkr(summary.total.planned).padStart(14)}`,
  ].join('\n');
  return output(args.values.json === true, json, text);
}
