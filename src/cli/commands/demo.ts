import { loadDemo } from '../../server/use-cases/load-demo';
import { type CommandEnv, type CommandOutput, output, type ParsedArgs } from '../command';
import { demoLoginText, rememberDemoUsers } from '../demo-users';

/** `balans demo [--json]` — loads the example plan and demo users into tenant `demo` (idempotent). */
export async function runDemo(env: CommandEnv, args: ParsedArgs): Promise<CommandOutput> {
  const result = await loadDemo(env.db);
  const users = await rememberDemoUsers(env.config, result.users);
  const shown = env.config.isProduction ? users.map(({ password: _p, ...user }) => user) : users;
  const text = [
    result.alreadyLoaded
      ? `Demoplanen "${result.plan.name}" fanns redan.`
      : `Demoplanen "${result.plan.name}" är inläst.`,
    demoLoginText(env.config, users),
  ].join('\n');
  return output(args.values.json === true, { tenant: result.tenant, plan: result.plan, users: shown }, text);
}
