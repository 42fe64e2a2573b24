import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { systemActor } from '../../server/actor';
import { ensureTenant } from '../../server/use-cases/ensure-tenant';
import { importReports } from '../../server/use-cases/reports/import-reports';
import { type CommandEnv, type CommandOutput, output, type ParsedArgs, stringArg } from '../command';

/** `balans reports import FILE.csv [--tenant SLUG] [--json]` — monthly follow-up reports, all or nothing. */
export async function runReports(env: CommandEnv, args: ParsedArgs): Promise<CommandOutput> {
  const json = args.values.json === true;
  const [action, file] = args.positionals;
  const fail = (message: string) =>
    output(json, { imported: 0, errors: [{ line: 0, message }] }, `Fel: ${message}`, 1);
  if (action !== 'import') return fail('Okänt delkommando; använd: balans reports import FIL.csv');
  if (!file) return fail('Ange filen som ska importeras: balans reports import FIL.csv');
  const filePath = path.resolve(env.cwd, file);
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    return fail(`Filen ${filePath} kan inte läsas`);
  }
  const tenant = await ensureTenant(env.db, stringArg(args, 'tenant') ?? 'demo');
  const result = await importReports(env.db, systemActor(tenant.id, 'balans reports import'), text);
  const body = { imported: result.imported, errors: result.errors };
  const lines =
    result.errors.length > 0
      ? [
          `Inget importerades: ${result.errors.length} fel`,
          ...result.errors.map((e) => `  rad ${e.line}: ${e.message}`),
        ]
      : [`Rapporter: ${result.imported} sparade, ${result.unchanged} oförändrade`];
  return output(json, body, lines.join('\n'), result.errors.length > 0 ? 1 : 0);
}
