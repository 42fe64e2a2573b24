import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { systemActor } from '../../server/actor';
import { withTenant } from '../../server/db/tenant-scope';
import { importDecisions } from '../../server/use-cases/decisions/import-decisions';
import { listDecisions } from '../../server/use-cases/decisions/list-decisions';
import { ensureTenant } from '../../server/use-cases/ensure-tenant';
import { DECISION_KIND_SV } from '../../shared/enums';
import type { TDecision } from '../../shared/schemas/decision';
import { type CommandEnv, type CommandOutput, output, type ParsedArgs, stringArg } from '../command';

/**
 * `balans decisions import FILE.csv [--tenant SLUG] [--plan NAME] [--json]` — the decisions register from a
 * file, all or nothing; `balans decisions list [--tenant SLUG] [--json]` — the register, newest meeting first.
 */
export async function runDecisions(env: CommandEnv, args: ParsedArgs): Promise<CommandOutput> {
  const json = args.values.json === true;
  const [action, file] = args.positionals;
  const fail = (message: string) =>
    output(json, { imported: 0, errors: [{ line: 0, message }] }, `Fel: ${message}`, 1);
  const tenant = await ensureTenant(env.db, stringArg(args, 'tenant') ?? 'demo');
  const actor = systemActor(tenant.id, `balans decisions ${action ?? ''}`.trim());
  if (action === 'list') {
    const decisions = await withTenant(env.db, tenant.id, (trx) => listDecisions(trx, actor, {}));
    return output(json, decisions, decisions.map(describe).join('\n') || 'Inga beslut registrerade');
  }
  if (action !== 'import') {
    return fail('Okänt delkommando; använd: balans decisions import FIL.csv eller balans decisions list');
  }
  if (!file) return fail('Ange filen som ska importeras: balans decisions import FIL.csv');
  const filePath = path.resolve(env.cwd, file);
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    return fail(`Filen ${filePath} kan inte läsas`);
  }
  const result = await importDecisions(env.db, actor, text, { planName: stringArg(args, 'plan') });
  const lines =
    result.errors.length > 0
      ? [
          `Inget importerades: ${result.errors.length} fel`,
          ...result.errors.map((e) => (e.line > 0 ? `  rad ${e.line}: ${e.message}` : `  ${e.message}`)),
        ]
      : [`Beslut: ${result.imported} registrerade i planen ${result.plan?.name ?? ''}`];
  return output(json, result, lines.join('\n'), result.errors.length > 0 ? 1 : 0);
}

function describe(decision: TDecision): string {
  const kind = DECISION_KIND_SV[decision.kind];
  const paragraph = decision.paragraph ? ` ${decision.paragraph}` : '';
  const measures = decision.measureIds.length > 0 ? ` (${decision.measureIds.length} åtgärder)` : '';
  return `${decision.meetingDate}  ${decision.body}${paragraph}  ${kind}${measures}: ${decision.text.split('\n')[0]}`;
}
