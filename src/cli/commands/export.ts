import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { systemActor } from '../../server/actor';
import { withTenant } from '../../server/db/tenant-scope';
import { AppError } from '../../server/errors';
import { findPlanByName } from '../../server/repositories/plan-repository';
import { requireTenant } from '../../server/use-cases/ensure-tenant';
import { exportPlan } from '../../server/use-cases/export-plan';
import { type CommandEnv, type CommandOutput, output, type ParsedArgs, stringArg } from '../command';

/** `balans export --plan NAME [--tenant SLUG] --out FILE.xlsx [--json]` — the plan in the Excel template. */
export async function runExport(env: CommandEnv, args: ParsedArgs): Promise<CommandOutput> {
  const planName = stringArg(args, 'plan');
  const out = stringArg(args, 'out');
  if (!planName) throw new AppError('VALIDATION', 'Ange planen: --plan "Planens namn"');
  if (!out) throw new AppError('VALIDATION', 'Ange filen att skriva: --out plan.xlsx');
  const tenant = await requireTenant(env.db, stringArg(args, 'tenant') ?? 'demo');
  const plan = await withTenant(env.db, tenant.id, (trx) => findPlanByName(trx, planName));
  if (!plan)
    throw new AppError('NOT_FOUND', `Planen "${planName}" finns inte i organisationen ${tenant.slug}`);
  const file = await exportPlan(env.db, systemActor(tenant.id, 'balans export'), plan.id);
  const filePath = path.resolve(env.cwd, out);
  try {
    await writeFile(filePath, file.bytes);
  } catch {
    throw new AppError('VALIDATION', `Filen ${filePath} kan inte skrivas`);
  }
  return output(
    args.values.json === true,
    { plan: { id: plan.id, name: plan.name }, file: filePath, measures: file.measureCount },
    `Plan: ${plan.name}\n${file.measureCount} åtgärder skrevs till ${filePath}`,
  );
}
