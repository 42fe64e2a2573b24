import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyServerOptions } from 'fastify';
import type { BalansConfig } from './config';

/**
 * Structured request logging (issue 11): Fastify's own pino logger, one JSON line per event, each with the
 * request id. Secrets never reach it: Fastify logs no bodies, and the cookie, authorization, CSRF and CLI
 * token headers and any password field are censored wherever a log line would carry them.
 */

export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'req.headers["x-balans-cli-token"]',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'body.password',
  'csrfToken',
  '*.csrfToken',
];

/** A request id a client or proxy may choose: a short token, nothing that could forge a log line. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The id of a request: the incoming `X-Request-Id` when it is a sane token, else a fresh UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Writes log lines somewhere else than stdout (tests read them). */
export interface LogStream {
  write(line: string): void;
}

export function loggerOptions(config: BalansConfig, stream?: LogStream): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[dolt]' },
    ...(stream ? { stream } : {}),
  };
}
