import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { systemActor } from '../../server/actor';
import { ensureTenant } from '../../server/use-cases/ensure-tenant';
import { importPlan } from '../../server/use-cases/import-plan';
import { type CommandEnv, type CommandOutput, output, type ParsedArgs, stringArg } from '../command';

/** `balans import FILE.xlsx [--tenant SLUG] [--plan NAME] [--dry-run] [--json]` */
export async function runImport(env: CommandEnv, args: ParsedArgs): Promise<CommandOutput> {
  const json = args.values.json === true;
  const file = args.positionals[0];
  const fail = (message: string) =>
    output(
      json,
      {
        plan: null,
        created: 0,
        updated: 0,
        unitsCreated: [],
        warnings: [],
        errors: [{ cell: 'Arbetsbok', message }],
      },
      `Fel: ${message}`,
      1,
    );
  if (!file) return fail('Ange filen som ska importeras: balans import FIL.xlsx');
  const filePath = path.resolve(env.cwd, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch {
    return fail(`Filen ${filePath} kan inte läsas`);
  }
  const tenant = await ensureTenant(env.db, stringArg(args, 'tenant') ?? 'demo');
  const result = await importPlan(
    env.db,
    systemActor(tenant.id, 'balans import'),
    { bytes, fileName: path.basename(filePath) },
    { planName: stringArg(args, 'plan'), dryRun: args.values['dry-run'] === true },
  );
  const lines =
    result.errors.length > 0
      ? [
          `Inget importerades: ${result.errors.length} fel`,
          ...result.errors.map((e) => `  ${e.cell}: ${e.message}`),
        ]
      : [
          `Plan: ${result.plan?.name}`,
          `Nya åtgärder: ${result.created}, uppdaterade: ${result.updated} (varav oförändrade: ${result.unchanged})`,
          ...(result.unitsCreated.length > 0
            ? ['Nya enheter:', ...result.unitsCreated.map((u) => `  ${u}`)]
            : []),
        ];
  lines.push(...result.warnings.map((w) => `Varning ${w.cell}: ${w.message}`));
  return output(json, result, lines.join('\n'), result.errors.length > 0 ? 1 : 0);
}
