import { migrateToLatest } from '../../server/db/migrate';
import { type CommandEnv, type CommandOutput, output, type ParsedArgs } from '../command';

/** `balans migrate [--json]` — applies pending migrations (the CLI also does so before every command). */
export async function runMigrate(env: CommandEnv, args: ParsedArgs): Promise<CommandOutput> {
  const { applied } = await migrateToLatest(env.db);
  const text =
    applied.length > 0 ? `Migreringar körda: ${applied.join(', ')}` : 'Databasen är redan uppdaterad.';
  return output(args.values.json === true, { applied, database: env.config.database.kind }, text);
}
