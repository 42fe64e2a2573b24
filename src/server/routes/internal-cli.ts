import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isCommandName, parseCommandLine, runCommand } from '../../cli/run-command';
import { isSameSecret } from '../auth/sessions';
import type { AppContext } from '../context';
import { AppError } from '../errors';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Lets the `balans` command on this machine run its work inside the server that holds the embedded data
 * folder (PGlite allows one process only). Loopback only, and only with the token from the server's lock
 * file, which only the local owner of the data folder can read.
 */
export function internalCliRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/internal/cli',
      {
        schema: {
          hide: true,
          body: z.object({ argv: z.array(z.string().max(10_000)).max(50), cwd: z.string().max(4_096) }),
          response: { 200: z.object({ exitCode: z.number().int(), stdout: z.string() }) },
        },
      },
      async (request) => {
        const token = request.headers['x-balans-cli-token'];
        if (
          !ctx.cliToken ||
          !LOOPBACK.has(request.ip) ||
          typeof token !== 'string' ||
          !isSameSecret(token, ctx.cliToken)
        ) {
          throw new AppError('FORBIDDEN', 'Endast för kommandot balans på samma dator');
        }
        const parsed = parseCommandLine(request.body.argv);
        if (!isCommandName(parsed.command))
          throw new AppError('VALIDATION', `Okänt kommando ${parsed.command ?? ''}`);
        return runCommand({ db: ctx.db, config: ctx.config, cwd: request.body.cwd }, parsed.command, parsed);
      },
    );
  };
}
