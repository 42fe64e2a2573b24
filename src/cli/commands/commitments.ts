import { unitPaths } from '../../domain/org-tree';
import { systemActor } from '../../server/actor';
import { withTenant } from '../../server/db/tenant-scope';
import { AppError } from '../../server/errors';
import { listOrgUnits } from '../../server/repositories/org-unit-repository';
import { findUserCredentials } from '../../server/repositories/user-repository';
import { listCommitments } from '../../server/use-cases/commitments/list-commitments';
import { setCommitment } from '../../server/use-cases/commitments/set-commitment';
import { setCommitmentsFromTargets } from '../../server/use-cases/commitments/set-commitments-from-targets';
import { ensureTenant } from '../../server/use-cases/ensure-tenant';
import { COMMITMENT_STATE_SV } from '../../shared/enums';
import { formatAmount, parseAmount } from '../../shared/money';
import type { TCommitment } from '../../shared/schemas/commitment';
import { type CommandEnv, type CommandOutput, output, type ParsedArgs, stringArg } from '../command';
import { resolvePlanArg } from '../plan-arg';

const USE = 'använd: balans commitments list|set|from-targets';

function yearArg(args: ParsedArgs, isRequired: boolean): number | undefined {
  const text = stringArg(args, 'year');
  if (text === undefined && !isRequired) return undefined;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new AppError('VALIDATION', 'Ange året: --year 2024');
  }
  return year;
}

function describe(commitment: TCommitment): string {
  const answer =
    commitment.state === 'accepted'
      ? ` av ${commitment.accepted?.byName ?? '–'} ${commitment.accepted?.at.slice(0, 10)}`
      : commitment.state === 'declined'
        ? ` av ${commitment.declined?.byName ?? '–'}: ${commitment.declined?.reason}`
        : '';
  return [
    `${commitment.orgUnitPath}  ${commitment.year}  ${formatAmount(commitment.amount, { unit: 'mnkr' })}`,
    `chef: ${commitment.managerName ?? '–'}`,
    `${COMMITMENT_STATE_SV[commitment.state]}${answer}`,
  ].join('  ');
}

/**
 * `balans commitments list|set|from-targets` — the units' savings commitments (*åtgärdsbeting*): list them,
 * set one unit's (--unit PATH --year Y --amount KR [--manager USERNAME]), or set every unit's from its unit
 * target (*sparbeting*) of the year.
 */
export async function runCommitments(env: CommandEnv, args: ParsedArgs): Promise<CommandOutput> {
  const json = args.values.json === true;
  const [action] = args.positionals;
  if (action !== 'list' && action !== 'set' && action !== 'from-targets') {
    throw new AppError('VALIDATION', `Okänt delkommando; ${USE}`);
  }
  const tenant = await ensureTenant(env.db, stringArg(args, 'tenant') ?? 'demo');
  const actor = systemActor(tenant.id, `balans commitments ${action}`);
  return withTenant(env.db, tenant.id, async (trx) => {
    const plan = await resolvePlanArg(trx, stringArg(args, 'plan'), tenant.slug);
    if (action === 'list') {
      const commitments = await listCommitments(trx, actor, plan.id, { year: yearArg(args, false) });
      const text = [`${plan.name} — åtgärdsbeting`, ...commitments.map(describe)];
      if (commitments.length === 0) text.push('Inga beting');
      return output(json, commitments, text.join('\n'));
    }
    const year = yearArg(args, true)!;
    if (action === 'from-targets') {
      const result = await setCommitmentsFromTargets(trx, actor, plan.id, year);
      const text = [
        `Beting ${year} från sparbetingen: ${result.created} nya, ${result.changed} ändrade, ${result.unchanged} oförändrade`,
        ...result.commitments.map(describe),
      ];
      return output(json, result, text.join('\n'));
    }
    const unitPath = stringArg(args, 'unit');
    if (!unitPath)
      throw new AppError('VALIDATION', 'Ange enheten med hela sökvägen: --unit "Region / Förvaltning"');
    const byPath = new Map([...unitPaths(await listOrgUnits(trx))].map(([id, path]) => [path, id]));
    const orgUnitId = byPath.get(unitPath.trim());
    if (!orgUnitId) {
      throw new AppError(
        'NOT_FOUND',
        `Enheten "${unitPath}" finns inte; ange hela sökvägen som i summary --by unit`,
      );
    }
    const amountText = stringArg(args, 'amount');
    if (amountText === undefined)
      throw new AppError('VALIDATION', 'Ange beloppet i kronor: --amount 12000000');
    const amount = parseAmount(amountText, 'kr');
    if (!amount.ok) throw new AppError('VALIDATION', `--amount: ${amount.message}`);
    const managerName = stringArg(args, 'manager');
    const manager = managerName === undefined ? undefined : await findUserCredentials(trx, managerName);
    if (managerName !== undefined && !manager) {
      throw new AppError(
        'NOT_FOUND',
        `Användaren "${managerName}" finns inte i organisationen ${tenant.slug}`,
      );
    }
    const commitment = await setCommitment(trx, actor, plan.id, {
      orgUnitId,
      year,
      amount: amount.kronor,
      managerUserId: manager?.id ?? null,
    });
    return output(json, commitment, `Betinget sparat: ${describe(commitment)}`);
  });
}
