import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScenarioYearResult } from '../../domain/scenario/compute-scenario';
import { evaluateScenario } from '../../domain/scenario/evaluate-scenario';
import { formatIssue } from '../../domain/scenario/scenario-input';
import { systemActor } from '../../server/actor';
import { withTenant } from '../../server/db/tenant-scope';
import { AppError } from '../../server/errors';
import { findScenarioByName } from '../../server/repositories/scenario-repository';
import { requireTenant } from '../../server/use-cases/ensure-tenant';
import { computeScenarioResult } from '../../server/use-cases/scenarios/compute-scenario';
import { formatAmount } from '../../shared/money';
import { ZScenarioYearResult } from '../../shared/schemas/scenario';
import { type CommandEnv, type CommandOutput, output, type ParsedArgs, stringArg } from '../command';

/**
 * `balans scenario --from FILE.json [--json]` — computes a scenario given as JSON (docs/scenario-model.md)
 * without saving it; needs no database (the environment has one because every command gets one).
 * `balans scenario --name NAME [--tenant SLUG] [--json]` — computes a saved scenario of the organisation
 * (default `demo`), with the plan level from its linked plan.
 */
export async function runScenario(env: CommandEnv, args: ParsedArgs): Promise<CommandOutput> {
  const file = stringArg(args, 'from');
  const name = stringArg(args, 'name');
  if (file !== undefined && name !== undefined) {
    throw new AppError('VALIDATION', 'Ange antingen --from FIL.json eller --name NAMN, inte båda');
  }
  if (name !== undefined) return runSavedScenario(env, args, name);
  if (!file) {
    throw new AppError(
      'VALIDATION',
      '--from FIL.json eller --name NAMN krävs: balans scenario --from scenario.json eller balans scenario --name "Basscenario"',
    );
  }
  const raw = parseJson(file, await readText(path.resolve(env.cwd, file)));
  const computation = evaluateScenario(raw);
  if (!computation.ok) {
    throw new AppError('VALIDATION', `${file}: ${computation.issues.map(formatIssue).join('; ')}`, {
      details: computation.issues.map((issue) => ({ field: issue.path, message: issue.message })),
    });
  }
  const { years } = computation.result;
  return output(args.values.json === true, { years }, formatTable('Scenario', years));
}

/** A saved scenario's figures in the output contract of --from, with its name. */
async function runSavedScenario(env: CommandEnv, args: ParsedArgs, name: string): Promise<CommandOutput> {
  const tenant = await requireTenant(env.db, stringArg(args, 'tenant') ?? 'demo');
  const actor = systemActor(tenant.id, 'balans scenario');
  const result = await withTenant(env.db, tenant.id, async (trx) => {
    const scenario = await findScenarioByName(trx, name);
    if (!scenario) {
      throw new AppError('NOT_FOUND', `Scenariot "${name}" finns inte i organisationen ${tenant.slug}`);
    }
    return computeScenarioResult(trx, actor, scenario);
  });
  const saved = result.scenario!.name;
  // only the contract's fields: the plan-level source and the plan's figures are the API's extras
  const years = result.years.map((year) => ZScenarioYearResult.parse(year));
  return output(args.values.json === true, { name: saved, years }, formatTable(saved, years));
}

async function readText(filePath: string): Promise<string> {
  try {
    return await readFile(filePath, 'utf8');
  } catch {
    throw new AppError('VALIDATION', `Filen ${filePath} kan inte läsas`);
  }
}

function parseJson(file: string, withBom: string): unknown {
  // Notepad and Excel may begin a UTF-8 file with a byte-order mark, which JSON.parse rejects
  const text = withBom.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8 names the offset ("… at position 42"); users need a line and a column
    const reason = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(reason);
    if (!position) {
      const ending = /end of JSON/i.test(reason) ? ': filen tar slut mitt i ett värde' : '';
      throw new AppError('VALIDATION', `${file}: är inte giltig JSON${ending}`);
    }
    const before = text.slice(0, Number(position[1])).split('\n');
    const line = before.length;
    const column = (before.at(-1)?.length ?? 0) + 1;
    throw new AppError('VALIDATION', `${file}: ogiltig JSON på rad ${line}, kolumn ${column}`);
  }
}

const COLUMNS = [
  ['revenue', 'Skatt+bidrag'],
  ['netCost', 'Nettokostnad'],
  ['result', 'Resultat'],
  ['goal', 'Resultatmål'],
  ['gap', 'Gap mot mål'],
  ['requiredPlan', 'Behövd plan'],
  ['planLevel', 'Planens nivå'],
  ['balanskravResult', 'Balanskrav'],
  ['deficitOutstanding', 'Ej återställt'],
] as const;

function formatTable(title: string, years: readonly ScenarioYearResult[]): string {
  const mnkr = (kronor: number) => formatAmount(kronor, { unit: 'mnkr', withUnit: false });
  const width = 14;
  const heading = ['År  ', ...COLUMNS.map(([, label]) => label.padStart(width)), '  Förfallet'].join('');
  const rows = years.map((year) =>
    [
      String(year.year),
      ...COLUMNS.map(([field]) => mnkr(year[field]).padStart(width)),
      year.deficitOverdue ? '  ja' : '  nej',
    ].join(''),
  );
  return [`${title} (belopp i mnkr)`, heading, ...rows].join('\n');
}
