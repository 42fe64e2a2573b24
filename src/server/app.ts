import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ThrottledError } from './auth/login-throttle';
import type { AppContext } from './context';
import { databaseErrorOf } from './db/database-errors';
import { AppError } from './errors';
import { figureOverflowOf } from './figure-overflow';
import { type LogStream, loggerOptions, requestIdOf } from './logging';
import { registerRoutes } from './routes';
import { registerSecurityHeaders } from './security-headers';
import { registerWebAssets } from './web-assets';

z.config(z.locales.sv());

/** Every error answer names its request id, which the log shows too: a user can quote it (issue 11). */
function errorBody(
  request: FastifyRequest,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
) {
  return { error: { code, message, ...extra, requestId: request.id } };
}

/** Builds the Fastify app: schemas, OpenAPI at /api/docs, cookies, JSON errors without stack traces, routes. */
export async function buildApp(
  ctx: AppContext,
  options: { logStream?: LogStream } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(ctx.config, options.logStream),
    genReqId: requestIdOf,
    requestIdHeader: false,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  registerSecurityHeaders(app, ctx.config);
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
      if (error instanceof ThrottledError) reply.header('Retry-After', String(error.retryAfterSeconds));
      return reply.status(error.status).send(
        errorBody(request, error.code, error.message, {
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
        errorBody(
          request,
          'VALIDATION',
          `Ogiltiga uppgifter${first ? `: ${first.field}: ${first.message}` : ''}`,
          {
            details,
          },
        ),
      );
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 413) {
      return reply
        .status(413)
        .send(errorBody(request, 'PAYLOAD_TOO_LARGE', 'Filen eller begäran är för stor'));
    }
    if (status === 415) {
      return reply
        .status(415)
        .send(errorBody(request, 'VALIDATION', 'Okänd innehållstyp (Content-Type) för begäran'));
    }
    if (status >= 400 && status < 500) {
      return reply
        .status(status)
        .send(errorBody(request, 'VALIDATION', 'Begäran kunde inte tolkas (felaktig JSON eller parameter)'));
    }
    // The database's own guards (closed period, unique key, check constraint): never a 500 (issue 11).
    const guarded = databaseErrorOf(error);
    if (guarded) return reply.status(guarded.status).send(errorBody(request, guarded.code, guarded.message));
    request.log.error(error);
    return reply
      .status(500)
      .send(errorBody(request, 'INTERNAL', 'Ett oväntat fel inträffade. Inget har sparats.'));
  });
  const sendWebApp = await registerWebAssets(app);
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    const isPage = request.method === 'GET' && !pathname.startsWith('/api/') && !pathname.includes('.');
    if (isPage && sendWebApp) return sendWebApp(reply);
    return reply
      .status(404)
      .send(errorBody(request, 'NOT_FOUND', `Adressen ${request.method} ${pathname} finns inte`));
  });

  await registerRoutes(app, ctx);
  return app;
}
