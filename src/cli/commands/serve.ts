import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/app';
import { type BalansConfig, resolveConfig } from '../../server/config';
import { openDatabase } from '../../server/db/connect';
import { migrateToLatest } from '../../server/db/migrate';
import { findTenantBySlug } from '../../server/repositories/tenant-repository';
import { newCliToken, readLiveServer, removeServerLock, writeServerLock } from '../../server/server-lock';
import { DEMO_TENANT, type DemoUser, loadDemo } from '../../server/use-cases/load-demo';
import { type ParsedArgs, stringArg } from '../command';
import { demoLoginText, rememberDemoUsers } from '../demo-users';

/** `balans serve [--port N] [--host H] [--demo]` — runs until SIGINT/SIGTERM. */
export async function serve(args: ParsedArgs): Promise<void> {
  const config: BalansConfig = resolveConfig({
    data: stringArg(args, 'data'),
    port: stringArg(args, 'port'),
    host: stringArg(args, 'host'),
  });
  if (config.dataDir) {
    const running = await readLiveServer(config.dataDir);
    if (running) {
      throw new Error(
        `En Balans-server (pid ${running.pid}, port ${running.port}) använder redan datakatalogen ${config.dataDir}`,
      );
    }
  }
  const database = await openDatabase(config.database);
  await migrateToLatest(database.db);
  let demoUsers: DemoUser[] | undefined;
  if (args.values.demo === true) {
    const hadDemo = await findTenantBySlug(database.db, DEMO_TENANT);
    const result = hadDemo ? undefined : await loadDemo(database.db);
    if (result) console.log(`Demoplanen "${result.plan.name}" är inläst i organisationen ${result.tenant}.`);
    demoUsers = await rememberDemoUsers(config, result?.users ?? []);
  }
  const cliToken = newCliToken();
  const app = await buildApp({ db: database.db, config, cliToken });
  await app.listen({ host: config.host, port: config.port });
  const port = (app.server.address() as AddressInfo).port;
  const finalConfig = { ...config, port };
  if (config.dataDir) {
    const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    await writeServerLock(config.dataDir, { host, port, token: cliToken });
  }
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  console.log(
    `Balans kör på ${url} (${config.database.kind}${config.dataDir ? `, data i ${config.dataDir}` : ''})`,
  );
  console.log(`API-dokumentation: ${url}/api/docs`);
  if (demoUsers) console.log(demoLoginText(finalConfig, demoUsers));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await database.close();
    if (config.dataDir) await removeServerLock(config.dataDir);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
