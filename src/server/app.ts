import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './context';
import { AppError } from './errors';
import { figureOverflowOf } from './figure-overflow';
import { registerRoutes } from './routes';
import { registerWebAssets } from './web-assets';

z.config(z.locales.sv());

function errorBody(code: string, message: string, extra: Record<string, unknown> = {}) {
  return { error: { code, message, ...extra } };
}

/** Builds the Fastify app: schemas, OpenAPI at /api/docs, cookies, JSON errors without stack traces, routes. */
export async function buildApp(
  ctx: AppContext,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.addContentTypeParser(
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: ctx.config.maxImportBytes },
    (_request, body, done) => done(null, body),
  );

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Balans API',
        description:
          'Handlingsplaner för ekonomi i balans. Belopp är hela kronor; fel har en stabil kod och ett svenskt meddelande.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'balans_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.setErrorHandler((thrown, request, reply) => {
    const error = figureOverflowOf(thrown) ?? thrown;
    if (error instanceof AppError) {
      return reply.status(error.status).send(
        errorBody(error.code, error.message, {
          ...(error.details.length > 0 ? { details: error.details } : {}),
          ...(error.current !== undefined ? { current: error.current } : {}),
        }),
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        field: `${error.validationContext ?? 'body'}${issue.instancePath.replaceAll('/', '.')}`,
        message: issue.message ?? 'Ogiltigt värde',
      }));
      const first = details[0];
      return reply.status(400).send(
        errorBody('VALIDATION', `Ogiltiga uppgifter${first ? `: ${first.field}: ${first.message}` : ''}`, {
          details,
        }),
      );
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 413) {
      return reply.status(413).send(errorBody('PAYLOAD_TOO_LARGE', 'Filen eller begäran är för stor'));
    }
    if (status === 415) {
      return reply.status(415).send(errorBody('VALIDATION', 'Okänd innehållstyp (Content-Type) för begäran'));
    }
    if (status >= 400 && status < 500) {
      return reply
        .status(status)
        .send(errorBody('VALIDATION', 'Begäran kunde inte tolkas (felaktig JSON eller parameter)'));
    }
    // The database's own guard for closed periods (a save that raced the close of its round).
    const closed = /period (\d{4}-\d{2}) is closed/.exec(error instanceof Error ? error.message : '');
    if (closed) {
      return reply
        .status(409)
        .send(errorBody('CONFLICT', `Perioden ${closed[1]} har stängts; inget har sparats`));
    }
    request.log.error(error);
    return reply.status(500).send(errorBody('INTERNAL', 'Ett oväntat fel inträffade. Inget har sparats.'));
  });
  const sendWebApp = await registerWebAssets(app);
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    const isPage = request.method === 'GET' && !pathname.startsWith('/api/') && !pathname.includes('.');
    if (isPage && sendWebApp) return sendWebApp(reply);
    return reply
      .status(404)
      .send(errorBody('NOT_FOUND', `Adressen ${request.method} ${pathname} finns inte`));
  });

  await registerRoutes(app, ctx);
  return app;
}
